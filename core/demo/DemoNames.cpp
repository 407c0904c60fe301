// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNames.h"

namespace Kindred {
namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList list(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

const QList<Heritage>& demoHeritages()
{
    static const QList<Heritage> heritages {
        {QStringLiteral("Nigerian"), words("Amara Chiamaka Ngozi Adaeze Folake Zainab Ifeoma"),
         words("Chidi Emeka Tunde Oluwaseun Ikenna Kelechi Femi"),
         words("Okafor Adeyemi Okonkwo Balogun Eze Nwosu Afolabi"), list("English,Yoruba,Igbo"),
         list("Eid al-Fitr,New Yam Festival,Christmas"), 4},
        {QStringLiteral("Vietnamese"), words("Linh Mai Thảo Ngọc Hương Anh"), words("Minh Huy Khang Bảo Đức Quân"),
         words("Nguyễn Trần Lê Phạm Hoàng Võ"), list("Vietnamese,English"), list("Tết Nguyên Đán,Mid-Autumn Festival"),
         1},
        {QStringLiteral("Indian"), words("Aanya Diya Priya Saanvi Ishita Meera"),
         words("Arjun Rohan Vihaan Aarav Kabir Dev"), words("Patel Sharma Iyer Singh Reddy Gupta"),
         list("Hindi,Tamil,Gujarati,English"), list("Diwali,Holi,Pongal,Vaisakhi"), 3},
        {QStringLiteral("Chinese"), words("Mei Xinyi Yutong Jiayi Ling Xiu"), words("Hao Jun Wei Zihan Yichen Bo"),
         words("Chen Wang Li Zhang Liu Huang"), list("Mandarin,Cantonese,English"),
         list("Lunar New Year,Qingming,Mid-Autumn Festival"), 1},
        {QStringLiteral("Mexican"), words("Sofía María Valentina Ximena Lucía Renata"),
         words("José Santiago Mateo Diego Emiliano Andrés"), words("García Hernández López Martínez Ramírez Flores"),
         list("Spanish,English"), list("Día de los Muertos,Las Posadas,Christmas"), 2},
        {QStringLiteral("Somali"), words("Hodan Ayaan Fadumo Sagal Hibo"), words("Abdi Mohamed Yusuf Liban Hassan"),
         words("Warsame Farah Abdullahi Osman Jama"), list("Somali,Arabic,English"), list("Eid al-Fitr,Eid al-Adha"),
         4},
        {QStringLiteral("Lebanese"), words("Layla Maya Nour Yasmin Rania"), words("Karim Omar Elias Rami Jad"),
         words("Haddad Khoury Nassar Saab Aoun"), list("Arabic,French,English"), list("Eid al-Fitr,Easter,Christmas"),
         2},
        {QStringLiteral("Polish"), words("Zofia Małgorzata Hanna Agnieszka Łucja"),
         words("Jakub Łukasz Mikołaj Piotr Wojciech"), words("Kowalski Nowak Wiśniewski Wójcik Łukaszewicz"),
         list("Polish,English"), list("Wigilia,Easter,Andrzejki"), 0},
        {QStringLiteral("Greek"), words("Eleni Sofia Katerina Despina Zoe"),
         words("Nikos Yiannis Dimitris Kostas Alexandros"), words("Papadopoulos Georgiou Nikolaidis Konstantinou"),
         list("Greek,English"), list("Greek Easter,Name days,Christmas"), 1},
        {QStringLiteral("Irish"), words("Aoife Saoirse Niamh Siobhán Róisín"), words("Seán Oisín Cian Pádraig Liam"),
         words("O'Brien Murphy Kelly Gallagher Walsh"), list("English,Irish"), list("St Patrick's Day,Christmas"), 0},
        {QStringLiteral("Japanese"), words("Yui Hana Aoi Sakura Mei"), words("Haruto Sōta Ren Yūto Kaito"),
         words("Satō Suzuki Takahashi Tanaka Watanabe"), list("Japanese,English"),
         list("Shōgatsu,Hinamatsuri,Kodomo no Hi"), 1},
        {QStringLiteral("Brazilian"), words("Beatriz Júlia Manuela Luíza Helena"),
         words("João Lucas Gabriel Thiago Caio"), words("Silva Santos Oliveira Souza Conceição"),
         list("Portuguese,English"), list("Carnaval,Festa Junina"), 2},
        {QStringLiteral("Aboriginal Australian"), words("Kirra Alinta Marlee Tarni"),
         words("Jarrah Koa Yarran Birrani"), words("Mundine Walker Thomas Roberts"), list("English,Kriol"),
         list("NAIDOC Week,Reconciliation Week"), 3},
        {QStringLiteral("English"), words("Olivia Amelia Isla Charlotte Poppy Grace"),
         words("Oliver Jack Harry George Noah Archie"), words("Smith Jones Taylor Brown Williams Wilson"),
         list("English"), list("Christmas,Easter,Bonfire Night"), 0},
        {QStringLiteral("Filipino"), words("Althea Bea Ysabel Andrea Kristine"),
         words("Miguel Paolo Carlo Rafael Jomar"), words("Santos Reyes Cruz Bautista Mendoza"), list("Tagalog,English"),
         list("Simbang Gabi,Christmas"), 2},
    };
    return heritages;
}

} // namespace Kindred
