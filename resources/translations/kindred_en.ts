<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Anonymiser</name>
    <message numerus="yes">
        <source>Nothing was changed: this family has not left, or left less than %n month(s) ago.</source>
        <translation>
            <numerusform>Nothing was changed: this family has not left, or left less than %n month ago.</numerusform>
            <numerusform>Nothing was changed: this family has not left, or left less than %n months ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message numerus="yes">
        <source>it holds %n entry(ies)</source>
        <translation>
            <numerusform>it holds %n entry</numerusform>
            <numerusform>it holds %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentreSettings</name>
    <message numerus="yes">
        <source>Nothing was changed: a child is late 0 to %n minute(s) after their booked arrival.</source>
        <translation>
            <numerusform>Nothing was changed: a child is late 0 to %n minute after their booked arrival.</numerusform>
            <numerusform>Nothing was changed: a child is late 0 to %n minutes after their booked arrival.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute(s).</source>
        <translation>
            <numerusform>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute.</numerusform>
            <numerusform>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the screen locks after 1 to %n minute(s), or 0 for never.</source>
        <translation>
            <numerusform>Nothing was changed: the screen locks after 1 to %n minute, or 0 for never.</numerusform>
            <numerusform>Nothing was changed: the screen locks after 1 to %n minutes, or 0 for never.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>History: %n open day(s)</source>
        <translation>
            <numerusform>History: %n open day</numerusform>
            <numerusform>History: %n open days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n attendance record</numerusform>
            <numerusform>%n attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incident.</numerusform>
            <numerusform>%n incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoMorning</name>
    <message numerus="yes">
        <source>The centre has not opened yet: %n staff member(s) clocked in, nobody has arrived.</source>
        <translation>
            <numerusform>The centre has not opened yet: %n staff member clocked in, nobody has arrived.</numerusform>
            <numerusform>The centre has not opened yet: %n staff members clocked in, nobody has arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked today, expected from opening time.</source>
        <translation>
            <numerusform>%n child booked today, expected from opening time.</numerusform>
            <numerusform>%n children booked today, expected from opening time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has closed for the day: %n child(ren) came and went home.</source>
        <translation>
            <numerusform>The centre has closed for the day: %n child came and went home.</numerusform>
            <numerusform>The centre has closed for the day: %n children came and went home.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today so far: %n child(ren) here</source>
        <translation>
            <numerusform>Today so far: %n child here</numerusform>
            <numerusform>Today so far: %n children here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone home</source>
        <translation>
            <numerusform>%n gone home</numerusform>
            <numerusform>%n gone home</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>%n still to come</numerusform>
            <numerusform>%n still to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n away (planned)</source>
        <translation>
            <numerusform>%n away (planned)</numerusform>
            <numerusform>%n away (planned)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) clocked in.</source>
        <translation>
            <numerusform>%n staff member clocked in.</numerusform>
            <numerusform>%n staff members clocked in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeparturePolicy</name>
    <message numerus="yes">
        <source>Only this check-in&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>Only this check-in&apos;s own desk may void it, within %n minute; after that, or from another desk, ask a director. Nothing was changed.</numerusform>
            <numerusform>Only this check-in&apos;s own desk may void it, within %n minutes; after that, or from another desk, ask a director. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only this check-out&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>Only this check-out&apos;s own desk may void it, within %n minute; after that, or from another desk, ask a director. Nothing was changed.</numerusform>
            <numerusform>Only this check-out&apos;s own desk may void it, within %n minutes; after that, or from another desk, ask a director. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message numerus="yes">
        <source>This is too long: keep it to %Ln character(s) (it has %1).</source>
        <translation>
            <numerusform>This is too long: keep it to %Ln character (it has %1).</numerusform>
            <numerusform>This is too long: keep it to %Ln characters (it has %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImmunisationDueReport</name>
    <message numerus="yes">
        <source>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n day(s) after it fell due.</source>
        <translation>
            <numerusform>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n day after it fell due.</numerusform>
            <numerusform>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n days after it fell due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::AccountsPage</name>
    <message numerus="yes">
        <source>no: %n wrong tr(ies)</source>
        <translation>
            <numerusform>no: %n wrong try</numerusform>
            <numerusform>no: %n wrong tries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::AuditLogPage</name>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entry exported.</numerusform>
            <numerusform>%n entries exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::BusyRetry</name>
    <message numerus="yes">
        <source>Could not save: another station kept the data file busy for %n second(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>Could not save: another station kept the data file busy for %n second. Nothing was saved; try again.</numerusform>
            <numerusform>Could not save: another station kept the data file busy for %n seconds. Nothing was saved; try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CorrectionDialog</name>
    <message numerus="yes">
        <source>Why (needed after %n minute(s), or from another desk)</source>
        <translation>
            <numerusform>Why (needed after %n minute, or from another desk)</numerusform>
            <numerusform>Why (needed after %n minutes, or from another desk)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::DashboardPage</name>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now.</source>
        <translation>
            <numerusform>Today, %1: %n child here now.</numerusform>
            <numerusform>Today, %1: %n children here now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now, at every site together.</source>
        <translation>
            <numerusform>Today, %1: %n child here now, at every site together.</numerusform>
            <numerusform>Today, %1: %n children here now, at every site together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::FamiliesPage</name>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::GroupAttendanceDialog</name>
    <message numerus="yes">
        <source>%n child(ren) recorded.</source>
        <translation>
            <numerusform>%n child recorded.</numerusform>
            <numerusform>%n children recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused: see the list.</source>
        <translation>
            <numerusform>%n refused: see the list.</numerusform>
            <numerusform>%n refused: see the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationScheduleDialog</name>
    <message numerus="yes">
        <source>Each dose is due on the day the child reaches its age, and overdue %n day(s) later.</source>
        <translation>
            <numerusform>Each dose is due on the day the child reaches its age, and overdue %n day later.</numerusform>
            <numerusform>Each dose is due on the day the child reaches its age, and overdue %n days later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsPage</name>
    <message numerus="yes">
        <source> (%n amendment(s))</source>
        <translation>
            <numerusform> (%n amendment)</numerusform>
            <numerusform> (%n amendments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::PrivacyPage</name>
    <message numerus="yes">
        <source>%n family(ies) anonymised.</source>
        <translation>
            <numerusform>%n family anonymised.</numerusform>
            <numerusform>%n families anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n family(ies) listed? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise the %n family listed? This cannot be undone.</numerusform>
            <numerusform>Anonymise the %n families listed? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln child</numerusform>
            <numerusform>%Ln children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln adult</numerusform>
            <numerusform>%Ln adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln health record(s)</source>
        <translation>
            <numerusform>%Ln health record</numerusform>
            <numerusform>%Ln health records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket note(s)</source>
        <translation>
            <numerusform>%Ln ticket note</numerusform>
            <numerusform>%Ln ticket notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln other record</numerusform>
            <numerusform>%Ln other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln audit entry</numerusform>
            <numerusform>%Ln audit entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>%Ln attendance record</numerusform>
            <numerusform>%Ln attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln allergy, contact or pickup record(s)</source>
        <translation>
            <numerusform>%Ln allergy, contact or pickup record</numerusform>
            <numerusform>%Ln allergy, contact or pickup records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::RollCallWindow</name>
    <message numerus="yes">
        <source>%n person(s) not accounted for yet:</source>
        <translation>
            <numerusform>%n person not accounted for yet:</numerusform>
            <numerusform>%n people not accounted for yet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::RoomBoardPage</name>
    <message numerus="yes">
        <source>%n children here now</source>
        <translation>
            <numerusform>%n child here now</numerusform>
            <numerusform>%n children here now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n still here after closing</source>
        <translation>
            <numerusform> · %n still here after closing</numerusform>
            <numerusform> · %n still here after closing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::SecurityController</name>
    <message numerus="yes">
        <source>There were %n wrong PIN(s) or password(s) in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</source>
        <translation>
            <numerusform>There was %n wrong PIN or password in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</numerusform>
            <numerusform>There were %n wrong PINs or passwords in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::SignInService</name>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::SiteService</name>
    <message numerus="yes">
        <source>The site still has %n open room(s): archive them or move their children first.</source>
        <translation>
            <numerusform>The site still has %n open room: archive it or move its children first.</numerusform>
            <numerusform>The site still has %n open rooms: archive them or move their children first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::WallBoardWindow</name>
    <message numerus="yes">
        <source>%n child(ren) here</source>
        <translation>
            <numerusform>%n child here</numerusform>
            <numerusform>%n children here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still here after closing</source>
        <translation>
            <numerusform>%n still here after closing</numerusform>
            <numerusform>%n still here after closing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>Print %n label</numerusform>
            <numerusform>Print %n labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatioComplianceReport</name>
    <message numerus="yes">
        <source>Children checked in against staff clocked in to each room, every %n minute(s) of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</source>
        <translation>
            <numerusform>Children checked in against staff clocked in to each room, every %n minute of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</numerusform>
            <numerusform>Children checked in against staff clocked in to each room, every %n minutes of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n row).</numerusform>
            <numerusform>Wrote %1 (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message numerus="yes">
        <source>Clock in %n more.</source>
        <translation>
            <numerusform>Clock in %n more.</numerusform>
            <numerusform>Clock in %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No children here; %n staff member(s) clocked in.</source>
        <translation>
            <numerusform>No children here; %n staff member clocked in.</numerusform>
            <numerusform>No children here; %n staff members clocked in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out of ratio: %1 need %2 at %3, and %n is clocked in. %4</source>
        <translation>
            <numerusform>Out of ratio: %1 need %2 at %3, and %n is clocked in. %4</numerusform>
            <numerusform>Out of ratio: %1 need %2 at %3, and %n are clocked in. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerClock</name>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message numerus="yes">
        <source>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other table(s), view(s) or sequence(s)); nothing was changed. Use a new, empty database.</source>
        <translation>
            <numerusform>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other table, view or sequence); nothing was changed. Use a new, empty database.</numerusform>
            <numerusform>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other tables, views or sequences); nothing was changed. Use a new, empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSchemaVersioning</name>
    <message numerus="yes">
        <source>Kindred cannot update the centre server while %n station(s) with an older Kindred are connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</source>
        <translation>
            <numerusform>Kindred cannot update the centre server while %n station with an older Kindred is connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</numerusform>
            <numerusform>Kindred cannot update the centre server while %n stations with an older Kindred are connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message numerus="yes">
        <source>Clocks changed on this day: it had %n hour(s). Times below are local times after the change where it applies; hours attended are real elapsed time.</source>
        <translation>
            <numerusform>Clocks changed on this day: it had %n hour. Times below are local times after the change where it applies; hours attended are real elapsed time.</numerusform>
            <numerusform>Clocks changed on this day: it had %n hours. Times below are local times after the change where it applies; hours attended are real elapsed time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late pickup: %n min</source>
        <translation>
            <numerusform>Late pickup: %n min</numerusform>
            <numerusform>Late pickup: %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoPolicy</name>
    <message numerus="yes">
        <source>A check-out can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>A check-out can be undone for %n minute only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</numerusform>
            <numerusform>A check-out can be undone for %n minutes only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A check-in can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>A check-in can be undone for %n minute only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</numerusform>
            <numerusform>A check-in can be undone for %n minutes only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
