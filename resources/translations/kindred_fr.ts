<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountManagers</name>
    <message>
        <source>Nothing was changed: nobody would be left who can manage accounts. Give another staff member that right first.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: il ne resterait plus personne pour gérer les comptes. Donnez d&apos;abord ce droit à un autre membre du personnel.</translation>
    </message>
</context>
<context>
    <name>AllergyMedicalReport</name>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>Allergies et problèmes de santé</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>Allergène</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Remarques médicales</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Allergies (most severe first)</source>
        <translation>Allergies (les plus graves en premier)</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Sans section</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>. Reaction: %1</source>
        <translation>. Réaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>. Action: %1</source>
        <translation>. Conduite à tenir&#xa0;: %1</translation>
    </message>
    <message>
        <source>No enrolled child has an allergy or medical notes recorded.</source>
        <translation>Aucun enfant inscrit n&apos;a d&apos;allergie ni de remarque médicale enregistrée.</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>Enfants listés</translation>
    </message>
    <message>
        <source>With a life-threatening allergy</source>
        <translation>Avec une allergie potentiellement mortelle</translation>
    </message>
    <message>
        <source>Highlighted: a life-threatening allergy. Keep the action plan and medication with the child at all times, including excursions.</source>
        <translation>En surbrillance&#xa0;: allergie potentiellement mortelle. Gardez en permanence le plan d&apos;action et les médicaments avec l&apos;enfant, y compris lors des sorties.</translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>Nothing was changed: the retention period is 1 to 600 months.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: la durée de conservation va de 1 à 600 mois.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: this family has not left, or left less than %n month(s) ago.</source>
        <translation>
            <numerusform>Aucune modification n&apos;a été effectuée&#xa0;: cette famille n&apos;est pas partie, ou est partie il y a moins de %n mois.</numerusform>
            <numerusform>Aucune modification n&apos;a été effectuée&#xa0;: cette famille n&apos;est pas partie, ou est partie il y a moins de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>Ancien adulte</translation>
    </message>
    <message>
        <source>Former child</source>
        <translation>Ancien enfant</translation>
    </message>
</context>
<context>
    <name>AttendanceFactsReader</name>
    <message>
        <source>This child is no longer on file (the family may have been archived). Nothing was recorded.</source>
        <translation>Cet enfant n&apos;est plus enregistré dans Kindred (la famille a peut-être été archivée). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 is enrolled at %2: check them in and out at that site&apos;s desk. Nothing was recorded.</source>
        <translation>%1 est inscrit(e) à %2&#xa0;: enregistrez son arrivée et son départ à l&apos;accueil de ce site. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Choose the adult at the desk from the family&apos;s list.</source>
        <translation>Choisissez dans la liste de la famille l&apos;adulte présent à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Choose a staff member from the list.</source>
        <translation>Choisissez un membre du personnel dans la liste.</translation>
    </message>
</context>
<context>
    <name>AttendanceReader</name>
    <message>
        <source>That attendance record is not on file.</source>
        <translation>Cet enregistrement de présence n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No child was checked in today with the code %1. Check the code on the receipt.</source>
        <translation>Aucune arrivée d&apos;enfant n&apos;a été enregistrée aujourd&apos;hui avec le code %1. Vérifiez le code sur le reçu.</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>No room recorded</source>
        <translation>Aucune section enregistrée</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Days the centre had children</source>
        <translation>Jours avec des enfants présents</translation>
    </message>
    <message>
        <source>Child-days attended</source>
        <translation>Journées-enfants de présence</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Heures de présence</translation>
    </message>
    <message>
        <source>Absences recorded</source>
        <translation>Absences enregistrées</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Par section</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Child-days</source>
        <translation>Journées-enfants</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Average a day</source>
        <translation>Moyenne par jour</translation>
    </message>
    <message>
        <source>By child</source>
        <translation>Par enfant</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Départ non enregistré</translation>
    </message>
    <message>
        <source>Child ID</source>
        <translation>N° d&apos;enfant</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <source>Highlighted: stays with no check-out; their hours are not counted.</source>
        <translation>En surbrillance&#xa0;: présences sans départ enregistré&#xa0;; leurs heures ne sont pas comptées.</translation>
    </message>
</context>
<context>
    <name>AttendanceWriter</name>
    <message>
        <source>Kindred ran out of security codes for today. Nothing was recorded; call support.</source>
        <translation>Kindred n&apos;a plus de codes de sécurité disponibles pour aujourd&apos;hui. Rien n&apos;a été enregistré&#xa0;; appelez l&apos;assistance.</translation>
    </message>
    <message>
        <source>%1 is already checked in. Nothing was recorded.</source>
        <translation>L&apos;arrivée de %1 est déjà enregistrée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be checked out. Nothing was recorded.</source>
        <translation>L&apos;arrivée de %1 n&apos;est pas enregistrée, son départ ne peut donc pas l&apos;être. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>AuditDisclosure</name>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1 (or an entry before it was removed).</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Kindred à l&apos;entrée %1 (ou une entrée antérieure a été supprimée).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by a redaction (entry %2) that belongs to no anonymisation of a family.</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Kindred à l&apos;entrée %1&#xa0;: elle a été effacée par un masquage (entrée %2) qui ne correspond à l&apos;anonymisation d&apos;aucune famille.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by the redaction (entry %2) of an anonymised family, but it is about another family&apos;s records.</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Kindred à l&apos;entrée %1&#xa0;: elle a été effacée par le masquage (entrée %2) d&apos;une famille anonymisée, mais elle concerne les données d&apos;une autre famille.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: its head record (how many entries Kindred wrote) was removed.</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Kindred&#xa0;: son enregistrement d&apos;en-tête (le nombre d&apos;entrées écrites par Kindred) a été supprimé.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: the newest entries were removed. The trail now ends at entry %1 but Kindred last wrote entry %2.</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Kindred&#xa0;: les entrées les plus récentes ont été supprimées. Le journal se termine maintenant à l&apos;entrée %1, alors que Kindred a écrit en dernier l&apos;entrée %2.</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n entry(ies)</source>
        <translation>
            <numerusform>il contient %n entrée</numerusform>
            <numerusform>il contient %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were removed).</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Kindred&#xa0;: %1, mais Kindred en a écrit %2 (des entrées ont été supprimées).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were added or rewritten).</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Kindred&#xa0;: %1, mais Kindred en a écrit %2 (des entrées ont été ajoutées ou réécrites).</translation>
    </message>
</context>
<context>
    <name>AuditReader</name>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date et heure (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>N° d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
</context>
<context>
    <name>AuditRedaction</name>
    <message>
        <source>Nothing was changed: audit entries are only redacted when a family is anonymised.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: les entrées du journal d&apos;audit ne sont masquées que lors de l&apos;anonymisation d&apos;une famille.</translation>
    </message>
    <message>
        <source>Nothing was changed: audit entry %1 was changed outside Kindred, so it is kept as evidence. Check the audit trail and ask your administrator.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: l&apos;entrée %1 du journal d&apos;audit a été modifiée en dehors de Kindred&#xa0;; elle est donc conservée comme preuve. Vérifiez le journal d&apos;audit et contactez votre administrateur.</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>a child</source>
        <translation>un enfant</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>un membre du personnel</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>un adulte</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>une section</translation>
    </message>
    <message>
        <source>a family</source>
        <translation>une famille</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3.</source>
        <translation>%1 a enregistré l&apos;arrivée de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3, brought by %4.</source>
        <translation>%1 a enregistré l&apos;arrivée de %2 à %3, accompagné(e) par %4.</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3.</source>
        <translation>%1 a enregistré le départ de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3, collected by %4.</source>
        <translation>%1 a enregistré le départ de %2 à %3, récupéré(e) par %4.</translation>
    </message>
    <message>
        <source>%1 released %2 at %3 to %4, overriding a pickup rule.</source>
        <translation>%1 a remis %2 à %4 (à %3), en passant outre une règle de récupération.</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-in from %3 to %4.</source>
        <translation>%1 a corrigé l&apos;heure d&apos;arrivée de %2 de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-out from %3 to %4.</source>
        <translation>%1 a corrigé l&apos;heure de départ de %2 de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-in.</source>
        <translation>%1 a annulé l&apos;arrivée de %2.</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-out.</source>
        <translation>%1 a annulé le départ de %2.</translation>
    </message>
    <message>
        <source>%1 marked %2 absent on %3.</source>
        <translation>%1 a noté %2 absent(e) le %3.</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>%1 opened the ticket %2.</source>
        <translation>%1 a ouvert le ticket %2.</translation>
    </message>
    <message>
        <source>%1 moved the ticket %2 to %3.</source>
        <translation>%1 a passé le ticket %2 à l&apos;état %3.</translation>
    </message>
    <message>
        <source>%1 gave the ticket %2 to a new owner.</source>
        <translation>%1 a attribué le ticket %2 à un nouveau responsable.</translation>
    </message>
    <message>
        <source>%1 added a note to the ticket %2.</source>
        <translation>%1 a ajouté une note au ticket %2.</translation>
    </message>
    <message>
        <source>%1 added a helper to the ticket %2.</source>
        <translation>%1 a ajouté un intervenant au ticket %2.</translation>
    </message>
    <message>
        <source>%1 removed a helper from the ticket %2.</source>
        <translation>%1 a retiré un intervenant du ticket %2.</translation>
    </message>
    <message>
        <source>%1 linked an incident to the ticket %2.</source>
        <translation>%1 a lié un incident au ticket %2.</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>l&apos;incident n° %1</translation>
    </message>
    <message>
        <source>%1 recorded %2.</source>
        <translation>%1 a enregistré %2.</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <translation>%1 a modifié %2.</translation>
    </message>
    <message>
        <source>%1 sent %2 for sign-off.</source>
        <translation>%1 a envoyé %2 pour validation.</translation>
    </message>
    <message>
        <source>%1 signed off %2.</source>
        <translation>%1 a validé %2.</translation>
    </message>
    <message>
        <source>%1 recorded that a parent acknowledged %2.</source>
        <translation>%1 a enregistré qu&apos;un parent a pris connaissance de %2.</translation>
    </message>
    <message>
        <source>%1 recorded that %2 acknowledged %3.</source>
        <translation>%1 a enregistré que %2 a pris connaissance de %3.</translation>
    </message>
    <message>
        <source>%1 amended %2.</source>
        <translation>%1 a rectifié %2.</translation>
    </message>
    <message>
        <source>%1 linked %2 to a ticket.</source>
        <translation>%1 a lié %2 à un ticket.</translation>
    </message>
    <message>
        <source>%1 started a roll call (%2).</source>
        <translation>%1 a lancé un appel d&apos;urgence (%2).</translation>
    </message>
    <message>
        <source>%1 accounted for %2 at the roll call.</source>
        <translation>%1 a pointé %2 lors de l&apos;appel d&apos;urgence.</translation>
    </message>
    <message>
        <source>%1 finished the roll call.</source>
        <translation>%1 a terminé l&apos;appel d&apos;urgence.</translation>
    </message>
    <message>
        <source>%1 clocked in %2 to %3.</source>
        <translation>%1 a pointé l&apos;arrivée de %2 dans %3.</translation>
    </message>
    <message>
        <source>%1 clocked in %2.</source>
        <translation>%1 a pointé l&apos;arrivée de %2.</translation>
    </message>
    <message>
        <source>%1 clocked out %2.</source>
        <translation>%1 a pointé le départ de %2.</translation>
    </message>
    <message>
        <source>%1 added %2 to the staff.</source>
        <translation>%1 a ajouté %2 au personnel.</translation>
    </message>
    <message>
        <source>%1 changed %2&apos;s staff record.</source>
        <translation>%1 a modifié la fiche personnel de %2.</translation>
    </message>
    <message>
        <source>%1 archived %2&apos;s staff record.</source>
        <translation>%1 a archivé la fiche personnel de %2.</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 s&apos;est connecté(e).</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed.</source>
        <translation>Échec d&apos;une connexion en tant que %1.</translation>
    </message>
    <message>
        <source>A new PIN for %1 was refused.</source>
        <translation>Un nouveau code PIN pour %1 a été refusé.</translation>
    </message>
    <message>
        <source>%1 set the PIN of %2.</source>
        <translation>%1 a défini le code PIN de %2.</translation>
    </message>
    <message>
        <source>%1 set the password of %2.</source>
        <translation>%1 a défini le mot de passe de %2.</translation>
    </message>
    <message>
        <source>%1 opened an account for %2.</source>
        <translation>%1 a ouvert un compte pour %2.</translation>
    </message>
    <message>
        <source>%1 changed the role of %2.</source>
        <translation>%1 a modifié le rôle de %2.</translation>
    </message>
    <message>
        <source>%1 changed the sites and roles of %2.</source>
        <translation>%1 a modifié les sites et les rôles de %2.</translation>
    </message>
    <message>
        <source>%1 unlocked the account of %2.</source>
        <translation>%1 a déverrouillé le compte de %2.</translation>
    </message>
    <message>
        <source>%1 unlocked the desk.</source>
        <translation>%1 a déverrouillé le poste d&apos;accueil.</translation>
    </message>
    <message>
        <source>The administrator&apos;s sign-in was reset for %1.</source>
        <translation>La connexion de l&apos;administrateur a été réinitialisée pour %1.</translation>
    </message>
    <message>
        <source>%1 added the family %2.</source>
        <translation>%1 a ajouté la famille %2.</translation>
    </message>
    <message>
        <source>%1 changed the family record of %2.</source>
        <translation>%1 a modifié la fiche de la famille %2.</translation>
    </message>
    <message>
        <source>%1 archived the family %2.</source>
        <translation>%1 a archivé la famille %2.</translation>
    </message>
    <message>
        <source>%1 exported the data of the family %2.</source>
        <translation>%1 a exporté les données de la famille %2.</translation>
    </message>
    <message>
        <source>%1 anonymised a family whose records were past keeping.</source>
        <translation>%1 a anonymisé une famille dont la durée de conservation des données était dépassée.</translation>
    </message>
    <message>
        <source>%1 changed who may not collect %2.</source>
        <translation>%1 a modifié la liste des personnes qui ne doivent pas récupérer %2.</translation>
    </message>
    <message>
        <source>%1 changed who may collect %2.</source>
        <translation>%1 a modifié la liste des personnes autorisées à récupérer %2.</translation>
    </message>
    <message>
        <source>%1 added the room %2.</source>
        <translation>%1 a ajouté la section %2.</translation>
    </message>
    <message>
        <source>%1 changed the room %2.</source>
        <translation>%1 a modifié la section %2.</translation>
    </message>
    <message>
        <source>%1 archived the room %2.</source>
        <translation>%1 a archivé la section %2.</translation>
    </message>
    <message>
        <source>%1 changed the setting %2.</source>
        <translation>%1 a modifié le paramètre %2.</translation>
    </message>
    <message>
        <source>%1 changed the centre&apos;s logo.</source>
        <translation>%1 a modifié le logo de l&apos;établissement.</translation>
    </message>
    <message>
        <source>%1 recorded a dose of medication for %2.</source>
        <translation>%1 a enregistré une prise de médicament pour %2.</translation>
    </message>
    <message>
        <source>%1 recorded an immunisation for %2.</source>
        <translation>%1 a enregistré une vaccination pour %2.</translation>
    </message>
    <message>
        <source>%1 restored the data file from a backup.</source>
        <translation>%1 a restauré le fichier de données à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Kindred filled in the demo centre.</source>
        <translation>Kindred a rempli l&apos;établissement de démonstration.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4.</source>
        <translation>%1&#xa0;: %2 sur %3 %4.</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>This is not the audit trail this computer saw in this file on %1: its first entry is different. Either the file was replaced by another centre&apos;s file, or the trail was rewritten outside Kindred.</source>
        <translation>Ce n&apos;est pas le journal d&apos;audit que cet ordinateur a vu dans ce fichier le %1&#xa0;: sa première entrée est différente. Soit le fichier a été remplacé par celui d&apos;un autre établissement, soit le journal a été réécrit en dehors de Kindred.</translation>
    </message>
    <message>
        <source>The audit trail ends before entry %1, which this computer saw on %2. Either this is an older copy of the file (a restored backup), or entries were removed outside Kindred.</source>
        <translation>Le journal d&apos;audit se termine avant l&apos;entrée %1, que cet ordinateur a vue le %2. Soit il s&apos;agit d&apos;une copie plus ancienne du fichier (une sauvegarde restaurée), soit des entrées ont été supprimées en dehors de Kindred.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one this computer saw on %2: the trail was rewritten outside Kindred.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit n&apos;est pas celle que cet ordinateur a vue le %2&#xa0;: le journal a été réécrit en dehors de Kindred.</translation>
    </message>
    <message>
        <source>The audit trail holds fewer entries than when this computer saw it on %1: entries were removed outside Kindred.</source>
        <translation>Le journal d&apos;audit contient moins d&apos;entrées que lorsque cet ordinateur l&apos;a vu le %1&#xa0;: des entrées ont été supprimées en dehors de Kindred.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Protected records do not match their last audited state (%1):
%2</source>
        <translation>Des enregistrements protégés ne correspondent pas à leur dernier état audité (%1)&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Audit entries that this computer saw on %1 were blanked or reworded afterwards, and not by the anonymisation of a family: the trail was changed outside Kindred.</source>
        <translation>Des entrées du journal d&apos;audit que cet ordinateur a vues le %1 ont ensuite été effacées ou reformulées, et pas par l&apos;anonymisation d&apos;une famille&#xa0;: le journal a été modifié en dehors de Kindred.</translation>
    </message>
</context>
<context>
    <name>BackupCopy</name>
    <message>
        <source>The backup %1 could not be reopened to save it to disk.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être rouverte pour l&apos;enregistrer sur le disque.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup %1 could not be saved.</source>
        <translation>Le disque est plein&#xa0;: la sauvegarde %1 n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved to disk (%2).</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être enregistrée sur le disque (%2).</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written.</source>
        <translation>Le disque est plein&#xa0;: la sauvegarde n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Writing the backup failed (%1).</source>
        <translation>L&apos;écriture de la sauvegarde a échoué (%1).</translation>
    </message>
    <message>
        <source>A file named %1 already exists; the backup was not written over it.</source>
        <translation>Un fichier nommé %1 existe déjà&#xa0;; la sauvegarde ne l&apos;a pas écrasé.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist or cannot be reached.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;existe pas ou est inaccessible.</translation>
    </message>
    <message>
        <source>The data file is not open, so no backup could be made.</source>
        <translation>Le fichier de données n&apos;est pas ouvert&#xa0;: aucune sauvegarde n&apos;a pu être faite.</translation>
    </message>
    <message>
        <source>The disk is full, so no backup could be written in %1.</source>
        <translation>Le disque est plein&#xa0;: aucune sauvegarde n&apos;a pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>Kindred may not write in the backup folder %1 (%2).</source>
        <translation>Kindred n&apos;a pas le droit d&apos;écrire dans le dossier de sauvegarde %1 (%2).</translation>
    </message>
    <message>
        <source>The backup came out incomplete (%1 bytes instead of %2); the disk may be full. No backup was made.</source>
        <translation>La sauvegarde est incomplète (%1 octets au lieu de %2)&#xa0;; le disque est peut-être plein. Aucune sauvegarde n&apos;a été faite.</translation>
    </message>
    <message>
        <source>The copy failed its check, so no backup was made: %1</source>
        <translation>La copie n&apos;a pas passé la vérification&#xa0;: aucune sauvegarde n&apos;a été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>A file named %1 appeared meanwhile; the backup was not written over it.</source>
        <translation>Un fichier nommé %1 est apparu entre-temps&#xa0;; la sauvegarde ne l&apos;a pas écrasé.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1 (%2).</source>
        <translation>La sauvegarde n&apos;a pas pu recevoir son nom %1 (%2).</translation>
    </message>
    <message>
        <source>The data file itself is damaged, so no backup was made: a copy would be damaged too. Keep the backups you already have, and call for support before recording more. What is wrong: %1</source>
        <translation>Le fichier de données lui-même est endommagé&#xa0;: aucune sauvegarde n&apos;a été faite, car une copie serait endommagée elle aussi. Conservez les sauvegardes existantes et appelez l&apos;assistance avant d&apos;enregistrer quoi que ce soit d&apos;autre. Problème constaté&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not a Kindred data file</source>
        <translation>ce n&apos;est pas un fichier de données Kindred</translation>
    </message>
    <message>
        <source>it holds no Kindred data</source>
        <translation>il ne contient aucune donnée Kindred</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Kindred</source>
        <translation>il a été enregistré par une version plus récente de Kindred</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>il est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation>sa vérification d&apos;intégrité a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>it has records that point at missing records (in %1)</source>
        <translation>il contient des enregistrements qui renvoient à des enregistrements manquants (dans %1)</translation>
    </message>
    <message>
        <source>its schema is not what a Kindred file must hold: %1</source>
        <translation>son schéma ne correspond pas à celui d&apos;un fichier Kindred&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup %1 has been opened as a data file since it was made (there is a %2 beside it); it cannot be used as a backup as it is.</source>
        <translation>La sauvegarde %1 a été ouverte comme fichier de données depuis sa création (un fichier %2 se trouve à côté)&#xa0;; elle ne peut pas être utilisée telle quelle comme sauvegarde.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The backup %1 is not usable: %2</source>
        <translation>La sauvegarde %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be opened to save the backup to disk (%2).</source>
        <translation>Le dossier de sauvegarde %1 n&apos;a pas pu être ouvert pour enregistrer la sauvegarde sur le disque (%2).</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be saved to disk (%2).</source>
        <translation>Le dossier de sauvegarde %1 n&apos;a pas pu être enregistré sur le disque (%2).</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: part of it is damaged or it is not a Kindred file.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être lue&#xa0;: elle est en partie endommagée ou ce n&apos;est pas un fichier Kindred.</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>Le fichier de données n&apos;est pas ouvert&#xa0;: rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be restored; the data file was not changed.</source>
        <translation>Le disque est plein&#xa0;: la sauvegarde n&apos;a pas pu être restaurée&#xa0;; le fichier de données n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Restoring the backup failed (%1); the data file was not changed.</source>
        <translation>La restauration de la sauvegarde a échoué (%1)&#xa0;; le fichier de données n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>BackupRestoreService</name>
    <message>
        <source>Another station or program has the data file open, so the backup was not restored and nothing was changed. Close Kindred on the other stations (and any report job), then try again.</source>
        <translation>Un autre poste ou programme a ouvert le fichier de données&#xa0;: la sauvegarde n&apos;a pas été restaurée et aucune modification n&apos;a été effectuée. Fermez Kindred sur les autres postes (ainsi que toute tâche de rapport), puis réessayez.</translation>
    </message>
    <message>
        <source>That is the data file itself, not a backup of it.</source>
        <translation>C&apos;est le fichier de données lui-même, pas une sauvegarde de celui-ci.</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>Le fichier de données n&apos;est pas ouvert&#xa0;: rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>%1 is a backup of another data file, not of this one; nothing was restored. To look at it, open it with File → Open data file.</source>
        <translation>%1 est la sauvegarde d&apos;un autre fichier de données, pas de celui-ci&#xa0;; rien n&apos;a été restauré. Pour la consulter, ouvrez-la avec Fichier → Ouvrir un fichier de données.</translation>
    </message>
    <message>
        <source>%1 The backup has other pickup rules than the data file (%2), so nothing was restored.</source>
        <translation>%1 La sauvegarde contient d&apos;autres règles de récupération que le fichier de données (%2)&#xa0;: rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The data file could not be kept aside before the restore, so nothing was restored: %1</source>
        <translation>Le fichier de données n&apos;a pas pu être mis de côté avant la restauration&#xa0;: rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored from the backup %1</source>
        <translation>Restauré à partir de la sauvegarde %1</translation>
    </message>
    <message>
        <source>The backup was restored (the data file as it was is kept as %1), but the restore could not be recorded in the audit trail: %2</source>
        <translation>La sauvegarde a été restaurée (le fichier de données dans son état précédent est conservé sous %1), mais la restauration n&apos;a pas pu être consignée dans le journal d&apos;audit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Nothing was changed: the backup folder %1 does not exist or cannot be reached. Choose a folder that exists (a network share must be connected).</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: le dossier de sauvegarde %1 n&apos;existe pas ou est inaccessible. Choisissez un dossier existant (un partage réseau doit être connecté).</translation>
    </message>
    <message>
        <source>Nothing was changed: Kindred may not write in the backup folder %1.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: Kindred n&apos;a pas le droit d&apos;écrire dans le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: give the time of the daily backup as hours and minutes.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: indiquez l&apos;heure de la sauvegarde quotidienne en heures et minutes.</translation>
    </message>
</context>
<context>
    <name>BirthdayReport</name>
    <message>
        <source>Birthdays</source>
        <translation>Anniversaires</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Âge atteint</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Autorisation photo</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisées</translation>
    </message>
    <message>
        <source>No photos, please</source>
        <translation>Pas de photos, merci</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>Receptionist</source>
        <translation>Réceptionniste</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Éducateur</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>CentreSettings</name>
    <message>
        <source>set the centre&apos;s time zone first (Settings, in Kindred&apos;s window): days and hours are counted in the centre&apos;s time, and this file does not say which it is.</source>
        <translation>définissez d&apos;abord le fuseau horaire de l&apos;établissement (Paramètres, dans la fenêtre de Kindred)&#xa0;: les jours et les heures sont comptés à l&apos;heure de l&apos;établissement, et ce fichier ne l&apos;indique pas.</translation>
    </message>
    <message>
        <source>Nothing was changed: the centre needs a name (it heads every printed report).</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: l&apos;établissement doit avoir un nom (il figure en tête de chaque rapport imprimé).</translation>
    </message>
    <message>
        <source>Nothing was changed: give the opening and closing times as hours and minutes.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: indiquez les heures d&apos;ouverture et de fermeture en heures et minutes.</translation>
    </message>
    <message>
        <source>Nothing was changed: the closing time (%1) must be after the opening time (%2).</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: l&apos;heure de fermeture (%1) doit être postérieure à l&apos;heure d&apos;ouverture (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the screen locks after 1 to %n minute(s), or 0 for never.</source>
        <translation>
            <numerusform>Aucune modification n&apos;a été effectuée&#xa0;: l&apos;écran se verrouille après 1 à %n minute, ou 0 pour jamais.</numerusform>
            <numerusform>Aucune modification n&apos;a été effectuée&#xa0;: l&apos;écran se verrouille après 1 à %n minutes, ou 0 pour jamais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute(s).</source>
        <translation>
            <numerusform>Aucune modification n&apos;a été effectuée&#xa0;: l&apos;accueil peut annuler une arrivée ou un départ pendant 0 à %n minute.</numerusform>
            <numerusform>Aucune modification n&apos;a été effectuée&#xa0;: l&apos;accueil peut annuler une arrivée ou un départ pendant 0 à %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: a child is late 0 to %n minute(s) after their booked arrival.</source>
        <translation>
            <numerusform>Aucune modification n&apos;a été effectuée&#xa0;: un enfant est en retard 0 à %n minute après son heure d&apos;arrivée réservée.</numerusform>
            <numerusform>Aucune modification n&apos;a été effectuée&#xa0;: un enfant est en retard 0 à %n minutes après son heure d&apos;arrivée réservée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: choose the centre&apos;s time zone (such as Australia/Melbourne); days and hours in reports are the centre&apos;s.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: choisissez le fuseau horaire de l&apos;établissement (par exemple Australia/Melbourne)&#xa0;; les jours et les heures des rapports sont ceux de l&apos;établissement.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: %1 n&apos;est pas un fuseau horaire connu de cet ordinateur (par exemple Australia/Melbourne).</translation>
    </message>
    <message>
        <source>Nothing was changed: the currency is a three-letter code such as AUD or EUR.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: la devise est un code de trois lettres, par exemple AUD ou EUR.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a language code; use one such as en, en-AU, fr-CA or zh-CN.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: %1 n&apos;est pas un code de langue&#xa0;; utilisez-en un comme en, en-AU, fr-CA ou zh-CN.</translation>
    </message>
</context>
<context>
    <name>CentreTimeZoneMigration</name>
    <message>
        <source>The file had no centre time zone; the zone of the computer that upgraded it was saved, for an administrator to confirm.</source>
        <translation>Le fichier n&apos;avait pas de fuseau horaire d&apos;établissement&#xa0;; celui de l&apos;ordinateur qui l&apos;a mis à niveau a été enregistré, pour confirmation par un administrateur.</translation>
    </message>
</context>
<context>
    <name>CentreValidation</name>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>Saisissez le nom de la section.</translation>
    </message>
    <message>
        <source>The youngest age cannot be negative.</source>
        <translation>L&apos;âge minimum ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The oldest age must not be below the youngest.</source>
        <translation>L&apos;âge maximum ne doit pas être inférieur à l&apos;âge minimum.</translation>
    </message>
    <message>
        <source>A room holds at least one child.</source>
        <translation>Une section accueille au moins un enfant.</translation>
    </message>
    <message>
        <source>The ratio needs at least one child per adult.</source>
        <translation>Le taux d&apos;encadrement doit être d&apos;au moins un enfant par adulte.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s first name.</source>
        <translation>Saisissez le prénom du membre du personnel.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s family name.</source>
        <translation>Saisissez le nom de famille du membre du personnel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Kindred is not translated into &quot;%1&quot;. Choose one of its languages, or the centre&apos;s.</source>
        <translation>Kindred n&apos;est pas traduit en «&#xa0;%1&#xa0;». Choisissez l&apos;une de ses langues, ou celle de l&apos;établissement.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--children takes a number of children from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--children attend un nombre d&apos;enfants compris entre 1 et %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--sites takes a number of sites from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--sites attend un nombre de sites compris entre 1 et %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 n&apos;est pas un fuseau horaire connu de cet ordinateur (par exemple Australia/Melbourne).</translation>
    </message>
    <message>
        <source>kindred: %1</source>
        <translation>kindred&#xa0;: %1</translation>
    </message>
    <message>
        <source>kindred %1: %2</source>
        <translation>kindred %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;; the commands are init, demo, report, export, import and migrate (kindred --help says more).</source>
        <translation>la commande «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;; les commandes sont init, demo, report, export, import et migrate (kindred --help en dit plus).</translation>
    </message>
    <message>
        <source>give one command at a time, not both %1 and %2.</source>
        <translation>donnez une seule commande à la fois, pas %1 et %2 ensemble.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 n&apos;accepte aucune valeur.</translation>
    </message>
    <message>
        <source>there is no option %1 (kindred %2--help lists them).</source>
        <translation>l&apos;option %1 n&apos;existe pas (kindred %2--help les liste).</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood here (kindred %2--help says what is).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas compris ici (kindred %2--help indique ce qui l&apos;est).</translation>
    </message>
    <message>
        <source>--database and --server name two different stores; give one of them (both only with migrate, to move a data file to a server).</source>
        <translation>--database et --server désignent deux stockages différents&#xa0;; indiquez-en un seul (les deux uniquement avec migrate, pour transférer un fichier de données vers un serveur).</translation>
    </message>
    <message>
        <source>--server needs the server&apos;s address, such as &quot;host=db.centre.lan dbname=kindred&quot;.</source>
        <translation>--server nécessite l&apos;adresse du serveur, par exemple «&#xa0;host=db.centre.lan dbname=kindred&#xa0;».</translation>
    </message>
    <message>
        <source>Global options (before or after the command):
  --database PATH    the data file (default: the store opened last on this computer,
                     else the file in the user&apos;s data folder)
  --server CONNINFO  the centre&apos;s database on a PostgreSQL server, as a libpq
                     URI or key=value string (&quot;host=db.centre.lan dbname=kindred&quot;);
                     the password from ~/.pgpass or PGPASSFILE, else asked for
  --lang CODE        the language of texts and dates (en, fr, pt_BR…)
  --help             this help
  --version          Kindred&apos;s version
</source>
        <translation>Options globales (avant ou après la commande)&#xa0;:
  --database CHEMIN  le fichier de données (par défaut&#xa0;: le stockage ouvert en dernier sur cet
                     ordinateur, sinon le fichier du dossier de données de l&apos;utilisateur)
  --server CONNINFO  la base de données de l&apos;établissement sur un serveur PostgreSQL, sous forme
                     d&apos;URI libpq ou de chaîne clé=valeur («&#xa0;host=db.centre.lan dbname=kindred&#xa0;»)&#xa0;;
                     le mot de passe est lu dans ~/.pgpass ou PGPASSFILE, sinon demandé
  --lang CODE        la langue des textes et des dates (en, fr, pt_BR…)
  --help             cette aide
  --version          la version de Kindred
</translation>
    </message>
    <message>
        <source>Usage: kindred [GLOBAL] [COMMAND [ARGS]]
The front desk for childcare centres. With no command, Kindred opens its window.

Commands:
  init      set up a new centre in a new data file or an empty server database
            (or reset its administrator)
  demo      build the demo centre into a new data file, with no window
  report    write a report as PDF or CSV, with no window
  migrate   upgrade a data file from an older Kindred (a checked backup first), or
            move it to an empty server database (--database FILE --server CONNINFO)
  export, import   not available in this version

A new or missing data file opens the first-start wizard.

Window options:
  --demo          build the demo centre (published PINs) into a new or empty data file
  --children N    children in that demo centre (1 to 200000, default 60 a site)
  --sites N       that demo centre as a chain of N sites (1 to 20, default 1)

</source>
        <translation>Utilisation&#xa0;: kindred [GLOBAL] [COMMANDE [ARGUMENTS]]
L&apos;accueil des établissements d&apos;accueil d&apos;enfants. Sans commande, Kindred ouvre sa fenêtre.

Commandes&#xa0;:
  init      crée un nouvel établissement dans un nouveau fichier de données ou une base
            de données serveur vide (ou réinitialise son administrateur)
  demo      crée l&apos;établissement de démonstration dans un nouveau fichier de données, sans fenêtre
  report    écrit un rapport au format PDF ou CSV, sans fenêtre
  migrate   met à niveau un fichier de données d&apos;une ancienne version de Kindred (après une
            sauvegarde vérifiée), ou le transfère vers une base de données serveur vide
            (--database FICHIER --server CONNINFO)
  export, import   non disponibles dans cette version

Un fichier de données nouveau ou absent ouvre l&apos;assistant de premier démarrage.

Options de la fenêtre&#xa0;:
  --demo          crée l&apos;établissement de démonstration (codes PIN publiés) dans un fichier
                  de données nouveau ou vide
  --children N    nombre d&apos;enfants de cet établissement de démonstration (1 à 200000,
                  60 par site par défaut)
  --sites N       cet établissement de démonstration en réseau de N sites (1 à 20, 1 par défaut)

</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 a wrong argument or a refusal, 2 the data file cannot be used.
</source>
        <translation>
Code de sortie&#xa0;: 0 terminé, 1 argument incorrect ou refus, 2 fichier de données inutilisable.
</translation>
    </message>
    <message>
        <source>Usage: kindred demo --database FILE [--children N] [--sites N] [--time-zone ZONE]
       kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONE]
Builds the demo centre into FILE, which must not exist (or be empty), with no window. The
file appears only when it is complete. With --server, into an empty server database.

  --children N      children in the centre (1 to 200000, default 60 a site)
  --sites N         a chain of N sites (1 to 20, default 1): site 1 takes the centre&apos;s name,
                    the others a suburb&apos;s; each has its rooms, educators and families, and
                    some staff work at two sites with a role at each (README: the demo centre)
  --time-zone ZONE  the centre&apos;s time zone (default: this computer&apos;s), such as Europe/Paris

</source>
        <translation>Utilisation&#xa0;: kindred demo --database FICHIER [--children N] [--sites N] [--time-zone ZONE]
              kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONE]
Crée l&apos;établissement de démonstration dans FICHIER, qui ne doit pas exister (ou doit être vide),
sans fenêtre. Le fichier n&apos;apparaît qu&apos;une fois complet. Avec --server, dans une base de données
serveur vide.

  --children N      nombre d&apos;enfants de l&apos;établissement (1 à 200000, 60 par site par défaut)
  --sites N         un réseau de N sites (1 à 20, 1 par défaut)&#xa0;: le site 1 prend le nom de
                    l&apos;établissement, les autres celui d&apos;un quartier&#xa0;; chacun a ses sections, ses
                    éducateurs et ses familles, et certains membres du personnel travaillent sur
                    deux sites avec un rôle sur chacun (README&#xa0;: l&apos;établissement de démonstration)
  --time-zone ZONE  le fuseau horaire de l&apos;établissement (par défaut&#xa0;: celui de cet ordinateur),
                    par exemple Europe/Paris

</translation>
    </message>
    <message>
        <source>Usage: kindred report NAME --from DATE --to DATE [--site NAME|all] [--room ROOM] --out FILE.pdf|FILE.csv
       kindred report --list
Writes a report with no window. The file is only read: it may be read-only, and a desk may
be saving in it meanwhile.

  --list          list the reports
  --from DATE     first day, as yyyy-MM-dd (default: the first of this month)
  --to DATE       last day, as yyyy-MM-dd
  --site NAME     this site, or all for every site side by side (default: this
                  computer&apos;s site; a centre of several sites needs one)
  --room ROOM     only this room of the site (name or number)
  --out FILE      where to write; .pdf or .csv
  --paper SIZE    a4 or letter (default: the locale&apos;s)
  --no-bom        CSV without the UTF-8 byte-order mark
  --check         check the whole file for damage first

</source>
        <translation>Utilisation&#xa0;: kindred report NOM --from DATE --to DATE [--site NOM|all] [--room SECTION] --out FICHIER.pdf|FICHIER.csv
              kindred report --list
Écrit un rapport sans fenêtre. Le fichier est seulement lu&#xa0;: il peut être en lecture seule, et un
poste d&apos;accueil peut y enregistrer des données pendant ce temps.

  --list          liste les rapports
  --from DATE     premier jour, au format yyyy-MM-dd (par défaut&#xa0;: le premier du mois)
  --to DATE       dernier jour, au format yyyy-MM-dd
  --site NOM      ce site, ou all pour tous les sites côte à côte (par défaut&#xa0;: le site de cet
                  ordinateur&#xa0;; un établissement de plusieurs sites doit en indiquer un)
  --room SECTION  uniquement cette section du site (nom ou numéro)
  --out FICHIER   où écrire&#xa0;; .pdf ou .csv
  --paper FORMAT  a4 ou letter (par défaut&#xa0;: celui des paramètres régionaux)
  --no-bom        CSV sans l&apos;indicateur d&apos;ordre des octets UTF-8
  --check         vérifie d&apos;abord que le fichier entier n&apos;est pas endommagé

</translation>
    </message>
    <message>
        <source>Usage: kindred migrate [--database FILE]
       kindred migrate --database FILE --server CONNINFO
Upgrades a data file written by an older Kindred, after a checked backup beside it; or the
centre&apos;s database on the server. With both options, copies the data file (upgraded first)
into an empty server database in one transaction, then checks every table&apos;s row count and
the audit trail; any difference undoes the copy.

</source>
        <translation>Utilisation&#xa0;: kindred migrate [--database FICHIER]
              kindred migrate --database FICHIER --server CONNINFO
Met à niveau un fichier de données écrit par une ancienne version de Kindred, après une sauvegarde
vérifiée placée à côté&#xa0;; ou la base de données de l&apos;établissement sur le serveur. Avec les deux
options, copie le fichier de données (mis à niveau d&apos;abord) dans une base de données serveur vide
en une seule transaction, puis vérifie le nombre de lignes de chaque table et le journal d&apos;audit&#xa0;;
toute différence annule la copie.

</translation>
    </message>
    <message>
        <source>Usage: kindred init --database FILE --centre NAME --time-zone ZONE [--admin NAME]
                    [--country CC] [--currency CODE] [--lang CODE]
       kindred init --server CONNINFO --centre NAME --time-zone ZONE …
       kindred init --reset-admin --database FILE
Sets up a new centre in FILE, which must not exist (or be empty), or in the server&apos;s
database, which must hold no tables, with its first administrator.
The administrator&apos;s password and its confirmation are read as two lines from standard input:
at least 12 characters, containing neither the centre&apos;s name nor the administrator&apos;s.

  --centre NAME     the centre&apos;s name, as parents know it
  --time-zone ZONE  the centre&apos;s time zone, such as Australia/Melbourne
  --admin NAME      the administrator&apos;s first and last name (default: Centre Administrator)
  --country CC      the country, as two letters (AU, FR, CA…)
  --currency CODE   the currency, as ISO 4217 (AUD, EUR…; default: the country&apos;s)
  --lang CODE       also the centre&apos;s language, as BCP 47 (en-AU, fr-CA…)
  --reset-admin     the last administrator forgot the password: set a new one (two lines
                    from standard input). Only the file&apos;s owner on this computer may.

</source>
        <translation>Utilisation&#xa0;: kindred init --database FICHIER --centre NOM --time-zone ZONE [--admin NOM]
                           [--country CC] [--currency CODE] [--lang CODE]
              kindred init --server CONNINFO --centre NOM --time-zone ZONE …
              kindred init --reset-admin --database FICHIER
Crée un nouvel établissement dans FICHIER, qui ne doit pas exister (ou doit être vide), ou dans
la base de données du serveur, qui ne doit contenir aucune table, avec son premier administrateur.
Le mot de passe de l&apos;administrateur et sa confirmation sont lus sur deux lignes de l&apos;entrée
standard&#xa0;: au moins 12 caractères, sans le nom de l&apos;établissement ni celui de l&apos;administrateur.

  --centre NOM      le nom de l&apos;établissement, tel que les parents le connaissent
  --time-zone ZONE  le fuseau horaire de l&apos;établissement, par exemple Australia/Melbourne
  --admin NOM       le prénom et le nom de l&apos;administrateur (par défaut&#xa0;: Centre Administrator)
  --country CC      le pays, en deux lettres (AU, FR, CA…)
  --currency CODE   la devise, au format ISO 4217 (AUD, EUR…&#xa0;; par défaut&#xa0;: celle du pays)
  --lang CODE       également la langue de l&apos;établissement, au format BCP 47 (en-AU, fr-CA…)
  --reset-admin     le dernier administrateur a oublié son mot de passe&#xa0;: en définir un nouveau
                    (deux lignes de l&apos;entrée standard). Seul le propriétaire du fichier sur
                    cet ordinateur peut le faire.

</translation>
    </message>
    <message>
        <source>Usage: kindred %1
Not available in this version.

</source>
        <translation>Utilisation&#xa0;: kindred %1
Non disponible dans cette version.

</translation>
    </message>
    <message>
        <source>--lang takes a language code such as en, fr or pt_BR (or pseudo), not &quot;%1&quot;.</source>
        <translation>--lang attend un code de langue tel que en, fr ou pt_BR (ou pseudo), et non «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>not available in this version.</source>
        <translation>non disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>CustodyRules</name>
    <message>
        <source>(new adult)</source>
        <translation>(nouvel adulte)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(nouvel enfant)</translation>
    </message>
    <message>
        <source>Rename %1, who may collect %3, to %2</source>
        <translation>Renommer %1, autorisé(e) à récupérer %3, en %2</translation>
    </message>
    <message>
        <source>Rename %1, in “do not release %3”, to %2</source>
        <translation>Renommer %1, dans «&#xa0;ne pas remettre %3&#xa0;», en %2</translation>
    </message>
    <message>
        <source>Allow %1 to collect %2</source>
        <translation>Autoriser %1 à récupérer %2</translation>
    </message>
    <message>
        <source>Change when %1 may collect %2</source>
        <translation>Modifier quand %1 peut récupérer %2</translation>
    </message>
    <message>
        <source>No longer allow %1 to collect %2</source>
        <translation>Ne plus autoriser %1 à récupérer %2</translation>
    </message>
    <message>
        <source>Add “do not release %2 to %1”</source>
        <translation>Ajouter «&#xa0;ne pas remettre %2 à %1&#xa0;»</translation>
    </message>
    <message>
        <source>Change “do not release %2 to %1”</source>
        <translation>Modifier «&#xa0;ne pas remettre %2 à %1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “do not release %2 to %1”</source>
        <translation>Supprimer «&#xa0;ne pas remettre %2 à %1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (court order %2)</source>
        <translation>%1 (décision de justice %2)</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; refused: %2.</source>
        <translation>%1 Rien n&apos;a été enregistré&#xa0;; refusé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Changing who may collect a child needs a reason. %1</source>
        <translation>Modifier les personnes autorisées à récupérer un enfant nécessite un motif. %1</translation>
    </message>
    <message>
        <source>%1: name the document that ended court order %2 (a later order, a variation or its withdrawal, with its date). Nothing was saved.</source>
        <translation>%1&#xa0;: indiquez le document qui a mis fin à la décision de justice %2 (une décision ultérieure, une modification ou son retrait, avec sa date). Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>CustodySnapshot</name>
    <message>
        <source>The pickup rules in the data file could not be read, so nothing was restored.</source>
        <translation>Les règles de récupération du fichier de données n&apos;ont pas pu être lues&#xa0;: rien n&apos;a été restauré.</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>its audit trail is not whole: %1</source>
        <translation>son journal d&apos;audit n&apos;est pas complet&#xa0;: %1</translation>
    </message>
    <message>
        <source>A centre is being moved onto the server&apos;s database &quot;%1&quot; (kindred migrate), and the move has not finished. Nothing was opened. Open it again when the move is done; if the move was stopped, run it again.</source>
        <translation>Un établissement est en cours de transfert vers la base de données «&#xa0;%1&#xa0;» du serveur (kindred migrate), et le transfert n&apos;est pas terminé. Rien n&apos;a été ouvert. Rouvrez-la une fois le transfert terminé&#xa0;; si le transfert a été interrompu, relancez-le.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Kindred needs to update the data file %1 but could not first make a safe copy of it: %2 The file was not changed.</source>
        <translation>Kindred doit mettre à jour le fichier de données %1, mais n&apos;a pas pu en faire d&apos;abord une copie de sécurité&#xa0;: %2 Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The centre server&apos;s database %1 holds no Kindred centre yet. Make one there with &quot;kindred init --server&quot;, or move a data file there with &quot;kindred migrate&quot;.</source>
        <translation>La base de données %1 du serveur de l&apos;établissement ne contient encore aucun établissement Kindred. Créez-en un avec «&#xa0;kindred init --server&#xa0;», ou transférez-y un fichier de données avec «&#xa0;kindred migrate&#xa0;».</translation>
    </message>
    <message>
        <source>Kindred could not switch %1 to its safe journal mode; it may be on a network share. Keep the data file on this computer&apos;s own disk.</source>
        <translation>Kindred n&apos;a pas pu passer %1 en mode de journalisation sûr&#xa0;; il se trouve peut-être sur un partage réseau. Conservez le fichier de données sur le disque local de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenCheck</name>
    <message>
        <source>The file %1 is damaged and cannot be opened. Nothing was changed. Restore the latest backup.</source>
        <translation>Le fichier %1 est endommagé et ne peut pas être ouvert. Aucune modification n&apos;a été effectuée. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read together with the file %2 beside it, which does not fit it: it was probably left from another copy of the data file (for example when an older copy was put in its place). Nothing was changed. Make sure no Kindred is using the file, move %2 and %3 to another folder (keep them for support), and open the file again.</source>
        <translation>Le fichier %1 ne peut pas être lu avec le fichier %2 situé à côté, qui ne lui correspond pas&#xa0;: celui-ci provient probablement d&apos;une autre copie du fichier de données (par exemple lorsqu&apos;une copie plus ancienne a été mise à sa place). Aucune modification n&apos;a été effectuée. Assurez-vous qu&apos;aucun Kindred n&apos;utilise le fichier, déplacez %2 et %3 dans un autre dossier (conservez-les pour l&apos;assistance), puis rouvrez le fichier.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program, not Kindred. It was not opened and nothing in it was changed.</source>
        <translation>Le fichier %1 appartient à un autre programme, pas à Kindred. Il n&apos;a pas été ouvert et rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Kindred. Install the newer version to open it; nothing in it was changed.</source>
        <translation>Le fichier %1 a été enregistré par une version plus récente de Kindred. Installez la version plus récente pour l&apos;ouvrir&#xa0;; rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kindred data file.</source>
        <translation>%1 est un dossier, pas un fichier de données Kindred.</translation>
    </message>
    <message>
        <source>Kindred is not allowed to read %1. Nothing was changed.</source>
        <translation>Kindred n&apos;a pas le droit de lire %1. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 is not a Kindred data file. It was not opened and nothing in it was changed.</source>
        <translation>%1 n&apos;est pas un fichier de données Kindred. Il n&apos;a pas été ouvert et rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>The file %1 is incomplete (it is shorter than it should be), probably cut off while being copied. It was not opened. Restore the latest backup.</source>
        <translation>Le fichier %1 est incomplet (il est plus court qu&apos;il ne devrait), probablement tronqué pendant une copie. Il n&apos;a pas été ouvert. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1: the file there is empty. Nothing was changed. Choose the Kindred data file, or ask whoever looks after this computer where it is.</source>
        <translation>Il n&apos;y a pas de fichier de données Kindred à l&apos;emplacement %1&#xa0;: le fichier qui s&apos;y trouve est vide. Aucune modification n&apos;a été effectuée. Choisissez le fichier de données Kindred, ou demandez où il se trouve à la personne qui gère cet ordinateur.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so Kindred cannot record anything in it. Nothing was changed. Ask whoever looks after this computer to make it writable.</source>
        <translation>Le fichier %1 est en lecture seule&#xa0;: Kindred ne peut rien y enregistrer. Aucune modification n&apos;a été effectuée. Demandez à la personne qui gère cet ordinateur de le rendre accessible en écriture.</translation>
    </message>
    <message>
        <source>The Kindred data file %1 is locked by another program. Close it (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>Le fichier de données Kindred %1 est verrouillé par un autre programme. Fermez celui-ci (ou attendez qu&apos;il ait terminé) et réessayez&#xa0;; aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Kindred cannot open the file. The file itself is fine and nothing was changed. Free some space on that disk and try again.</source>
        <translation>Le disque contenant %1 est plein&#xa0;: Kindred ne peut pas ouvrir le fichier. Le fichier lui-même est intact et aucune modification n&apos;a été effectuée. Libérez de l&apos;espace sur ce disque et réessayez.</translation>
    </message>
    <message>
        <source>The file %1 or its folder is read-only, so Kindred cannot use it. Nothing was changed. Ask whoever looks after this computer to make both writable.</source>
        <translation>Le fichier %1 ou son dossier est en lecture seule&#xa0;: Kindred ne peut pas l&apos;utiliser. Aucune modification n&apos;a été effectuée. Demandez à la personne qui gère cet ordinateur de les rendre tous deux accessibles en écriture.</translation>
    </message>
    <message>
        <source>Kindred is not allowed to open %1, or to create %2 beside it. Nothing was changed. Ask whoever looks after this computer to check the permissions of the file and its folder.</source>
        <translation>Kindred n&apos;a pas le droit d&apos;ouvrir %1, ni de créer %2 à côté. Aucune modification n&apos;a été effectuée. Demandez à la personne qui gère cet ordinateur de vérifier les droits du fichier et de son dossier.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading %1. Nothing was changed. Check that the disk is connected and working, then try again.</source>
        <translation>Le disque a signalé une erreur pendant que Kindred lisait %1. Aucune modification n&apos;a été effectuée. Vérifiez que le disque est connecté et fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>Kindred could not open %1.</source>
        <translation>Kindred n&apos;a pas pu ouvrir %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Le fichier %1 est endommagé. Il n&apos;a pas été ouvert et rien n&apos;y a été modifié. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. Stop recording in it, close Kindred and restore the latest backup.</source>
        <translation>Le fichier %1 est endommagé. Cessez d&apos;y enregistrer des données, fermez Kindred et restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1.</source>
        <translation>Il n&apos;y a pas de fichier de données Kindred à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Kindred could not create the folder for its data file, %1.</source>
        <translation>Kindred n&apos;a pas pu créer le dossier de son fichier de données, %1.</translation>
    </message>
    <message>
        <source>Kindred could not create its data file %1.</source>
        <translation>Kindred n&apos;a pas pu créer son fichier de données %1.</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>The demo centre needs a director, a receptionist and two educators for its tickets and incidents.</source>
        <translation>L&apos;établissement de démonstration a besoin d&apos;un directeur, d&apos;un réceptionniste et de deux éducateurs pour ses tickets et ses incidents.</translation>
    </message>
    <message>
        <source>Outdoor play area</source>
        <translation>Aire de jeux extérieure</translation>
    </message>
    <message>
        <source>Tripped while running and grazed a knee on the path.</source>
        <translation>A trébuché en courant et s&apos;est écorché le genou sur l&apos;allée.</translation>
    </message>
    <message>
        <source>Cleaned the graze, applied a plaster.</source>
        <translation>Écorchure nettoyée, pansement appliqué.</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Genou gauche</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Temperature of 38.4 °C after lunch, unsettled.</source>
        <translation>Température de 38,4 °C après le déjeuner, agité(e).</translation>
    </message>
    <message>
        <source>Rested in a quiet area; parent asked to collect.</source>
        <translation>S&apos;est reposé(e) dans un coin calme&#xa0;; parent appelé pour venir le chercher.</translation>
    </message>
    <message>
        <source>Sandpit</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Bit another child during play over a toy.</source>
        <translation>A mordu un autre enfant en jouant, pour un jouet.</translation>
    </message>
    <message>
        <source>Separated, comforted both, talked about gentle hands.</source>
        <translation>Enfants séparés, tous deux consolés, discussion sur les gestes doux.</translation>
    </message>
    <message>
        <source>Prescribed dose given 30 minutes late.</source>
        <translation>Dose prescrite donnée avec 30 minutes de retard.</translation>
    </message>
    <message>
        <source>Dose given, room leader informed, times checked.</source>
        <translation>Dose donnée, responsable de section informé(e), horaires vérifiés.</translation>
    </message>
    <message>
        <source>Dining area</source>
        <translation>Salle à manger</translation>
    </message>
    <message>
        <source>Bumped head on the edge of the table while standing up.</source>
        <translation>S&apos;est cogné la tête contre le bord de la table en se levant.</translation>
    </message>
    <message>
        <source>Cold compress, observed for an hour.</source>
        <translation>Compresse froide, surveillance pendant une heure.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Signed the form at pickup</source>
        <translation>A signé le formulaire en venant chercher l&apos;enfant</translation>
    </message>
    <message>
        <source>Charged for a day we were on holiday</source>
        <translation>Facturé pour un jour où nous étions en vacances</translation>
    </message>
    <message>
        <source>We told the room we would be away on the Friday but were still charged.</source>
        <translation>Nous avions prévenu la section de notre absence le vendredi, mais ce jour a tout de même été facturé.</translation>
    </message>
    <message>
        <source>Credited the day and explained how to record a holiday in advance.</source>
        <translation>Jour crédité et explication donnée pour signaler des vacances à l&apos;avance.</translation>
    </message>
    <message>
        <source>Sorted quickly, thank you.</source>
        <translation>Réglé rapidement, merci.</translation>
    </message>
    <message>
        <source>Thank you to the toddler room</source>
        <translation>Merci à la section des petits</translation>
    </message>
    <message>
        <source>Our son talks about his educators every evening.</source>
        <translation>Notre fils parle de ses éducateurs tous les soirs.</translation>
    </message>
    <message>
        <source>Passed on to the room at the staff meeting.</source>
        <translation>Transmis à la section lors de la réunion d&apos;équipe.</translation>
    </message>
    <message>
        <source>Lovely to hear it was shared.</source>
        <translation>Ravis de savoir que cela a été partagé.</translation>
    </message>
    <message>
        <source>More shade in the sandpit</source>
        <translation>Plus d&apos;ombre dans le bac à sable</translation>
    </message>
    <message>
        <source>The sandpit gets very hot after eleven; could there be a sail?</source>
        <translation>Le bac à sable devient très chaud après onze heures&#xa0;; serait-il possible d&apos;installer une voile d&apos;ombrage&#xa0;?</translation>
    </message>
    <message>
        <source>A shade sail is ordered for the sandpit; until then sand play is before eleven.</source>
        <translation>Une voile d&apos;ombrage a été commandée pour le bac à sable&#xa0;; en attendant, les jeux de sable ont lieu avant onze heures.</translation>
    </message>
    <message>
        <source>Good, though it will take a while.</source>
        <translation>Bien, même si cela prendra du temps.</translation>
    </message>
    <message>
        <source>Sunscreen not applied</source>
        <translation>Crème solaire non appliquée</translation>
    </message>
    <message>
        <source>Her shoulders were pink at pickup after outdoor play.</source>
        <translation>Ses épaules étaient rouges quand nous sommes venus la chercher, après les jeux dehors.</translation>
    </message>
    <message>
        <source>Sunscreen times added to the room&apos;s daily sheet.</source>
        <translation>Horaires de crème solaire ajoutés à la feuille quotidienne de la section.</translation>
    </message>
    <message>
        <source>It happened again on Thursday.</source>
        <translation>C&apos;est arrivé de nouveau jeudi.</translation>
    </message>
    <message>
        <source>Not told about the excursion</source>
        <translation>Pas informés de la sortie</translation>
    </message>
    <message>
        <source>We only heard about the library visit from another parent.</source>
        <translation>Nous n&apos;avons entendu parler de la visite à la bibliothèque que par un autre parent.</translation>
    </message>
    <message>
        <source>A vegetarian lunch on Fridays</source>
        <translation>Un déjeuner végétarien le vendredi</translation>
    </message>
    <message>
        <source>Several families would like a vegetarian lunch one day a week.</source>
        <translation>Plusieurs familles aimeraient un déjeuner végétarien un jour par semaine.</translation>
    </message>
    <message>
        <source>Thank you for the garden day photos</source>
        <translation>Merci pour les photos de la journée au jardin</translation>
    </message>
    <message>
        <source>The photos from the garden day made our week.</source>
        <translation>Les photos de la journée au jardin ont illuminé notre semaine.</translation>
    </message>
    <message>
        <source>When is the next parent evening?</source>
        <translation>À quand la prochaine réunion de parents&#xa0;?</translation>
    </message>
    <message>
        <source>Is there a parent evening before the holidays?</source>
        <translation>Y a-t-il une réunion de parents avant les vacances&#xa0;?</translation>
    </message>
    <message>
        <source>Nappy not changed before pickup</source>
        <translation>Couche non changée avant le départ</translation>
    </message>
    <message>
        <source>His nappy was very wet when I collected him at five.</source>
        <translation>Sa couche était très mouillée quand je suis venu le chercher à cinq heures.</translation>
    </message>
    <message>
        <source>Asked the parent which families to ask.</source>
        <translation>Demandé au parent quelles familles contacter.</translation>
    </message>
    <message>
        <source>Checking the excursion notice list with the room.</source>
        <translation>Vérification avec la section de la liste de diffusion des avis de sortie.</translation>
    </message>
    <message>
        <source>Signed in at the desk after breakfast; the room&apos;s sheet has the arrival 25 minutes earlier.</source>
        <translation>Arrivée enregistrée à l&apos;accueil après le petit-déjeuner&#xa0;; la feuille de la section indique l&apos;arrivée 25 minutes plus tôt.</translation>
    </message>
    <message>
        <source>Checked in by mistake for a sibling who stayed at home; the room confirms the child was not here.</source>
        <translation>Arrivée enregistrée par erreur pour un frère ou une sœur resté(e) à la maison&#xa0;; la section confirme que l&apos;enfant n&apos;était pas là.</translation>
    </message>
</context>
<context>
    <name>DemoCentreGenerator</name>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 n&apos;est pas un fuseau horaire connu de cet ordinateur (par exemple Australia/Melbourne).</translation>
    </message>
    <message>
        <source>A demo centre has 1 to %1 sites.</source>
        <translation>Un établissement de démonstration compte de 1 à %1 sites.</translation>
    </message>
    <message>
        <source>First aid and CPR</source>
        <translation>Premiers secours et RCP</translation>
    </message>
    <message>
        <source>Working with children check</source>
        <translation>Vérification des antécédents pour le travail avec les enfants</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Grand-mère</translation>
    </message>
    <message>
        <source>Nanny</source>
        <translation>Nounou</translation>
    </message>
    <message>
        <source>Not to collect</source>
        <translation>Ne doit pas récupérer l&apos;enfant</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Arachides</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>Fruits à coque</translation>
    </message>
    <message>
        <source>Bee stings</source>
        <translation>Piqûres d&apos;abeille</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>Anaphylaxie</translation>
    </message>
    <message>
        <source>Give adrenaline auto-injector (EpiPen), call an ambulance, then the parents</source>
        <translation>Administrer l&apos;auto-injecteur d&apos;adrénaline (EpiPen), appeler une ambulance, puis les parents</translation>
    </message>
    <message>
        <source>Dairy</source>
        <translation>Produits laitiers</translation>
    </message>
    <message>
        <source>Egg</source>
        <translation>Œuf</translation>
    </message>
    <message>
        <source>Gluten</source>
        <translation>Gluten</translation>
    </message>
    <message>
        <source>Strawberries</source>
        <translation>Fraises</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Pénicilline</translation>
    </message>
    <message>
        <source>Hives, stomach pain</source>
        <translation>Urticaire, maux de ventre</translation>
    </message>
    <message>
        <source>Antihistamine; call parents</source>
        <translation>Antihistaminique&#xa0;; appeler les parents</translation>
    </message>
    <message>
        <source>Asthma: blue reliever puffer in bag, 4 puffs as needed</source>
        <translation>Asthme&#xa0;: inhalateur de secours bleu dans le sac, 4 bouffées si nécessaire</translation>
    </message>
    <message>
        <source>Eczema: cream after water play</source>
        <translation>Eczéma&#xa0;: crème après les jeux d&apos;eau</translation>
    </message>
    <message>
        <source>Febrile seizure history: call parents above 38.5 °C</source>
        <translation>Antécédents de convulsions fébriles&#xa0;: appeler les parents au-dessus de 38,5 °C</translation>
    </message>
    <message>
        <source>Family friend</source>
        <translation>Ami de la famille</translation>
    </message>
    <message>
        <source>Court order: no contact</source>
        <translation>Décision de justice&#xa0;: aucun contact</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>cannot build the demo centre on %1: %2</source>
        <translation>impossible de créer l&apos;établissement de démonstration sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the demo centre could not be built: %1</source>
        <translation>l&apos;établissement de démonstration n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Built the demo centre on %1 (children: %2, families: %3).</source>
        <translation>Établissement de démonstration créé sur %1 (enfants&#xa0;: %2, familles&#xa0;: %3).</translation>
    </message>
    <message>
        <source>say which new file to build the demo centre in, with --database FILE.</source>
        <translation>indiquez le nouveau fichier dans lequel créer l&apos;établissement de démonstration, avec --database FICHIER.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo centre is only built into a new file, so nothing was changed.</source>
        <translation>%1 existe déjà&#xa0;; l&apos;établissement de démonstration n&apos;est créé que dans un nouveau fichier&#xa0;: aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>there is no folder %1.</source>
        <translation>le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the demo centre was being built; it was left as it is.</source>
        <translation>%1 est apparu pendant la création de l&apos;établissement de démonstration&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>could not put the demo centre in place as %1.</source>
        <translation>impossible de mettre en place l&apos;établissement de démonstration sous %1.</translation>
    </message>
    <message>
        <source>Built the demo centre in %1 (children: %2, families: %3, rooms: %4, staff: %5; time zone %6).</source>
        <translation>Établissement de démonstration créé dans %1 (enfants&#xa0;: %2, familles&#xa0;: %3, sections&#xa0;: %4, personnel&#xa0;: %5&#xa0;; fuseau horaire %6).</translation>
    </message>
    <message numerus="yes">
        <source>History: %n open day(s)</source>
        <translation>
            <numerusform>Historique&#xa0;: %n jour d&apos;ouverture</numerusform>
            <numerusform>Historique&#xa0;: %n jours d&apos;ouverture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n enregistrement de présence</numerusform>
            <numerusform>%n enregistrements de présence</numerusform>
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
    <message>
        <source>The demo centre has no receptionist to stand at the desk.</source>
        <translation>L&apos;établissement de démonstration n&apos;a pas de réceptionniste pour tenir l&apos;accueil.</translation>
    </message>
    <message>
        <source>Holiday with family</source>
        <translation>Vacances en famille</translation>
    </message>
    <message>
        <source>Today is a weekend day and the centre is closed, so today&apos;s attendance is empty; on a weekday the desk shows the children booked for that day as expected.</source>
        <translation>Nous sommes le week-end et l&apos;établissement est fermé&#xa0;: les présences du jour sont donc vides&#xa0;; en semaine, l&apos;accueil affiche comme attendus les enfants réservés pour ce jour.</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not opened yet: %n staff member(s) clocked in, nobody has arrived.</source>
        <translation>
            <numerusform>L&apos;établissement n&apos;a pas encore ouvert&#xa0;: %n membre du personnel a pointé son arrivée, aucun enfant n&apos;est arrivé.</numerusform>
            <numerusform>L&apos;établissement n&apos;a pas encore ouvert&#xa0;: %n membres du personnel ont pointé leur arrivée, aucun enfant n&apos;est arrivé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked today, expected from opening time.</source>
        <translation>
            <numerusform>%n enfant réservé aujourd&apos;hui, attendu dès l&apos;ouverture.</numerusform>
            <numerusform>%n enfants réservés aujourd&apos;hui, attendus dès l&apos;ouverture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has closed for the day: %n child(ren) came and went home.</source>
        <translation>
            <numerusform>L&apos;établissement a fermé pour la journée&#xa0;: %n enfant est venu et est rentré chez lui.</numerusform>
            <numerusform>L&apos;établissement a fermé pour la journée&#xa0;: %n enfants sont venus et sont rentrés chez eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today so far: %n child(ren) here</source>
        <translation>
            <numerusform>Aujourd&apos;hui jusqu&apos;à présent&#xa0;: %n enfant présent</numerusform>
            <numerusform>Aujourd&apos;hui jusqu&apos;à présent&#xa0;: %n enfants présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone home</source>
        <translation>
            <numerusform>%n rentré</numerusform>
            <numerusform>%n rentrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>%n encore attendu</numerusform>
            <numerusform>%n encore attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n away (planned)</source>
        <translation>
            <numerusform>%n absent (prévu)</numerusform>
            <numerusform>%n absents (prévu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) clocked in.</source>
        <translation>
            <numerusform>%n membre du personnel a pointé son arrivée.</numerusform>
            <numerusform>%n membres du personnel ont pointé leur arrivée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSiteRoles</name>
    <message>
        <source>A chain of %1 sites. The director (PIN 1111) and the receptionist (2222) work at every site, each educator at their room&apos;s site only; 3301 is an educator at the first and second sites, and 3309 the second site&apos;s director and a receptionist at the first.</source>
        <translation>Un réseau de %1 sites. Le directeur (PIN 1111) et le réceptionniste (2222) travaillent sur tous les sites, chaque éducateur uniquement sur le site de sa section&#xa0;; 3301 est éducateur sur le premier et le deuxième site, et 3309 est directeur du deuxième site et réceptionniste sur le premier.</translation>
    </message>
</context>
<context>
    <name>DeparturePolicy</name>
    <message>
        <source>This check-in of %1 was voided; it cannot be corrected. Nothing was changed.</source>
        <translation>Cette arrivée de %1 a été annulée&#xa0;; elle ne peut pas être corrigée. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 is still checked in today. A correction cannot check a child out: check %1 out to an adult on the pickup list, or void the check-in if it was a mistake. Nothing was changed.</source>
        <translation>L&apos;arrivée de %1 est toujours enregistrée aujourd&apos;hui. Une correction ne peut pas enregistrer le départ d&apos;un enfant&#xa0;: enregistrez le départ de %1 avec un adulte de la liste des personnes autorisées à le récupérer, ou annulez l&apos;arrivée s&apos;il s&apos;agit d&apos;une erreur. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1&apos;s stay from an earlier day can only be closed at a time before today. Nothing was changed.</source>
        <translation>La présence de %1 d&apos;un jour précédent ne peut être clôturée qu&apos;à une heure antérieure à aujourd&apos;hui. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>This check-in of %1 is already voided. Nothing was changed.</source>
        <translation>Cette arrivée de %1 est déjà annulée. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to void. Nothing was changed.</source>
        <translation>Le départ de %1 n&apos;a pas été enregistré&#xa0;: il n&apos;y a donc pas de départ à annuler. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message numerus="yes">
        <source>Only this check-in&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>Seul le poste d&apos;accueil qui a enregistré cette arrivée peut l&apos;annuler, dans un délai de %n minute&#xa0;; passé ce délai, ou depuis un autre poste, demandez à un directeur. Aucune modification n&apos;a été effectuée.</numerusform>
            <numerusform>Seul le poste d&apos;accueil qui a enregistré cette arrivée peut l&apos;annuler, dans un délai de %n minutes&#xa0;; passé ce délai, ou depuis un autre poste, demandez à un directeur. Aucune modification n&apos;a été effectuée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only this check-out&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>Seul le poste d&apos;accueil qui a enregistré ce départ peut l&apos;annuler, dans un délai de %n minute&#xa0;; passé ce délai, ou depuis un autre poste, demandez à un directeur. Aucune modification n&apos;a été effectuée.</numerusform>
            <numerusform>Seul le poste d&apos;accueil qui a enregistré ce départ peut l&apos;annuler, dans un délai de %n minutes&#xa0;; passé ce délai, ou depuis un autre poste, demandez à un directeur. Aucune modification n&apos;a été effectuée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why it is being voided. Nothing was changed.</source>
        <translation>Indiquez le motif de l&apos;annulation. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 is not clocked in (or signed in) today: a group can only leave with staff who are here. %2 was not checked out.</source>
        <translation>%1 n&apos;a pas pointé son arrivée (ni ne s&apos;est connecté) aujourd&apos;hui&#xa0;: un groupe ne peut partir qu&apos;avec du personnel présent. Le départ de %2 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>%1 has a &quot;do not release&quot; restriction%2, so may not leave the centre with a group unless a director overrides it with a reason. %1 was not checked out.</source>
        <translation>%1 fait l&apos;objet d&apos;une interdiction de remise («&#xa0;ne pas remettre&#xa0;»)%2 et ne peut donc pas quitter l&apos;établissement avec un groupe, sauf dérogation motivée d&apos;un directeur. Le départ de %1 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source> (court order %1)</source>
        <translation> (décision de justice %1)</translation>
    </message>
    <message>
        <source>%1 left with %2%3 at %4 and has not come back: check the group back in first (Group check-in). Nothing was recorded.</source>
        <translation>%1 est parti(e) avec %2%3 à %4 et n&apos;est pas revenu(e)&#xa0;: enregistrez d&apos;abord le retour du groupe (Retour de groupe). Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>Evacuation drill</source>
        <translation>Exercice d&apos;évacuation</translation>
    </message>
    <message>
        <source>Real evacuation</source>
        <translation>Évacuation réelle</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>Confinement</translation>
    </message>
</context>
<context>
    <name>DropInRegistration</name>
    <message>
        <source>Enter the visiting child&apos;s name and date of birth.</source>
        <translation>Saisissez le nom et la date de naissance de l&apos;enfant accueilli.</translation>
    </message>
    <message>
        <source>A drop-in child needs at least one adult with a phone number the centre can call. Nothing was saved.</source>
        <translation>Un enfant en accueil occasionnel doit avoir au moins un adulte avec un numéro de téléphone que l&apos;établissement peut appeler. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Accueil occasionnel</translation>
    </message>
    <message>
        <source>Drop-in registered at the desk.</source>
        <translation>Accueil occasionnel enregistré à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>EmergencyContactReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(non affiché pour votre rôle)</translation>
    </message>
    <message>
        <source>Custody restrictions (“do not release to”) are not shown: your role may not see them. Ask a director before releasing a child to anyone not listed.</source>
        <translation>Les restrictions de garde («&#xa0;ne pas remettre à&#xa0;») ne sont pas affichées&#xa0;: votre rôle ne permet pas de les voir. Consultez un directeur avant de remettre un enfant à une personne non listée.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Responsables légaux</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Allergies potentiellement mortelles</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>Ne pas remettre à</translation>
    </message>
    <message>
        <source>Emergency contacts (call in this order)</source>
        <translation>Contacts d&apos;urgence (à appeler dans cet ordre)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Sans section</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Life-threatening allergy: %1</source>
        <translation>Allergie potentiellement mortelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Do not release to: %1</source>
        <translation>Ne pas remettre à&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucun enregistré)</translation>
    </message>
    <message>
        <source>No enrolled child in this room.</source>
        <translation>Aucun enfant inscrit dans cette section.</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>Enfants listés</translation>
    </message>
</context>
<context>
    <name>EnrolmentReport</name>
    <message>
        <source>%1–%2 months</source>
        <translation>%1 à %2 mois</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Sans section</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>Inscriptions et capacité</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Taux d&apos;encadrement</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Places free</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>Personnel nécessaire</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Attending a day</source>
        <translation>Présents par jour</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>Occupation (%)</translation>
    </message>
    <message>
        <source>Average attending a day</source>
        <translation>Moyenne de présents par jour</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation>Enfants inscrits</translation>
    </message>
    <message>
        <source>Waitlisted children who fit a room</source>
        <translation>Enfants en liste d&apos;attente correspondant à une section</translation>
    </message>
    <message>
        <source>Highlighted: more children enrolled than the room&apos;s capacity.</source>
        <translation>En surbrillance&#xa0;: plus d&apos;enfants inscrits que la capacité de la section.</translation>
    </message>
</context>
<context>
    <name>ExpectedToday</name>
    <message>
        <source>Could not read the data file: today&apos;s figures came back empty.</source>
        <translation>Impossible de lire le fichier de données&#xa0;: les chiffres du jour sont vides.</translation>
    </message>
    <message>
        <source>Could not read the data file: the bookings could not be read.</source>
        <translation>Impossible de lire le fichier de données&#xa0;: les réservations n&apos;ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Enquiry</source>
        <translation>Demande de renseignements</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Potentiellement mortelle</translation>
    </message>
</context>
<context>
    <name>FamilyChanges</name>
    <message>
        <source>the household details were changed</source>
        <translation>les informations du foyer ont été modifiées</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 a été ajouté(e)</translation>
    </message>
    <message>
        <source>%1&apos;s details were changed</source>
        <translation>les informations de %1 ont été modifiées</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 a été retiré(e)</translation>
    </message>
    <message>
        <source>%1&apos;s allergies were changed</source>
        <translation>les allergies de %1 ont été modifiées</translation>
    </message>
    <message>
        <source>%1&apos;s emergency contacts were changed</source>
        <translation>les contacts d&apos;urgence de %1 ont été modifiés</translation>
    </message>
    <message>
        <source>%1&apos;s pickup rules were changed</source>
        <translation>les règles de récupération de %1 ont été modifiées</translation>
    </message>
    <message>
        <source>%1&apos;s bookings were changed</source>
        <translation>les réservations de %1 ont été modifiées</translation>
    </message>
</context>
<context>
    <name>FamilyDataExport</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>FamilyDataExportReport</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Everything held about the %1 family</source>
        <translation>Toutes les données détenues sur la famille %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>%1; left the centre on %2</source>
        <translation>%1&#xa0;; a quitté l&apos;établissement le %2</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Code de carte</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>Cultures</translation>
    </message>
    <message>
        <source>Celebrations</source>
        <translation>Fêtes célébrées</translation>
    </message>
    <message>
        <source>Share cultures with the centre</source>
        <translation>Partage ses cultures avec l&apos;établissement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>In parent directory</source>
        <translation>Dans l&apos;annuaire des parents</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom d&apos;usage</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Remarques médicales</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Autorisation photo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d&apos;urgence</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>Peut récupérer l&apos;enfant</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>Ne pas remettre à</translation>
    </message>
    <message>
        <source>Records: %1 — %2</source>
        <translation>Enregistrements&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The machine-readable export (JSON) holds the same records with every column, the photos and the old and new values of each change.</source>
        <translation>L&apos;export lisible par machine (JSON) contient les mêmes enregistrements avec toutes les colonnes, les photos ainsi que les anciennes et nouvelles valeurs de chaque modification.</translation>
    </message>
</context>
<context>
    <name>FamilyPseudonyms</name>
    <message>
        <source>Former child</source>
        <translation>Ancien enfant</translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>Ancien adulte</translation>
    </message>
    <message>
        <source>Anonymised family %1</source>
        <translation>Famille anonymisée %1</translation>
    </message>
</context>
<context>
    <name>FamilyReader</name>
    <message>
        <source>This family is no longer on file (it may have been archived at another station).</source>
        <translation>Cette famille n&apos;est plus enregistrée dans Kindred (elle a peut-être été archivée depuis un autre poste).</translation>
    </message>
</context>
<context>
    <name>FamilyValidation</name>
    <message>
        <source>Enter the adult&apos;s first name.</source>
        <translation>Saisissez le prénom de l&apos;adulte.</translation>
    </message>
    <message>
        <source>Enter the adult&apos;s family name.</source>
        <translation>Saisissez le nom de famille de l&apos;adulte.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s family name.</source>
        <translation>Saisissez le nom de famille de %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (use 6 to 15 digits, spaces and a leading + are fine).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone (utilisez 6 à 15 chiffres&#xa0;; les espaces et un + au début sont acceptés).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>%1 is a guardian: enter at least one phone number the centre can call.</source>
        <translation>%1 est responsable légal&#xa0;: saisissez au moins un numéro de téléphone que l&apos;établissement peut appeler.</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>l&apos;enfant</translation>
    </message>
    <message>
        <source>Enter the child&apos;s first name.</source>
        <translation>Saisissez le prénom de l&apos;enfant.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s family name.</source>
        <translation>Saisissez le nom de famille de l&apos;enfant.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s date of birth.</source>
        <translation>Saisissez la date de naissance de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth is in the future.</source>
        <translation>La date de naissance de %1 est dans le futur.</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth makes them an adult; check the year.</source>
        <translation>Selon sa date de naissance, %1 serait adulte&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Name what %1 is allergic to.</source>
        <translation>Indiquez ce à quoi %1 est allergique.</translation>
    </message>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation>Saisissez le nom du contact d&apos;urgence.</translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation>Saisissez un numéro de téléphone pour le contact d&apos;urgence.</translation>
    </message>
    <message>
        <source>Enter a phone number for emergency contact %1.</source>
        <translation>Saisissez un numéro de téléphone pour le contact d&apos;urgence %1.</translation>
    </message>
    <message>
        <source>Choose who may collect %1 from the family&apos;s adults.</source>
        <translation>Choisissez parmi les adultes de la famille qui peut récupérer %1.</translation>
    </message>
    <message>
        <source>The pickup permission for %1 ends before it starts.</source>
        <translation>L&apos;autorisation de récupérer %1 se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose the person %1 must not be released to.</source>
        <translation>Choisissez la personne à qui %1 ne doit pas être remis(e).</translation>
    </message>
    <message>
        <source>%1 cannot both be allowed to collect %2 and be on the do-not-release list.</source>
        <translation>%1 ne peut pas à la fois être autorisé(e) à récupérer %2 et figurer sur la liste «&#xa0;ne pas remettre&#xa0;».</translation>
    </message>
    <message>
        <source>Give the reason %1 must not be released to %2 (for example the court order).</source>
        <translation>Indiquez pourquoi %1 ne doit pas être remis(e) à %2 (par exemple la décision de justice).</translation>
    </message>
    <message>
        <source>Give the reason (for example the court order).</source>
        <translation>Indiquez le motif (par exemple la décision de justice).</translation>
    </message>
    <message>
        <source>Tick the days %1 is booked for.</source>
        <translation>Cochez les jours réservés pour %1.</translation>
    </message>
    <message>
        <source>Enter the time %1 usually arrives, between %2 and %3.</source>
        <translation>Saisissez l&apos;heure d&apos;arrivée habituelle de %1, entre %2 et %3.</translation>
    </message>
    <message>
        <source>Enter the time %1 usually goes home, by %2.</source>
        <translation>Saisissez l&apos;heure de départ habituelle de %1, au plus tard %2.</translation>
    </message>
    <message>
        <source>%1&apos;s booked departure must be after the arrival (%2).</source>
        <translation>Le départ réservé de %1 doit être postérieur à l&apos;arrivée (%2).</translation>
    </message>
    <message>
        <source>Enter the first day of %1&apos;s booking.</source>
        <translation>Saisissez le premier jour de la réservation de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s booking ends before it starts (%2).</source>
        <translation>La réservation de %1 se termine avant de commencer (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s bookings from %2 and from %3 share a day of the week; end one before the other starts.</source>
        <translation>Les réservations de %1 à partir du %2 et à partir du %3 ont un jour de la semaine en commun&#xa0;; terminez l&apos;une avant le début de l&apos;autre.</translation>
    </message>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>Saisissez le nom de la famille.</translation>
    </message>
    <message>
        <source>A family card code is 4 to 16 capital letters and digits; leave it empty to have one made.</source>
        <translation>Un code de carte famille comporte 4 à 16 lettres majuscules et chiffres&#xa0;; laissez-le vide pour qu&apos;il soit généré.</translation>
    </message>
    <message>
        <source>Add at least one guardian the centre can call.</source>
        <translation>Ajoutez au moins un responsable légal que l&apos;établissement peut appeler.</translation>
    </message>
    <message>
        <source>The same adult is listed twice.</source>
        <translation>Le même adulte figure deux fois dans la liste.</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <source>%1 was changed</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 was changed</source>
        <translation>%1&#xa0;: modification de %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 were changed</source>
        <translation>%1&#xa0;: modification de %2</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message numerus="yes">
        <source>This is too long: keep it to %Ln character(s) (it has %1).</source>
        <translation>
            <numerusform>Ce texte est trop long&#xa0;: limitez-le à %Ln caractère (il en compte %1).</numerusform>
            <numerusform>Ce texte est trop long&#xa0;: limitez-le à %Ln caractères (il en compte %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePrivacy</name>
    <message>
        <source>Other accounts on this computer can read the data file %1, which holds children&apos;s medical and custody details. Make it private by running:
    chmod 600 %2</source>
        <translation>D&apos;autres comptes de cet ordinateur peuvent lire le fichier de données %1, qui contient des informations médicales et de garde des enfants. Rendez-le privé en exécutant&#xa0;:
    chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>Kindred will not use %1: it is on a network share (%2). SQLite, which keeps Kindred&apos;s data, cannot protect a file on a network share: its write-ahead log works only when every program using the file runs on one computer, so check-ins could be lost or the file damaged. Nothing was changed. Keep the data file on this computer&apos;s own disk; for several stations sharing one centre, use a Kindred server (PostgreSQL) instead. The backup folder may be on a network share.</source>
        <translation>Kindred n&apos;utilisera pas %1&#xa0;: il se trouve sur un partage réseau (%2). SQLite, qui conserve les données de Kindred, ne peut pas protéger un fichier sur un partage réseau&#xa0;: son journal WAL (write-ahead log) ne fonctionne que si tous les programmes qui utilisent le fichier tournent sur un même ordinateur&#xa0;; des arrivées pourraient donc être perdues ou le fichier endommagé. Aucune modification n&apos;a été effectuée. Conservez le fichier de données sur le disque local de cet ordinateur&#xa0;; pour plusieurs postes partageant un même établissement, utilisez plutôt un serveur Kindred (PostgreSQL). Le dossier de sauvegarde peut se trouver sur un partage réseau.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>The administrator&apos;s password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Le mot de passe de l&apos;administrateur comporte au moins %1 caractères&#xa0;; une courte phrase est facile à retenir.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Un mot de passe ne peut pas être composé uniquement d&apos;espaces.</translation>
    </message>
    <message>
        <source>The password must not contain the centre&apos;s name: it is the first thing someone would try.</source>
        <translation>Le mot de passe ne doit pas contenir le nom de l&apos;établissement&#xa0;: c&apos;est la première chose que quelqu&apos;un essaierait.</translation>
    </message>
    <message>
        <source>The password must not contain your own name: it is the first thing someone would try.</source>
        <translation>Le mot de passe ne doit pas contenir votre propre nom&#xa0;: c&apos;est la première chose que quelqu&apos;un essaierait.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name, as parents know it.</source>
        <translation>Indiquez le nom de l&apos;établissement, tel que les parents le connaissent.</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as AU, FR or CA.</source>
        <translation>%1 n&apos;est pas un code de pays&#xa0;; utilisez deux lettres, par exemple AU, FR ou CA.</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s time zone (such as Australia/Melbourne): the days on its sheets are that zone&apos;s.</source>
        <translation>Choisissez le fuseau horaire de l&apos;établissement (par exemple Australia/Melbourne)&#xa0;: les jours de ses feuilles sont ceux de ce fuseau.</translation>
    </message>
    <message>
        <source>%1 is not a currency code; use three letters such as AUD, EUR or CAD.</source>
        <translation>%1 n&apos;est pas un code de devise&#xa0;; utilisez trois lettres, par exemple AUD, EUR ou CAD.</translation>
    </message>
    <message>
        <source>%1 is not a language code; use one such as en, fr-CA or pt-BR.</source>
        <translation>%1 n&apos;est pas un code de langue&#xa0;; utilisez-en un comme en, fr-CA ou pt-BR.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s first name.</source>
        <translation>Indiquez le prénom de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s last name.</source>
        <translation>Indiquez le nom de famille de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>This data file already has its accounts; nothing was changed.</source>
        <translation>Ce fichier de données a déjà ses comptes&#xa0;; aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>Kindred already has an administrator. Sign in, then add accounts from Staff.</source>
        <translation>Kindred a déjà un administrateur. Connectez-vous, puis ajoutez des comptes depuis Personnel.</translation>
    </message>
    <message>
        <source>This centre has no administrator to reset.</source>
        <translation>Cet établissement n&apos;a aucun administrateur à réinitialiser.</translation>
    </message>
    <message>
        <source>This centre has more than one administrator; another of them can set a new password from Accounts, so nothing was changed.</source>
        <translation>Cet établissement a plus d&apos;un administrateur&#xa0;; un autre administrateur peut définir un nouveau mot de passe depuis Comptes&#xa0;: aucune modification n&apos;a donc été effectuée.</translation>
    </message>
    <message>
        <source>The last administrator&apos;s password was forgotten.</source>
        <translation>Le mot de passe du dernier administrateur a été oublié.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>Il n&apos;y a pas de fichier de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Only the owner of %1 on this computer may reset its administrator; run this as that user.</source>
        <translation>Seul le propriétaire de %1 sur cet ordinateur peut réinitialiser son administrateur&#xa0;; exécutez cette commande avec cet utilisateur.</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 existe déjà&#xa0;; un nouvel établissement n&apos;est créé que dans un nouveau fichier&#xa0;: aucune modification n&apos;a donc été effectuée.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the centre was being set up; it was left as it is.</source>
        <translation>%1 est apparu pendant la création de l&apos;établissement&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Could not put the new data file in place as %1.</source>
        <translation>Impossible de mettre en place le nouveau fichier de données sous %1.</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>Generated history ends yesterday at the latest. Nothing was written.</source>
        <translation>L&apos;historique généré se termine au plus tard hier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The centre has no staff to stand at the desk in its history.</source>
        <translation>L&apos;établissement n&apos;a aucun membre du personnel pour tenir l&apos;accueil dans son historique.</translation>
    </message>
</context>
<context>
    <name>ImmunisationDueReport</name>
    <message>
        <source>Immunisations due</source>
        <translation>Vaccinations à faire</translation>
    </message>
    <message numerus="yes">
        <source>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n day(s) after it fell due.</source>
        <translation>
            <numerusform>Doses à faire ou en retard au %1 selon le calendrier de l&apos;établissement. Une dose est en retard %n jour après sa date prévue.</numerusform>
            <numerusform>Doses à faire ou en retard au %1 selon le calendrier de l&apos;établissement. Une dose est en retard %n jours après sa date prévue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccin</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Doses due or overdue</source>
        <translation>Doses à faire ou en retard</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>ImmunisationSchedule</name>
    <message>
        <source>Given</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Injury</source>
        <translation>Blessure</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Dégâts matériels</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Incident évité de justesse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validé</translation>
    </message>
</context>
<context>
    <name>IncidentLogReport</name>
    <message>
        <source>Incident log</source>
        <translation>Registre des incidents</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>What happened and what was done</source>
        <translation>Ce qui s&apos;est passé et mesures prises</translation>
    </message>
    <message>
        <source>Parent told</source>
        <translation>Parent informé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Partie du corps</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Parent informé</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>Notified how</source>
        <translation>Informé par</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>À déclarer</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Pris connaissance par</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Pris connaissance le</translation>
    </message>
    <message>
        <source>Body area: %1</source>
        <translation>Partie du corps&#xa0;: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Mesures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nécessaire</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Pris connaissance par %1</translation>
    </message>
    <message>
        <source>REPORTABLE to licensing</source>
        <translation>À DÉCLARER à l&apos;autorité de tutelle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>À déclarer à l&apos;autorité de tutelle</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
</context>
<context>
    <name>IncidentReader</name>
    <message>
        <source>That incident is not on file.</source>
        <translation>Cet incident n&apos;est pas enregistré dans Kindred.</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Établissement d&apos;accueil Kindred</translation>
    </message>
    <message>
        <source>Incident report no. %1</source>
        <translation>Rapport d&apos;incident n° %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority.</source>
        <translation>À déclarer à l&apos;autorité de tutelle.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Partie du corps</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>Personnel concerné</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>Premiers soins ou mesures prises</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Parent informé</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>No parent has been notified yet.</source>
        <translation>Aucun parent n&apos;a encore été informé.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>No follow-up needed.</source>
        <translation>Aucun suivi nécessaire.</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Acknowledged by guardian</source>
        <translation>Pris connaissance par le responsable légal</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Amendments after sign-off</source>
        <translation>Rectifications après validation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent ou responsable légal</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>Premiers soins ou mesures prises</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Partie du corps</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Parent informé</translation>
    </message>
    <message>
        <source>Parent notified at</source>
        <translation>Parent informé le</translation>
    </message>
    <message>
        <source>Parent notified how</source>
        <translation>Parent informé par</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>À déclarer à l&apos;autorité de tutelle</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>Personnel concerné</translation>
    </message>
    <message>
        <source>Nothing was changed. That is not a valid value for “%1”.</source>
        <translation>Aucune modification n&apos;a été effectuée. Cette valeur n&apos;est pas valide pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>Aucune modification n&apos;a été effectuée. «&#xa0;%1&#xa0;» ne peut pas être rectifié.</translation>
    </message>
    <message>
        <source>Choose the child or children involved.</source>
        <translation>Choisissez le ou les enfants concernés.</translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation>Saisissez quand l&apos;incident s&apos;est produit.</translation>
    </message>
    <message>
        <source>The incident cannot have happened in the future.</source>
        <translation>L&apos;incident ne peut pas s&apos;être produit dans le futur.</translation>
    </message>
    <message>
        <source>Enter where the incident happened.</source>
        <translation>Saisissez où l&apos;incident s&apos;est produit.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Décrivez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>For an injury, choose the staff involved.</source>
        <translation>Pour une blessure, choisissez le personnel concerné.</translation>
    </message>
    <message>
        <source>For an injury, name at least one witness (or “none” with the reason).</source>
        <translation>Pour une blessure, indiquez au moins un témoin (ou «&#xa0;aucun&#xa0;» avec le motif).</translation>
    </message>
    <message>
        <source>For an injury, enter the part of the body hurt.</source>
        <translation>Pour une blessure, indiquez la partie du corps blessée.</translation>
    </message>
    <message>
        <source>Enter both which parent was told and when.</source>
        <translation>Indiquez à la fois quel parent a été informé et quand.</translation>
    </message>
    <message>
        <source>The parent cannot have been told in the future.</source>
        <translation>Le parent ne peut pas avoir été informé dans le futur.</translation>
    </message>
    <message>
        <source>Say what follow-up is needed.</source>
        <translation>Indiquez le suivi nécessaire.</translation>
    </message>
</context>
<context>
    <name>IncidentWriter</name>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>account of what happened</source>
        <translation>récit des faits</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>premiers soins</translation>
    </message>
    <message>
        <source>body area</source>
        <translation>partie du corps</translation>
    </message>
    <message>
        <source>parent notification</source>
        <translation>information du parent</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>licensing flag</source>
        <translation>indicateur de déclaration</translation>
    </message>
    <message>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <source>staff involved</source>
        <translation>personnel concerné</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>témoins</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Administrator&apos;s password: </source>
        <translation>Mot de passe de l&apos;administrateur&#xa0;: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Confirmez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>give the administrator&apos;s password and its confirmation as two lines on standard input.</source>
        <translation>donnez le mot de passe de l&apos;administrateur et sa confirmation sur deux lignes de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>les deux mots de passe sont différents&#xa0;; aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>say where to set the centre up: a new file with --database FILE, or an empty server database with --server CONNINFO.</source>
        <translation>indiquez où créer l&apos;établissement&#xa0;: un nouveau fichier avec --database FICHIER, ou une base de données serveur vide avec --server CONNINFO.</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Centre Administrator</source>
        <translation>Administrateur de l&apos;établissement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 existe déjà&#xa0;; un nouvel établissement n&apos;est créé que dans un nouveau fichier&#xa0;: aucune modification n&apos;a donc été effectuée.</translation>
    </message>
    <message>
        <source>Set up %1 in %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>%1 a été créé dans %2, avec %3 comme administrateur. Connectez-vous avec ce nom et ce mot de passe.</translation>
    </message>
    <message>
        <source>cannot set up a centre on %1: %2</source>
        <translation>impossible de créer un établissement sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Set up %1 on %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>%1 a été créé sur %2, avec %3 comme administrateur. Connectez-vous avec ce nom et ce mot de passe.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has a new password; the change is in the audit trail.</source>
        <translation>%1 a un nouveau mot de passe&#xa0;; la modification figure dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>InsertId</name>
    <message>
        <source>Kindred could not learn the number of the record it was saving. Nothing was changed.</source>
        <translation>Kindred n&apos;a pas pu obtenir le numéro de l&apos;enregistrement en cours. Aucune modification n&apos;a été effectuée.</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>Show the keys</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <source>Read the screen again</source>
        <translation>Relire l&apos;écran</translation>
    </message>
    <message>
        <source>Open the menu</source>
        <translation>Ouvrir le menu</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activer ou désactiver le plein écran</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Appel d&apos;urgence</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>Première rubrique</translation>
    </message>
    <message>
        <source>Second section</source>
        <translation>Deuxième rubrique</translation>
    </message>
    <message>
        <source>Third section</source>
        <translation>Troisième rubrique</translation>
    </message>
    <message>
        <source>Fourth section</source>
        <translation>Quatrième rubrique</translation>
    </message>
    <message>
        <source>Fifth section</source>
        <translation>Cinquième rubrique</translation>
    </message>
    <message>
        <source>Sixth section</source>
        <translation>Sixième rubrique</translation>
    </message>
    <message>
        <source>Seventh section</source>
        <translation>Septième rubrique</translation>
    </message>
    <message>
        <source>Eighth section</source>
        <translation>Huitième rubrique</translation>
    </message>
    <message>
        <source>Ninth section</source>
        <translation>Neuvième rubrique</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Check in all siblings</source>
        <translation>Enregistrer l&apos;arrivée de toute la fratrie</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Enregistrer le départ</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Noter absent</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimer les étiquettes</translation>
    </message>
    <message>
        <source>Reprint a lost label</source>
        <translation>Réimprimer une étiquette perdue</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Enregistrer les étiquettes en PDF</translation>
    </message>
    <message>
        <source>Drop-in child</source>
        <translation>Enfant en accueil occasionnel</translation>
    </message>
    <message>
        <source>Check a group in or out</source>
        <translation>Enregistrer l&apos;arrivée ou le départ d&apos;un groupe</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>Undo this desk&apos;s last check-in or check-out</source>
        <translation>Annuler la dernière arrivée ou le dernier départ enregistré à cet accueil</translation>
    </message>
    <message>
        <source>Log an incident for the chosen children</source>
        <translation>Consigner un incident pour les enfants choisis</translation>
    </message>
    <message>
        <source>Show the board full screen on a wall display</source>
        <translation>Afficher le tableau de présence en plein écran sur un écran mural</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvel enregistrement</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Start the roll call</source>
        <translation>Lancer l&apos;appel d&apos;urgence</translation>
    </message>
    <message>
        <source>Print the roll call now</source>
        <translation>Imprimer l&apos;appel d&apos;urgence maintenant</translation>
    </message>
    <message>
        <source>Save the roll call as PDF</source>
        <translation>Enregistrer l&apos;appel d&apos;urgence en PDF</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Kindred::AccessibleNames</name>
    <message>
        <source>%1, row %2</source>
        <comment>an editor in a table: its column&apos;s heading and its row</comment>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>Kindred::AccountsPage</name>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Définir le code &amp;PIN…</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Définir le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>Attri&amp;buer un rôle</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Clear the desk&apos;s &amp;lock-out</source>
        <translation>Lever le b&amp;locage de l&apos;accueil</translation>
    </message>
    <message>
        <source>No staff accounts to show. Add the staff on the Staff page first; their sign-in is set here.</source>
        <translation>Aucun compte du personnel à afficher. Ajoutez d&apos;abord le personnel dans la page Personnel&#xa0;; leurs identifiants de connexion se définissent ici.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Staff role</source>
        <translation>Rôle dans le personnel</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>Agit en tant que</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>The role this account acts with: the staff member&apos;s own, or another role</source>
        <translation>Le rôle avec lequel ce compte agit&#xa0;: celui du membre du personnel, ou un autre rôle</translation>
    </message>
    <message>
        <source>Acts &amp;as:</source>
        <translation>Agit en &amp;tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Staff a&amp;ccounts</source>
        <translation>&amp;Comptes du personnel</translation>
    </message>
    <message>
        <source>&amp;Roles and permissions</source>
        <translation>&amp;Rôles et droits</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a role per site</source>
        <translation>un rôle par site</translation>
    </message>
    <message>
        <source>own role</source>
        <translation>son propre rôle</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes; no PIN is taken until %2.</source>
        <translation>Codes PIN à cet accueil&#xa0;: %1 erronés au cours des 15 dernières minutes&#xa0;; aucun code PIN n&apos;est accepté avant %2.</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes.</source>
        <translation>Codes PIN à cet accueil&#xa0;: %1 erronés au cours des 15 dernières minutes.</translation>
    </message>
    <message>
        <source>PINs at this desk: no wrong tries.</source>
        <translation>Codes PIN à cet accueil&#xa0;: aucun essai erroné.</translation>
    </message>
    <message>
        <source>Own role (%1)</source>
        <translation>Son propre rôle (%1)</translation>
    </message>
    <message>
        <source>Own role</source>
        <translation>Son propre rôle</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>Choisissez d&apos;abord un membre du personnel dans la liste.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was saved.</source>
        <translation>Le code PIN de %1 a été enregistré.</translation>
    </message>
    <message>
        <source>%1&apos;s password was saved.</source>
        <translation>Le mot de passe de %1 a été enregistré.</translation>
    </message>
    <message>
        <source>%1 now acts as %2.</source>
        <translation>%1 agit désormais en tant que %2.</translation>
    </message>
    <message>
        <source>%1 may try again now.</source>
        <translation>%1 peut réessayer maintenant.</translation>
    </message>
    <message>
        <source>PINs may be typed at the desk again.</source>
        <translation>Les codes PIN peuvent de nouveau être saisis à l&apos;accueil.</translation>
    </message>
    <message numerus="yes">
        <source>no: %n wrong tr(ies)</source>
        <translation>
            <numerusform>non&#xa0;: %n essai erroné</numerusform>
            <numerusform>non&#xa0;: %n essais erronés</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>Kindred::AdultsEditor</name>
    <message>
        <source>Add ad&amp;ult</source>
        <translation>Ajo&amp;uter un adulte</translation>
    </message>
    <message>
        <source>&amp;Remove adult</source>
        <translation>Re&amp;tirer l&apos;adulte</translation>
    </message>
    <message>
        <source>&amp;Guardian (the centre calls them; they are responsible)</source>
        <translation>Responsable lé&amp;gal (l&apos;établissement l&apos;appelle&#xa0;; il est responsable de l&apos;enfant)</translation>
    </message>
    <message>
        <source>Appears in the parent &amp;directory</source>
        <translation>Figure dans l&apos;&amp;annuaire des parents</translation>
    </message>
    <message>
        <source>Mother, Grandfather, Nanny…</source>
        <translation>Mère, grand-père, nounou…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Téléphone &amp;mobile&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;ome phone:</source>
        <translation>Téléphone du &amp;domicile&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Téléphone pro&amp;fessionnel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred la&amp;nguage:</source>
        <translation>Langue préfé&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(nouvel adulte)</translation>
    </message>
    <message>
        <source> (guardian)</source>
        <translation> (responsable légal)</translation>
    </message>
    <message>
        <source>the language of the letters and labels printed for them</source>
        <translation>la langue des lettres et étiquettes imprimées pour cette personne</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
</context>
<context>
    <name>Kindred::AllergiesEditor</name>
    <message>
        <source>Add aller&amp;gy</source>
        <translation>Ajouter une aller&amp;gie</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>Retirer l&apos;allergie</translation>
    </message>
    <message>
        <source>No allergies recorded for this child. Add each one the family tells you about, with how to respond.</source>
        <translation>Aucune allergie enregistrée pour cet enfant. Ajoutez chacune de celles que la famille vous signale, avec la conduite à tenir.</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>Allergène</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Allergy %1</source>
        <translation>Allergie %1</translation>
    </message>
    <message>
        <source>peanuts, egg, penicillin…</source>
        <translation>arachides, œuf, pénicilline…</translation>
    </message>
    <message>
        <source>e.g. EpiPen in the red bag, call 000</source>
        <translation>par ex. EpiPen dans le sac rouge, appeler le 112</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
</context>
<context>
    <name>Kindred::AmendIncidentDialog</name>
    <message>
        <source>Amend incident no. %1</source>
        <translation>Rectifier l&apos;incident n° %1</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>&amp;New value</source>
        <translation>&amp;Nouvelle valeur</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>Enregistrer la rectification</translation>
    </message>
    <message>
        <source>A signed-off incident is changed only by a recorded amendment: the old value, the new one, your reason, your name and the time are kept.</source>
        <translation>Un incident validé ne peut être modifié que par une rectification enregistrée&#xa0;: l&apos;ancienne valeur, la nouvelle, votre motif, votre nom et l&apos;heure sont conservés.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>Kindred::AppStartup</name>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Kindred could not open %1.

%2</source>
        <translation>Kindred n&apos;a pas pu ouvrir %1.

%2</translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation>l&apos;utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <source>Centre server</source>
        <translation>Serveur de l&apos;établissement</translation>
    </message>
    <message>
        <source>The centre server asks for the password of %1.

%2</source>
        <translation>Le serveur de l&apos;établissement demande le mot de passe de %1.

%2</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>Kindred could not open the centre on %1.

%2</source>
        <translation>Kindred n&apos;a pas pu ouvrir l&apos;établissement sur %1.

%2</translation>
    </message>
    <message>
        <source>This computer&apos;s site</source>
        <translation>Site de cet ordinateur</translation>
    </message>
    <message>
        <source>This centre has several sites. Which one is this computer at? Its desk, board and roll call will show that site.</source>
        <translation>Cet établissement compte plusieurs sites. Sur lequel se trouve cet ordinateur&#xa0;? Son accueil, son tableau de présence et son appel d&apos;urgence afficheront ce site.</translation>
    </message>
    <message>
        <source>Kindred data file</source>
        <translation>Fichier de données Kindred</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
        <source>The window changes to %1 once the windows left open are closed and you sign in again (Ctrl+L).</source>
        <translation>La fenêtre passera en %1 dès que les fenêtres restées ouvertes seront fermées et que vous vous reconnecterez (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>Kindred::ArchiveReasonDialog</name>
    <message>
        <source>Archive %1</source>
        <translation>Archiver %1</translation>
    </message>
    <message>
        <source>Archive &lt;b&gt;%1&lt;/b&gt;? It leaves the lists but stays in the records. Why is it being archived?</source>
        <translation>Archiver &lt;b&gt;%1&lt;/b&gt;&#xa0;? L&apos;élément disparaît des listes mais reste dans les enregistrements. Pourquoi est-il archivé&#xa0;?</translation>
    </message>
    <message>
        <source>for example: left the centre at the end of term</source>
        <translation>par exemple&#xa0;: a quitté l&apos;établissement en fin de trimestre</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceCorrections</name>
    <message>
        <source>Say why the time is being corrected. Nothing was changed.</source>
        <translation>Indiquez pourquoi l&apos;heure est corrigée. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>Enter the correct time. Nothing was changed.</source>
        <translation>Saisissez l&apos;heure correcte. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>The corrected time is in the future. Nothing was changed.</source>
        <translation>L&apos;heure corrigée est dans le futur. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 left at %2; the check-in must be before that. Nothing was changed.</source>
        <translation>%1 est parti(e) à %2&#xa0;; l&apos;arrivée doit être antérieure. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 arrived at %2; the check-out must be after that. Nothing was changed.</source>
        <translation>%1 est arrivé(e) à %2&#xa0;; le départ doit être postérieur. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 was checked in again after this check-out, so it cannot be voided: void or check out the later stay first. Nothing was changed.</source>
        <translation>Une nouvelle arrivée de %1 a été enregistrée après ce départ&#xa0;: celui-ci ne peut donc pas être annulé. Annulez la présence suivante ou enregistrez-en d&apos;abord le départ. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>This record was changed at another desk meanwhile. Nothing was changed; look again.</source>
        <translation>Cet enregistrement a été modifié entre-temps depuis un autre poste d&apos;accueil. Aucune modification n&apos;a été effectuée&#xa0;; vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>There is nothing to undo at this desk.</source>
        <translation>Il n&apos;y a rien à annuler à cet accueil.</translation>
    </message>
    <message>
        <source>Undone at the desk</source>
        <translation>Annulé à l&apos;accueil</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceService</name>
    <message>
        <source>Choose the children to check in.</source>
        <translation>Choisissez les enfants dont il faut enregistrer l&apos;arrivée.</translation>
    </message>
    <message>
        <source>%1 is not an adult of %2&apos;s family. Choose who brought %2 from the family&apos;s list.</source>
        <translation>%1 n&apos;est pas un adulte de la famille de %2. Choisissez dans la liste de la famille la personne qui a amené %2.</translation>
    </message>
    <message>
        <source>%1 was already checked out today. Nothing was recorded.</source>
        <translation>Le départ de %1 a déjà été enregistré aujourd&apos;hui. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Only a director signed in at this desk can override a court order.</source>
        <translation>Seul un directeur connecté à cet accueil peut passer outre une décision de justice.</translation>
    </message>
    <message>
        <source>Say why the child is away (for example &quot;Sick&quot;).</source>
        <translation>Indiquez pourquoi l&apos;enfant est absent (par exemple «&#xa0;Malade&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 is checked in today, so cannot be marked absent. Nothing was recorded.</source>
        <translation>L&apos;arrivée de %1 est enregistrée aujourd&apos;hui&#xa0;: impossible de le noter absent. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 is already marked absent that day (%2).</source>
        <translation>%1 est déjà noté(e) absent(e) ce jour-là (%2).</translation>
    </message>
</context>
<context>
    <name>Kindred::AuditLogPage</name>
    <message>
        <source>&amp;Older</source>
        <translation>Plus an&amp;ciennes</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Plus &amp;récentes</translation>
    </message>
    <message>
        <source>Text in the details or reason</source>
        <translation>Texte dans les détails ou le motif</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what Kindred recorded.</source>
        <translation>Sélectionnez une entrée pour voir exactement ce que Kindred a enregistré.</translation>
    </message>
    <message>
        <source>&amp;Recorded details</source>
        <translation>&amp;Détails enregistrés</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>No entries match these filters. Widen the dates or set a filter back to &quot;Anyone&quot;, &quot;Any record&quot; or &quot;Any action&quot;.</source>
        <translation>Aucune entrée ne correspond à ces filtres. Élargissez les dates ou remettez un filtre sur «&#xa0;Tout le monde&#xa0;», «&#xa0;Tous les enregistrements&#xa0;» ou «&#xa0;Toutes les actions&#xa0;».</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3, newest first</source>
        <translation>Entrées %1 à %2 sur %3, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Entry %1 · action %2 · record %3 %4
At %5 (UTC)
</source>
        <translation>Entrée %1 · action %2 · enregistrement %3 %4
Le %5 (UTC)
</translation>
    </message>
    <message>
        <source>Station: %1
</source>
        <translation>Poste&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation>Motif&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>journal-audit.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entrée exportée.</numerusform>
            <numerusform>%n entrées exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail failed its check.&lt;/b&gt; %1 Keep a copy of this data file and tell the centre&apos;s administrator.</source>
        <translation>&lt;b&gt;La vérification du journal d&apos;audit a échoué.&lt;/b&gt; %1 Conservez une copie de ce fichier de données et prévenez l&apos;administrateur de l&apos;établissement.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail failed its check when this data file was opened.

%1

The front desk can go on working. Open &quot;Audit trail&quot; to see the entries, keep a copy of this file, and tell the centre&apos;s administrator.</source>
        <translation>La vérification du journal d&apos;audit a échoué à l&apos;ouverture de ce fichier de données.

%1

L&apos;accueil peut continuer à fonctionner. Ouvrez «&#xa0;Journal d&apos;audit&#xa0;» pour voir les entrées, conservez une copie de ce fichier et prévenez l&apos;administrateur de l&apos;établissement.</translation>
    </message>
    <message>
        <source>Every entry is as Kindred wrote it: nothing was edited, removed or slipped in. Every protected record (pickup rules, attendance, roles, accounts) matches its last audited state.</source>
        <translation>Chaque entrée est telle que Kindred l&apos;a écrite&#xa0;: rien n&apos;a été modifié, supprimé ni ajouté en douce. Chaque enregistrement protégé (règles de récupération, présences, rôles, comptes) correspond à son dernier état audité.</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Fiche :</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification :</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupService</name>
    <message>
        <source>The old backup %1 could not be deleted; the backup folder keeps growing.</source>
        <translation>L&apos;ancienne sauvegarde %1 n&apos;a pas pu être supprimée&#xa0;; le dossier de sauvegarde continue de grossir.</translation>
    </message>
    <message>
        <source>Kindred could not create its backup folder %1.</source>
        <translation>Kindred n&apos;a pas pu créer son dossier de sauvegarde %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupStatusLabel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source> (backing up…)</source>
        <translation> (sauvegarde en cours…)</translation>
    </message>
    <message>
        <source> (the last attempt failed)</source>
        <translation> (la dernière tentative a échoué)</translation>
    </message>
    <message>
        <source>The data file has not been backed up for more than 36 hours.</source>
        <translation>Le fichier de données n&apos;a pas été sauvegardé depuis plus de 36 heures.</translation>
    </message>
    <message>
        <source>Kindred backs up the data file every day; the time and folder are in Settings.</source>
        <translation>Kindred sauvegarde le fichier de données tous les jours&#xa0;; l&apos;heure et le dossier se règlent dans Paramètres.</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>La dernière sauvegarde a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::BookingsEditor</name>
    <message>
        <source>Add &amp;period</source>
        <translation>Ajouter une &amp;période</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Retirer la période</translation>
    </message>
    <message>
        <source>No regular days booked, so the desk does not expect this child. Add the days and times the family booked.</source>
        <translation>Aucun jour régulier réservé&#xa0;: l&apos;accueil n&apos;attend donc pas cet enfant. Ajoutez les jours et les horaires réservés par la famille.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <source>No bookings: the desk does not expect this child on any day. Add a period with the days the child comes and the usual times.</source>
        <translation>Aucune réservation&#xa0;: l&apos;accueil n&apos;attend cet enfant aucun jour. Ajoutez une période avec les jours de venue de l&apos;enfant et les horaires habituels.</translation>
    </message>
    <message>
        <source>The days the child comes and the usual times. A change of days from a date is a new period: end the old one the day before.</source>
        <translation>Les jours de venue de l&apos;enfant et les horaires habituels. Un changement de jours à partir d&apos;une date constitue une nouvelle période&#xa0;: terminez l&apos;ancienne la veille.</translation>
    </message>
    <message>
        <source>The period has a last day</source>
        <translation>La période a un dernier jour</translation>
    </message>
    <message>
        <source>Tick to give the period&apos;s last day; unticked, it goes on until further notice.</source>
        <translation>Cochez pour indiquer le dernier jour de la période&#xa0;; décochée, elle continue jusqu&apos;à nouvel ordre.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
</context>
<context>
    <name>Kindred::BusyRetry</name>
    <message>
        <source>Another station is saving — retrying…</source>
        <translation>Un autre poste enregistre — nouvel essai…</translation>
    </message>
    <message numerus="yes">
        <source>Could not save: another station kept the data file busy for %n second(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>Enregistrement impossible&#xa0;: un autre poste a occupé le fichier de données pendant %n seconde. Rien n&apos;a été enregistré&#xa0;; réessayez.</numerusform>
            <numerusform>Enregistrement impossible&#xa0;: un autre poste a occupé le fichier de données pendant %n secondes. Rien n&apos;a été enregistré&#xa0;; réessayez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CellProblemMarks</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A problem in a table, under the table: the row&apos;s name, the column&apos;s heading, what to do.</extracomment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Kindred::CentreService</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>age range</source>
        <translation>tranche d&apos;âge</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>taux d&apos;encadrement</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>room</source>
        <translation>section</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>qualifications</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>Cette section n&apos;est pas enregistrée dans Kindred.</translation>
    </message>
    <message>
        <source>the %1 room</source>
        <translation>la section %1</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>Il existe déjà une section nommée %1.</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>Ce membre du personnel n&apos;est pas enregistré dans Kindred.</translation>
    </message>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: ce membre du personnel n&apos;est pas enregistré dans Kindred.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
</context>
<context>
    <name>Kindred::CheckOutDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>Votre code &amp;PIN, de nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Enregistrer le départ</translation>
    </message>
    <message>
        <source>Who is collecting %1?</source>
        <translation>Qui vient chercher %1&#xa0;?</translation>
    </message>
    <message>
        <source>DO NOT RELEASE</source>
        <translation>NE PAS REMETTRE</translation>
    </message>
    <message>
        <source>not on the pickup list</source>
        <translation>ne figure pas sur la liste des personnes autorisées</translation>
    </message>
    <message>
        <source>Director only: why release outside the pickup list</source>
        <translation>Directeur uniquement&#xa0;: pourquoi remettre l&apos;enfant à une personne hors de la liste des personnes autorisées</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>Motif de la dérogation&#xa0;:</translation>
    </message>
    <message>
        <source>Director override: the reason will be recorded.</source>
        <translation>Dérogation du directeur&#xa0;: le motif sera enregistré.</translation>
    </message>
    <message>
        <source>On the pickup list: may collect.</source>
        <translation>Sur la liste des personnes autorisées&#xa0;: peut récupérer l&apos;enfant.</translation>
    </message>
    <message>
        <source>Override a court order</source>
        <translation>Passer outre une décision de justice</translation>
    </message>
    <message>
        <source>Release to %1 against court order %2? This overrides the court&apos;s &quot;do not release&quot; and is recorded with your name and reason.</source>
        <translation>Remettre l&apos;enfant à %1 malgré la décision de justice %2&#xa0;? Cela passe outre l&apos;interdiction de remise («&#xa0;ne pas remettre&#xa0;») prononcée par le tribunal et sera enregistré avec votre nom et votre motif.</translation>
    </message>
    <message>
        <source>this adult</source>
        <translation>cet adulte</translation>
    </message>
    <message>
        <source>Not checked out: the override of court order %1 was not confirmed.</source>
        <translation>Départ non enregistré&#xa0;: la dérogation à la décision de justice %1 n&apos;a pas été confirmée.</translation>
    </message>
    <message>
        <source>Checked out: %1 to %2</source>
        <translation>Départ enregistré&#xa0;: %1 remis(e) à %2</translation>
    </message>
    <message>
        <source>Adults who may collect</source>
        <translation>Adultes autorisés à récupérer l&apos;enfant</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildCard</name>
    <message>
        <source>✓ Ticked</source>
        <translation>✓ Coché</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Aucune photo enregistrée</translation>
    </message>
    <message>
        <source>The child&apos;s emergency contacts with phones (Ctrl+E)</source>
        <translation>Les contacts d&apos;urgence de l&apos;enfant avec leurs téléphones (Ctrl+E)</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Pas encore de section</translation>
    </message>
    <message>
        <source>⚠ %1 — life-threatening</source>
        <translation>⚠ %1 — potentiellement mortelle</translation>
    </message>
    <message>
        <source>%1 allergy</source>
        <translation>Allergie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation>Médical&#xa0;: %1</translation>
    </message>
    <message>
        <source>Do not release to %1: %2 %3</source>
        <translation>Ne pas remettre à %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>No photo consent</source>
        <translation>Pas d&apos;autorisation photo</translation>
    </message>
    <message>
        <source>The family has not agreed to photos: no photos of this child may be taken or shared, and Kindred prints and shows the photo only here at the desk.</source>
        <translation>La famille n&apos;a pas autorisé les photos&#xa0;: aucune photo de cet enfant ne peut être prise ni partagée, et Kindred n&apos;imprime et n&apos;affiche la photo qu&apos;ici, à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>Rentré</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Pas là</translation>
    </message>
    <message>
        <source>Here since %1 · code %2</source>
        <translation>Présent depuis %1 · code %2</translation>
    </message>
    <message>
        <source>Absent today: %1</source>
        <translation>Absent aujourd&apos;hui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildDetailsEditor</name>
    <message>
        <source>Photos of the child may be ta&amp;ken and shared</source>
        <translation>Les photos de l&apos;enfant peuvent être prises et parta&amp;gées</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Prén&amp;om d&apos;usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>Chi&amp;ld</source>
        <translation>En&amp;fant</translation>
    </message>
    <message>
        <source>conditions, medications, dietary needs, doctor</source>
        <translation>pathologies, médicaments, besoins alimentaires, médecin</translation>
    </message>
    <message>
        <source>Allergies (life-threatening ones are shown in red everywhere):</source>
        <translation>Allergies (celles qui sont potentiellement mortelles s&apos;affichent partout en rouge)&#xa0;:</translation>
    </message>
    <message>
        <source>Medical &amp;notes:</source>
        <translation>Remarques &amp;médicales&#xa0;:</translation>
    </message>
    <message>
        <source>Allergies &amp;&amp; &amp;medical</source>
        <translation>&amp;Allergies &amp;&amp; santé</translation>
    </message>
    <message>
        <source>&amp;Emergency contacts</source>
        <translation>Contacts d&apos;&amp;urgence</translation>
    </message>
    <message>
        <source>Pick&amp;up</source>
        <translation>Récupé&amp;ration</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>Réser&amp;vations</translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>Un élément de cet onglet doit être corrigé.</translation>
    </message>
    <message>
        <source>(no room yet)</source>
        <translation>(pas encore de section)</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildrenEditor</name>
    <message>
        <source>Add ch&amp;ild</source>
        <translation>A&amp;jouter un enfant</translation>
    </message>
    <message>
        <source>Remo&amp;ve child</source>
        <translation>Retirer l&apos;enfan&amp;t</translation>
    </message>
    <message>
        <source>Health reco&amp;rd…</source>
        <translation>&amp;Carnet de santé…</translation>
    </message>
    <message>
        <source>Conditions, medications, immunisations and the medication log (saved children)</source>
        <translation>Pathologies, médicaments, vaccinations et registre des médicaments (enfants enregistrés)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(nouvel enfant)</translation>
    </message>
    <message>
        <source>Life-threatening allergy</source>
        <translation>Allergie potentiellement mortelle</translation>
    </message>
    <message>
        <source>Something here needs fixing.</source>
        <translation>Un élément doit être corrigé ici.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
</context>
<context>
    <name>Kindred::ConditionsPanel</name>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Protocole de soins</translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation>Besoin alimentaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Save doctor</source>
        <translation>Enregistrer le médecin</translation>
    </message>
    <message>
        <source>Medical conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Besoins alimentaires</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; saved.</source>
        <translation>Pathologie «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Dietary need &quot;%1&quot; saved.</source>
        <translation>Besoin alimentaire «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Remove from the health record</source>
        <translation>Retirer du carnet de santé</translation>
    </message>
    <message>
        <source>Why is this being removed? (kept in the audit log)</source>
        <translation>Pourquoi cet élément est-il retiré&#xa0;? (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Retiré.</translation>
    </message>
    <message>
        <source>Doctor saved.</source>
        <translation>Médecin enregistré.</translation>
    </message>
</context>
<context>
    <name>Kindred::ConflictBar</name>
    <message>
        <source>&amp;Reload…</source>
        <translation>&amp;Recharger…</translation>
    </message>
    <message>
        <source>Load the record as it is now, discarding what you typed</source>
        <translation>Charger l&apos;enregistrement dans son état actuel, en abandonnant ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Load the record as it is now? What you typed since opening it will be discarded.</source>
        <translation>Charger l&apos;enregistrement dans son état actuel&#xa0;? Ce que vous avez saisi depuis son ouverture sera abandonné.</translation>
    </message>
</context>
<context>
    <name>Kindred::CorrectionDialog</name>
    <message>
        <source>Correct an attendance record</source>
        <translation>Corriger un enregistrement de présence</translation>
    </message>
    <message>
        <source>Check-out time</source>
        <translation>Heure de départ</translation>
    </message>
    <message>
        <source>Check-out time (forgotten check-out of an earlier day)</source>
        <translation>Heure de départ (départ oublié d&apos;un jour précédent)</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>Void the check-in (it was a mistake)</source>
        <translation>Annuler l&apos;arrivée (c&apos;était une erreur)</translation>
    </message>
    <message>
        <source>Void the check-out (it was a mistake)</source>
        <translation>Annuler le départ (c&apos;était une erreur)</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Enfant&#xa0;:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>Corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Correct time:</source>
        <translation>Heure correcte&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Why (needed after %n minute(s), or from another desk)</source>
        <translation>
            <numerusform>Motif (obligatoire après %n minute, ou depuis un autre poste)</numerusform>
            <numerusform>Motif (obligatoire après %n minutes, ou depuis un autre poste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why (kept with the old value)</source>
        <translation>Motif (conservé avec l&apos;ancienne valeur)</translation>
    </message>
    <message>
        <source>%1 will leave the roll call and every list of who is here, as if never checked in. Void a check-in only if the child did not come.</source>
        <translation>%1 disparaîtra de l&apos;appel d&apos;urgence et de toutes les listes des présents, comme si son arrivée n&apos;avait jamais été enregistrée. N&apos;annulez une arrivée que si l&apos;enfant n&apos;est pas venu.</translation>
    </message>
    <message>
        <source>%1&apos;s stay will be open again: %1 counts as here until checked out to an adult on the pickup list.</source>
        <translation>La présence de %1 sera de nouveau ouverte&#xa0;: %1 est compté(e) comme présent(e) jusqu&apos;à ce que son départ soit enregistré avec un adulte de la liste des personnes autorisées.</translation>
    </message>
    <message>
        <source>Void the check-in</source>
        <translation>Annuler l&apos;arrivée</translation>
    </message>
    <message>
        <source>%1 will no longer be on the roll call or counted as here. Void the check-in?</source>
        <translation>%1 ne figurera plus sur l&apos;appel d&apos;urgence et ne sera plus compté(e) comme présent(e). Annuler l&apos;arrivée&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Kindred::CustodyChangeDialog</name>
    <message>
        <source>Change who may collect</source>
        <translation>Modifier les personnes autorisées à récupérer l&apos;enfant</translation>
    </message>
    <message>
        <source>These pickup rules change. Each change is recorded in the audit trail with your name and your reason.</source>
        <translation>Ces règles de récupération vont changer. Chaque modification est consignée dans le journal d&apos;audit avec votre nom et votre motif.</translation>
    </message>
    <message>
        <source>what happened and who decided, e.g. new parenting order seen today</source>
        <translation>ce qui s&apos;est passé et qui l&apos;a décidé, par ex. nouvelle décision sur l&apos;autorité parentale vue aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>the later order, variation or withdrawal, with its date</source>
        <translation>la décision ultérieure, la modification ou le retrait, avec sa date</translation>
    </message>
    <message>
        <source>Document that ended court order %1:</source>
        <translation>Document ayant mis fin à la décision de justice %1&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters and %2 different words.</source>
        <translation>Au moins %1 caractères et %2 mots différents.</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>Kindred::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Tickets opened per month, by site</source>
        <translation>Tickets ouverts par mois, par site</translation>
    </message>
    <message>
        <source>No tickets in these six months.</source>
        <translation>Aucun ticket au cours de ces six mois.</translation>
    </message>
    <message>
        <source>Hours to resolve (median) by site</source>
        <translation>Heures de résolution (médiane) par site</translation>
    </message>
    <message>
        <source>None resolved yet.</source>
        <translation>Aucun résolu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Incidents by kind (last 90 days)</source>
        <translation>Incidents par type (90 derniers jours)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No incidents in these 90 days.</source>
        <translation>Aucun incident au cours de ces 90 jours.</translation>
    </message>
    <message>
        <source>Tickets opened and resolved per month</source>
        <translation>Tickets ouverts et résolus par mois</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Hours to resolve (median, by month opened)</source>
        <translation>Heures de résolution (médiane, par mois d&apos;ouverture)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Children attending per day (last 30 days)</source>
        <translation>Enfants présents par jour (30 derniers jours)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>No check-ins in these 30 days.</source>
        <translation>Aucune arrivée au cours de ces 30 jours.</translation>
    </message>
    <message>
        <source>Children present at each hour today</source>
        <translation>Enfants présents à chaque heure aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Nobody checked in yet today.</source>
        <translation>Aucune arrivée enregistrée pour l&apos;instant aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now, at every site together.</source>
        <translation>
            <numerusform>Aujourd&apos;hui, %1&#xa0;: %n enfant présent actuellement, tous sites confondus.</numerusform>
            <numerusform>Aujourd&apos;hui, %1&#xa0;: %n enfants présents actuellement, tous sites confondus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now.</source>
        <translation>
            <numerusform>Aujourd&apos;hui, %1&#xa0;: %n enfant présent actuellement.</numerusform>
            <numerusform>Aujourd&apos;hui, %1&#xa0;: %n enfants présents actuellement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1: %2</source>
        <translation>Aujourd&apos;hui, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one bar of a chart: its label and its value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s series: its name and its bars</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskActionBar</name>
    <message>
        <source>Arrive</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>La journée</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>All siblings</source>
        <translation>Toute la fratrie</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>Enregistrer le départ…</translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation>Absent…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Imprimer les étiquettes…</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskToolBar</name>
    <message>
        <source>Drop-in child…</source>
        <translation>Enfant en accueil occasionnel…</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Groupe…</translation>
    </message>
    <message>
        <source>Reprint lost label</source>
        <translation>Réimprimer une étiquette perdue</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Tick a child who is here to reprint the label with the same code.</source>
        <translation>Cochez un enfant présent pour réimprimer son étiquette avec le même code.</translation>
    </message>
    <message>
        <source>Check a child in, or tick a child who is here, to save labels.</source>
        <translation>Enregistrez l&apos;arrivée d&apos;un enfant, ou cochez un enfant présent, pour enregistrer les étiquettes.</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskUndo</name>
    <message>
        <source>Undo check-in of %1 (Ctrl+Z)</source>
        <translation>Annuler l&apos;arrivée de %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo check-out of %1 (Ctrl+Z)</source>
        <translation>Annuler le départ de %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>Rien à annuler à cet accueil.</translation>
    </message>
    <message>
        <source>Check-in undone for %1.</source>
        <translation>Arrivée de %1 annulée.</translation>
    </message>
    <message>
        <source>Check-out undone for %1: here again, and the next check-out goes through the pickup list again.</source>
        <translation>Départ de %1 annulé&#xa0;: l&apos;enfant est de nouveau présent, et le prochain départ repassera par la liste des personnes autorisées.</translation>
    </message>
</context>
<context>
    <name>Kindred::DiskSpaceMonitor</name>
    <message>
        <source>Only %1 MB free on the disk that holds Kindred&apos;s data — free some space or ask whoever looks after this computer</source>
        <translation>Seulement %1 Mo libres sur le disque qui contient les données de Kindred — libérez de l&apos;espace ou adressez-vous à la personne qui gère cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Kindred::DrillService</name>
    <message>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>A drill is already under way. Finish it before starting another.</source>
        <translation>Un exercice est déjà en cours. Terminez-le avant d&apos;en lancer un autre.</translation>
    </message>
    <message>
        <source>That person is not on this drill&apos;s roll.</source>
        <translation>Cette personne ne figure pas sur la liste de cet exercice.</translation>
    </message>
    <message>
        <source>This drill is finished; its roll can no longer be changed.</source>
        <translation>Cet exercice est terminé&#xa0;; sa liste ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>That drill is not on file, or was already finished.</source>
        <translation>Cet exercice n&apos;est pas enregistré dans Kindred, ou il est déjà terminé.</translation>
    </message>
    <message>
        <source>That drill is not on file.</source>
        <translation>Cet exercice n&apos;est pas enregistré dans Kindred.</translation>
    </message>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Établissement d&apos;accueil Kindred</translation>
    </message>
    <message>
        <source>Emergency drill log</source>
        <translation>Registre des exercices d&apos;urgence</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>On roll</source>
        <translation>Sur la liste</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>Pointés</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Lancé par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No drills were recorded in this period.</source>
        <translation>Aucun exercice n&apos;a été enregistré au cours de cette période.</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
</context>
<context>
    <name>Kindred::DropInDialog</name>
    <message>
        <source>Life-threatening</source>
        <translation>Potentiellement mortelle</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Check the child in now, brought by this adult</source>
        <translation>Enregistrer maintenant l&apos;arrivée de l&apos;enfant, amené par cet adulte</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Drop-in or visiting child</source>
        <translation>Enfant en accueil occasionnel ou en visite</translation>
    </message>
    <message>
        <source>none, or e.g. peanuts, egg</source>
        <translation>aucune, ou par ex. arachides, œuf</translation>
    </message>
    <message>
        <source>same as the child&apos;s</source>
        <translation>identique à celui de l&apos;enfant</translation>
    </message>
    <message>
        <source>a number the centre can call today</source>
        <translation>un numéro que l&apos;établissement peut appeler aujourd&apos;hui</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(aucune section)</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;first name:</source>
        <translation>Pré&amp;nom de l&apos;enfant&#xa0;:</translation>
    </message>
    <message>
        <source>Child&apos;s family &amp;name:</source>
        <translation>Nom de &amp;famille de l&apos;enfant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Allergies&#xa0;:</translation>
    </message>
    <message>
        <source>Adult&apos;s first na&amp;me:</source>
        <translation>Prénom de l&apos;ad&amp;ulte&#xa0;:</translation>
    </message>
    <message>
        <source>Adult&apos;s family nam&amp;e:</source>
        <translation>Nom de famille de l&apos;adult&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The adult who brings the child&lt;/b&gt; — at least one phone number the centre can call is required.</source>
        <translation>&lt;b&gt;L&apos;adulte qui amène l&apos;enfant&lt;/b&gt; — au moins un numéro de téléphone que l&apos;établissement peut appeler est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in.</source>
        <translation>%1 est inscrit(e) en accueil occasionnel.</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in and checked in (code %2).</source>
        <translation>%1 est inscrit(e) en accueil occasionnel et son arrivée est enregistrée (code %2).</translation>
    </message>
    <message>
        <source>%1 is registered, but was not checked in: %2</source>
        <translation>%1 est inscrit(e), mais son arrivée n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsEditor</name>
    <message>
        <source>Add con&amp;tact</source>
        <translation>Ajouter un &amp;contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>No emergency contacts yet. Add someone besides the guardians whom the centre can call.</source>
        <translation>Aucun contact d&apos;urgence pour l&apos;instant. Ajoutez une personne, autre que les responsables légaux, que l&apos;établissement peut appeler.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsPopup</name>
    <message>
        <source>Emergency contacts — %1</source>
        <translation>Contacts d&apos;urgence — %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>⚠ %1: %2 — life-threatening</source>
        <translation>⚠ %1&#xa0;: %2 — potentiellement mortelle</translation>
    </message>
    <message>
        <source>%1 — no emergency contacts on file</source>
        <translation>%1 — aucun contact d&apos;urgence enregistré</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>Kindred::FamiliesPage</name>
    <message>
        <source>&amp;New family</source>
        <translation>&amp;Nouvelle famille</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits or card code</source>
        <translation>Rechercher une famille&#xa0;: nom d&apos;un enfant ou d&apos;un adulte, chiffres du téléphone ou code de carte</translation>
    </message>
    <message>
        <source>New family (Ctrl+N)</source>
        <translation>Nouvelle famille (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open family</source>
        <translation>Ouvrir la famille</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>la famille %1</translation>
    </message>
    <message>
        <source>Archive family</source>
        <translation>Archiver la famille</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n famille</numerusform>
            <numerusform>%n familles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found for &quot;%2&quot;.</source>
        <translation>Résultat pour «&#xa0;%2&#xa0;»&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 listed; scroll down for more.</source>
        <translation>Affichées&#xa0;: %1&#xa0;; faites défiler pour en voir plus.</translation>
    </message>
    <message>
        <source>No families yet. Add the first with New family (%1).</source>
        <translation>Aucune famille pour l&apos;instant. Ajoutez la première avec Nouvelle famille (%1).</translation>
    </message>
    <message>
        <source>No families match &quot;%1&quot;. Check the spelling, or search by phone or card number.</source>
        <translation>Aucune famille ne correspond à «&#xa0;%1&#xa0;». Vérifiez l&apos;orthographe, ou recherchez par téléphone ou par numéro de carte.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyEditorDialog</name>
    <message>
        <source>&amp;Household</source>
        <translation>Fo&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation>Adulte&amp;s</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>En&amp;fants</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hidden for your role (%1).</source>
        <translation>Masqué pour votre rôle (%1).</translation>
    </message>
    <message>
        <source>Only a director changes who may collect a child or who must not; your role (%1) sees them.</source>
        <translation>Seul un directeur peut modifier les personnes autorisées à récupérer un enfant ou celles à qui il ne doit pas être remis&#xa0;; votre rôle (%1) peut les voir.</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nouvelle famille</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>Famille %1</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyListModel</name>
    <message>
        <source>A child of this family has a life-threatening allergy.</source>
        <translation>Un enfant de cette famille a une allergie potentiellement mortelle.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Responsables légaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyService</name>
    <message>
        <source>Kindred could not find a free family card code. Nothing was saved; call support.</source>
        <translation>Kindred n&apos;a pas trouvé de code de carte famille libre. Rien n&apos;a été enregistré&#xa0;; appelez l&apos;assistance.</translation>
    </message>
    <message>
        <source>%1 is not an adult of this family on file. Nothing was saved.</source>
        <translation>%1 n&apos;est pas un adulte enregistré de cette famille. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 is not a child of this family on file. Nothing was saved.</source>
        <translation>%1 n&apos;est pas un enfant enregistré de cette famille. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This family is no longer on file (it was archived at another desk). Nothing was saved.</source>
        <translation>Cette famille n&apos;est plus enregistrée dans Kindred (elle a été archivée depuis un autre accueil). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>la famille %1</translation>
    </message>
    <message>
        <source>Could not read the data file: a count came back empty.</source>
        <translation>Impossible de lire le fichier de données&#xa0;: un comptage est revenu vide.</translation>
    </message>
</context>
<context>
    <name>Kindred::FirstStartWizard</name>
    <message>
        <source>Set up Kindred</source>
        <translation>Configurer Kindred</translation>
    </message>
    <message>
        <source>Your centre</source>
        <translation>Votre établissement</translation>
    </message>
    <message>
        <source>Kindred keeps the centre in one new data file. Nothing is written until you finish.</source>
        <translation>Kindred conserve l&apos;établissement dans un nouveau fichier de données unique. Rien n&apos;est écrit avant que vous ayez terminé.</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Nom de l&apos;établissement&#xa0;:</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Three letters (ISO 4217): AUD, EUR, CAD…</source>
        <translation>Trois lettres (ISO 4217)&#xa0;: AUD, EUR, CAD…</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The rooms children are checked into, with how many each holds and how many children one adult may look after there. More can be added later under Rooms.</source>
        <translation>Les sections dans lesquelles l&apos;arrivée des enfants est enregistrée, avec la capacité de chacune et le nombre d&apos;enfants dont un adulte peut s&apos;occuper. D&apos;autres sections pourront être ajoutées plus tard dans Sections.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Children per adult</source>
        <translation>Enfants par adulte</translation>
    </message>
    <message>
        <source>&amp;Add a room</source>
        <translation>&amp;Ajouter une section</translation>
    </message>
    <message>
        <source>&amp;Remove the room</source>
        <translation>&amp;Retirer la section</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>The administrator sets up staff, their PINs and what each role may do. The password has at least %1 characters and contains neither the centre&apos;s name nor yours.</source>
        <translation>L&apos;administrateur configure le personnel, leurs codes PIN et ce que chaque rôle peut faire. Le mot de passe comporte au moins %1 caractères et ne contient ni le nom de l&apos;établissement ni le vôtre.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Les deux mots de passe sont différents&#xa0;; saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>The language of Kindred&apos;s window and of your own account. Each staff member can have their own.</source>
        <translation>La langue de la fenêtre de Kindred et de votre propre compte. Chaque membre du personnel peut avoir la sienne.</translation>
    </message>
    <message>
        <source>&amp;Your language:</source>
        <translation>&amp;Votre langue&#xa0;:</translation>
    </message>
    <message>
        <source>The centre&apos;s language and formats, as a language code (BCP 47): en, en-AU, fr-CA… Staff who have no language of their own see the window in it.</source>
        <translation>La langue et les formats de l&apos;établissement, sous forme de code de langue (BCP 47)&#xa0;: en, en-AU, fr-CA… Le personnel qui n&apos;a pas de langue propre voit la fenêtre dans cette langue.</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;language:</source>
        <translation>&amp;Langue de l&apos;établissement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Kindred::FrontDeskPage</name>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits, card code — or scan the card or a pickup code</source>
        <translation>Rechercher une famille&#xa0;: nom d&apos;un enfant ou d&apos;un adulte, chiffres du téléphone, code de carte — ou scannez la carte ou un code de récupération</translation>
    </message>
    <message>
        <source>No family open</source>
        <translation>Aucune famille ouverte</translation>
    </message>
    <message>
        <source>(signed-in user)</source>
        <translation>(utilisateur connecté)</translation>
    </message>
    <message>
        <source>Adult at the desk, &amp;brought by:</source>
        <translation>Adulte à l&apos;accueil, a&amp;mené par&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;taff at the desk:</source>
        <translation>&amp;Personnel à l&apos;accueil&#xa0;:</translation>
    </message>
    <message>
        <source>No family matches &quot;%1&quot;.
Try part of a surname or first name,
the last digits of a phone number,
the family&apos;s card code,
or today&apos;s pickup code.</source>
        <translation>Aucune famille ne correspond à «&#xa0;%1&#xa0;».
Essayez une partie d&apos;un nom de famille ou d&apos;un prénom,
les derniers chiffres d&apos;un numéro de téléphone,
le code de carte de la famille,
ou le code de récupération du jour.</translation>
    </message>
    <message>
        <source>No family card or pickup code matches &quot;%1&quot;.</source>
        <translation>Aucune carte famille ni aucun code de récupération ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No family open — type a name or scan a card</source>
        <translation>Aucune famille ouverte — saisissez un nom ou scannez une carte</translation>
    </message>
    <message>
        <source>%1 family · card %2</source>
        <translation>Famille %1 · carte %2</translation>
    </message>
    <message>
        <source>brought them last time</source>
        <translation>les a amenés la dernière fois</translation>
    </message>
    <message>
        <source>Open a family first: its children&apos;s emergency contacts are shown.</source>
        <translation>Ouvrez d&apos;abord une famille&#xa0;: les contacts d&apos;urgence de ses enfants s&apos;affichent.</translation>
    </message>
    <message>
        <source>Open a family first.</source>
        <translation>Ouvrez d&apos;abord une famille.</translation>
    </message>
    <message>
        <source>Every child of this family is already here.</source>
        <translation>Tous les enfants de cette famille sont déjà présents.</translation>
    </message>
    <message>
        <source>No child is ticked, so nobody was checked in: tick the children (Tab, then Space) or press F3 for all.</source>
        <translation>Aucun enfant n&apos;est coché&#xa0;: aucune arrivée n&apos;a été enregistrée. Cochez les enfants (Tab, puis Espace) ou appuyez sur F3 pour tous les cocher.</translation>
    </message>
    <message>
        <source>Who brought them? Choose the adult at the desk, then press F2 again.</source>
        <translation>Qui les a amenés&#xa0;? Choisissez l&apos;adulte présent à l&apos;accueil, puis appuyez de nouveau sur F2.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Checked in: %1, brought by %2. Press F8 to print the labels and receipt.</source>
        <translation>Arrivée enregistrée&#xa0;: %1, amené(s) par %2. Appuyez sur F8 pour imprimer les étiquettes et le reçu.</translation>
    </message>
    <message>
        <source>Still waiting for another station to finish saving; try again when this message changes.</source>
        <translation>Un autre poste n&apos;a toujours pas fini d&apos;enregistrer&#xa0;; réessayez lorsque ce message changera.</translation>
    </message>
    <message>
        <source>No child of this family is checked in.</source>
        <translation>Aucun enfant de cette famille n&apos;est présent.</translation>
    </message>
    <message>
        <source>%1 — released by a director&apos;s override; the reason is recorded.</source>
        <translation>%1 — remis(e) sur dérogation d&apos;un directeur&#xa0;; le motif est enregistré.</translation>
    </message>
    <message>
        <source>Choose the children who are away today.</source>
        <translation>Choisissez les enfants absents aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>Absent aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Why is the child away?</source>
        <translation>Pourquoi l&apos;enfant est-il absent&#xa0;?</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Malade</translation>
    </message>
    <message>
        <source>Choose a child who is here to reprint a label.</source>
        <translation>Choisissez un enfant présent pour réimprimer une étiquette.</translation>
    </message>
    <message>
        <source>Choose who brought them (%1)</source>
        <comment>%1: the key that reaches the list, Alt+B in English</comment>
        <translation>Choisissez la personne qui a amené l&apos;enfant (%1)</translation>
    </message>
    <message>
        <source>A child in this family has a life-threatening allergy.</source>
        <translation>Un enfant de cette famille a une allergie potentiellement mortelle.</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>Familles trouvées</translation>
    </message>
    <message>
        <source>Find a family</source>
        <translation>Trouver une famille</translation>
    </message>
</context>
<context>
    <name>Kindred::GroupAttendanceDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>Votre code &amp;PIN, de nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Group check-in or check-out</source>
        <translation>Arrivée ou départ d&apos;un groupe</translation>
    </message>
    <message>
        <source>Check in — arriving with staff (bus run)</source>
        <translation>Arrivée — avec du personnel (ramassage en bus)</translation>
    </message>
    <message>
        <source>Check out — leaving with staff (field trip)</source>
        <translation>Départ — avec du personnel (sortie)</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <source>e.g. Morning bus, Zoo trip</source>
        <translation>par ex. Bus du matin, Sortie au zoo</translation>
    </message>
    <message>
        <source>Only for a child with a &quot;do not release&quot; restriction: a director&apos;s reason</source>
        <translation>Uniquement pour un enfant faisant l&apos;objet d&apos;une interdiction de remise («&#xa0;ne pas remettre&#xa0;»)&#xa0;: le motif d&apos;un directeur</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Opération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Membre du personnel&#xa0;:</translation>
    </message>
    <message>
        <source>Group &amp;label:</source>
        <translation>&amp;Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>&amp;Dérogation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tout dé&amp;cocher</translation>
    </message>
    <message>
        <source>Children (space ticks the highlighted one):</source>
        <translation>Enfants (Espace coche celui qui est en surbrillance)&#xa0;:</translation>
    </message>
    <message>
        <source>Result, child by child:</source>
        <translation>Résultat, enfant par enfant&#xa0;:</translation>
    </message>
    <message>
        <source>No staff member is clocked in (or signed in) today: a group can only leave with staff who are here.</source>
        <translation>Aucun membre du personnel n&apos;a pointé son arrivée (ni ne s&apos;est connecté) aujourd&apos;hui&#xa0;: un groupe ne peut partir qu&apos;avec du personnel présent.</translation>
    </message>
    <message>
        <source>Check in ticked children</source>
        <translation>Enregistrer l&apos;arrivée des enfants cochés</translation>
    </message>
    <message>
        <source>Check out ticked children</source>
        <translation>Enregistrer le départ des enfants cochés</translation>
    </message>
    <message>
        <source>   ⚠ %1 — life-threatening</source>
        <translation>   ⚠ %1 — potentiellement mortelle</translation>
    </message>
    <message>
        <source>Every child of this room is already here.</source>
        <translation>Tous les enfants de cette section sont déjà présents.</translation>
    </message>
    <message>
        <source>Nobody of this room is here.</source>
        <translation>Personne de cette section n&apos;est présent.</translation>
    </message>
    <message>
        <source>Tick the children of the group first.</source>
        <translation>Cochez d&apos;abord les enfants du groupe.</translation>
    </message>
    <message>
        <source>✓ %1 — checked in, code %2</source>
        <translation>✓ %1 — arrivée enregistrée, code %2</translation>
    </message>
    <message>
        <source>✓ %1 — left with %2 (back through a group check-in)</source>
        <translation>✓ %1 — parti(e) avec %2 (retour par une arrivée de groupe)</translation>
    </message>
    <message>
        <source>✗ %1 — refused: %2</source>
        <translation>✗ %1 — refusé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) recorded.</source>
        <translation>
            <numerusform>%n enfant enregistré.</numerusform>
            <numerusform>%n enfants enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overriding a court order needs your PIN again: type it, then run again.</source>
        <translation>Passer outre une décision de justice nécessite de saisir de nouveau votre code PIN&#xa0;: saisissez-le, puis relancez.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused: see the list.</source>
        <translation>
            <numerusform>%n refusé&#xa0;: voir la liste.</numerusform>
            <numerusform>%n refusés&#xa0;: voir la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Children of the room</source>
        <translation>Enfants de la section</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordDialog</name>
    <message>
        <source>Health record — %1</source>
        <translation>Carnet de santé — %1</translation>
    </message>
    <message>
        <source>&amp;1 Conditions, diet, doctor</source>
        <translation>&amp;1 Pathologies, régime, médecin</translation>
    </message>
    <message>
        <source>&amp;2 Medications</source>
        <translation>&amp;2 Médicaments</translation>
    </message>
    <message>
        <source>&amp;3 Medication given</source>
        <translation>&amp;3 Médicaments administrés</translation>
    </message>
    <message>
        <source>&amp;4 Immunisations</source>
        <translation>&amp;4 Vaccinations</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordService</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>protocole de soins</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>posologie</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>cabinet</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>Cet enfant n&apos;est pas enregistré dans Kindred.</translation>
    </message>
    <message>
        <source>Enter the name of the condition.</source>
        <translation>Saisissez le nom de la pathologie.</translation>
    </message>
    <message>
        <source>Enter the name of the medication.</source>
        <translation>Saisissez le nom du médicament.</translation>
    </message>
    <message>
        <source>Enter the dose, as the parent&apos;s authority states it.</source>
        <translation>Saisissez la dose, telle qu&apos;indiquée dans l&apos;autorisation du parent.</translation>
    </message>
    <message>
        <source>Enter the dietary need.</source>
        <translation>Saisissez le besoin alimentaire.</translation>
    </message>
    <message>
        <source>The doctor&apos;s phone number does not look right.</source>
        <translation>Le numéro de téléphone du médecin semble incorrect.</translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation>l&apos;entrée %1</translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation>le médecin</translation>
    </message>
    <message>
        <source>Nothing was changed. That entry has been removed, or belongs to another child.</source>
        <translation>Aucune modification n&apos;a été effectuée. Cette entrée a été retirée ou appartient à un autre enfant.</translation>
    </message>
    <message>
        <source>Nothing was removed. Give the reason.</source>
        <translation>Rien n&apos;a été retiré. Indiquez le motif.</translation>
    </message>
    <message>
        <source>Nothing was removed. That entry is not on file, or was already removed.</source>
        <translation>Rien n&apos;a été retiré. Cette entrée n&apos;est pas enregistrée dans Kindred ou a déjà été retirée.</translation>
    </message>
</context>
<context>
    <name>Kindred::HouseholdForm</name>
    <message>
        <source>The family is happ&amp;y to share its cultures and celebrations with the centre community</source>
        <translation>La famille est &amp;heureuse de partager ses cultures et ses fêtes avec la communauté de l&apos;établissement</translation>
    </message>
    <message>
        <source>comma-separated, e.g. English, Igbo</source>
        <translation>séparées par des virgules, par ex. français, igbo</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Diwali, Lunar New Year</source>
        <translation>séparées par des virgules, par ex. Diwali, Nouvel An lunaire</translation>
    </message>
    <message>
        <source>made when saved</source>
        <translation>généré à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ultures:</source>
        <translation>C&amp;ultures&#xa0;:</translation>
    </message>
    <message>
        <source>Cele&amp;brations:</source>
        <translation>&amp;Fêtes&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;rd code:</source>
        <translation>Code de ca&amp;rte&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>R&amp;emarques&#xa0;:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Adresse, deuxième ligne</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationScheduleDialog</name>
    <message>
        <source>&amp;Add dose</source>
        <translation>&amp;Ajouter une dose</translation>
    </message>
    <message>
        <source>&amp;Remove dose</source>
        <translation>&amp;Retirer la dose</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Immunisation schedule</source>
        <translation>Calendrier de vaccination</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccin</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>N° de dose</translation>
    </message>
    <message>
        <source>Due at age</source>
        <translation>Âge prévu</translation>
    </message>
    <message numerus="yes">
        <source>Each dose is due on the day the child reaches its age, and overdue %n day(s) later.</source>
        <translation>
            <numerusform>Chaque dose est à faire le jour où l&apos;enfant atteint l&apos;âge prévu, et en retard %n jour plus tard.</numerusform>
            <numerusform>Chaque dose est à faire le jour où l&apos;enfant atteint l&apos;âge prévu, et en retard %n jours plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationService</name>
    <message>
        <source>Enter the vaccine.</source>
        <translation>Saisissez le vaccin.</translation>
    </message>
    <message>
        <source>The dose number starts at 1.</source>
        <translation>Le numéro de dose commence à 1.</translation>
    </message>
    <message>
        <source>Enter the date the vaccine was given (not in the future).</source>
        <translation>Saisissez la date à laquelle le vaccin a été administré (pas dans le futur).</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>Cet enfant n&apos;est pas enregistré dans Kindred.</translation>
    </message>
    <message>
        <source>The vaccine cannot have been given before the child was born.</source>
        <translation>Le vaccin ne peut pas avoir été administré avant la naissance de l&apos;enfant.</translation>
    </message>
    <message>
        <source>%1 dose %2 is already recorded (given %3).</source>
        <translation>La dose %2 de %1 est déjà enregistrée (faite le %3).</translation>
    </message>
    <message>
        <source>The age cannot be negative.</source>
        <translation>L&apos;âge ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 dose %2 is in the schedule twice.</source>
        <translation>La dose %2 de %1 figure deux fois dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationsPanel</name>
    <message>
        <source>&amp;Record as given</source>
        <translation>&amp;Noter comme faite</translation>
    </message>
    <message>
        <source>Edit the centre&apos;s &amp;schedule…</source>
        <translation>Modifier le &amp;calendrier de l&apos;établissement…</translation>
    </message>
    <message>
        <source>No immunisations recorded. Add each dose from the child&apos;s record or certificate.</source>
        <translation>Aucune vaccination enregistrée. Ajoutez chaque dose d&apos;après le carnet ou le certificat de l&apos;enfant.</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccin</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>&amp;Vaccine dose:</source>
        <translation>Dose de &amp;vaccin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Faite le&#xa0;:</translation>
    </message>
    <message>
        <source>%1, dose %2</source>
        <translation>%1, dose %2</translation>
    </message>
    <message>
        <source>Up to date with the centre&apos;s schedule.</source>
        <translation>À jour selon le calendrier de l&apos;établissement.</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due now</source>
        <translation>%1 en retard, %2 à faire maintenant</translation>
    </message>
    <message>
        <source>%1 dose %2 recorded.</source>
        <translation>Dose %2 de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Vaccinations</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentDialog</name>
    <message>
        <source>Told at</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority</source>
        <translation>À déclarer à l&apos;autorité de tutelle</translation>
    </message>
    <message>
        <source>Log an incident</source>
        <translation>Consigner un incident</translation>
    </message>
    <message>
        <source>Add a child: type a name and press Enter</source>
        <translation>Ajouter un enfant&#xa0;: saisissez un nom et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>e.g. left knee</source>
        <translation>par ex. genou gauche</translation>
    </message>
    <message>
        <source>Names, separated by ;</source>
        <translation>Noms, séparés par&#xa0;;</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Date et heure</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>What ha&amp;ppened</source>
        <translation>Ce qui s&apos;est &amp;passé</translation>
    </message>
    <message>
        <source>First &amp;aid or action</source>
        <translation>Premiers &amp;soins ou mesures prises</translation>
    </message>
    <message>
        <source>&amp;Body area</source>
        <translation>Partie du co&amp;rps</translation>
    </message>
    <message>
        <source>&amp;Staff involved</source>
        <translation>Personnel &amp;concerné</translation>
    </message>
    <message>
        <source>Wi&amp;tnesses</source>
        <translation>Té&amp;moins</translation>
    </message>
    <message>
        <source>Which parent or guardian</source>
        <translation>Quel parent ou responsable légal</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Parent informé</translation>
    </message>
    <message>
        <source>Save and submit</source>
        <translation>Enregistrer et soumettre</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>Incident n° %1</translation>
    </message>
    <message>
        <source>Child no. %1</source>
        <translation>Enfant n° %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Signed off: change it with “Amend…” on the incidents page.</source>
        <translation>Validé&#xa0;: modifiez-le avec «&#xa0;Rectifier…&#xa0;» dans la page des incidents.</translation>
    </message>
    <message>
        <source>Children involved</source>
        <translation>Enfants concernés</translation>
    </message>
    <message>
        <source>Staff who witnessed it</source>
        <translation>Personnel témoin</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <source>Parent or guardian notified</source>
        <translation>Parent ou tuteur prévenu</translation>
    </message>
    <message>
        <source>When the parent was notified</source>
        <translation>Quand le parent a été prévenu</translation>
    </message>
    <message>
        <source>How the parent was notified</source>
        <translation>Comment le parent a été prévenu</translation>
    </message>
    <message>
        <source>Follow-up to do</source>
        <translation>Suivi à faire</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentService</name>
    <message>
        <source>Nothing was changed. This incident has been signed off; it can only be amended, with a reason.</source>
        <translation>Aucune modification n&apos;a été effectuée. Cet incident a été validé&#xa0;; il ne peut être que rectifié, avec un motif.</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is %1.</source>
        <translation>Aucune modification n&apos;a été effectuée. Cet incident est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was changed. Record which parent was told, and when, before signing off.</source>
        <translation>Aucune modification n&apos;a été effectuée. Indiquez quel parent a été informé, et quand, avant de valider.</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who acknowledged it.</source>
        <translation>Saisissez le nom du responsable légal qui en a pris connaissance.</translation>
    </message>
    <message>
        <source>Say how the guardian acknowledged it (signed, in person, email…).</source>
        <translation>Indiquez comment le responsable légal en a pris connaissance (signature, en personne, e-mail…).</translation>
    </message>
    <message>
        <source>Nothing was changed. Submit the incident before a guardian acknowledges it.</source>
        <translation>Aucune modification n&apos;a été effectuée. Soumettez l&apos;incident avant qu&apos;un responsable légal en prenne connaissance.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 already acknowledged this incident.</source>
        <translation>Aucune modification n&apos;a été effectuée. %1 a déjà pris connaissance de cet incident.</translation>
    </message>
    <message>
        <source>Nothing was changed. Give the reason for the amendment.</source>
        <translation>Aucune modification n&apos;a été effectuée. Indiquez le motif de la rectification.</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>Aucune modification n&apos;a été effectuée. «&#xa0;%1&#xa0;» ne peut pas être rectifié.</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is not signed off yet: edit it directly.</source>
        <translation>Aucune modification n&apos;a été effectuée. Cet incident n&apos;est pas encore validé&#xa0;: modifiez-le directement.</translation>
    </message>
    <message>
        <source>Nothing was changed. The new value is the same as the old.</source>
        <translation>Aucune modification n&apos;a été effectuée. La nouvelle valeur est identique à l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Aucune modification n&apos;a été effectuée. %1</translation>
    </message>
    <message>
        <source>this incident report</source>
        <translation>ce rapport d&apos;incident</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsPage</name>
    <message>
        <source>Reportable only</source>
        <translation>À déclarer uniquement</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nouvel incident…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Guardian a&amp;cknowledged…</source>
        <translation>Prise de connaissance du &amp;responsable légal…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Rec&amp;tifier…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Aperçu avant im&amp;pression…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>No incidents match these filters and dates. Widen the dates or choose &quot;All kinds&quot; and &quot;Any status&quot;, or log one with New incident.</source>
        <translation>Aucun incident ne correspond à ces filtres et à ces dates. Élargissez les dates ou choisissez «&#xa0;Tous les types&#xa0;» et «&#xa0;Tous les statuts&#xa0;», ou consignez-en un avec Nouvel incident.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>À déclarer</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris connaissance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message numerus="yes">
        <source> (%n amendment(s))</source>
        <translation>
            <numerusform> (%n rectification)</numerusform>
            <numerusform> (%n rectifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Sign off incident no. %1? After sign-off it can only be changed by a recorded amendment.</source>
        <translation>Valider l&apos;incident n° %1&#xa0;? Après validation, il ne pourra être modifié que par une rectification enregistrée.</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <source>Guardian acknowledgement</source>
        <translation>Prise de connaissance du responsable légal</translation>
    </message>
    <message>
        <source>Name of the guardian who acknowledged the report:</source>
        <translation>Nom du responsable légal qui a pris connaissance du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Comment&#xa0;:</translation>
    </message>
    <message>
        <source>Signed the printed report</source>
        <translation>A signé le rapport imprimé</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>incident-%1.pdf</source>
        <translation>incident-%1.pdf</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsSection</name>
    <message>
        <source>Emergency &amp;roll call</source>
        <translation>Appel d&apos;&amp;urgence</translation>
    </message>
    <message>
        <source>Emergency roll call — no sign-in</source>
        <translation>Appel d&apos;urgence — sans connexion</translation>
    </message>
</context>
<context>
    <name>Kindred::LabelSettingsDialog</name>
    <message>
        <source>Life-threatening allergies (printed in red)</source>
        <translation>Allergies potentiellement mortelles (imprimées en rouge)</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>Autres allergies</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Remarques médicales</translation>
    </message>
    <message>
        <source>Label settings</source>
        <translation>Paramètres des étiquettes</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Support d&apos;étiquettes</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>Health facts printed on a child&apos;s label</source>
        <translation>Informations de santé imprimées sur l&apos;étiquette d&apos;un enfant</translation>
    </message>
    <message>
        <source>A label travels with the child and can be read by anyone. What is not printed stays on screen for staff only — keep sensitive conditions off the label.</source>
        <translation>Une étiquette accompagne l&apos;enfant et peut être lue par n&apos;importe qui. Ce qui n&apos;est pas imprimé reste à l&apos;écran, visible uniquement par le personnel — n&apos;imprimez pas les pathologies sensibles sur l&apos;étiquette.</translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message>
        <source>This station does not see other stations&apos; changes at once (%1). Press F5 to read a page again.</source>
        <translation>Ce poste ne voit pas immédiatement les modifications des autres postes (%1). Appuyez sur F5 pour relire une page.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Who&apos;s here</source>
        <translation>Qui est là</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Ouvrir un fichier de données…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>À &amp;propos de Kindred</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (demo) — %2 — Kindred</source>
        <translation>%1 (démo) — %2 — Kindred</translation>
    </message>
    <message>
        <source>%1 — %2 — Kindred</source>
        <translation>%1 — %2 — Kindred</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n famille</numerusform>
            <numerusform>%n familles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Kindred data file</source>
        <translation>Ouvrir un fichier de données Kindred</translation>
    </message>
    <message>
        <source>Kindred data (*.kindred *.sqlite);;All files (*)</source>
        <translation>Données Kindred (*.kindred *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>The centre server&apos;s data was saved with pg_dump in %1</source>
        <translation>Les données du serveur de l&apos;établissement ont été enregistrées avec pg_dump dans %1</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>Sauvegarder le fichier de données</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the backup.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The data was copied and checked: %1</source>
        <translation>Les données ont été copiées et vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Kindred backups (*.kindred *.bak *.sqlite);;All files (*)</source>
        <translation>Sauvegardes Kindred (*.kindred *.bak *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>The daily backup is being made just now. Try again in a minute.</source>
        <translation>La sauvegarde quotidienne est en cours. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Replace the records in the data file with those in the backup %1?

Everything recorded since that backup was made (check-ins, families, incidents…) will no longer be in the data file. The data file as it is now is kept beside it, and the restore is recorded in the audit trail. Kindred reloads the data file afterwards; other stations must be closed first.</source>
        <translation>Remplacer les enregistrements du fichier de données par ceux de la sauvegarde %1&#xa0;?

Tout ce qui a été enregistré depuis cette sauvegarde (arrivées, familles, incidents…) ne figurera plus dans le fichier de données. Le fichier de données dans son état actuel est conservé à côté, et la restauration est consignée dans le journal d&apos;audit. Kindred recharge ensuite le fichier de données&#xa0;; les autres postes doivent d&apos;abord être fermés.</translation>
    </message>
    <message>
        <source>The backup was restored. The data file as it was before is kept as %1.

Kindred now reloads the data file: every screen shows the restored records.</source>
        <translation>La sauvegarde a été restaurée. Le fichier de données dans son état précédent est conservé sous %1.

Kindred recharge maintenant le fichier de données&#xa0;: chaque écran affiche les enregistrements restaurés.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About Kindred</source>
        <translation>À propos de Kindred</translation>
    </message>
    <message>
        <source>Kindred %1
The front desk for childcare centres, preschools and small schools.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Kindred %1
L&apos;accueil des crèches, écoles maternelles et petites écoles.
Distribué sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationLogPanel</name>
    <message>
        <source>&amp;Log dose given</source>
        <translation>&amp;Consigner une dose administrée</translation>
    </message>
    <message>
        <source>No doses recorded for this child yet.</source>
        <translation>Aucune dose enregistrée pour cet enfant pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Administrée le</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Médicament&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dose given:</source>
        <translation>&amp;Dose administrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time given:</source>
        <translation>&amp;Heure d&apos;administration&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>Doses given at the centre, newest first:</source>
        <translation>Doses administrées dans l&apos;établissement, les plus récentes en premier&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — no consent on file</source>
        <translation>%1 — aucune autorisation enregistrée</translation>
    </message>
    <message>
        <source>Dose logged.</source>
        <translation>Dose consignée.</translation>
    </message>
    <message>
        <source>Medication given</source>
        <translation>Médicaments donnés</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationService</name>
    <message>
        <source>Nothing was recorded. Choose the staff member who gave it.</source>
        <translation>Rien n&apos;a été enregistré. Choisissez le membre du personnel qui l&apos;a administrée.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Enter the dose given.</source>
        <translation>Rien n&apos;a été enregistré. Saisissez la dose administrée.</translation>
    </message>
    <message>
        <source>Nothing was recorded. The time given is in the future.</source>
        <translation>Rien n&apos;a été enregistré. L&apos;heure d&apos;administration est dans le futur.</translation>
    </message>
    <message>
        <source>Nothing was recorded. That medication is not on this child&apos;s record.</source>
        <translation>Rien n&apos;a été enregistré. Ce médicament ne figure pas dans le dossier de cet enfant.</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1 was removed from this child&apos;s record.</source>
        <translation>Rien n&apos;a été enregistré. %1 a été retiré du dossier de cet enfant.</translation>
    </message>
    <message>
        <source>Nothing was recorded. There is no parental consent on file for %1: do not give it until a parent has signed the authority.</source>
        <translation>Rien n&apos;a été enregistré. Aucune autorisation parentale n&apos;est enregistrée pour %1&#xa0;: ne l&apos;administrez pas avant qu&apos;un parent ait signé l&apos;autorisation.</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationsPanel</name>
    <message>
        <source>Parent&apos;s signed &amp;consent on file</source>
        <translation>Autorisation &amp;signée du parent enregistrée</translation>
    </message>
    <message>
        <source>&amp;Add medication</source>
        <translation>&amp;Ajouter un médicament</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Mettre à &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>No medications recorded. Add one with its dose before staff give it.</source>
        <translation>Aucun médicament enregistré. Ajoutez-en un avec sa dose avant que le personnel ne l&apos;administre.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Médicament&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>D&amp;ose&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>R&amp;emarques&#xa0;:</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>AUCUNE AUTORISATION</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>EXPIRÉE LE %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Médicament «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>%1 saved. No consent is on file: it cannot be given yet.</source>
        <translation>Médicament «&#xa0;%1&#xa0;» enregistré. Aucune autorisation n&apos;est enregistrée&#xa0;: il ne peut pas encore être administré.</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>Retirer le médicament</translation>
    </message>
    <message>
        <source>Why is this medication being removed? (kept in the audit log)</source>
        <translation>Pourquoi ce médicament est-il retiré&#xa0;? (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Medication removed.</source>
        <translation>Médicament retiré.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
</context>
<context>
    <name>Kindred::OverdueTicketsLabel</name>
    <message>
        <source>no. %1 %2 (%3)</source>
        <translation>n° %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue tickets: %1 — %2</source>
        <translation>Tickets en retard&#xa0;: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Kindred::PhotoField</name>
    <message>
        <source>Choose pho&amp;to…</source>
        <translation>Choisir une pho&amp;to…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>%1 n&apos;a pas pu être lu comme une image.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
</context>
<context>
    <name>Kindred::PickupRulesEditor</name>
    <message>
        <source>Add &quot;do &amp;not release&quot;</source>
        <translation>Ajouter «&#xa0;&amp;ne pas remettre&#xa0;»</translation>
    </message>
    <message>
        <source>Remove restriction</source>
        <translation>Retirer la restriction</translation>
    </message>
    <message>
        <source>No adults in this family yet. Add them on the Adults tab, then tick who may collect the child.</source>
        <translation>Aucun adulte dans cette famille pour l&apos;instant. Ajoutez-les dans l&apos;onglet Adultes, puis cochez ceux qui peuvent récupérer l&apos;enfant.</translation>
    </message>
    <message>
        <source>Nobody is on the do-not-release list.</source>
        <translation>Personne ne figure sur la liste «&#xa0;ne pas remettre&#xa0;».</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>Peut récupérer l&apos;enfant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>Ne pas remettre à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Décision de justice</translation>
    </message>
    <message>
        <source>Restriction %1</source>
        <translation>Restriction %1</translation>
    </message>
    <message>
        <source>Au&amp;thorised to collect (tick; dates are optional):</source>
        <translation>Au&amp;torisés à récupérer l&apos;enfant (cochez&#xa0;; les dates sont facultatives)&#xa0;:</translation>
    </message>
    <message>
        <source>Do not release to (court orders and other restrictions):</source>
        <translation>Ne pas remettre à (décisions de justice et autres restrictions)&#xa0;:</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(nouvel adulte)</translation>
    </message>
    <message>
        <source>why, e.g. family court order</source>
        <translation>motif, par ex. décision du juge aux affaires familiales</translation>
    </message>
    <message>
        <source>open</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>Who may collect</source>
        <translation>Qui peut récupérer l&apos;enfant</translation>
    </message>
    <message>
        <source>Who may not collect</source>
        <translation>Qui ne peut pas récupérer l&apos;enfant</translation>
    </message>
</context>
<context>
    <name>Kindred::PrivacyPage</name>
    <message>
        <source>Everything held about a family</source>
        <translation>Toutes les données détenues sur une famille</translation>
    </message>
    <message>
        <source>Families who have left</source>
        <translation>Familles parties</translation>
    </message>
    <message>
        <source>Family name, phone or card code, then Enter</source>
        <translation>Nom de famille, téléphone ou code de carte, puis Entrée</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Parent &amp;directory PDF…</source>
        <translation>Ann&amp;uaire des parents en PDF…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Fa&amp;mily:</source>
        <translation>Fa&amp;mille&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Anonymise the families listed…</source>
        <translation>A&amp;nonymiser les familles listées…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Partie le</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Keep personal data after a family leaves for</source>
        <translation>Conserver les données personnelles après le départ d&apos;une famille pendant</translation>
    </message>
    <message>
        <source>Due now (nothing changes until you anonymise them). Attendance, incident and medication records are kept, with the names replaced.</source>
        <translation>À traiter maintenant (rien ne change tant que vous ne les anonymisez pas). Les enregistrements de présence, d&apos;incidents et de médicaments sont conservés, avec les noms remplacés.</translation>
    </message>
    <message>
        <source>Find the family first.</source>
        <translation>Recherchez d&apos;abord la famille.</translation>
    </message>
    <message>
        <source>Export a family&apos;s data</source>
        <translation>Exporter les données d&apos;une famille</translation>
    </message>
    <message>
        <source>family-data.pdf</source>
        <translation>donnees-famille.pdf</translation>
    </message>
    <message>
        <source>family-data.json</source>
        <translation>donnees-famille.json</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Parent directory</source>
        <translation>Annuaire des parents</translation>
    </message>
    <message>
        <source>parent-directory.pdf</source>
        <translation>annuaire-parents.pdf</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>No family is due.</source>
        <translation>Aucune famille à traiter.</translation>
    </message>
    <message>
        <source>Replaced with placeholders: the names and details of %1 and %2. Deleted: %3, %4 and %5. Texts removed from %6 and %7. Names replaced in %8 and %9; %10 redacted.</source>
        <translation>Remplacés par des valeurs génériques&#xa0;: les noms et les informations de %1 et %2. Supprimés&#xa0;: %3, %4 et %5. Textes retirés de %6 et %7. Noms remplacés dans %8 et %9&#xa0;; %10 masquée(s).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln enfant</numerusform>
            <numerusform>%Ln enfants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln adulte</numerusform>
            <numerusform>%Ln adultes</numerusform>
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
        <source>%Ln allergy, contact or pickup record(s)</source>
        <translation>
            <numerusform>%Ln fiche d&apos;allergie, de contact ou de récupération</numerusform>
            <numerusform>%Ln fiches d&apos;allergie, de contact ou de récupération</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln health record(s)</source>
        <translation>
            <numerusform>%Ln fiche de santé</numerusform>
            <numerusform>%Ln fiches de santé</numerusform>
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
            <numerusform>%Ln note de ticket</numerusform>
            <numerusform>%Ln notes de ticket</numerusform>
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
            <numerusform>%Ln autre enregistrement</numerusform>
            <numerusform>%Ln autres enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln entrée du journal d&apos;audit</numerusform>
            <numerusform>%Ln entrées du journal d&apos;audit</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are, for licensing: %1 and %2.</source>
        <translation>Conservés tels quels, pour l&apos;autorité de tutelle&#xa0;: %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement de présence</numerusform>
            <numerusform>%Ln enregistrements de présence</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise families</source>
        <translation>Anonymiser les familles</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n family(ies) listed? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymiser la famille listée (%n)&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Anonymiser les %n familles listées&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Durée de conservation dépassée</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) anonymised.</source>
        <translation>
            <numerusform>%n famille anonymisée.</numerusform>
            <numerusform>%n familles anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families due for anonymising</source>
        <translation>Familles à anonymiser</translation>
    </message>
</context>
<context>
    <name>Kindred::RecordListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>A&amp;rchiver…</translation>
    </message>
</context>
<context>
    <name>Kindred::ReportsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>CSV for E&amp;xcel</source>
        <translation>CSV pour E&amp;xcel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>Sec&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Pr&amp;eview…</source>
        <translation>Aperç&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>En&amp;registrer en PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Centre &amp;logo…</source>
        <translation>&amp;Logo de l&apos;établissement…</translation>
    </message>
    <message>
        <source>This computer&apos;s site (%1)</source>
        <translation>Site de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
    <message>
        <source>Centre logo</source>
        <translation>Logo de l&apos;établissement</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kindred cannot read %1 as a picture.</source>
        <translation>Kindred ne peut pas lire %1 comme une image.</translation>
    </message>
</context>
<context>
    <name>Kindred::RoleService</name>
    <message>
        <source>Nothing was changed: a role&apos;s short name uses lower-case letters, digits, - or _.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: le nom court d&apos;un rôle se compose de lettres minuscules, de chiffres, de - ou de _.</translation>
    </message>
    <message>
        <source>Nothing was changed: the role needs a name.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: le rôle doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>Kindred::RolesPanel</name>
    <message>
        <source>&amp;Save permissions</source>
        <translation>Enre&amp;gistrer les droits</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>A&amp;jouter un rôle</translation>
    </message>
    <message>
        <source>Name of a new role, such as Cook</source>
        <translation>Nom d&apos;un nouveau rôle, par exemple Cuisinier</translation>
    </message>
    <message>
        <source>Tick what each role may do (Space ticks the chosen box), then save. Changes apply at once to everyone signed in with that role, and are kept in the audit trail.</source>
        <translation>Cochez ce que chaque rôle peut faire (Espace coche la case choisie), puis enregistrez. Les modifications s&apos;appliquent immédiatement à toutes les personnes connectées avec ce rôle et sont conservées dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>&amp;Nouveau rôle&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1 (propre)</translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation>%1 peut&#xa0;: %2</translation>
    </message>
    <message>
        <source>No permission was changed.</source>
        <translation>Aucun droit n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 saved. %2</source>
        <translation>Enregistré&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Saved what %1 may do.</source>
        <translation>Droits de %1 enregistrés.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is already a role called %1.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: il existe déjà un rôle nommé %1.</translation>
    </message>
    <message>
        <source>%1 was added and may do nothing yet: tick what it may do, then save.</source>
        <translation>%1 a été ajouté et ne peut encore rien faire&#xa0;: cochez ce qu&apos;il peut faire, puis enregistrez.</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>Droits de chaque rôle</translation>
    </message>
</context>
<context>
    <name>Kindred::RollCallWindow</name>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>&amp;Start roll call</source>
        <translation>&amp;Lancer l&apos;appel</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;Terminer et enregistrer</translation>
    </message>
    <message>
        <source>&amp;Print now</source>
        <translation>&amp;Imprimer maintenant</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Drill &amp;log…</source>
        <translation>&amp;Registre des exercices…</translation>
    </message>
    <message>
        <source>Emergency &amp;contacts</source>
        <translation>&amp;Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>&amp;Health record…</source>
        <translation>Carnet de &amp;santé…</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Appel d&apos;urgence</translation>
    </message>
    <message>
        <source>The emergency contacts of the child on the chosen row (Ctrl+E)</source>
        <translation>Les contacts d&apos;urgence de l&apos;enfant de la ligne choisie (Ctrl+E)</translation>
    </message>
    <message>
        <source>Accounted</source>
        <translation>Pointé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Allergies potentiellement mortelles</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>Autres allergies, remarques médicales</translation>
    </message>
    <message>
        <source>Emergency contacts / phone</source>
        <translation>Contacts d&apos;urgence / téléphone</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>%1
The roll call below is %2.</source>
        <translation>%1
L&apos;appel ci-dessous est %2.</translation>
    </message>
    <message>
        <source>%1
The roll call could not be read. Use the printed list or the room sign-in sheets.</source>
        <translation>%1
L&apos;appel n&apos;a pas pu être lu. Utilisez la liste imprimée ou les feuilles d&apos;émargement des sections.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune section</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>Personnel sur place</translation>
    </message>
    <message>
        <source>%1, %2 on the premises</source>
        <translation>%1, %2 sur place</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n membre du personnel</numerusform>
            <numerusform>%n membres du personnel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who is on the premises could not be read</source>
        <translation>Impossible de savoir qui est sur place</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 accounted for — %4</source>
        <translation>%1 — %2 sur %3 pointés — %4</translation>
    </message>
    <message>
        <source>Roll call not started</source>
        <translation>Appel non lancé</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Non coché</translation>
    </message>
    <message>
        <source>No roll call is under way.</source>
        <translation>Aucun appel en cours.</translation>
    </message>
    <message>
        <source>Saved: %1, %2 of %3 accounted for, took %4.</source>
        <translation>Enregistré&#xa0;: %1, %2 sur %3 pointés, durée %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not accounted for yet:</source>
        <translation>
            <numerusform>%n personne n&apos;est pas encore pointée&#xa0;:</numerusform>
            <numerusform>%n personnes ne sont pas encore pointées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish and save the roll call anyway?</source>
        <translation>Terminer et enregistrer l&apos;appel quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Not everyone is accounted for</source>
        <translation>Tout le monde n&apos;est pas pointé</translation>
    </message>
    <message>
        <source>Finish roll call</source>
        <translation>Terminer l&apos;appel</translation>
    </message>
    <message>
        <source>Notes for the drill log (assembly point, problems found):</source>
        <translation>Remarques pour le registre des exercices (point de rassemblement, problèmes constatés)&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Last copy from %1, the centre server cannot be reached: read only, it may be incomplete</source>
        <translation>Dernière copie du %1, le serveur de l&apos;établissement est injoignable&#xa0;: lecture seule, elle peut être incomplète</translation>
    </message>
    <message>
        <source>as of %1 — may be incomplete</source>
        <translation>arrêté à %1 — il peut être incomplet</translation>
    </message>
    <message>
        <source>Emergency roll call %1</source>
        <translation>Appel d&apos;urgence %1</translation>
    </message>
    <message>
        <source>roll-call-%1.pdf</source>
        <translation>appel-urgence-%1.pdf</translation>
    </message>
    <message>
        <source>Drill log</source>
        <translation>Registre des exercices</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomBoardPage</name>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Children here</source>
        <translation>Enfants présents</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Staff clocked in</source>
        <translation>Personnel pointé</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Taux d&apos;encadrement</translation>
    </message>
    <message>
        <source>Still here after closing</source>
        <translation>Encore là après la fermeture</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>Pointer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>Pointer le départ</translation>
    </message>
    <message>
        <source>Correct or void…</source>
        <translation>Corriger ou annuler…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>Enregistrer la feuille en PDF…</translation>
    </message>
    <message>
        <source>Log incident… (Ctrl+I)</source>
        <translation>Consigner un incident… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Children here (⚠ red: life-threatening allergy)</source>
        <translation>Enfants présents (⚠ rouge&#xa0;: allergie potentiellement mortelle)</translation>
    </message>
    <message>
        <source>Staff clock</source>
        <translation>Pointage du personnel</translation>
    </message>
    <message>
        <source>Not checked out (end of day), then today&apos;s check-outs</source>
        <translation>Départ non enregistré (fin de journée), puis les départs du jour</translation>
    </message>
    <message>
        <source>Daily sign-in/out sheet</source>
        <translation>Feuille d&apos;émargement quotidienne (arrivées et départs)</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>Affichage mural</translation>
    </message>
    <message>
        <source>Shows the rooms full screen, in large type, for a screen on the wall: counts, staff and ratios, no children&apos;s names.</source>
        <translation>Affiche les sections en plein écran, en grands caractères, pour un écran mural&#xa0;: effectifs, personnel et taux d&apos;encadrement, sans nom d&apos;enfant.</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n children here now</source>
        <translation>
            <numerusform>%n enfant présent actuellement</numerusform>
            <numerusform>%n enfants présents actuellement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n still here after closing</source>
        <translation>
            <numerusform> · %n encore là après la fermeture</numerusform>
            <numerusform> · %n encore là après la fermeture</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — in at %3</source>
        <translation>%1 — %2 — arrivé(e) à %3</translation>
    </message>
    <message>
        <source>%1 — %2 — out at %3 with %4</source>
        <translation>%1 — %2 — parti(e) à %3 avec %4</translation>
    </message>
    <message>
        <source>%1 — %2 — since %3 · code %4</source>
        <translation>%1 — %2 — présent(e) depuis %3 · code %4</translation>
    </message>
    <message>
        <source>⚠ %1 — LIFE-THREATENING: %2</source>
        <translation>⚠ %1 — POTENTIELLEMENT MORTELLE&#xa0;: %2</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Consigner un incident</translation>
    </message>
    <message>
        <source>Choose the children involved in the &quot;Children here&quot; list first.</source>
        <translation>Choisissez d&apos;abord les enfants concernés dans la liste «&#xa0;Enfants présents&#xa0;».</translation>
    </message>
    <message>
        <source>Correct a time</source>
        <translation>Corriger une heure</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>Choisissez d&apos;abord un enfant dans la liste.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Enregistrer la feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — au-delà de la capacité</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Non sortis</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Membre du personnel :</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Section :</translation>
    </message>
    <message>
        <source>Day of the sheet</source>
        <translation>Jour de la feuille</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomDialog</name>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> children</source>
        <translation> enfants</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>1 adult : </source>
        <translation>1 adulte&#xa0;: </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation>Âge &amp;minimum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Oldest age:</source>
        <translation>Âge ma&amp;ximum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>&amp;Taux d&apos;encadrement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomsPage</name>
    <message>
        <source>&amp;Add room…</source>
        <translation>A&amp;jouter une section…</translation>
    </message>
    <message>
        <source>No rooms yet. Children are placed in rooms and ratios are counted per room: add the first with Add room.</source>
        <translation>Aucune section pour l&apos;instant. Les enfants sont placés dans des sections et le taux d&apos;encadrement est calculé par section&#xa0;: ajoutez la première avec Ajouter une section.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Taux d&apos;encadrement</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1 à %2 ans</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1 à %2 mois</translation>
    </message>
    <message>
        <source>the room %1</source>
        <translation>la section %1</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>Archiver la section</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>Kindred::SecretDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>Code PIN de %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits. It unlocks the screen and switches the person at the desk.</source>
        <translation>Un code PIN comporte de %1 à %2 chiffres. Il déverrouille l&apos;écran et change la personne à l&apos;accueil.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Un mot de passe comporte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Nouveau code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The two entries differ: type the same in both.</source>
        <translation>Les deux saisies sont différentes&#xa0;: saisissez la même chose dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>Kindred::SecurityController</name>
    <message>
        <source>&amp;Switch user or lock</source>
        <translation>&amp;Changer d&apos;utilisateur ou verrouiller</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Switch user or lock: %3</source>
        <translation>Connecté en tant que %1 (%2). Changer d&apos;utilisateur ou verrouiller&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>Codes PIN erronés</translation>
    </message>
    <message numerus="yes">
        <source>There were %n wrong PIN(s) or password(s) in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</source>
        <translation>
            <numerusform>Il y a eu %n code PIN ou mot de passe erroné au cours des dernières 24 heures. Quelqu&apos;un essaie peut-être de deviner le code PIN d&apos;un collègue&#xa0;: demandez qui se trouvait à ces postes, et changez les codes PIN qui pourraient être connus.</numerusform>
            <numerusform>Il y a eu %n codes PIN ou mots de passe erronés au cours des dernières 24 heures. Quelqu&apos;un essaie peut-être de deviner le code PIN d&apos;un collègue&#xa0;: demandez qui se trouvait à ces postes, et changez les codes PIN qui pourraient être connus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred is locked. Sign in to carry on with this.</source>
        <translation>Kindred est verrouillé. Connectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>Kindred::ServerWatch</name>
    <message>
        <source>The centre server cannot be reached since %1. Nothing you type is lost: it stays in its window, to be saved again when the server answers. Kindred keeps trying, and this message goes away by itself. The emergency roll call (F12) shows the last copy this computer read.</source>
        <translation>Le serveur de l&apos;établissement est injoignable depuis %1. Rien de ce que vous saisissez n&apos;est perdu&#xa0;: tout reste dans sa fenêtre, pour être enregistré de nouveau lorsque le serveur répondra. Kindred continue d&apos;essayer, et ce message disparaîtra de lui-même. L&apos;appel d&apos;urgence (F12) affiche la dernière copie lue par cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Kindred::Session</name>
    <message>
        <source>nobody signed in</source>
        <translation>personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>report job</source>
        <translation>tâche de rapport</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>premier démarrage</translation>
    </message>
    <message>
        <source>demo builder</source>
        <translation>création de la démo</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>mise à niveau</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>borne</translation>
    </message>
    <message>
        <source>emergency, no sign-in</source>
        <translation>urgence, sans connexion</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk: sign in to %1.</source>
        <translation>Personne n&apos;est connecté à cet accueil&#xa0;: connectez-vous pour %1.</translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): sign in to %2.</source>
        <translation>Personne n&apos;est connecté (%1)&#xa0;: connectez-vous pour %2.</translation>
    </message>
    <message>
        <source>ask a director</source>
        <translation>demandez à un directeur</translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <translation>demandez à un administrateur</translation>
    </message>
    <message>
        <source>ask the centre&apos;s administrator</source>
        <translation>demandez à l&apos;administrateur de l&apos;établissement</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2; %3.</source>
        <translation>Votre rôle (%1) ne permet pas cette action&#xa0;: %2&#xa0;; %3.</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsPage</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Enre&amp;gistrer les paramètres</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <source>La&amp;bel printing…</source>
        <translation>Impression des é&amp;tiquettes…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>A three-letter code such as AUD or EUR; empty: this computer&apos;s currency</source>
        <translation>Un code de trois lettres, par exemple AUD ou EUR&#xa0;; vide&#xa0;: la devise de cet ordinateur</translation>
    </message>
    <message>
        <source>Empty: the &quot;backups&quot; folder beside the data file. Best on another disk or a network share, so that a failing disk does not take both.</source>
        <translation>Vide&#xa0;: le dossier «&#xa0;backups&#xa0;» à côté du fichier de données. De préférence sur un autre disque ou un partage réseau, pour qu&apos;une panne de disque n&apos;emporte pas les deux.</translation>
    </message>
    <message>
        <source>The centre (printed at the top of every report)</source>
        <translation>L&apos;établissement (imprimé en haut de chaque rapport)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>&amp;Ouvert de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>F&amp;useau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>Devi&amp;se&#xa0;:</translation>
    </message>
    <message>
        <source>The front desk</source>
        <translation>L&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>Ve&amp;rrouiller l&apos;écran après&#xa0;:</translation>
    </message>
    <message>
        <source>without a key press or a click; the next person unlocks it with their PIN.</source>
        <translation>sans appui sur une touche ni clic&#xa0;; la personne suivante le déverrouille avec son code PIN.</translation>
    </message>
    <message>
        <source>Undo at the desk &amp;within:</source>
        <translation>Annu&amp;lation à l&apos;accueil pendant&#xa0;:</translation>
    </message>
    <message>
        <source>of a check-in or check-out (Ctrl+Z), from the desk that did it; later, a director corrects it with a reason.</source>
        <translation>après une arrivée ou un départ (Ctrl+Z), depuis l&apos;accueil qui l&apos;a enregistré&#xa0;; ensuite, un directeur le corrige avec un motif.</translation>
    </message>
    <message>
        <source>Late after the booked arr&amp;ival:</source>
        <translation>En retard après l&apos;arri&amp;vée réservée&#xa0;:</translation>
    </message>
    <message>
        <source>a booked child not yet here then shows as late on the desk and the today panel.</source>
        <translation>un enfant réservé qui n&apos;est pas encore arrivé apparaît alors en retard à l&apos;accueil et dans le panneau du jour.</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Étiquettes de sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>How long records of families who left are kept is set on the Privacy screen.</source>
        <translation>La durée de conservation des données des familles parties se règle dans l&apos;écran Confidentialité.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>Doss&amp;ier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Back up &amp;every day at:</source>
        <translation>Sauvegarder chaque &amp;jour à&#xa0;:</translation>
    </message>
    <message>
        <source>while Kindred is open, or when it next opens if that time was missed; the last %1 checked copies are kept.</source>
        <translation>pendant que Kindred est ouvert, ou à sa prochaine ouverture si l&apos;heure a été manquée&#xa0;; les %1 dernières copies vérifiées sont conservées.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Play a sound at each scan, one for accepted and one for refused</source>
        <translation>Émettre un son à chaque lecture, un pour «&#xa0;accepté&#xa0;» et un pour «&#xa0;refusé&#xa0;»</translation>
    </message>
    <message>
        <source>Flash the desk green or red at each scan</source>
        <translation>Faire clignoter l&apos;accueil en vert ou en rouge à chaque lecture</translation>
    </message>
    <message>
        <source>Card scans at the des&amp;k:</source>
        <translation>&amp;Quand une carte est scannée à l&apos;accueil&#xa0;:</translation>
    </message>
    <message>
        <source>Changes at once, on this computer only.</source>
        <translation>Prend effet immédiatement, sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Les paramètres ont été enregistrés.</translation>
    </message>
    <message>
        <source>Folder for the daily backup</source>
        <translation>Dossier de la sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>en-AU</source>
        <translation>fr-FR</translation>
    </message>
    <message>
        <source>A language code (BCP 47) such as en-AU, es-MX or zh-CN: the window&apos;s language for staff without one of their own, the reports&apos;, and the format of dates and money. Empty: this computer&apos;s.</source>
        <translation>Un code de langue (BCP 47), par exemple en-AU, es-MX ou zh-CN&#xa0;: la langue de la fenêtre pour le personnel qui n&apos;en a pas de propre, celle des rapports, et le format des dates et des montants. Vide&#xa0;: ceux de cet ordinateur.</translation>
    </message>
    <message>
        <source>Language and formats:</source>
        <translation>Langue et formats&#xa0;:</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a text size, in per cent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>Taille du te&amp;xte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsService</name>
    <message>
        <source>Nothing was changed: only the demo generator marks a file as a demo.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: seul le générateur de démonstration marque un fichier comme démo.</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInDialog</name>
    <message>
        <source>Welcome to Kindred</source>
        <translation>Bienvenue dans Kindred</translation>
    </message>
    <message>
        <source>Kindred keeps children&apos;s medical notes and custody orders, so each person signs in. First, set up the administrator&apos;s account: it adds the other staff accounts.</source>
        <translation>Kindred conserve les remarques médicales et les décisions de garde des enfants&#xa0;: chaque personne se connecte donc avec son propre compte. Commencez par configurer le compte administrateur&#xa0;: c&apos;est lui qui ajoute les comptes des autres membres du personnel.</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits, for quick switching at the desk</source>
        <translation>facultatif, 4 à 8 chiffres, pour changer rapidement de personne à l&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>Code P&amp;IN&#xa0;:</translation>
    </message>
    <message>
        <source>Kindred is locked</source>
        <translation>Kindred est verrouillé</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>Quit Kindred</source>
        <translation>Quitter Kindred</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>Votre code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in &amp;with a password…</source>
        <translation>Se connecter avec un &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword or PIN:</source>
        <translation>Mot de passe ou code P&amp;IN&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with a &amp;PIN instead</source>
        <translation>Se connecter plutôt avec un code &amp;PIN</translation>
    </message>
    <message>
        <source>Choose your name and type your password, or your PIN if Kindred does not recognise it on its own yet.</source>
        <translation>Choisissez votre nom et saisissez votre mot de passe, ou votre code PIN si Kindred ne le reconnaît pas encore tout seul.</translation>
    </message>
    <message>
        <source>The screen is locked. Type your PIN and press Enter: the person whose PIN it is carries on at the desk.</source>
        <translation>L&apos;écran est verrouillé. Saisissez votre code PIN et appuyez sur Entrée&#xa0;: la personne à qui appartient ce code PIN prend la main à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>Saisissez votre code PIN et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Les deux mots de passe sont différents. Saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s first name.</source>
        <translation>Saisissez le prénom de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <source>No one can sign in yet: ask the administrator to set up your account.</source>
        <translation>Personne ne peut encore se connecter&#xa0;: demandez à l&apos;administrateur de configurer votre compte.</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInService</name>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: ce membre du personnel n&apos;est pas enregistré dans Kindred.</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>Ce membre du personnel n&apos;est pas enregistré dans Kindred.</translation>
    </message>
    <message>
        <source>%1 has no PIN or password yet; ask an administrator to set one.</source>
        <translation>%1 n&apos;a pas encore de code PIN ni de mot de passe&#xa0;; demandez à un administrateur d&apos;en définir un.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop d&apos;essais erronés. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop d&apos;essais erronés. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN est incorrect.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Ce mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>That PIN is already in use; choose another.</source>
        <translation>Ce code PIN est déjà utilisé&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>If you have not signed in since Kindred was updated, sign in once with your name and PIN (“Sign in with a password…”).</source>
        <translation>Si vous ne vous êtes pas connecté depuis la mise à jour de Kindred, connectez-vous une fois avec votre nom et votre code PIN («&#xa0;Se connecter avec un mot de passe…&#xa0;»).</translation>
    </message>
    <message>
        <source>Type your PIN again.</source>
        <translation>Saisissez de nouveau votre code PIN.</translation>
    </message>
    <message>
        <source>Your PIN is right, but it is too short for a %1: choose a new PIN of at least %2 digits.</source>
        <translation>Votre code PIN est correct, mais il est trop court pour le rôle %1&#xa0;: choisissez un nouveau code PIN d&apos;au moins %2 chiffres.</translation>
    </message>
    <message>
        <source>Your PIN is long enough already: sign in with it.</source>
        <translation>Votre code PIN est déjà assez long&#xa0;: connectez-vous avec.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteChooser</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Ce site</translation>
    </message>
    <message>
        <source>This site (%1)</source>
        <translation>Ce site (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRoleService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: donnez d&apos;abord un code PIN ou un mot de passe à ce membre du personnel.</translation>
    </message>
    <message>
        <source>Nothing was changed: a site is named twice.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: un site est indiqué deux fois.</translation>
    </message>
    <message>
        <source>Nothing was changed: one of the sites is not on file or was archived. Choose the sites again.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: l&apos;un des sites n&apos;est pas enregistré dans Kindred ou a été archivé. Choisissez de nouveau les sites.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: il n&apos;existe pas de rôle nommé %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRolesPanel</name>
    <message>
        <source>Sites and roles</source>
        <translation>Sites et rôles</translation>
    </message>
    <message>
        <source>&amp;Save sites and roles</source>
        <translation>Enre&amp;gistrer les sites et les rôles</translation>
    </message>
    <message>
        <source>The sites this staff member works at, with the role at each. Ticking every site with their own role is the same as no choice: they work everywhere, also at a site added later.</source>
        <translation>Les sites sur lesquels travaille ce membre du personnel, avec son rôle sur chacun. Cocher tous les sites avec son propre rôle équivaut à ne rien choisir&#xa0;: il travaille partout, y compris sur un site ajouté plus tard.</translation>
    </message>
    <message>
        <source>Sites and roles of %1</source>
        <translation>Sites et rôles de %1</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Travaille sur</translation>
    </message>
    <message>
        <source>Role there</source>
        <translation>Rôle sur ce site</translation>
    </message>
    <message>
        <source>%1 works at %2</source>
        <translation>%1 travaille sur %2</translation>
    </message>
    <message>
        <source>Role at %1</source>
        <translation>Rôle sur %1</translation>
    </message>
    <message>
        <source>Tick at least one site where %1 works.</source>
        <translation>Cochez au moins un site sur lequel %1 travaille.</translation>
    </message>
    <message>
        <source>The sites and roles of %1 were saved.</source>
        <translation>Les sites et les rôles de %1 ont été enregistrés.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteService</name>
    <message>
        <source>That site is not on file.</source>
        <translation>Ce site n&apos;est pas enregistré dans Kindred.</translation>
    </message>
    <message>
        <source>There is no site called %1. The sites are: %2.</source>
        <translation>Il n&apos;existe pas de site nommé %1. Les sites sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Donnez un nom au site.</translation>
    </message>
    <message>
        <source>There is already a site called %1.</source>
        <translation>Il existe déjà un site nommé %1.</translation>
    </message>
    <message>
        <source>That site is not on file, or was archived.</source>
        <translation>Ce site n&apos;est pas enregistré dans Kindred, ou il a été archivé.</translation>
    </message>
    <message>
        <source>This station serves that site: set it to another site before archiving this one.</source>
        <translation>Ce poste est affecté à ce site&#xa0;: affectez-le à un autre site avant d&apos;archiver celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n open room(s): archive them or move their children first.</source>
        <translation>
            <numerusform>Le site a encore %n section ouverte&#xa0;: archivez-la ou déplacez d&apos;abord ses enfants.</numerusform>
            <numerusform>Le site a encore %n sections ouvertes&#xa0;: archivez-les ou déplacez d&apos;abord leurs enfants.</numerusform>
        </translation>
    </message>
    <message>
        <source>That site is not on file, or was archived already.</source>
        <translation>Ce site n&apos;est pas enregistré dans Kindred, ou il a déjà été archivé.</translation>
    </message>
    <message>
        <source>This is the last open site: a centre needs one.</source>
        <translation>C&apos;est le dernier site ouvert&#xa0;: un établissement en a besoin d&apos;au moins un.</translation>
    </message>
    <message>
        <source>The site this station serves is not on file or was archived: choose this station&apos;s site again.</source>
        <translation>Le site auquel ce poste est affecté n&apos;est pas enregistré dans Kindred ou a été archivé&#xa0;: choisissez de nouveau le site de ce poste.</translation>
    </message>
</context>
<context>
    <name>Kindred::SitesPanel</name>
    <message>
        <source>Sites (each change is saved at once)</source>
        <translation>Sites (chaque modification est enregistrée immédiatement)</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <source>Chan&amp;ge name…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Archive site…</source>
        <translation>Archiver le site…</translation>
    </message>
    <message>
        <source>&amp;Make this computer serve this site</source>
        <translation>Affec&amp;ter cet ordinateur à ce site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>A chain&apos;s centres are its sites. Each room, each child&apos;s enrolment and what is recorded at a site belong to it; this computer&apos;s desk, board and roll call show the site it serves.</source>
        <translation>Les établissements d&apos;un réseau sont ses sites. Chaque section, l&apos;inscription de chaque enfant et ce qui est enregistré sur un site lui appartiennent&#xa0;; l&apos;accueil, le tableau de présence et l&apos;appel d&apos;urgence de cet ordinateur affichent le site auquel il est affecté.</translation>
    </message>
    <message>
        <source>serves this site</source>
        <translation>affecté à ce site</translation>
    </message>
    <message>
        <source>This computer serves: %1</source>
        <translation>Cet ordinateur est affecté à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>The new site&apos;s name:</source>
        <translation>Nom du nouveau site&#xa0;:</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Renommer le site</translation>
    </message>
    <message>
        <source>The site&apos;s new name:</source>
        <translation>Nouveau nom du site&#xa0;:</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>le site %1</translation>
    </message>
    <message>
        <source>Archive site</source>
        <translation>Archiver le site</translation>
    </message>
    <message>
        <source>Serve this site</source>
        <translation>Affecter à ce site</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAccountService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: donnez d&apos;abord un code PIN ou un mot de passe à ce membre du personnel.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: il n&apos;existe pas de rôle nommé %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAttendance</name>
    <message>
        <source>Choose a current staff member to clock in.</source>
        <translation>Choisissez un membre du personnel actuel pour pointer son arrivée.</translation>
    </message>
    <message>
        <source>%1 is already clocked in. Clock out first to change rooms.</source>
        <translation>%1 a déjà pointé son arrivée. Pointez d&apos;abord son départ pour changer de section.</translation>
    </message>
    <message>
        <source>This staff member is not clocked in.</source>
        <translation>Ce membre du personnel n&apos;a pas pointé son arrivée.</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Nouveau membre du personnel</translation>
    </message>
    <message>
        <source>comma-separated, e.g. First aid (exp. 2027-03)</source>
        <translation>séparées par des virgules, par ex. Premiers secours (exp. 2027-03)</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(volant)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Qualifications&#xa0;:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>The centre&apos;s language</source>
        <translation>La langue de l&apos;établissement</translation>
    </message>
    <message>
        <source>Kindred&apos;s window speaks this language while they are signed in.</source>
        <translation>La fenêtre de Kindred s&apos;affiche dans cette langue lorsque cette personne est connectée.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffPage</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>A&amp;jouter un membre du personnel…</translation>
    </message>
    <message>
        <source>No staff on the list yet. Add the people who work here with Add staff member, so that they can sign in and count towards the ratios.</source>
        <translation>Aucun membre du personnel dans la liste pour l&apos;instant. Ajoutez les personnes qui travaillent ici avec Ajouter un membre du personnel, pour qu&apos;elles puissent se connecter et être comptées dans les taux d&apos;encadrement.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(volant)</translation>
    </message>
    <message>
        <source>Archive staff member</source>
        <translation>Archiver le membre du personnel</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreQuery</name>
    <message>
        <source>No value for %1</source>
        <translation>Aucune valeur pour %1</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketBoardModel</name>
    <message>
        <source>Overdue: past its target to %1</source>
        <translation>En retard&#xa0;: délai dépassé pour %1</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>prendre en compte</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>résoudre</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketCaptureDialog</name>
    <message>
        <source>Resolved on the spot</source>
        <translation>Résolu sur-le-champ</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Choose a family…</source>
        <translation>Choisir une famille…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>Choisir le responsable…</translation>
    </message>
    <message>
        <source>What the parent said, in their words</source>
        <translation>Ce que le parent a dit, avec ses propres mots</translation>
    </message>
    <message>
        <source>A short subject, e.g. &quot;Lunch served cold&quot;</source>
        <translation>Un objet court, par ex. «&#xa0;Déjeuner servi froid&#xa0;»</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Comment le problème a été résolu</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>Sig&amp;nalé par&#xa0;:</translation>
    </message>
    <message>
        <source>Chil&amp;dren:</source>
        <translation>&amp;Enfants&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;words:</source>
        <translation>Paroles du pa&amp;rent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Respons&amp;able&#xa0;:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketDetailDialog</name>
    <message>
        <source>Share with the parent</source>
        <translation>Partager avec le parent</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Unshare</source>
        <translation>Ne plus partager</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>Marquer comme &amp;résolu</translation>
    </message>
    <message>
        <source>&amp;Satisfied: close</source>
        <translation>&amp;Satisfait&#xa0;: clore</translation>
    </message>
    <message>
        <source>Not satisfied: r&amp;eopen</source>
        <translation>Pas satisfait&#xa0;: ro&amp;uvrir</translation>
    </message>
    <message>
        <source>Close wit&amp;hout follow-up</source>
        <translation>Clore sans suiv&amp;i</translation>
    </message>
    <message>
        <source>&amp;Yes, reopen</source>
        <translation>&amp;Oui, rouvrir</translation>
    </message>
    <message>
        <source>&amp;Link incident</source>
        <translation>&amp;Lier un incident</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Prendre en &amp;compte</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>Commencer le &amp;travail</translation>
    </message>
    <message>
        <source>Waiting for &amp;parent</source>
        <translation>En attente du &amp;parent</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Résou&amp;dre</translation>
    </message>
    <message>
        <source>Close with &amp;follow-up</source>
        <translation>Clor&amp;e avec suivi</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Vu par</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>A note for the timeline</source>
        <translation>Une note pour l&apos;historique</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>What the parent said at the follow-up</source>
        <translation>Ce que le parent a dit lors du suivi</translation>
    </message>
    <message>
        <source>Or: why no follow-up was possible</source>
        <translation>Ou&#xa0;: pourquoi aucun suivi n&apos;a été possible</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Comment le problème a été résolu</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Pourquoi il est rouvert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Parent&apos;s ratin&amp;g:</source>
        <translation>Satis&amp;faction du parent&#xa0;:</translation>
    </message>
    <message>
        <source>Their words:</source>
        <translation>Ses propres mots&#xa0;:</translation>
    </message>
    <message>
        <source>No follow-up:</source>
        <translation>Pas de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>Le traiter</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Partagé avec&#xa0;:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Étape suivante&#xa0;:</translation>
    </message>
    <message>
        <source>Incident no.:</source>
        <translation>N° d&apos;incident&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a timeline line&apos;s date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a timeline line&apos;s date</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>N° %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · OVERDUE</source>
        <translation> · EN RETARD</translation>
    </message>
    <message>
        <source>%1 family · raised by %2 · %3 · %4</source>
        <translation>Famille %1 · signalé par %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority · children: %4</source>
        <translation>%1 · %2 · priorité %3 · enfants&#xa0;: %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucun nommé</translation>
    </message>
    <message>
        <source>Owner: %1 · shared with: %2</source>
        <translation>Responsable&#xa0;: %1 · partagé avec&#xa0;: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Due to acknowledge: %1 · due to resolve: %2</source>
        <translation>Prise en compte attendue&#xa0;: %1 · résolution attendue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Raised at %1, not at this station&apos;s site</source>
        <translation>Signalé sur %1, et non sur le site de ce poste</translation>
    </message>
    <message>
        <source>The parent said: &quot;%1&quot;</source>
        <translation>Le parent a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Résolution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Lié à l&apos;incident %1</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Personnel uniquement</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>Ticket rouvert</translation>
    </message>
    <message>
        <source>The parent was not satisfied, so the ticket is open again. Keep working on it.</source>
        <translation>Le parent n&apos;était pas satisfait&#xa0;: le ticket est donc de nouveau ouvert. Continuez à le traiter.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketReportDialog</name>
    <message>
        <source>Tickets report</source>
        <translation>Rapport sur les tickets</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>No tickets were raised in these months.</source>
        <translation>Aucun ticket n&apos;a été signalé au cours de ces mois.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>tickets-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Enregistrer les chiffres en CSV</translation>
    </message>
    <message>
        <source>tickets-%1.csv</source>
        <translation>tickets-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>Tickets in the report</source>
        <translation>Tickets du rapport</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketService</name>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>collaborators</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>the parent&apos;s words</source>
        <translation>les paroles du parent</translation>
    </message>
    <message>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>linked incident</source>
        <translation>incident lié</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the family this is about.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: choisissez la famille concernée.</translation>
    </message>
    <message>
        <source>Nothing was saved: the parent raising this is not an adult of that family.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le parent qui signale ce ticket n&apos;est pas un adulte de cette famille.</translation>
    </message>
    <message>
        <source>Nothing was saved: one of the children chosen is not of that family.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: l&apos;un des enfants choisis n&apos;appartient pas à cette famille.</translation>
    </message>
    <message>
        <source>Nothing was saved: give the ticket a short subject.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: donnez un objet court au ticket.</translation>
    </message>
    <message>
        <source>Nothing was saved: keep the subject under %1 characters; the details go in the parent&apos;s words.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: l&apos;objet doit faire moins de %1 caractères&#xa0;; les détails vont dans les paroles du parent.</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the staff member who owns this.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: choisissez le membre du personnel responsable de ce ticket.</translation>
    </message>
    <message>
        <source>Nothing was saved: say how it was resolved on the spot.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: indiquez comment le problème a été résolu sur-le-champ.</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to %2, and this station serves %3: it is opened and worked on at %2&apos;s desk, or by someone who may see every site (ask a director).</source>
        <translation>Le ticket %1 appartient à %2, et ce poste est affecté à %3&#xa0;: il est ouvert et traité à l&apos;accueil de %2, ou par une personne autorisée à voir tous les sites (demandez à un directeur).</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>un autre site</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>ce ticket</translation>
    </message>
    <message>
        <source>Nothing was changed: choose a current staff member.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: choisissez un membre actuel du personnel.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already owns this ticket.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: %1 est déjà responsable de ce ticket.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already works on this ticket.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: %1 travaille déjà sur ce ticket.</translation>
    </message>
    <message>
        <source>Nothing was changed: that person does not share this ticket.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: cette personne ne partage pas ce ticket.</translation>
    </message>
    <message>
        <source>Nothing was saved: the note is empty.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: la note est vide.</translation>
    </message>
    <message>
        <source>Nothing was changed: type the incident&apos;s number.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: saisissez le numéro de l&apos;incident.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no incident number %1.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: il n&apos;existe pas d&apos;incident numéro %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketsPage</name>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Raised between</source>
        <translation>Signalés entre le</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>Nouveau &amp;ticket…</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tous les ouverts</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Search subjects and notes</source>
        <translation>Rechercher dans les objets et les notes</translation>
    </message>
    <message>
        <source>No tickets here. Clear the search or the filters to see more; a parent&apos;s concern, question or compliment is taken with New ticket.</source>
        <translation>Aucun ticket ici. Effacez la recherche ou les filtres pour en voir plus&#xa0;; une préoccupation, une question ou un compliment d&apos;un parent s&apos;enregistre avec Nouveau ticket.</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Family histor&amp;y PDF…</source>
        <translation>&amp;Historique de la famille en PDF…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>My tickets (owned or shared)</source>
        <translation>Mes tickets (dont je suis responsable ou partagés)</translation>
    </message>
    <message>
        <source>Staff list could not be read</source>
        <translation>Impossible de lire la liste du personnel</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <source>Family list could not be read</source>
        <translation>Impossible de lire la liste des familles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tickets shown: %1</source>
        <translation>Tickets affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2 en retard&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Historique de la famille</translation>
    </message>
    <message>
        <source>Choose a ticket of the family, or the family filter.</source>
        <translation>Choisissez un ticket de la famille, ou le filtre de famille.</translation>
    </message>
    <message>
        <source>Save the family&apos;s ticket history</source>
        <translation>Enregistrer l&apos;historique des tickets de la famille</translation>
    </message>
    <message>
        <source>ticket-history.pdf</source>
        <translation>historique-tickets.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Rechercher dans les tickets</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>Ouverts à partir du</translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation>Ouverts jusqu&apos;au</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Famille :</translation>
    </message>
</context>
<context>
    <name>Kindred::TimeZoneBanner</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>The centre&apos;s time zone was set to %1 when this file was upgraded. Confirm it or change it in Settings.</source>
        <translation>Le fuseau horaire de l&apos;établissement a été défini sur %1 lors de la mise à niveau de ce fichier. Confirmez-le ou modifiez-le dans Paramètres.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>Kindred::TodayPanel</name>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendus</translation>
    </message>
    <message>
        <source>here</source>
        <translation>présents</translation>
    </message>
    <message>
        <source>gone home</source>
        <translation>rentrés</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absents</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>still to arrive</source>
        <translation>encore attendus</translation>
    </message>
    <message>
        <source>No child has bookings yet: add each child&apos;s days and times in the family&apos;s Bookings tab, and the desk will show who is expected and who is late.</source>
        <translation>Aucun enfant n&apos;a encore de réservation&#xa0;: ajoutez les jours et les horaires de chaque enfant dans l&apos;onglet Réservations de la famille, et l&apos;accueil affichera qui est attendu et qui est en retard.</translation>
    </message>
    <message>
        <source>late, due %1</source>
        <translation>en retard, attendu à %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>attendu à %1</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>aucune section</translation>
    </message>
    <message>
        <source>Open the family of %1</source>
        <translation>Ouvrir la famille de %1</translation>
    </message>
    <message>
        <source>Every child expected today has come.</source>
        <translation>Tous les enfants attendus aujourd&apos;hui sont arrivés.</translation>
    </message>
    <message>
        <source>Nobody is due in the next half hour.</source>
        <translation>Personne n&apos;est attendu dans la demi-heure qui vient.</translation>
    </message>
    <message>
        <source>Due in the next half hour</source>
        <translation>Attendus dans la demi-heure qui vient</translation>
    </message>
    <message>
        <source>Late, and due in the next half hour</source>
        <translation>En retard, et attendus dans la demi-heure qui vient</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Kindred::WallBoardWindow</name>
    <message>
        <source>Who&apos;s here</source>
        <translation>Qui est là</translation>
    </message>
    <message>
        <source>Who&apos;s here — wall display</source>
        <translation>Qui est là — affichage mural</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>The desk is locked. The board comes back when someone signs in.</source>
        <translation>L&apos;accueil est verrouillé. Le tableau de présence réapparaîtra quand quelqu&apos;un se connectera.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) here</source>
        <translation>
            <numerusform>%n enfant présent</numerusform>
            <numerusform>%n enfants présents</numerusform>
        </translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune section</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personnel&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n still here after closing</source>
        <translation>
            <numerusform>%n encore là après la fermeture</numerusform>
            <numerusform>%n encore là après la fermeture</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of ratio</source>
        <translation>Hors taux d’encadrement</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Au-delà de la capacité</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <source>Print labels</source>
        <translation>Imprimer les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>Imprimer %n étiquette</numerusform>
            <numerusform>Imprimer %n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Enregistrer les étiquettes en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The labels are in English: Kindred has no translation into %1, the language of %2.</source>
        <translation>Les étiquettes sont en anglais&#xa0;: Kindred n’est pas traduit en %1, la langue de %2.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: il ne contient aucune donnée Kindred.</translation>
    </message>
    <message>
        <source>%1 is up to date (data version %2); nothing was changed.</source>
        <translation>%1 est à jour (version des données %2)&#xa0;; aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>impossible de mettre à niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Upgraded %1 from data version %2 to %3.</source>
        <translation>%1 mis à niveau de la version des données %2 à la version %3.</translation>
    </message>
    <message>
        <source>The copy taken before: %1</source>
        <translation>La copie faite auparavant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The centre on %1 is at data version %2, this Kindred&apos;s.</source>
        <translation>L&apos;établissement sur %1 est à la version des données %2, celle de ce Kindred.</translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>impossible de transférer vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>rows copied: %1 of %2</source>
        <translation>lignes copiées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 was not moved to %2 (the server&apos;s database is empty again): %3</source>
        <translation>%1 n&apos;a pas été transféré vers %2 (la base de données du serveur est de nouveau vide)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (rows: %3; tables: %4). Each table&apos;s row count and the audit trail were checked on the server. From now on, open the centre with --server; the data file was left as it was.</source>
        <translation>%1 transféré vers %2 (lignes&#xa0;: %3&#xa0;; tables&#xa0;: %4). Le nombre de lignes de chaque table et le journal d&apos;audit ont été vérifiés sur le serveur. Désormais, ouvrez l&apos;établissement avec --server&#xa0;; le fichier de données a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>This copy of Kindred is incomplete: the update to data version %1 is missing.</source>
        <translation>Cette copie de Kindred est incomplète&#xa0;: la mise à jour vers la version des données %1 est manquante.</translation>
    </message>
    <message>
        <source>This copy of Kindred is damaged: %1 cannot be read.</source>
        <translation>Cette copie de Kindred est endommagée&#xa0;: %1 est illisible.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>The disk is full: Kindred cannot write %1, so nothing was written. Free some space on the disk (or choose another one) and try again.</source>
        <translation>Le disque est plein&#xa0;: Kindred ne peut pas écrire %1, rien n&apos;a donc été écrit. Libérez de l&apos;espace sur le disque (ou choisissez-en un autre) et réessayez.</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: %2. Nothing was written.</source>
        <translation>Kindred ne peut pas écrire %1&#xa0;: %2. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Say which file Kindred should write.</source>
        <translation>Indiquez le fichier que Kindred doit écrire.</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: it is a folder. Choose a file name inside it; nothing was written.</source>
        <translation>Kindred ne peut pas écrire %1&#xa0;: c&apos;est un dossier. Choisissez un nom de fichier à l&apos;intérieur&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a link to another file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred n&apos;écrira pas dans %1&#xa0;: c&apos;est un lien vers un autre fichier. Choisissez un nom de fichier ordinaire&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a device, a pipe or a socket, not an ordinary file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred n&apos;écrira pas dans %1&#xa0;: c&apos;est un périphérique, un tube ou un socket, pas un fichier ordinaire. Choisissez un nom de fichier ordinaire&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Give the reason: what happened, and who decided.</source>
        <translation>Indiquez le motif&#xa0;: ce qui s&apos;est passé, et qui a décidé.</translation>
    </message>
    <message>
        <source>“%1” is too short for a reason: write at least %2 characters saying what happened and who decided.</source>
        <translation>«&#xa0;%1&#xa0;» est trop court pour un motif&#xa0;: écrivez au moins %2 caractères indiquant ce qui s&apos;est passé et qui a décidé.</translation>
    </message>
    <message>
        <source>“%1” does not say what happened: write at least %2 different words.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas ce qui s&apos;est passé&#xa0;: écrivez au moins %2 mots différents.</translation>
    </message>
    <message>
        <source>“%1” looks like a placeholder, not a reason: say what happened and who decided, in at least %2 real words.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à un texte de remplissage, pas à un motif&#xa0;: indiquez ce qui s&apos;est passé et qui a décidé, en au moins %2 vrais mots.</translation>
    </message>
</context>
<context>
    <name>ParentDirectory</name>
    <message>
        <source>Parent directory</source>
        <translation>Annuaire des parents</translation>
    </message>
    <message>
        <source>Families who agreed to be found by other parents</source>
        <translation>Familles qui ont accepté d&apos;être contactées par d&apos;autres parents</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>Cultures</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Only parents who gave their consent are listed. Please use these details only to get in touch with other families of the centre.</source>
        <translation>Seuls les parents qui ont donné leur accord figurent dans cette liste. Merci de n&apos;utiliser ces coordonnées que pour contacter d&apos;autres familles de l&apos;établissement.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>look up families</source>
        <translation>consulter les familles</translation>
    </message>
    <message>
        <source>change family records</source>
        <translation>modifier les fiches des familles</translation>
    </message>
    <message>
        <source>archive families</source>
        <translation>archiver les familles</translation>
    </message>
    <message>
        <source>see children&apos;s medical notes</source>
        <translation>voir les remarques médicales des enfants</translation>
    </message>
    <message>
        <source>see custody restrictions</source>
        <translation>voir les restrictions de garde</translation>
    </message>
    <message>
        <source>check children in and out</source>
        <translation>enregistrer l&apos;arrivée et le départ des enfants</translation>
    </message>
    <message>
        <source>release a child to someone not on the pickup list</source>
        <translation>remettre un enfant à une personne absente de la liste des personnes autorisées</translation>
    </message>
    <message>
        <source>correct recorded check-in and check-out times</source>
        <translation>corriger les heures d&apos;arrivée et de départ enregistrées</translation>
    </message>
    <message>
        <source>change rooms</source>
        <translation>modifier les sections</translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation>modifier les fiches du personnel</translation>
    </message>
    <message>
        <source>manage staff accounts, PINs and roles</source>
        <translation>gérer les comptes, les codes PIN et les rôles du personnel</translation>
    </message>
    <message>
        <source>record incidents</source>
        <translation>consigner des incidents</translation>
    </message>
    <message>
        <source>sign off incidents</source>
        <translation>valider des incidents</translation>
    </message>
    <message>
        <source>work on parents&apos; tickets</source>
        <translation>traiter les tickets des parents</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>imprimer des rapports</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>export everything held about a family</source>
        <translation>exporter toutes les données détenues sur une famille</translation>
    </message>
    <message>
        <source>anonymise families who have left</source>
        <translation>anonymiser les familles parties</translation>
    </message>
    <message>
        <source>change the centre&apos;s settings</source>
        <translation>modifier les paramètres de l&apos;établissement</translation>
    </message>
    <message>
        <source>change who may collect a child or the &quot;do not release&quot; restrictions</source>
        <translation>modifier les personnes autorisées à récupérer un enfant ou les interdictions de remise («&#xa0;ne pas remettre&#xa0;»)</translation>
    </message>
    <message>
        <source>void a check-in or check-out recorded earlier or at another desk</source>
        <translation>annuler une arrivée ou un départ enregistré plus tôt ou depuis un autre accueil</translation>
    </message>
    <message>
        <source>see and report on every site, not only this computer&apos;s</source>
        <translation>voir tous les sites et produire des rapports sur chacun, pas seulement sur celui de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>PickupPolicy</name>
    <message>
        <source> (court order %1)</source>
        <translation> (décision de justice %1)</translation>
    </message>
    <message>
        <source>DO NOT RELEASE %1 to %2: %3%4. Keep %1 inside and call the director.</source>
        <translation>NE PAS REMETTRE %1 à %2&#xa0;: %3%4. Gardez %1 à l&apos;intérieur et appelez le directeur.</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>%1 may collect %2 only from %3 to %4, which does not include today. %2 was not checked out.</source>
        <translation>%1 ne peut récupérer %2 que du %3 au %4, période qui n&apos;inclut pas aujourd&apos;hui. Le départ de %2 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>%1 is from another family and is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 appartient à une autre famille et ne figure pas sur la liste des personnes autorisées à récupérer %2. Le départ de %2 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>%1 is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 ne figure pas sur la liste des personnes autorisées à récupérer %2. Le départ de %2 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Released by director %1 outside the pickup list: %2</source>
        <translation>Remis(e) par le directeur %1 hors de la liste des personnes autorisées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only a director can release a child outside the pickup list.</source>
        <translation>Seul un directeur peut remettre un enfant à une personne absente de la liste des personnes autorisées.</translation>
    </message>
    <message>
        <source>Overriding court order %1 needs your PIN again, typed now.</source>
        <translation>Passer outre la décision de justice %1 nécessite de saisir de nouveau votre code PIN, maintenant.</translation>
    </message>
</context>
<context>
    <name>PinIndex</name>
    <message>
        <source>This data file has lost the key that finds PINs. Sign in by name; an administrator can restore the file from a backup.</source>
        <translation>Ce fichier de données a perdu la clé qui permet de retrouver les codes PIN. Connectez-vous par votre nom&#xa0;; un administrateur peut restaurer le fichier à partir d&apos;une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translatorcomment>Draft translation by the Kindred project, not yet reviewed by a native speaker. A centre that uses this language should have a native speaker check it (README, &quot;Translations&quot;).</translatorcomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>RatioComplianceReport</name>
    <message>
        <source>Ratio compliance</source>
        <translation>Respect du taux d&apos;encadrement</translation>
    </message>
    <message numerus="yes">
        <source>Children checked in against staff clocked in to each room, every %n minute(s) of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</source>
        <translation>
            <numerusform>Enfants présents comparés au personnel pointé dans chaque section, toutes les %n minute des heures d&apos;ouverture. Un relevé est non conforme lorsque le personnel présent était inférieur à ce qu&apos;exige le taux d&apos;encadrement de la section.</numerusform>
            <numerusform>Enfants présents comparés au personnel pointé dans chaque section, toutes les %n minutes des heures d&apos;ouverture. Un relevé est non conforme lorsque le personnel présent était inférieur à ce qu&apos;exige le taux d&apos;encadrement de la section.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps checked</source>
        <translation>Relevés vérifiés</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Non-conformités</translation>
    </message>
    <message>
        <source>No breach: every room had the staff its ratio requires at every step.</source>
        <translation>Aucune non-conformité&#xa0;: chaque section disposait à chaque relevé du personnel exigé par son taux d&apos;encadrement.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Taux d&apos;encadrement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Most children</source>
        <translation>Enfants (max.)</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Personnel présent</translation>
    </message>
    <message>
        <source>Staff required</source>
        <translation>Personnel requis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>%1 (%2)
children · staff/required</source>
        <translation>%1 (%2)
enfants · personnel/requis</translation>
    </message>
    <message>
        <source>%1 · %2/%3%4</source>
        <translation>%1 · %2/%3%4</translation>
    </message>
    <message>
        <source>  BREACH</source>
        <translation>  NON CONFORME</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ReadCheck</name>
    <message>
        <source>Could not read from the centre server: the connection to it was lost (%1). Nothing was changed. Try again when the server answers.</source>
        <translation>Impossible de lire depuis le serveur de l&apos;établissement&#xa0;: la connexion a été perdue (%1). Aucune modification n&apos;a été effectuée. Réessayez lorsque le serveur répondra.</translation>
    </message>
    <message>
        <source>Could not read from the centre server: another station&apos;s change crossed this one (%1). Nothing was changed. Please try again.</source>
        <translation>Impossible de lire depuis le serveur de l&apos;établissement&#xa0;: la modification d&apos;un autre poste a croisé celle-ci (%1). Aucune modification n&apos;a été effectuée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Could not read from the centre server: %1.</source>
        <translation>Impossible de lire depuis le serveur de l&apos;établissement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not read the data file: part of it is damaged (%1), so what it holds cannot be shown in full. Nothing was changed. Tell whoever looks after this computer.</source>
        <translation>Impossible de lire le fichier de données&#xa0;: une partie est endommagée (%1), son contenu ne peut donc pas être affiché en entier. Aucune modification n&apos;a été effectuée. Prévenez la personne qui gère cet ordinateur.</translation>
    </message>
    <message>
        <source>Could not read the data file: the disk reported an error (%1). Nothing was changed. Check the disk and try again.</source>
        <translation>Impossible de lire le fichier de données&#xa0;: le disque a signalé une erreur (%1). Aucune modification n&apos;a été effectuée. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>Could not read the data file: another Kindred station is holding it (%1). Please try again in a moment.</source>
        <translation>Impossible de lire le fichier de données&#xa0;: un autre poste Kindred l&apos;occupe (%1). Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation>Impossible de lire le fichier de données&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>RecordDigest</name>
    <message>
        <source>Child %1</source>
        <translation>Enfant %1</translation>
    </message>
    <message>
        <source>%1&apos;s pickup restrictions (do not release) were changed outside Kindred.</source>
        <translation>Les interdictions de remise («&#xa0;ne pas remettre&#xa0;») de %1 ont été modifiées en dehors de Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s authorised pickups were changed outside Kindred.</source>
        <translation>Les personnes autorisées à récupérer %1 ont été modifiées en dehors de Kindred.</translation>
    </message>
    <message>
        <source>Attendance record %1 was removed outside Kindred.</source>
        <translation>L&apos;enregistrement de présence %1 a été supprimé en dehors de Kindred.</translation>
    </message>
    <message>
        <source>An attendance record of %1 on %2 (record %3) was added outside Kindred.</source>
        <translation>Un enregistrement de présence de %1 le %2 (enregistrement %3) a été ajouté en dehors de Kindred.</translation>
    </message>
    <message>
        <source>The attendance record of %1 on %2 (record %3) was changed outside Kindred.</source>
        <translation>L&apos;enregistrement de présence de %1 le %2 (enregistrement %3) a été modifié en dehors de Kindred.</translation>
    </message>
    <message>
        <source>The permissions of the role %1 were changed outside Kindred.</source>
        <translation>Les droits du rôle %1 ont été modifiés en dehors de Kindred.</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Membre du personnel %1</translation>
    </message>
    <message>
        <source>The sites %1 works at, or their roles there, were changed outside Kindred.</source>
        <translation>Les sites sur lesquels travaille %1, ou ses rôles sur ces sites, ont été modifiés en dehors de Kindred.</translation>
    </message>
    <message>
        <source>%1 was added to the staff outside Kindred.</source>
        <translation>%1 a été ajouté(e) au personnel en dehors de Kindred.</translation>
    </message>
    <message>
        <source>%1 was removed from the staff outside Kindred.</source>
        <translation>%1 a été retiré(e) du personnel en dehors de Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s role or archived state was changed outside Kindred.</source>
        <translation>Le rôle ou l&apos;état d&apos;archivage de %1 a été modifié en dehors de Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, password or account role was changed outside Kindred.</source>
        <translation>Le code PIN, le mot de passe ou le rôle du compte de %1 a été modifié en dehors de Kindred.</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 is no longer on file (it was removed at another desk). Nothing was saved.</source>
        <translation>Cet élément (%1) n&apos;est plus enregistré dans Kindred (il a été supprimé depuis un autre accueil). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <source>%1 at another desk at %2 by %3.</source>
        <translation>%1 depuis un autre accueil à %2 par %3.</translation>
    </message>
    <message>
        <source>%1 at another desk.</source>
        <translation>%1 depuis un autre accueil.</translation>
    </message>
    <message>
        <source>Nothing was saved, and what you typed is still here. Reload to see the change, then make yours again.</source>
        <translation>Rien n&apos;a été enregistré, et ce que vous avez saisi est toujours là. Rechargez pour voir la modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>Modification de %1</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Feuille d&apos;émargement quotidienne (arrivées et départs)</translation>
    </message>
    <message>
        <source>Each child&apos;s arrival and departure, who brought and collected them, corrections and staff on duty; one sheet a day.</source>
        <translation>L&apos;arrivée et le départ de chaque enfant, qui l&apos;a amené et récupéré, les corrections et le personnel de service&#xa0;; une feuille par jour.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Days and hours per child and per room, absences and stays never checked out.</source>
        <translation>Jours et heures par enfant et par section, absences et présences sans départ enregistré.</translation>
    </message>
    <message>
        <source>Ratio compliance</source>
        <translation>Respect du taux d&apos;encadrement</translation>
    </message>
    <message>
        <source>Children against staff present per room every 15 minutes of the opening hours; breaches listed.</source>
        <translation>Enfants comparés au personnel présent par section, toutes les 15 minutes des heures d&apos;ouverture&#xa0;; non-conformités listées.</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Registre des incidents</translation>
    </message>
    <message>
        <source>Every incident in the period: children, what happened, action, parent told, sign-off; reportable ones highlighted.</source>
        <translation>Tous les incidents de la période&#xa0;: enfants, ce qui s&apos;est passé, mesures prises, parent informé, validation&#xa0;; ceux à déclarer sont mis en surbrillance.</translation>
    </message>
    <message>
        <source>Immunisations due</source>
        <translation>Vaccinations à faire</translation>
    </message>
    <message>
        <source>Per room, doses due or overdue at the end of the period against the centre&apos;s schedule.</source>
        <translation>Par section, doses à faire ou en retard à la fin de la période selon le calendrier de l&apos;établissement.</translation>
    </message>
    <message>
        <source>Complaints and feedback</source>
        <translation>Réclamations et avis</translation>
    </message>
    <message>
        <source>Per month and category: tickets by kind, median hours to acknowledge and resolve, targets missed, satisfaction.</source>
        <translation>Par mois et par catégorie&#xa0;: tickets par type, délai médian (en heures) de prise en compte et de résolution, délais non respectés, satisfaction.</translation>
    </message>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>Allergies et problèmes de santé</translation>
    </message>
    <message>
        <source>Per room, each child&apos;s allergies with reactions and action plans, and medical notes.</source>
        <translation>Par section, les allergies de chaque enfant avec les réactions et les plans d&apos;action, et les remarques médicales.</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>Per room, guardians&apos; phones, emergency contacts in calling order, alerts.</source>
        <translation>Par section, téléphones des responsables légaux, contacts d&apos;urgence dans l&apos;ordre d&apos;appel, alertes.</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Anniversaires</translation>
    </message>
    <message>
        <source>Birthdays in the period, the age each child turns, and photo consent.</source>
        <translation>Anniversaires de la période, l&apos;âge atteint par chaque enfant et l&apos;autorisation photo.</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>Inscriptions et capacité</translation>
    </message>
    <message>
        <source>Per room: capacity, enrolled, places free, waitlist, attendance.</source>
        <translation>Par section&#xa0;: capacité, inscrits, places libres, liste d&apos;attente, présences.</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;. The reports are: %2.</source>
        <translation>Il n&apos;existe pas de rapport nommé «&#xa0;%1&#xa0;». Les rapports sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>Choisissez le premier jour de la période.</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>Choisissez le dernier jour de la période.</translation>
    </message>
    <message>
        <source>The last day of the period is before the first day.</source>
        <translation>Le dernier jour de la période est antérieur au premier jour.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Choisissez une période de dix ans au maximum.</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>Cette section n&apos;est pas enregistrée dans Kindred.</translation>
    </message>
    <message>
        <source>That room is at another site.</source>
        <translation>Cette section appartient à un autre site.</translation>
    </message>
    <message>
        <source>Kindred writes reports as PDF or CSV: name the file ….pdf or ….csv (not %1).</source>
        <translation>Kindred écrit les rapports au format PDF ou CSV&#xa0;: nommez le fichier ….pdf ou ….csv (et non %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as year-month-day, such as 2026-03-01.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme année-mois-jour, par exemple 2026-03-01.</translation>
    </message>
    <message>
        <source>There is no room called &quot;%1&quot;. The rooms are: %2.</source>
        <translation>Il n&apos;existe pas de section nommée «&#xa0;%1&#xa0;». Les sections sont&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>kindred report: %1</source>
        <translation>kindred report&#xa0;: %1</translation>
    </message>
    <message>
        <source>this centre has several sites: give --site NAME or --site all (the sites: %1).</source>
        <translation>cet établissement compte plusieurs sites&#xa0;: indiquez --site NOM ou --site all (les sites&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Writes a report as PDF or CSV without opening a window.</source>
        <translation>Écrit un rapport au format PDF ou CSV sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>Read the data file at &lt;path&gt;.</source>
        <translation>Lire le fichier de données situé à &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the centre on the server at &lt;conninfo&gt;.</source>
        <translation>Lire l&apos;établissement sur le serveur à l&apos;adresse &lt;conninfo&gt;.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>List the reports and quit.</source>
        <translation>Lister les rapports et quitter.</translation>
    </message>
    <message>
        <source>First day of the period (2026-03-01).</source>
        <translation>Premier jour de la période (2026-03-01).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of the period (2026-03-31).</source>
        <translation>Dernier jour de la période (2026-03-31).</translation>
    </message>
    <message>
        <source>The site to report on (its name), or all for every site side by side (default: this computer&apos;s site).</source>
        <translation>Le site concerné par le rapport (son nom), ou all pour tous les sites côte à côte (par défaut&#xa0;: le site de cet ordinateur).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>Only this room of the site (name or number).</source>
        <translation>Uniquement cette section du site (nom ou numéro).</translation>
    </message>
    <message>
        <source>room</source>
        <translation>section</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>Le fichier à écrire&#xa0;: .pdf ou .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s).</source>
        <translation>a4 ou letter (par défaut&#xa0;: celui des paramètres régionaux).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV sans l&apos;indicateur d&apos;ordre des octets UTF-8.</translation>
    </message>
    <message>
        <source>Check the whole data file first (quick_check), whatever its size.</source>
        <translation>Vérifier d&apos;abord tout le fichier de données (quick_check), quelle que soit sa taille.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>La commande report.</translation>
    </message>
    <message>
        <source>The report to write (see --list).</source>
        <translation>Le rapport à écrire (voir --list).</translation>
    </message>
    <message>
        <source>name one report, such as: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (kindred report --list shows them all).</source>
        <translation>indiquez un rapport, par exemple&#xa0;: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out mars.pdf (kindred report --list les affiche tous).</translation>
    </message>
    <message>
        <source>say where to write the report with --out FILE.pdf or --out FILE.csv.</source>
        <translation>indiquez où écrire le rapport avec --out FICHIER.pdf ou --out FICHIER.csv.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not %1.</source>
        <translation>--paper attend a4 ou letter, et non %1.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>kindred report: warning: %1</source>
        <translation>kindred report&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: il ne contient aucune donnée Kindred.</translation>
    </message>
    <message>
        <source>this file needs upgrading: run kindred migrate --database %1 (a checked copy is kept first), then run the report again.</source>
        <translation>ce fichier doit être mis à niveau&#xa0;: exécutez kindred migrate --database %1 (une copie vérifiée est d&apos;abord conservée), puis relancez le rapport.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n ligne).</numerusform>
            <numerusform>%1 écrit (%n lignes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune section</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Aucun site</translation>
    </message>
    <message>
        <source>Nothing was changed. The logo could not be stored as a PNG picture.</source>
        <translation>Aucune modification n&apos;a été effectuée. Le logo n&apos;a pas pu être enregistré en tant qu&apos;image PNG.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Nothing to report for this period.</source>
        <translation>Rien à signaler pour cette période.</translation>
    </message>
    <message>
        <source>%1 — name and signature</source>
        <translation>%1 — nom et signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>RoleGrant</name>
    <message>
        <source>Nothing was changed: nobody changes their own role. Ask another administrator.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: personne ne peut modifier son propre rôle. Demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>Nothing was changed: you are signed in as %1 and would lose the right to manage accounts yourself. Another administrator can change what %1 may do.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: vous êtes connecté en tant que %1 et perdriez vous-même le droit de gérer les comptes. Un autre administrateur peut modifier ce que %1 peut faire.</translation>
    </message>
    <message>
        <source>Nothing was changed: you hold the role %1 yourself, and nobody gives themselves more power. Another administrator can let %1 %2.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: vous avez vous-même le rôle %1, et personne ne peut s&apos;attribuer davantage de pouvoirs. Un autre administrateur peut autoriser %1 à&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Établissement d&apos;accueil Kindred</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Appel d&apos;urgence</translation>
    </message>
    <message>
        <source>%1 · %2, %3 on the premises</source>
        <translation>%1 · %2, %3 sur place</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n membre du personnel</numerusform>
            <numerusform>%n membres du personnel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounted for.</source>
        <translation>%1 sur %2 pointés.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune section</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Allergies potentiellement mortelles</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>Autres allergies, remarques médicales</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>No children are checked in.</source>
        <translation>Aucune arrivée d&apos;enfant n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>Personnel sur place</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>Arrivée pointée</translation>
    </message>
    <message>
        <source>No staff are clocked in.</source>
        <translation>Aucun membre du personnel n&apos;a pointé son arrivée.</translation>
    </message>
    <message>
        <source>Roll call taken by</source>
        <translation>Appel effectué par</translation>
    </message>
    <message>
        <source>Warden or director</source>
        <translation>Responsable d&apos;évacuation ou directeur</translation>
    </message>
</context>
<context>
    <name>RollCallSnapshot</name>
    <message>
        <source>The last copy of the roll call on this computer (%1) cannot be read: %2. It is not shown, so that nobody takes it for a complete roll. Use the printed list or the room sign-in sheets.</source>
        <translation>La dernière copie de l&apos;appel d&apos;urgence sur cet ordinateur (%1) est illisible&#xa0;: %2. Elle n&apos;est pas affichée, pour que personne ne la prenne pour une liste complète. Utilisez la liste imprimée ou les feuilles d&apos;émargement des sections.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the roll call on this computer (%1): %2.</source>
        <translation>Impossible de conserver une copie de l&apos;appel d&apos;urgence sur cet ordinateur (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>son dossier n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>it could not be made private</source>
        <translation>elle n&apos;a pas pu être rendue privée</translation>
    </message>
    <message>
        <source>Could not delete the old copy of the roll call on this computer (%1).</source>
        <translation>Impossible de supprimer l&apos;ancienne copie de l&apos;appel d&apos;urgence sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>elle est endommagée ou incomplète</translation>
    </message>
    <message>
        <source>it is not a Kindred roll call</source>
        <translation>ce n&apos;est pas un appel d&apos;urgence Kindred</translation>
    </message>
    <message>
        <source>it was written by another version of Kindred</source>
        <translation>elle a été écrite par une autre version de Kindred</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <source>No children here.</source>
        <translation>Aucun enfant présent.</translation>
    </message>
    <message numerus="yes">
        <source>No children here; %n staff member(s) clocked in.</source>
        <translation>
            <numerusform>Aucun enfant présent&#xa0;; %n membre du personnel a pointé son arrivée.</numerusform>
            <numerusform>Aucun enfant présent&#xa0;; %n membres du personnel ont pointé leur arrivée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is clocked in to look after %1: clock a staff member in to this room on the Who&apos;s here board.</source>
        <translation>Personne n&apos;a pointé son arrivée pour s&apos;occuper de %1&#xa0;: pointez l&apos;arrivée d&apos;un membre du personnel dans cette section sur le tableau «&#xa0;Qui est là&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n membre du personnel</numerusform>
            <numerusform>%n membres du personnel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock in %n more.</source>
        <translation>
            <numerusform>Pointez-en %n de plus.</numerusform>
            <numerusform>Pointez-en %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 (%3 needs %4).</source>
        <translation>%1 avec %2 (le taux %3 en exige %4).</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune section</translation>
    </message>
    <message>
        <source>Archived room</source>
        <translation>Section archivée</translation>
    </message>
    <message numerus="yes">
        <source>Out of ratio: %1 need %2 at %3, and %n is clocked in. %4</source>
        <translation>
            <numerusform>Taux d&apos;encadrement non respecté&#xa0;: pour %1, il faut %2 (taux %3), et %n seul a pointé son arrivée. %4</numerusform>
            <numerusform>Taux d&apos;encadrement non respecté&#xa0;: pour %1, il faut %2 (taux %3), et seulement %n ont pointé leur arrivée. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Kindred could not check the data file&apos;s layout: %1</source>
        <translation>Kindred n&apos;a pas pu vérifier la structure du fichier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 is missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Le fichier de données Kindred est incomplet&#xa0;: il manque %1. Il n&apos;a pas été ouvert et rien n&apos;y a été modifié. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 are missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Le fichier de données Kindred est incomplet&#xa0;: il manque %1. Il n&apos;a pas été ouvert et rien n&apos;y a été modifié. Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The Kindred data file contains something Kindred did not put there (%1); another program has changed it. It was not opened and nothing in it was changed.</source>
        <translation>Le fichier de données Kindred contient un élément que Kindred n&apos;y a pas mis (%1)&#xa0;; un autre programme l&apos;a modifié. Il n&apos;a pas été ouvert et rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>la table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the index %1</source>
        <translation>l&apos;index «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the trigger %1</source>
        <translation>le déclencheur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>an object of the database: its type, then its name</comment>
        <translation>l&apos;objet «&#xa0;%2&#xa0;» (de type %1)</translation>
    </message>
</context>
<context>
    <name>SecurityLabelPainter</name>
    <message>
        <source>ALLERGY: %1 (!)</source>
        <translation>ALLERGIE&#xa0;: %1 (!)</translation>
    </message>
    <message>
        <source>Allergy: %1 (%2)</source>
        <translation>Allergie&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Pickup receipt — %1</source>
        <translation>Reçu de récupération — %1</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Code de récupération</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is empty. Enter it as postgresql://server/kindred or host=server dbname=kindred.</source>
        <translation>L&apos;adresse du serveur est vide. Saisissez-la sous la forme postgresql://serveur/kindred ou host=serveur dbname=kindred.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>libpq ran out of memory</source>
        <translation>libpq n&apos;a plus de mémoire disponible</translation>
    </message>
    <message>
        <source>The server address is not valid: the setting %1 cannot contain &quot;;&quot;.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide&#xa0;: le paramètre %1 ne peut pas contenir «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>The server address is not valid: the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide&#xa0;: le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>ServerClock</name>
    <message>
        <source>The centre server did not say what time it is.</source>
        <translation>Le serveur de l&apos;établissement n&apos;a pas indiqué l&apos;heure.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>L&apos;horloge de cet ordinateur retarde de %n minute sur celle du serveur de l&apos;établissement. Kindred enregistre l&apos;heure du serveur&#xa0;; demandez à la personne qui gère cet ordinateur de régler son horloge.</numerusform>
            <numerusform>L&apos;horloge de cet ordinateur retarde de %n minutes sur celle du serveur de l&apos;établissement. Kindred enregistre l&apos;heure du serveur&#xa0;; demandez à la personne qui gère cet ordinateur de régler son horloge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>L&apos;horloge de cet ordinateur avance de %n minute sur celle du serveur de l&apos;établissement. Kindred enregistre l&apos;heure du serveur&#xa0;; demandez à la personne qui gère cet ordinateur de régler son horloge.</numerusform>
            <numerusform>L&apos;horloge de cet ordinateur avance de %n minutes sur celle du serveur de l&apos;établissement. Kindred enregistre l&apos;heure du serveur&#xa0;; demandez à la personne qui gère cet ordinateur de régler son horloge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install libqt6sql6-psql</source>
        <translation>Le pilote PostgreSQL n&apos;est pas installé&#xa0;: installez libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at %1. Check that this computer is on the centre&apos;s network and that the server is running.</source>
        <translation>Le serveur de l&apos;établissement est injoignable à l&apos;adresse %1. Vérifiez que cet ordinateur est connecté au réseau de l&apos;établissement et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The centre server at %1 is starting or shutting down. Try again in a minute.</source>
        <translation>Le serveur de l&apos;établissement à l&apos;adresse %1 est en cours de démarrage ou d&apos;arrêt. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The centre server has no database &quot;%1&quot;. Check the database name in the server address.</source>
        <translation>Le serveur de l&apos;établissement n&apos;a pas de base de données «&#xa0;%1&#xa0;». Vérifiez le nom de la base de données dans l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The centre server has no user &quot;%1&quot;. Check the user name in the server address.</source>
        <translation>Le serveur de l&apos;établissement n&apos;a pas d&apos;utilisateur «&#xa0;%1&#xa0;». Vérifiez le nom d&apos;utilisateur dans l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The centre server did not accept the password for &quot;%1&quot;.</source>
        <translation>Le serveur de l&apos;établissement n&apos;a pas accepté le mot de passe de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The centre server at %1 refused the connection. Ask whoever set up the server to check the server address.</source>
        <translation>Le serveur de l&apos;établissement à l&apos;adresse %1 a refusé la connexion. Demandez à la personne qui a configuré le serveur de vérifier l&apos;adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>a newer version</source>
        <translation>une version plus récente</translation>
    </message>
    <message>
        <source>an older version</source>
        <translation>une version plus ancienne</translation>
    </message>
    <message>
        <source>No backup was made: the centre server runs PostgreSQL %1, newer than this computer&apos;s pg_dump (%2), which cannot back it up. Install pg_dump %3 here (the Debian package postgresql-client-%3) and try again.</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: le serveur de l&apos;établissement utilise PostgreSQL %1, plus récent que le pg_dump de cet ordinateur (%2), qui ne peut pas le sauvegarder. Installez pg_dump %3 ici (paquet Debian postgresql-client-%3) et réessayez.</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump could not back up the centre server (%1).</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: pg_dump n&apos;a pas pu sauvegarder le serveur de l&apos;établissement (%1).</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump is not installed on this computer. Install the Debian package postgresql-client-15 (or the client of the server&apos;s version) and try again.</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: pg_dump n&apos;est pas installé sur cet ordinateur. Installez le paquet Debian postgresql-client-15 (ou le client correspondant à la version du serveur) et réessayez.</translation>
    </message>
    <message>
        <source>No backup was made: %1 already exists.</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: %1 existe déjà.</translation>
    </message>
    <message>
        <source>No backup was made: Kindred cannot write in %1.</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: Kindred ne peut pas écrire dans %1.</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump did not finish (%1).</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: pg_dump ne s&apos;est pas terminé (%1).</translation>
    </message>
    <message>
        <source>No backup was made: the archive pg_dump wrote in %1 is incomplete or could not be put in place.</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: l&apos;archive écrite par pg_dump dans %1 est incomplète ou n&apos;a pas pu être mise en place.</translation>
    </message>
</context>
<context>
    <name>ServerGrants</name>
    <message>
        <source>The centre server&apos;s database needs upgrading to schema %1, which only its owner (the database role %2) may do; this station connects as %3. Ask whoever looks after the server to run kindred migrate --server with user=%2 once, then start Kindred here again.</source>
        <translation>La base de données du serveur de l&apos;établissement doit être mise à niveau vers le schéma %1, ce que seul son propriétaire (le rôle de base de données %2) peut faire&#xa0;; ce poste se connecte en tant que %3. Demandez à la personne qui gère le serveur d&apos;exécuter une fois kindred migrate --server avec user=%2, puis relancez Kindred ici.</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>The data file has a table &quot;%1&quot; that the server&apos;s schema does not have; nothing was copied. Is this Kindred older than the one that last wrote the file?</source>
        <translation>Le fichier de données contient une table «&#xa0;%1&#xa0;» absente du schéma du serveur&#xa0;; rien n&apos;a été copié. Ce Kindred est-il plus ancien que celui qui a écrit le fichier en dernier&#xa0;?</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; has no column &quot;%2&quot; for the data file&apos;s; nothing was copied.</source>
        <translation>La table «&#xa0;%1&#xa0;» du serveur n&apos;a pas de colonne «&#xa0;%2&#xa0;» correspondant à celle du fichier de données&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; does not hold what the data file holds after the copy (rows on the server: %2; in the data file: %3); nothing was kept.</source>
        <translation>La table «&#xa0;%1&#xa0;» du serveur ne contient pas ce que contient le fichier de données après la copie (lignes sur le serveur&#xa0;: %2&#xa0;; dans le fichier de données&#xa0;: %3)&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The audit trail copied to the server does not verify; nothing was kept. %1</source>
        <translation>Le journal d&apos;audit copié sur le serveur ne passe pas la vérification&#xa0;; rien n&apos;a été conservé. %1</translation>
    </message>
    <message>
        <source>Could not copy a row of &quot;%1&quot; to the server: %2</source>
        <translation>Impossible de copier une ligne de «&#xa0;%1&#xa0;» sur le serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s database &quot;%1&quot; already holds a Kindred centre; nothing was changed. A centre moves only into an empty database.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» du serveur contient déjà un établissement Kindred&#xa0;; aucune modification n&apos;a été effectuée. Un établissement ne peut être transféré que dans une base de données vide.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other table(s), view(s) or sequence(s)); nothing was changed. Use a new, empty database.</source>
        <translation>
            <numerusform>La base de données «&#xa0;%1&#xa0;» du serveur n&apos;est pas vide (elle contient «&#xa0;%2&#xa0;» et %n autre table, vue ou séquence)&#xa0;; aucune modification n&apos;a été effectuée. Utilisez une nouvelle base de données vide.</numerusform>
            <numerusform>La base de données «&#xa0;%1&#xa0;» du serveur n&apos;est pas vide (elle contient «&#xa0;%2&#xa0;» et %n autres tables, vues ou séquences)&#xa0;; aucune modification n&apos;a été effectuée. Utilisez une nouvelle base de données vide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a data file moves to a server.</source>
        <translation>Seul un fichier de données peut être transféré vers un serveur.</translation>
    </message>
    <message>
        <source>The data file is at data version %1, this Kindred at %2: upgrade the file first.</source>
        <translation>Le fichier de données est à la version des données %1, ce Kindred à la version %2&#xa0;: mettez d&apos;abord le fichier à niveau.</translation>
    </message>
</context>
<context>
    <name>ServerSchemaVersioning</name>
    <message>
        <source>The database %1 on the centre server cannot hold Kindred&apos;s records as they are written: it uses the %2 encoding and the %3 collation, and Kindred needs UTF8 and C. Nothing was changed. Ask whoever looks after the server to create an empty database with CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, and connect Kindred to that one.</source>
        <translation>La base de données %1 du serveur de l&apos;établissement ne peut pas contenir les enregistrements de Kindred tels qu&apos;ils sont écrits&#xa0;: elle utilise l&apos;encodage %2 et la collation %3, alors que Kindred a besoin de UTF8 et C. Aucune modification n&apos;a été effectuée. Demandez à la personne qui gère le serveur de créer une base de données vide avec CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, et connectez Kindred à celle-ci.</translation>
    </message>
    <message>
        <source>The database %1 on the centre server already holds tables that Kindred did not make. Nothing was changed. Connect Kindred to an empty database, or to its own.</source>
        <translation>La base de données %1 du serveur de l&apos;établissement contient déjà des tables que Kindred n&apos;a pas créées. Aucune modification n&apos;a été effectuée. Connectez Kindred à une base de données vide, ou à la sienne.</translation>
    </message>
    <message>
        <source>The database %1 on the centre server belongs to another program, not to Kindred. Nothing was changed. Check the server address.</source>
        <translation>La base de données %1 du serveur de l&apos;établissement appartient à un autre programme, pas à Kindred. Aucune modification n&apos;a été effectuée. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>This centre server was upgraded by a newer Kindred (schema %1); this computer&apos;s Kindred knows up to %2. Install the newer Kindred here.</source>
        <translation>Ce serveur d&apos;établissement a été mis à niveau par une version plus récente de Kindred (schéma %1)&#xa0;; le Kindred de cet ordinateur connaît les schémas jusqu&apos;au %2. Installez ici la version plus récente de Kindred.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>Kindred cannot update the centre server while %n station(s) with an older Kindred are connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</source>
        <translation>
            <numerusform>Kindred ne peut pas mettre à jour le serveur de l&apos;établissement tant que %n poste équipé d&apos;une ancienne version de Kindred y est connecté (%1). Fermez Kindred sur ce poste, ou mettez-le à jour, puis relancez Kindred ici.</numerusform>
            <numerusform>Kindred ne peut pas mettre à jour le serveur de l&apos;établissement tant que %n postes équipés d&apos;une ancienne version de Kindred y sont connectés (%1). Fermez Kindred sur ces postes, ou mettez-les à jour, puis relancez Kindred ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred could not upgrade the centre server&apos;s database to schema %1 (%2). Nothing was changed: every station keeps working with the schema it had.</source>
        <translation>Kindred n&apos;a pas pu mettre à niveau la base de données du serveur de l&apos;établissement vers le schéma %1 (%2). Aucune modification n&apos;a été effectuée&#xa0;: chaque poste continue de fonctionner avec le schéma qu&apos;il avait.</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot upgrade the centre server&apos;s database to schema %1: the part of the upgrade that is not SQL is missing. Nothing was changed.</source>
        <translation>Cette copie de Kindred ne peut pas mettre à niveau la base de données du serveur de l&apos;établissement vers le schéma %1&#xa0;: la partie de la mise à niveau qui n&apos;est pas en SQL est manquante. Aucune modification n&apos;a été effectuée.</translation>
    </message>
</context>
<context>
    <name>ServiceTargets</name>
    <message>
        <source>Nothing was saved: the time to acknowledge must be between 1 and %1 working hours.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le délai de prise en compte doit être compris entre 1 et %1 heures ouvrées.</translation>
    </message>
    <message>
        <source>Nothing was saved: the time to resolve must be at least the time to acknowledge and at most %1 working hours.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le délai de résolution doit être au moins égal au délai de prise en compte et d&apos;au plus %1 heures ouvrées.</translation>
    </message>
</context>
<context>
    <name>SessionCheck</name>
    <message>
        <source>%1 is no longer on the staff list: sign in again.</source>
        <translation>%1 ne figure plus dans la liste du personnel&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>An administrator has reset the PIN or password of %1 since they signed in: sign in again.</source>
        <translation>Un administrateur a réinitialisé le code PIN ou le mot de passe de %1 depuis sa connexion&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 is not on file: sign in again.</source>
        <translation>%1 n&apos;est pas enregistré dans Kindred&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 Sign in again.</source>
        <translation>%1 Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Director override (the reason is shown only to roles that may see custody restrictions)</source>
        <translation>Dérogation du directeur (le motif n&apos;est affiché qu&apos;aux rôles autorisés à voir les restrictions de garde)</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Feuille d&apos;émargement quotidienne (arrivées et départs)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Clocks changed on this day: it had %n hour(s). Times below are local times after the change where it applies; hours attended are real elapsed time.</source>
        <translation>
            <numerusform>Changement d&apos;heure ce jour-là&#xa0;: la journée a compté %n heure. Les heures ci-dessous sont des heures locales après le changement, le cas échéant&#xa0;; les heures de présence correspondent au temps réellement écoulé.</numerusform>
            <numerusform>Changement d&apos;heure ce jour-là&#xa0;: la journée a compté %n heures. Les heures ci-dessous sont des heures locales après le changement, le cas échéant&#xa0;; les heures de présence correspondent au temps réellement écoulé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Amené par</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>Accueil (arrivée)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Récupéré par</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>Accueil (départ)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>NOT CHECKED OUT</source>
        <translation>DÉPART NON ENREGISTRÉ</translation>
    </message>
    <message numerus="yes">
        <source>Late pickup: %n min</source>
        <translation>
            <numerusform>Récupération tardive&#xa0;: %n min</numerusform>
            <numerusform>Récupération tardive&#xa0;: %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Director override: %1</source>
        <translation>Dérogation du directeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Corrected (see below)</source>
        <translation>Corrigé (voir ci-dessous)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>No child was checked in on this day.</source>
        <translation>Aucune arrivée d&apos;enfant n&apos;a été enregistrée ce jour-là.</translation>
    </message>
    <message>
        <source>Children checked in</source>
        <translation>Arrivées d&apos;enfants enregistrées</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Départ non enregistré</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>Personnel de service</translation>
    </message>
    <message>
        <source>No staff member clocked in on this day.</source>
        <translation>Aucun membre du personnel n&apos;a pointé son arrivée ce jour-là.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>Arrivée pointée</translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation>Départ pointé</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Personne responsable</translation>
    </message>
</context>
<context>
    <name>SignInSheetReport</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Amené par</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>Accueil (arrivée)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Récupéré par</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>Accueil (départ)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Late minutes</source>
        <translation>Minutes de retard</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Feuille d&apos;émargement quotidienne (arrivées et départs)</translation>
    </message>
    <message>
        <source>No child was checked in during this period.</source>
        <translation>Aucune arrivée d&apos;enfant n&apos;a été enregistrée au cours de cette période.</translation>
    </message>
</context>
<context>
    <name>SiteRoles</name>
    <message>
        <source>this site</source>
        <translation>ce site</translation>
    </message>
    <message>
        <source>%1 works at no open site, so not at %2.</source>
        <translation>%1 ne travaille sur aucun site ouvert, donc pas sur %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last of a list of sites</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3.</source>
        <translation>%1 travaille sur %2, et non sur %3.</translation>
    </message>
</context>
<context>
    <name>SqliteSchemaVersioning</name>
    <message>
        <source>Kindred could not update its data file to version %1 (%2). The file was left as it was.</source>
        <translation>Kindred n&apos;a pas pu mettre à jour son fichier de données vers la version %1 (%2). Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot update its data file to version %1: the part of the update that is not SQL is missing. The file was left as it was.</source>
        <translation>Cette copie de Kindred ne peut pas mettre à jour son fichier de données vers la version %1&#xa0;: la partie de la mise à jour qui n&apos;est pas en SQL est manquante. Le fichier a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>StaffCredentials</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Un code PIN comporte de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Un code PIN ne comporte que des chiffres.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Un mot de passe comporte au moins %1 caractères&#xa0;; une courte phrase est facile à retenir.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Un mot de passe ne peut pas être composé uniquement d&apos;espaces.</translation>
    </message>
    <message>
        <source>Kindred could not start its password protection on this computer.</source>
        <translation>Kindred n&apos;a pas pu démarrer la protection des mots de passe sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to protect the PIN or password. Close other programs and try again.</source>
        <translation>Cet ordinateur ne disposait pas d&apos;assez de mémoire libre pour protéger le code PIN ou le mot de passe. Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>StationSite</name>
    <message>
        <source>The site %1 is archived: this computer cannot serve it.</source>
        <translation>Le site %1 est archivé&#xa0;: cet ordinateur ne peut pas y être affecté.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Another Kindred station is saving at this moment. Nothing was changed; please try again.</source>
        <translation>Un autre poste Kindred est en train d&apos;enregistrer. Aucune modification n&apos;a été effectuée&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Another station&apos;s change crossed this one on the centre server. Nothing was changed; please try again.</source>
        <translation>La modification d&apos;un autre poste a croisé celle-ci sur le serveur de l&apos;établissement. Aucune modification n&apos;a été effectuée&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server. Nothing was changed.</source>
        <translation>Kindred a perdu la connexion au serveur de l&apos;établissement. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>The centre server does not let Kindred make this change (it is read-only, or Kindred&apos;s database user may not). Nothing was changed. Ask whoever set up the server.</source>
        <translation>Le serveur de l&apos;établissement ne permet pas à Kindred d&apos;effectuer cette modification (il est en lecture seule, ou l&apos;utilisateur de base de données de Kindred n&apos;en a pas le droit). Aucune modification n&apos;a été effectuée. Adressez-vous à la personne qui a configuré le serveur.</translation>
    </message>
    <message>
        <source>The centre server&apos;s disk is full, so Kindred could not save. Nothing was changed. Ask whoever looks after the server to free some space.</source>
        <translation>Le disque du serveur de l&apos;établissement est plein&#xa0;: Kindred n&apos;a pas pu enregistrer. Aucune modification n&apos;a été effectuée. Demandez à la personne qui gère le serveur de libérer de l&apos;espace.</translation>
    </message>
    <message>
        <source>The centre server reported damage or a disk error while Kindred was working. Nothing was changed. Ask whoever looks after the server to check it.</source>
        <translation>Le serveur de l&apos;établissement a signalé un endommagement ou une erreur de disque pendant que Kindred travaillait. Aucune modification n&apos;a été effectuée. Demandez à la personne qui gère le serveur de le vérifier.</translation>
    </message>
    <message>
        <source>This change conflicts with records already saved (%1). Nothing was changed.</source>
        <translation>Cette modification est en conflit avec des enregistrements déjà enregistrés (%1). Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>Kindred could not complete this change: %1. Nothing was changed.</source>
        <translation>Kindred n&apos;a pas pu mener à bien cette modification&#xa0;: %1. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>Kindred could not open a file it needs beside the data file (its folder may not let Kindred create files). Nothing was changed. Ask whoever looks after this computer to check the folder&apos;s permissions.</source>
        <translation>Kindred n&apos;a pas pu ouvrir un fichier dont il a besoin à côté du fichier de données (son dossier n&apos;autorise peut-être pas Kindred à créer des fichiers). Aucune modification n&apos;a été effectuée. Demandez à la personne qui gère cet ordinateur de vérifier les droits du dossier.</translation>
    </message>
    <message>
        <source>The Kindred data file cannot be written to (it is read-only or its folder is). Nothing was changed. Ask whoever looks after this computer to check the file&apos;s permissions.</source>
        <translation>Le fichier de données Kindred n&apos;est pas accessible en écriture (lui-même ou son dossier est en lecture seule). Aucune modification n&apos;a été effectuée. Demandez à la personne qui gère cet ordinateur de vérifier les droits du fichier.</translation>
    </message>
    <message>
        <source>The disk is full, so Kindred could not save. Nothing was changed. Free some space on the disk and try again.</source>
        <translation>Le disque est plein&#xa0;: Kindred n&apos;a pas pu enregistrer. Aucune modification n&apos;a été effectuée. Libérez de l&apos;espace sur le disque et réessayez.</translation>
    </message>
    <message>
        <source>Kindred met a damaged part of the data file. Nothing was changed. Close Kindred and open it again: it checks the whole file and says what to do.</source>
        <translation>Kindred a rencontré une partie endommagée du fichier de données. Aucune modification n&apos;a été effectuée. Fermez Kindred et rouvrez-le&#xa0;: il vérifiera tout le fichier et indiquera la marche à suivre.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was making this change safe, so Kindred cannot be sure whether it was saved. Look at the record before doing it again, and have the disk checked.</source>
        <translation>Le disque a signalé une erreur pendant que Kindred sécurisait cette modification&#xa0;: Kindred ne peut donc pas savoir avec certitude si elle a été enregistrée. Vérifiez l&apos;enregistrement avant de recommencer, et faites contrôler le disque.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading the data file. Nothing was changed. Check the disk and try again.</source>
        <translation>Le disque a signalé une erreur pendant que Kindred lisait le fichier de données. Aucune modification n&apos;a été effectuée. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was saving. Nothing was changed. Check the disk and try again.</source>
        <translation>Le disque a signalé une erreur pendant que Kindred enregistrait. Aucune modification n&apos;a été effectuée. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The centre server cannot be reached. Nothing was changed, and what you typed is still here: try again in a moment. If it goes on, ask whoever looks after the server or the network.</source>
        <translation>Le serveur de l&apos;établissement est injoignable. Aucune modification n&apos;a été effectuée, et ce que vous avez saisi est toujours là&#xa0;: réessayez dans un instant. Si le problème persiste, adressez-vous à la personne qui gère le serveur ou le réseau.</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server while saving. When the server answers again, look at the record before doing this again: Kindred cannot tell whether the server saved it.</source>
        <translation>Kindred a perdu la connexion au serveur de l&apos;établissement pendant l&apos;enregistrement. Lorsque le serveur répondra de nouveau, vérifiez l&apos;enregistrement avant de recommencer&#xa0;: Kindred ne peut pas savoir si le serveur l&apos;a enregistré.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>--server: %1</source>
        <translation>--server&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TerminalPrompt</name>
    <message>
        <source>this computer&apos;s user</source>
        <translation>l&apos;utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <source>the centre server asks for the password of %1, and there is no terminal to ask it on: put it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.</source>
        <translation>le serveur de l&apos;établissement demande le mot de passe de %1, et aucun terminal ne permet de le saisir&#xa0;: placez-le dans ~/.pgpass (ou dans le fichier désigné par PGPASSFILE), lisible par vous seul.</translation>
    </message>
    <message>
        <source>Password of %1 on the centre server: </source>
        <translation>Mot de passe de %1 sur le serveur de l&apos;établissement&#xa0;: </translation>
    </message>
    <message>
        <source>no password was given; nothing was changed.</source>
        <translation>aucun mot de passe n&apos;a été fourni&#xa0;; aucune modification n&apos;a été effectuée.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for parent</source>
        <translation>En attente du parent</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Locaux</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Ticket ouvert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>Réattribué de %1 à %2</translation>
    </message>
    <message>
        <source>%1 now shares this ticket</source>
        <translation>%1 partage désormais ce ticket</translation>
    </message>
    <message>
        <source>%1 no longer shares this ticket</source>
        <translation>%1 ne partage plus ce ticket</translation>
    </message>
    <message>
        <source>Parent&apos;s follow-up: %1</source>
        <translation>Suivi du parent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Lié à l&apos;incident %1</translation>
    </message>
</context>
<context>
    <name>TicketHistoryReport</name>
    <message>
        <source>Raised with us</source>
        <translation>Signalés auprès de nous</translation>
    </message>
    <message>
        <source>That family is not on file.</source>
        <translation>Cette famille n&apos;est pas enregistrée dans Kindred.</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>Notre établissement</translation>
    </message>
    <message>
        <source>Your feedback and how we acted: %1 family</source>
        <translation>Vos retours et les suites que nous y avons données&#xa0;: famille %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>No feedback, questions or complaints are on file for this family.</source>
        <translation>Aucun retour, question ou réclamation n&apos;est enregistré pour cette famille.</translation>
    </message>
    <message>
        <source>%1 no. %2: %3</source>
        <translation>%1 n° %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>Ce que vous nous avez dit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Your follow-up</source>
        <translation>Votre retour</translation>
    </message>
    <message>
        <source>%1, %2 of 5: %3</source>
        <translation>%1, %2 sur 5&#xa0;: %3</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>pas satisfait</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent ou responsable légal</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
</context>
<context>
    <name>TicketReader</name>
    <message>
        <source>Ticket %1 is not on file.</source>
        <translation>Le ticket %1 n&apos;est pas enregistré dans Kindred.</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <source>Choose a last month that is not before the first month.</source>
        <translation>Choisissez un dernier mois qui ne soit pas antérieur au premier mois.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Median hours to acknowledge</source>
        <translation>Délai médian de prise en compte (heures)</translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation>Délai médian de résolution (heures)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Résolus au premier contact</translation>
    </message>
    <message>
        <source>Share resolved at first contact (%)</source>
        <translation>Part résolue au premier contact (%)</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>Satisfaction moyenne (1-5)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>Notre établissement</translation>
    </message>
    <message>
        <source>Parents&apos; feedback and complaints</source>
        <translation>Retours et réclamations des parents</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>No tickets were raised in this period.</source>
        <translation>Aucun ticket n&apos;a été signalé au cours de cette période.</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>What parents raised</source>
        <translation>Ce que les parents ont signalé</translation>
    </message>
    <message>
        <source>How we responded</source>
        <translation>Comment nous avons répondu</translation>
    </message>
    <message>
        <source>Hours are elapsed clock hours from capture. A ticket is overdue when it was acknowledged or resolved after its target, or is still waiting past it; overdue lines are marked in red.</source>
        <translation>Les heures sont des heures écoulées depuis l&apos;enregistrement. Un ticket est en retard lorsqu&apos;il a été pris en compte ou résolu après son délai cible, ou qu&apos;il est toujours en attente au-delà&#xa0;; les lignes en retard sont marquées en rouge.</translation>
    </message>
</context>
<context>
    <name>TicketStatusWriter</name>
    <message>
        <source>satisfied</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>pas satisfait</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Acknowledged on the way</source>
        <translation>Pris en compte au passage</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Nothing was changed: the ticket is already %1.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: le ticket est déjà à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved ticket can be closed. Resolve it first.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: seul un ticket résolu peut être clos. Résolvez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved or closed ticket can be reopened.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: seul un ticket résolu ou clos peut être rouvert.</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is closed. Reopen it to work on it again.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: ce ticket est clos. Rouvrez-le pour le traiter de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is resolved. Close it with the parent&apos;s follow-up, or reopen it to work on it again.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: ce ticket est résolu. Closez-le avec le suivi du parent, ou rouvrez-le pour le traiter de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket cannot go from %1 to %2.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: un ticket ne peut pas passer de l&apos;état «&#xa0;%1&#xa0;» à l&apos;état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was changed: write down what the parent said at the follow-up.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: notez ce que le parent a dit lors du suivi.</translation>
    </message>
    <message>
        <source>Nothing was changed: record the parent&apos;s rating from 1 to 5.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: enregistrez la note du parent, de 1 à 5.</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket is closed only after asking the parent. Record their follow-up, or why no follow-up was possible.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: un ticket n&apos;est clos qu&apos;après avoir consulté le parent. Enregistrez son retour, ou la raison pour laquelle aucun suivi n&apos;a été possible.</translation>
    </message>
    <message>
        <source>Nothing was changed: write a short summary of how this was resolved.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: rédigez un court résumé de la résolution.</translation>
    </message>
    <message>
        <source>Nothing was changed: say why the ticket is reopened.</source>
        <translation>Aucune modification n&apos;a été effectuée&#xa0;: indiquez pourquoi le ticket est rouvert.</translation>
    </message>
    <message>
        <source>The parent was not satisfied at the follow-up.</source>
        <translation>Le parent n&apos;était pas satisfait lors du suivi.</translation>
    </message>
</context>
<context>
    <name>UndoPolicy</name>
    <message>
        <source>%1&apos;s check-in has already been undone. Nothing was changed.</source>
        <translation>L&apos;arrivée de %1 a déjà été annulée. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 has left since (at %2), so the check-in cannot be undone: that would erase who took %1. Undo the check-out first if it was the mistake. Nothing was changed.</source>
        <translation>%1 est parti(e) depuis (à %2)&#xa0;: l&apos;arrivée ne peut donc pas être annulée, car cela effacerait la personne qui a récupéré %1. Annulez d&apos;abord le départ si c&apos;est lui qui était erroné. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to undo. Nothing was changed.</source>
        <translation>Le départ de %1 n&apos;a pas été enregistré&#xa0;: il n&apos;y a donc pas de départ à annuler. Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 was checked in at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>L&apos;arrivée de %1 a été enregistrée depuis un autre accueil&#xa0;: seul cet accueil peut l&apos;annuler. Demandez à un directeur de l&apos;annuler avec un motif (Corrections). Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>%1 was checked out at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>Le départ de %1 a été enregistré depuis un autre accueil&#xa0;: seul cet accueil peut l&apos;annuler. Demandez à un directeur de l&apos;annuler avec un motif (Corrections). Aucune modification n&apos;a été effectuée.</translation>
    </message>
    <message numerus="yes">
        <source>A check-in can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>Une arrivée ne peut être annulée que pendant %n minute. Demandez à un directeur d&apos;annuler l&apos;arrivée de %1 avec un motif (Corrections). Aucune modification n&apos;a été effectuée.</numerusform>
            <numerusform>Une arrivée ne peut être annulée que pendant %n minutes. Demandez à un directeur d&apos;annuler l&apos;arrivée de %1 avec un motif (Corrections). Aucune modification n&apos;a été effectuée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A check-out can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>Un départ ne peut être annulé que pendant %n minute. Demandez à un directeur d&apos;annuler le départ de %1 avec un motif (Corrections). Aucune modification n&apos;a été effectuée.</numerusform>
            <numerusform>Un départ ne peut être annulé que pendant %n minutes. Demandez à un directeur d&apos;annuler le départ de %1 avec un motif (Corrections). Aucune modification n&apos;a été effectuée.</numerusform>
        </translation>
    </message>
</context>
</TS>
