<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountManagers</name>
    <message>
        <source>Nothing was changed: nobody would be left who can manage accounts. Give another staff member that right first.</source>
        <translation>No se cambió nada: no quedaría nadie que pueda gestionar las cuentas. Otorgue primero ese derecho a otro miembro del personal.</translation>
    </message>
</context>
<context>
    <name>AllergyMedicalReport</name>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>Alergias y afecciones médicas</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>Alérgeno</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Notas médicas</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Allergies (most severe first)</source>
        <translation>Alergias (de mayor a menor gravedad)</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Sin sala asignada</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>. Reaction: %1</source>
        <translation>. Reacción: %1</translation>
    </message>
    <message>
        <source>. Action: %1</source>
        <translation>. Acción: %1</translation>
    </message>
    <message>
        <source>No enrolled child has an allergy or medical notes recorded.</source>
        <translation>Ningún niño inscrito tiene registradas alergias ni notas médicas.</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>Niños en la lista</translation>
    </message>
    <message>
        <source>With a life-threatening allergy</source>
        <translation>Con alergia potencialmente mortal</translation>
    </message>
    <message>
        <source>Highlighted: a life-threatening allergy. Keep the action plan and medication with the child at all times, including excursions.</source>
        <translation>Resaltado: alergia potencialmente mortal. Mantenga el plan de acción y la medicación junto al niño en todo momento, también en las salidas.</translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>Nothing was changed: the retention period is 1 to 600 months.</source>
        <translation>No se cambió nada: el período de conservación es de 1 a 600 meses.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: this family has not left, or left less than %n month(s) ago.</source>
        <translation>
            <numerusform>No se cambió nada: esta familia no se ha dado de baja o se dio de baja hace menos de %n mes.</numerusform>
            <numerusform>No se cambió nada: esta familia no se ha dado de baja o se dio de baja hace menos de %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>Antiguo adulto</translation>
    </message>
    <message>
        <source>Former child</source>
        <translation>Antiguo niño</translation>
    </message>
</context>
<context>
    <name>AttendanceFactsReader</name>
    <message>
        <source>This child is no longer on file (the family may have been archived). Nothing was recorded.</source>
        <translation>Este niño ya no figura en los registros (es posible que la familia se haya archivado). No se registró nada.</translation>
    </message>
    <message>
        <source>%1 is enrolled at %2: check them in and out at that site&apos;s desk. Nothing was recorded.</source>
        <translation>%1 está inscrito en %2: registre su entrada y salida en la recepción de esa sede. No se registró nada.</translation>
    </message>
    <message>
        <source>Choose the adult at the desk from the family&apos;s list.</source>
        <translation>Elija de la lista de la familia al adulto que está en la recepción.</translation>
    </message>
    <message>
        <source>Choose a staff member from the list.</source>
        <translation>Elija un miembro del personal de la lista.</translation>
    </message>
</context>
<context>
    <name>AttendanceReader</name>
    <message>
        <source>That attendance record is not on file.</source>
        <translation>Ese registro de asistencia no figura en los archivos.</translation>
    </message>
    <message>
        <source>No child was checked in today with the code %1. Check the code on the receipt.</source>
        <translation>Hoy no se registró la entrada de ningún niño con el código %1. Compruebe el código en el comprobante.</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>No room recorded</source>
        <translation>Sin sala registrada</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Days the centre had children</source>
        <translation>Días con niños en el centro</translation>
    </message>
    <message>
        <source>Child-days attended</source>
        <translation>Días-niño de asistencia</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Horas de asistencia</translation>
    </message>
    <message>
        <source>Absences recorded</source>
        <translation>Ausencias registradas</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Por sala</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Child-days</source>
        <translation>Días-niño</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Average a day</source>
        <translation>Promedio diario</translation>
    </message>
    <message>
        <source>By child</source>
        <translation>Por niño</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Sin salida registrada</translation>
    </message>
    <message>
        <source>Child ID</source>
        <translation>ID del niño</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Días de asistencia</translation>
    </message>
    <message>
        <source>Highlighted: stays with no check-out; their hours are not counted.</source>
        <translation>Resaltado: estancias sin salida registrada; sus horas no se cuentan.</translation>
    </message>
</context>
<context>
    <name>AttendanceWriter</name>
    <message>
        <source>Kindred ran out of security codes for today. Nothing was recorded; call support.</source>
        <translation>Kindred se quedó sin códigos de seguridad para hoy. No se registró nada; llame al servicio de asistencia.</translation>
    </message>
    <message>
        <source>%1 is already checked in. Nothing was recorded.</source>
        <translation>Ya se registró la entrada de %1. No se registró nada.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be checked out. Nothing was recorded.</source>
        <translation>No se registró la entrada de %1, por lo que no se puede registrar su salida. No se registró nada.</translation>
    </message>
</context>
<context>
    <name>AuditDisclosure</name>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1 (or an entry before it was removed).</source>
        <translation>El registro de auditoría se modificó fuera de Kindred en la entrada %1 (o se eliminó una entrada anterior).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by a redaction (entry %2) that belongs to no anonymisation of a family.</source>
        <translation>El registro de auditoría se modificó fuera de Kindred en la entrada %1: la vació una supresión (entrada %2) que no corresponde a la anonimización de ninguna familia.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by the redaction (entry %2) of an anonymised family, but it is about another family&apos;s records.</source>
        <translation>El registro de auditoría se modificó fuera de Kindred en la entrada %1: la vació la supresión (entrada %2) de una familia anonimizada, pero se refiere a los registros de otra familia.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: its head record (how many entries Kindred wrote) was removed.</source>
        <translation>El registro de auditoría se modificó fuera de Kindred: se eliminó su registro de cabecera (cuántas entradas escribió Kindred).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: the newest entries were removed. The trail now ends at entry %1 but Kindred last wrote entry %2.</source>
        <translation>El registro de auditoría se modificó fuera de Kindred: se eliminaron las entradas más recientes. El registro termina ahora en la entrada %1, pero la última que escribió Kindred fue la %2.</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n entry(ies)</source>
        <translation>
            <numerusform>contiene %n entrada</numerusform>
            <numerusform>contiene %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were removed).</source>
        <translation>El registro de auditoría se modificó fuera de Kindred: %1, pero Kindred escribió %2 (se eliminaron entradas).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were added or rewritten).</source>
        <translation>El registro de auditoría se modificó fuera de Kindred: %1, pero Kindred escribió %2 (se añadieron o reescribieron entradas).</translation>
    </message>
</context>
<context>
    <name>AuditReader</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID del registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Puesto</translation>
    </message>
</context>
<context>
    <name>AuditRedaction</name>
    <message>
        <source>Nothing was changed: audit entries are only redacted when a family is anonymised.</source>
        <translation>No se cambió nada: las entradas de auditoría solo se suprimen cuando se anonimiza una familia.</translation>
    </message>
    <message>
        <source>Nothing was changed: audit entry %1 was changed outside Kindred, so it is kept as evidence. Check the audit trail and ask your administrator.</source>
        <translation>No se cambió nada: la entrada de auditoría %1 se modificó fuera de Kindred, por lo que se conserva como prueba. Revise el registro de auditoría y consulte a su administrador.</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>a child</source>
        <translation>un niño</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>un miembro del personal</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>un adulto</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>una sala</translation>
    </message>
    <message>
        <source>a family</source>
        <translation>una familia</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3.</source>
        <translation>%1 registró la entrada de %2 (hora: %3).</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3, brought by %4.</source>
        <translation>%1 registró la entrada de %2 (hora: %3); lo trajo %4.</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3.</source>
        <translation>%1 registró la salida de %2 (hora: %3).</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3, collected by %4.</source>
        <translation>%1 registró la salida de %2 (hora: %3); lo recogió %4.</translation>
    </message>
    <message>
        <source>%1 released %2 at %3 to %4, overriding a pickup rule.</source>
        <translation>%1 entregó a %2 a %4 (hora: %3), omitiendo una regla de recogida.</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-in from %3 to %4.</source>
        <translation>%1 corrigió la entrada de %2: de %3 a %4.</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-out from %3 to %4.</source>
        <translation>%1 corrigió la salida de %2: de %3 a %4.</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-in.</source>
        <translation>%1 anuló la entrada de %2.</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-out.</source>
        <translation>%1 anuló la salida de %2.</translation>
    </message>
    <message>
        <source>%1 marked %2 absent on %3.</source>
        <translation>%1 marcó a %2 como ausente el %3.</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>caso %1</translation>
    </message>
    <message>
        <source>%1 opened the ticket %2.</source>
        <translation>%1 abrió el caso %2.</translation>
    </message>
    <message>
        <source>%1 moved the ticket %2 to %3.</source>
        <translation>%1 pasó el caso %2 a %3.</translation>
    </message>
    <message>
        <source>%1 gave the ticket %2 to a new owner.</source>
        <translation>%1 asignó el caso %2 a un nuevo responsable.</translation>
    </message>
    <message>
        <source>%1 added a note to the ticket %2.</source>
        <translation>%1 añadió una nota al caso %2.</translation>
    </message>
    <message>
        <source>%1 added a helper to the ticket %2.</source>
        <translation>%1 añadió un colaborador al caso %2.</translation>
    </message>
    <message>
        <source>%1 removed a helper from the ticket %2.</source>
        <translation>%1 quitó un colaborador del caso %2.</translation>
    </message>
    <message>
        <source>%1 linked an incident to the ticket %2.</source>
        <translation>%1 vinculó un incidente al caso %2.</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incidente %1</translation>
    </message>
    <message>
        <source>%1 recorded %2.</source>
        <translation>%1 registró %2.</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <translation>%1 modificó %2.</translation>
    </message>
    <message>
        <source>%1 sent %2 for sign-off.</source>
        <translation>%1 envió %2 para su aprobación.</translation>
    </message>
    <message>
        <source>%1 signed off %2.</source>
        <translation>%1 aprobó %2.</translation>
    </message>
    <message>
        <source>%1 recorded that a parent acknowledged %2.</source>
        <translation>%1 registró que un progenitor acusó recibo de %2.</translation>
    </message>
    <message>
        <source>%1 recorded that %2 acknowledged %3.</source>
        <translation>%1 registró que %2 acusó recibo de %3.</translation>
    </message>
    <message>
        <source>%1 amended %2.</source>
        <translation>%1 modificó %2 mediante una enmienda registrada.</translation>
    </message>
    <message>
        <source>%1 linked %2 to a ticket.</source>
        <translation>%1 vinculó %2 a un caso.</translation>
    </message>
    <message>
        <source>%1 started a roll call (%2).</source>
        <translation>%1 inició un pase de lista (%2).</translation>
    </message>
    <message>
        <source>%1 accounted for %2 at the roll call.</source>
        <translation>%1 confirmó la presencia de %2 en el pase de lista.</translation>
    </message>
    <message>
        <source>%1 finished the roll call.</source>
        <translation>%1 terminó el pase de lista.</translation>
    </message>
    <message>
        <source>%1 clocked in %2 to %3.</source>
        <translation>%1 registró el inicio de turno de %2 en %3.</translation>
    </message>
    <message>
        <source>%1 clocked in %2.</source>
        <translation>%1 registró el inicio de turno de %2.</translation>
    </message>
    <message>
        <source>%1 clocked out %2.</source>
        <translation>%1 registró el fin de turno de %2.</translation>
    </message>
    <message>
        <source>%1 added %2 to the staff.</source>
        <translation>%1 añadió a %2 al personal.</translation>
    </message>
    <message>
        <source>%1 changed %2&apos;s staff record.</source>
        <translation>%1 modificó la ficha de personal de %2.</translation>
    </message>
    <message>
        <source>%1 archived %2&apos;s staff record.</source>
        <translation>%1 archivó la ficha de personal de %2.</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 inició sesión.</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed.</source>
        <translation>Falló un inicio de sesión como %1.</translation>
    </message>
    <message>
        <source>A new PIN for %1 was refused.</source>
        <translation>Se rechazó un nuevo PIN para %1.</translation>
    </message>
    <message>
        <source>%1 set the PIN of %2.</source>
        <translation>%1 estableció el PIN de %2.</translation>
    </message>
    <message>
        <source>%1 set the password of %2.</source>
        <translation>%1 estableció la contraseña de %2.</translation>
    </message>
    <message>
        <source>%1 opened an account for %2.</source>
        <translation>%1 abrió una cuenta para %2.</translation>
    </message>
    <message>
        <source>%1 changed the role of %2.</source>
        <translation>%1 cambió el rol de %2.</translation>
    </message>
    <message>
        <source>%1 changed the sites and roles of %2.</source>
        <translation>%1 cambió las sedes y los roles de %2.</translation>
    </message>
    <message>
        <source>%1 unlocked the account of %2.</source>
        <translation>%1 desbloqueó la cuenta de %2.</translation>
    </message>
    <message>
        <source>%1 unlocked the desk.</source>
        <translation>%1 desbloqueó la recepción.</translation>
    </message>
    <message>
        <source>The administrator&apos;s sign-in was reset for %1.</source>
        <translation>Se restableció el inicio de sesión del administrador para %1.</translation>
    </message>
    <message>
        <source>%1 added the family %2.</source>
        <translation>%1 añadió la familia %2.</translation>
    </message>
    <message>
        <source>%1 changed the family record of %2.</source>
        <translation>%1 modificó la ficha de la familia %2.</translation>
    </message>
    <message>
        <source>%1 archived the family %2.</source>
        <translation>%1 archivó la familia %2.</translation>
    </message>
    <message>
        <source>%1 exported the data of the family %2.</source>
        <translation>%1 exportó los datos de la familia %2.</translation>
    </message>
    <message>
        <source>%1 anonymised a family whose records were past keeping.</source>
        <translation>%1 anonimizó una familia cuyos registros habían superado el período de conservación.</translation>
    </message>
    <message>
        <source>%1 changed who may not collect %2.</source>
        <translation>%1 cambió quién no puede recoger a %2.</translation>
    </message>
    <message>
        <source>%1 changed who may collect %2.</source>
        <translation>%1 cambió quién puede recoger a %2.</translation>
    </message>
    <message>
        <source>%1 added the room %2.</source>
        <translation>%1 añadió la sala %2.</translation>
    </message>
    <message>
        <source>%1 changed the room %2.</source>
        <translation>%1 modificó la sala %2.</translation>
    </message>
    <message>
        <source>%1 archived the room %2.</source>
        <translation>%1 archivó la sala %2.</translation>
    </message>
    <message>
        <source>%1 changed the setting %2.</source>
        <translation>%1 cambió el ajuste %2.</translation>
    </message>
    <message>
        <source>%1 changed the centre&apos;s logo.</source>
        <translation>%1 cambió el logotipo del centro.</translation>
    </message>
    <message>
        <source>%1 recorded a dose of medication for %2.</source>
        <translation>%1 registró una dosis de medicación para %2.</translation>
    </message>
    <message>
        <source>%1 recorded an immunisation for %2.</source>
        <translation>%1 registró una vacuna para %2.</translation>
    </message>
    <message>
        <source>%1 restored the data file from a backup.</source>
        <translation>%1 restauró el archivo de datos a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>Kindred filled in the demo centre.</source>
        <translation>Kindred completó el centro de demostración.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4.</source>
        <translation>%1: %2 en %3 %4.</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>This is not the audit trail this computer saw in this file on %1: its first entry is different. Either the file was replaced by another centre&apos;s file, or the trail was rewritten outside Kindred.</source>
        <translation>Este no es el registro de auditoría que este equipo vio en este archivo el %1: su primera entrada es distinta. O bien el archivo se reemplazó por el de otro centro, o bien el registro se reescribió fuera de Kindred.</translation>
    </message>
    <message>
        <source>The audit trail ends before entry %1, which this computer saw on %2. Either this is an older copy of the file (a restored backup), or entries were removed outside Kindred.</source>
        <translation>El registro de auditoría termina antes de la entrada %1, que este equipo vio el %2. O bien es una copia más antigua del archivo (una copia de seguridad restaurada), o bien se eliminaron entradas fuera de Kindred.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one this computer saw on %2: the trail was rewritten outside Kindred.</source>
        <translation>La entrada de auditoría %1 no es la que este equipo vio el %2: el registro se reescribió fuera de Kindred.</translation>
    </message>
    <message>
        <source>The audit trail holds fewer entries than when this computer saw it on %1: entries were removed outside Kindred.</source>
        <translation>El registro de auditoría contiene menos entradas que cuando este equipo lo vio el %1: se eliminaron entradas fuera de Kindred.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>Protected records do not match their last audited state (%1):
%2</source>
        <translation>Los registros protegidos no coinciden con su último estado auditado (%1):
%2</translation>
    </message>
    <message>
        <source>Audit entries that this computer saw on %1 were blanked or reworded afterwards, and not by the anonymisation of a family: the trail was changed outside Kindred.</source>
        <translation>Algunas entradas de auditoría que este equipo vio el %1 se vaciaron o se reformularon después, y no por la anonimización de una familia: el registro se modificó fuera de Kindred.</translation>
    </message>
</context>
<context>
    <name>BackupCopy</name>
    <message>
        <source>The backup %1 could not be reopened to save it to disk.</source>
        <translation>No se pudo volver a abrir la copia de seguridad %1 para guardarla en el disco.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup %1 could not be saved.</source>
        <translation>El disco está lleno, por lo que no se pudo guardar la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved to disk (%2).</source>
        <translation>No se pudo guardar en el disco la copia de seguridad %1 (%2).</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written.</source>
        <translation>El disco está lleno, por lo que no se pudo escribir la copia de seguridad.</translation>
    </message>
    <message>
        <source>Writing the backup failed (%1).</source>
        <translation>Falló la escritura de la copia de seguridad (%1).</translation>
    </message>
    <message>
        <source>A file named %1 already exists; the backup was not written over it.</source>
        <translation>Ya existe un archivo llamado %1; la copia de seguridad no se escribió encima.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist or cannot be reached.</source>
        <translation>La carpeta de copias de seguridad %1 no existe o no está accesible.</translation>
    </message>
    <message>
        <source>The data file is not open, so no backup could be made.</source>
        <translation>El archivo de datos no está abierto, por lo que no se pudo hacer ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full, so no backup could be written in %1.</source>
        <translation>El disco está lleno, por lo que no se pudo escribir ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>Kindred may not write in the backup folder %1 (%2).</source>
        <translation>Kindred no tiene permiso para escribir en la carpeta de copias de seguridad %1 (%2).</translation>
    </message>
    <message>
        <source>The backup came out incomplete (%1 bytes instead of %2); the disk may be full. No backup was made.</source>
        <translation>La copia de seguridad quedó incompleta (%1 bytes en lugar de %2); puede que el disco esté lleno. No se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The copy failed its check, so no backup was made: %1</source>
        <translation>La copia no superó su comprobación, por lo que no se hizo ninguna copia de seguridad: %1</translation>
    </message>
    <message>
        <source>A file named %1 appeared meanwhile; the backup was not written over it.</source>
        <translation>Mientras tanto apareció un archivo llamado %1; la copia de seguridad no se escribió encima.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1 (%2).</source>
        <translation>No se pudo dar a la copia de seguridad su nombre %1 (%2).</translation>
    </message>
    <message>
        <source>The data file itself is damaged, so no backup was made: a copy would be damaged too. Keep the backups you already have, and call for support before recording more. What is wrong: %1</source>
        <translation>El propio archivo de datos está dañado, por lo que no se hizo ninguna copia de seguridad: una copia también estaría dañada. Conserve las copias de seguridad que ya tiene y pida asistencia antes de registrar nada más. Qué falla: %1</translation>
    </message>
    <message>
        <source>it is not a Kindred data file</source>
        <translation>no es un archivo de datos de Kindred</translation>
    </message>
    <message>
        <source>it holds no Kindred data</source>
        <translation>no contiene datos de Kindred</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Kindred</source>
        <translation>lo guardó una versión más reciente de Kindred</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation>falló su comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>it has records that point at missing records (in %1)</source>
        <translation>tiene registros que apuntan a registros inexistentes (en %1)</translation>
    </message>
    <message>
        <source>its schema is not what a Kindred file must hold: %1</source>
        <translation>su esquema no es el que debe tener un archivo de Kindred: %1</translation>
    </message>
    <message>
        <source>The backup %1 has been opened as a data file since it was made (there is a %2 beside it); it cannot be used as a backup as it is.</source>
        <translation>La copia de seguridad %1 se ha abierto como archivo de datos desde que se hizo (hay un %2 junto a ella); no se puede usar como copia de seguridad tal como está.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>No se puede abrir la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup %1 is not usable: %2</source>
        <translation>La copia de seguridad %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be opened to save the backup to disk (%2).</source>
        <translation>No se pudo abrir la carpeta de copias de seguridad %1 para guardar la copia en el disco (%2).</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be saved to disk (%2).</source>
        <translation>No se pudo guardar en el disco la carpeta de copias de seguridad %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>No se puede abrir la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: part of it is damaged or it is not a Kindred file.</source>
        <translation>No se pudo leer la copia de seguridad %1: una parte está dañada o no es un archivo de Kindred.</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>El archivo de datos no está abierto, por lo que no se restauró nada.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be restored; the data file was not changed.</source>
        <translation>El disco está lleno, por lo que no se pudo restaurar la copia de seguridad; el archivo de datos no se modificó.</translation>
    </message>
    <message>
        <source>Restoring the backup failed (%1); the data file was not changed.</source>
        <translation>Falló la restauración de la copia de seguridad (%1); el archivo de datos no se modificó.</translation>
    </message>
</context>
<context>
    <name>BackupRestoreService</name>
    <message>
        <source>Another station or program has the data file open, so the backup was not restored and nothing was changed. Close Kindred on the other stations (and any report job), then try again.</source>
        <translation>Otro puesto u otro programa tiene abierto el archivo de datos, por lo que no se restauró la copia de seguridad y no se cambió nada. Cierre Kindred en los demás puestos (y cualquier tarea de informes) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That is the data file itself, not a backup of it.</source>
        <translation>Ese es el propio archivo de datos, no una copia de seguridad de él.</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 No se restauró nada.</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>El archivo de datos no está abierto, por lo que no se restauró nada.</translation>
    </message>
    <message>
        <source>%1 is a backup of another data file, not of this one; nothing was restored. To look at it, open it with File → Open data file.</source>
        <translation>%1 es una copia de seguridad de otro archivo de datos, no de este; no se restauró nada. Para consultarla, ábrala con Archivo → Abrir archivo de datos.</translation>
    </message>
    <message>
        <source>%1 The backup has other pickup rules than the data file (%2), so nothing was restored.</source>
        <translation>%1 La copia de seguridad tiene reglas de recogida distintas de las del archivo de datos (%2), por lo que no se restauró nada.</translation>
    </message>
    <message>
        <source>The data file could not be kept aside before the restore, so nothing was restored: %1</source>
        <translation>No se pudo apartar el archivo de datos antes de la restauración, por lo que no se restauró nada: %1</translation>
    </message>
    <message>
        <source>Restored from the backup %1</source>
        <translation>Restaurado a partir de la copia de seguridad %1</translation>
    </message>
    <message>
        <source>The backup was restored (the data file as it was is kept as %1), but the restore could not be recorded in the audit trail: %2</source>
        <translation>Se restauró la copia de seguridad (el archivo de datos tal como estaba se conserva como %1), pero la restauración no se pudo anotar en el registro de auditoría: %2</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Nothing was changed: the backup folder %1 does not exist or cannot be reached. Choose a folder that exists (a network share must be connected).</source>
        <translation>No se cambió nada: la carpeta de copias de seguridad %1 no existe o no está accesible. Elija una carpeta que exista (una carpeta de red debe estar conectada).</translation>
    </message>
    <message>
        <source>Nothing was changed: Kindred may not write in the backup folder %1.</source>
        <translation>No se cambió nada: Kindred no tiene permiso para escribir en la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: give the time of the daily backup as hours and minutes.</source>
        <translation>No se cambió nada: indique la hora de la copia de seguridad diaria en horas y minutos.</translation>
    </message>
</context>
<context>
    <name>BirthdayReport</name>
    <message>
        <source>Birthdays</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentimiento para fotos</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitidas</translation>
    </message>
    <message>
        <source>No photos, please</source>
        <translation>Sin fotos, por favor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Educador</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>CentreSettings</name>
    <message>
        <source>set the centre&apos;s time zone first (Settings, in Kindred&apos;s window): days and hours are counted in the centre&apos;s time, and this file does not say which it is.</source>
        <translation>configure primero la zona horaria del centro (Ajustes, en la ventana de Kindred): los días y las horas se cuentan en la hora del centro, y este archivo no indica cuál es.</translation>
    </message>
    <message>
        <source>Nothing was changed: the centre needs a name (it heads every printed report).</source>
        <translation>No se cambió nada: el centro necesita un nombre (encabeza todos los informes impresos).</translation>
    </message>
    <message>
        <source>Nothing was changed: give the opening and closing times as hours and minutes.</source>
        <translation>No se cambió nada: indique las horas de apertura y de cierre en horas y minutos.</translation>
    </message>
    <message>
        <source>Nothing was changed: the closing time (%1) must be after the opening time (%2).</source>
        <translation>No se cambió nada: la hora de cierre (%1) debe ser posterior a la de apertura (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the screen locks after 1 to %n minute(s), or 0 for never.</source>
        <translation>
            <numerusform>No se cambió nada: la pantalla se bloquea tras un tiempo de 1 a %n minuto, o 0 para no bloquearla nunca.</numerusform>
            <numerusform>No se cambió nada: la pantalla se bloquea tras un tiempo de 1 a %n minutos, o 0 para no bloquearla nunca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute(s).</source>
        <translation>
            <numerusform>No se cambió nada: la recepción puede anular una entrada o una salida durante 0 a %n minuto.</numerusform>
            <numerusform>No se cambió nada: la recepción puede anular una entrada o una salida durante 0 a %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: a child is late 0 to %n minute(s) after their booked arrival.</source>
        <translation>
            <numerusform>No se cambió nada: un niño llega tarde entre 0 y %n minuto después de su llegada reservada.</numerusform>
            <numerusform>No se cambió nada: un niño llega tarde entre 0 y %n minutos después de su llegada reservada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: choose the centre&apos;s time zone (such as Australia/Melbourne); days and hours in reports are the centre&apos;s.</source>
        <translation>No se cambió nada: elija la zona horaria del centro (por ejemplo, Australia/Melbourne); los días y las horas de los informes son los del centro.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>No se cambió nada: %1 no es una zona horaria que este equipo conozca (por ejemplo, Australia/Melbourne).</translation>
    </message>
    <message>
        <source>Nothing was changed: the currency is a three-letter code such as AUD or EUR.</source>
        <translation>No se cambió nada: la moneda es un código de tres letras, como AUD o EUR.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a language code; use one such as en, en-AU, fr-CA or zh-CN.</source>
        <translation>No se cambió nada: %1 no es un código de idioma; use uno como es, es-MX, fr-CA o zh-CN.</translation>
    </message>
</context>
<context>
    <name>CentreTimeZoneMigration</name>
    <message>
        <source>The file had no centre time zone; the zone of the computer that upgraded it was saved, for an administrator to confirm.</source>
        <translation>El archivo no tenía zona horaria del centro; se guardó la del equipo que lo actualizó, para que un administrador la confirme.</translation>
    </message>
</context>
<context>
    <name>CentreValidation</name>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>Introduzca el nombre de la sala.</translation>
    </message>
    <message>
        <source>The youngest age cannot be negative.</source>
        <translation>La edad mínima no puede ser negativa.</translation>
    </message>
    <message>
        <source>The oldest age must not be below the youngest.</source>
        <translation>La edad máxima no puede ser inferior a la mínima.</translation>
    </message>
    <message>
        <source>A room holds at least one child.</source>
        <translation>Una sala admite al menos un niño.</translation>
    </message>
    <message>
        <source>The ratio needs at least one child per adult.</source>
        <translation>La proporción necesita al menos un niño por adulto.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s first name.</source>
        <translation>Introduzca el nombre del miembro del personal.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s family name.</source>
        <translation>Introduzca los apellidos del miembro del personal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Kindred is not translated into &quot;%1&quot;. Choose one of its languages, or the centre&apos;s.</source>
        <translation>Kindred no está traducido a «%1». Elija uno de sus idiomas o el del centro.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--children takes a number of children from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--children admite un número de niños entre 1 y %1, no «%2».</translation>
    </message>
    <message>
        <source>--sites takes a number of sites from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--sites admite un número de sedes entre 1 y %1, no «%2».</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 no es una zona horaria que este equipo conozca (por ejemplo, Australia/Melbourne).</translation>
    </message>
    <message>
        <source>kindred: %1</source>
        <translation>kindred: %1</translation>
    </message>
    <message>
        <source>kindred %1: %2</source>
        <translation>kindred %1: %2</translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;; the commands are init, demo, report, export, import and migrate (kindred --help says more).</source>
        <translation>no existe el comando «%1»; los comandos son init, demo, report, export, import y migrate (kindred --help da más información).</translation>
    </message>
    <message>
        <source>give one command at a time, not both %1 and %2.</source>
        <translation>indique un solo comando cada vez, no %1 y %2 a la vez.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>there is no option %1 (kindred %2--help lists them).</source>
        <translation>no existe la opción %1 (kindred %2--help las enumera).</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood here (kindred %2--help says what is).</source>
        <translation>«%1» no se entiende aquí (kindred %2--help indica qué se entiende).</translation>
    </message>
    <message>
        <source>--database and --server name two different stores; give one of them (both only with migrate, to move a data file to a server).</source>
        <translation>--database y --server designan dos almacenes distintos; indique uno de ellos (ambos solo con migrate, para trasladar un archivo de datos a un servidor).</translation>
    </message>
    <message>
        <source>--server needs the server&apos;s address, such as &quot;host=db.centre.lan dbname=kindred&quot;.</source>
        <translation>--server necesita la dirección del servidor, por ejemplo «host=db.centre.lan dbname=kindred».</translation>
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
        <translation>Opciones globales (antes o después del comando):
  --database RUTA    el archivo de datos (predeterminado: el almacén abierto por última vez
                     en este equipo; si no, el archivo de la carpeta de datos del usuario)
  --server CONNINFO  la base de datos del centro en un servidor PostgreSQL, como URI de
                     libpq o cadena clave=valor («host=db.centre.lan dbname=kindred»);
                     la contraseña se toma de ~/.pgpass o PGPASSFILE; si no, se pide
  --lang CÓDIGO      el idioma de los textos y las fechas (en, fr, pt_BR…)
  --help             esta ayuda
  --version          la versión de Kindred
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
        <translation>Uso: kindred [GLOBAL] [COMANDO [ARGUMENTOS]]
La recepción para centros de cuidado infantil. Sin comando, Kindred abre su ventana.

Comandos:
  init      configura un centro nuevo en un archivo de datos nuevo o en una base de datos
            vacía de un servidor (o restablece su administrador)
  demo      crea el centro de demostración en un archivo de datos nuevo, sin ventana
  report    escribe un informe en PDF o CSV, sin ventana
  migrate   actualiza un archivo de datos de un Kindred anterior (antes, una copia de
            seguridad comprobada) o lo traslada a una base de datos vacía de un servidor
            (--database ARCHIVO --server CONNINFO)
  export, import   no disponibles en esta versión

Un archivo de datos nuevo o inexistente abre el asistente de primer inicio.

Opciones de la ventana:
  --demo          crea el centro de demostración (PIN publicados) en un archivo de datos
                  nuevo o vacío
  --children N    niños de ese centro de demostración (de 1 a 200000; predeterminado: 60 por sede)
  --sites N       ese centro de demostración como una red de N sedes (de 1 a 20; predeterminado: 1)

</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 a wrong argument or a refusal, 2 the data file cannot be used.
</source>
        <translation>
Estado de salida: 0 hecho, 1 argumento incorrecto o rechazo, 2 el archivo de datos no se puede usar.
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
        <translation>Uso: kindred demo --database ARCHIVO [--children N] [--sites N] [--time-zone ZONA]
     kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONA]
Crea el centro de demostración en ARCHIVO, que no debe existir (o debe estar vacío), sin ventana.
El archivo aparece solo cuando está completo. Con --server, en una base de datos vacía del servidor.

  --children N      niños del centro (de 1 a 200000; predeterminado: 60 por sede)
  --sites N         una red de N sedes (de 1 a 20; predeterminado: 1): la sede 1 lleva el nombre
                    del centro y las demás el de un barrio; cada una tiene sus salas, educadores
                    y familias, y algunos miembros del personal trabajan en dos sedes con un rol
                    en cada una (README: the demo centre)
  --time-zone ZONA  la zona horaria del centro (predeterminada: la de este equipo), por ejemplo
                    Europe/Paris

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
        <translation>Uso: kindred report NOMBRE --from FECHA --to FECHA [--site NOMBRE|all] [--room SALA] --out ARCHIVO.pdf|ARCHIVO.csv
     kindred report --list
Escribe un informe sin ventana. El archivo solo se lee: puede ser de solo lectura, y una
recepción puede estar guardando en él mientras tanto.

  --list          enumera los informes
  --from FECHA    primer día, como aaaa-MM-dd (predeterminado: el día 1 de este mes)
  --to FECHA      último día, como aaaa-MM-dd
  --site NOMBRE   esta sede, o all para todas las sedes una junto a otra (predeterminado:
                  la sede de este equipo; un centro con varias sedes necesita una)
  --room SALA     solo esta sala de la sede (nombre o número)
  --out ARCHIVO   dónde escribir; .pdf o .csv
  --paper TAMAÑO  a4 o letter (predeterminado: el de la configuración regional)
  --no-bom        CSV sin la marca de orden de bytes UTF-8
  --check         comprueba antes si todo el archivo tiene daños

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
        <translation>Uso: kindred migrate [--database ARCHIVO]
     kindred migrate --database ARCHIVO --server CONNINFO
Actualiza un archivo de datos escrito por un Kindred anterior, tras hacer junto a él una copia
de seguridad comprobada; o la base de datos del centro en el servidor. Con ambas opciones, copia
el archivo de datos (antes actualizado) en una base de datos vacía del servidor en una sola
transacción y luego comprueba el número de filas de cada tabla y el registro de auditoría;
cualquier diferencia deshace la copia.

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
        <translation>Uso: kindred init --database ARCHIVO --centre NOMBRE --time-zone ZONA [--admin NOMBRE]
                  [--country CC] [--currency CÓDIGO] [--lang CÓDIGO]
     kindred init --server CONNINFO --centre NOMBRE --time-zone ZONA …
     kindred init --reset-admin --database ARCHIVO
Configura un centro nuevo en ARCHIVO, que no debe existir (o debe estar vacío), o en la base
de datos del servidor, que no debe contener tablas, con su primer administrador.
La contraseña del administrador y su confirmación se leen como dos líneas de la entrada estándar:
al menos 12 caracteres, sin contener ni el nombre del centro ni el del administrador.

  --centre NOMBRE   el nombre del centro, tal como lo conocen las familias
  --time-zone ZONA  la zona horaria del centro, por ejemplo Australia/Melbourne
  --admin NOMBRE    nombre y apellidos del administrador (predeterminado: Centre Administrator)
  --country CC      el país, con dos letras (AU, FR, CA…)
  --currency CÓDIGO la moneda, según ISO 4217 (AUD, EUR…; predeterminada: la del país)
  --lang CÓDIGO     también el idioma del centro, según BCP 47 (en-AU, fr-CA…)
  --reset-admin     el último administrador olvidó la contraseña: establece una nueva (dos
                    líneas de la entrada estándar). Solo puede hacerlo el propietario del
                    archivo en este equipo.

</translation>
    </message>
    <message>
        <source>Usage: kindred %1
Not available in this version.

</source>
        <translation>Uso: kindred %1
No disponible en esta versión.

</translation>
    </message>
    <message>
        <source>--lang takes a language code such as en, fr or pt_BR (or pseudo), not &quot;%1&quot;.</source>
        <translation>--lang admite un código de idioma como en, fr o pt_BR (o pseudo), no «%1».</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>not available in this version.</source>
        <translation>no disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>CustodyRules</name>
    <message>
        <source>(new adult)</source>
        <translation>(nuevo adulto)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(nuevo niño)</translation>
    </message>
    <message>
        <source>Rename %1, who may collect %3, to %2</source>
        <translation>Cambiar el nombre de %1, que puede recoger a %3, por %2</translation>
    </message>
    <message>
        <source>Rename %1, in “do not release %3”, to %2</source>
        <translation>Cambiar el nombre de %1 por %2 en «no entregar a %3»</translation>
    </message>
    <message>
        <source>Allow %1 to collect %2</source>
        <translation>Permitir que %1 recoja a %2</translation>
    </message>
    <message>
        <source>Change when %1 may collect %2</source>
        <translation>Cambiar cuándo puede %1 recoger a %2</translation>
    </message>
    <message>
        <source>No longer allow %1 to collect %2</source>
        <translation>Dejar de permitir que %1 recoja a %2</translation>
    </message>
    <message>
        <source>Add “do not release %2 to %1”</source>
        <translation>Añadir «no entregar a %2 a %1»</translation>
    </message>
    <message>
        <source>Change “do not release %2 to %1”</source>
        <translation>Cambiar «no entregar a %2 a %1»</translation>
    </message>
    <message>
        <source>Remove “do not release %2 to %1”</source>
        <translation>Quitar «no entregar a %2 a %1»</translation>
    </message>
    <message>
        <source>%1 (court order %2)</source>
        <translation>%1 (orden judicial %2)</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; refused: %2.</source>
        <translation>%1 No se guardó nada; rechazado: %2.</translation>
    </message>
    <message>
        <source>Changing who may collect a child needs a reason. %1</source>
        <translation>Para cambiar quién puede recoger a un niño hace falta un motivo. %1</translation>
    </message>
    <message>
        <source>%1: name the document that ended court order %2 (a later order, a variation or its withdrawal, with its date). Nothing was saved.</source>
        <translation>%1: indique el documento que puso fin a la orden judicial %2 (una orden posterior, una modificación o su revocación, con su fecha). No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>CustodySnapshot</name>
    <message>
        <source>The pickup rules in the data file could not be read, so nothing was restored.</source>
        <translation>No se pudieron leer las reglas de recogida del archivo de datos, por lo que no se restauró nada.</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>its audit trail is not whole: %1</source>
        <translation>su registro de auditoría no está completo: %1</translation>
    </message>
    <message>
        <source>A centre is being moved onto the server&apos;s database &quot;%1&quot; (kindred migrate), and the move has not finished. Nothing was opened. Open it again when the move is done; if the move was stopped, run it again.</source>
        <translation>Se está trasladando un centro a la base de datos «%1» del servidor (kindred migrate) y el traslado no ha terminado. No se abrió nada. Vuelva a abrirla cuando el traslado haya terminado; si el traslado se detuvo, ejecútelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Kindred needs to update the data file %1 but could not first make a safe copy of it: %2 The file was not changed.</source>
        <translation>Kindred necesita actualizar el archivo de datos %1, pero antes no pudo hacer una copia segura: %2 El archivo no se modificó.</translation>
    </message>
    <message>
        <source>The centre server&apos;s database %1 holds no Kindred centre yet. Make one there with &quot;kindred init --server&quot;, or move a data file there with &quot;kindred migrate&quot;.</source>
        <translation>La base de datos %1 del servidor del centro todavía no contiene ningún centro de Kindred. Cree uno allí con «kindred init --server» o traslade allí un archivo de datos con «kindred migrate».</translation>
    </message>
    <message>
        <source>Kindred could not switch %1 to its safe journal mode; it may be on a network share. Keep the data file on this computer&apos;s own disk.</source>
        <translation>Kindred no pudo cambiar %1 a su modo de registro seguro; puede que esté en una carpeta de red. Guarde el archivo de datos en el disco propio de este equipo.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenCheck</name>
    <message>
        <source>The file %1 is damaged and cannot be opened. Nothing was changed. Restore the latest backup.</source>
        <translation>El archivo %1 está dañado y no se puede abrir. No se cambió nada. Restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read together with the file %2 beside it, which does not fit it: it was probably left from another copy of the data file (for example when an older copy was put in its place). Nothing was changed. Make sure no Kindred is using the file, move %2 and %3 to another folder (keep them for support), and open the file again.</source>
        <translation>El archivo %1 no se puede leer junto con el archivo %2 que tiene al lado, que no le corresponde: probablemente quedó de otra copia del archivo de datos (por ejemplo, cuando se puso una copia más antigua en su lugar). No se cambió nada. Asegúrese de que ningún Kindred está usando el archivo, mueva %2 y %3 a otra carpeta (consérvelos para el servicio de asistencia) y vuelva a abrir el archivo.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program, not Kindred. It was not opened and nothing in it was changed.</source>
        <translation>El archivo %1 pertenece a otro programa, no a Kindred. No se abrió y no se cambió nada en él.</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Kindred. Install the newer version to open it; nothing in it was changed.</source>
        <translation>El archivo %1 lo guardó una versión más reciente de Kindred. Instale la versión más reciente para abrirlo; no se cambió nada en él.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kindred data file.</source>
        <translation>%1 es una carpeta, no un archivo de datos de Kindred.</translation>
    </message>
    <message>
        <source>Kindred is not allowed to read %1. Nothing was changed.</source>
        <translation>Kindred no tiene permiso para leer %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is not a Kindred data file. It was not opened and nothing in it was changed.</source>
        <translation>%1 no es un archivo de datos de Kindred. No se abrió y no se cambió nada en él.</translation>
    </message>
    <message>
        <source>The file %1 is incomplete (it is shorter than it should be), probably cut off while being copied. It was not opened. Restore the latest backup.</source>
        <translation>El archivo %1 está incompleto (es más corto de lo que debería), probablemente porque se cortó mientras se copiaba. No se abrió. Restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1: the file there is empty. Nothing was changed. Choose the Kindred data file, or ask whoever looks after this computer where it is.</source>
        <translation>No hay ningún archivo de datos de Kindred en %1: el archivo que hay ahí está vacío. No se cambió nada. Elija el archivo de datos de Kindred o pregunte dónde está a la persona que se ocupa de este equipo.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so Kindred cannot record anything in it. Nothing was changed. Ask whoever looks after this computer to make it writable.</source>
        <translation>El archivo %1 es de solo lectura, por lo que Kindred no puede registrar nada en él. No se cambió nada. Pida a la persona que se ocupa de este equipo que permita escribir en él.</translation>
    </message>
    <message>
        <source>The Kindred data file %1 is locked by another program. Close it (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>Otro programa tiene bloqueado el archivo de datos de Kindred %1. Ciérrelo (o espere a que termine) y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Kindred cannot open the file. The file itself is fine and nothing was changed. Free some space on that disk and try again.</source>
        <translation>El disco que contiene %1 está lleno, por lo que Kindred no puede abrir el archivo. El archivo en sí está bien y no se cambió nada. Libere espacio en ese disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file %1 or its folder is read-only, so Kindred cannot use it. Nothing was changed. Ask whoever looks after this computer to make both writable.</source>
        <translation>El archivo %1 o su carpeta son de solo lectura, por lo que Kindred no puede usarlo. No se cambió nada. Pida a la persona que se ocupa de este equipo que permita escribir en ambos.</translation>
    </message>
    <message>
        <source>Kindred is not allowed to open %1, or to create %2 beside it. Nothing was changed. Ask whoever looks after this computer to check the permissions of the file and its folder.</source>
        <translation>Kindred no tiene permiso para abrir %1 ni para crear %2 junto a él. No se cambió nada. Pida a la persona que se ocupa de este equipo que revise los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading %1. Nothing was changed. Check that the disk is connected and working, then try again.</source>
        <translation>El disco notificó un error mientras Kindred leía %1. No se cambió nada. Compruebe que el disco está conectado y funciona, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Kindred could not open %1.</source>
        <translation>Kindred no pudo abrir %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>El archivo %1 está dañado. No se abrió y no se cambió nada en él. Restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. Stop recording in it, close Kindred and restore the latest backup.</source>
        <translation>El archivo %1 está dañado. Deje de registrar datos en él, cierre Kindred y restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1.</source>
        <translation>No hay ningún archivo de datos de Kindred en %1.</translation>
    </message>
    <message>
        <source>Kindred could not create the folder for its data file, %1.</source>
        <translation>Kindred no pudo crear la carpeta para su archivo de datos, %1.</translation>
    </message>
    <message>
        <source>Kindred could not create its data file %1.</source>
        <translation>Kindred no pudo crear su archivo de datos %1.</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>The demo centre needs a director, a receptionist and two educators for its tickets and incidents.</source>
        <translation>El centro de demostración necesita un director, un recepcionista y dos educadores para sus casos e incidentes.</translation>
    </message>
    <message>
        <source>Outdoor play area</source>
        <translation>Zona de juegos exterior</translation>
    </message>
    <message>
        <source>Tripped while running and grazed a knee on the path.</source>
        <translation>Tropezó mientras corría y se raspó una rodilla en el camino.</translation>
    </message>
    <message>
        <source>Cleaned the graze, applied a plaster.</source>
        <translation>Se limpió el raspón y se puso una tirita.</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Temperature of 38.4 °C after lunch, unsettled.</source>
        <translation>Temperatura de 38,4 °C después del almuerzo, inquieto.</translation>
    </message>
    <message>
        <source>Rested in a quiet area; parent asked to collect.</source>
        <translation>Descansó en una zona tranquila; se pidió a la familia que viniera a recogerlo.</translation>
    </message>
    <message>
        <source>Sandpit</source>
        <translation>Arenero</translation>
    </message>
    <message>
        <source>Bit another child during play over a toy.</source>
        <translation>Mordió a otro niño durante el juego por un juguete.</translation>
    </message>
    <message>
        <source>Separated, comforted both, talked about gentle hands.</source>
        <translation>Se los separó, se consoló a ambos y se habló de tratar a los demás con suavidad.</translation>
    </message>
    <message>
        <source>Prescribed dose given 30 minutes late.</source>
        <translation>Dosis prescrita administrada con 30 minutos de retraso.</translation>
    </message>
    <message>
        <source>Dose given, room leader informed, times checked.</source>
        <translation>Dosis administrada, responsable de sala informado, horarios comprobados.</translation>
    </message>
    <message>
        <source>Dining area</source>
        <translation>Comedor</translation>
    </message>
    <message>
        <source>Bumped head on the edge of the table while standing up.</source>
        <translation>Se golpeó la cabeza con el borde de la mesa al levantarse.</translation>
    </message>
    <message>
        <source>Cold compress, observed for an hour.</source>
        <translation>Compresa fría, observación durante una hora.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Signed the form at pickup</source>
        <translation>Firmó el formulario en la recogida</translation>
    </message>
    <message>
        <source>Charged for a day we were on holiday</source>
        <translation>Nos cobraron un día en que estábamos de vacaciones</translation>
    </message>
    <message>
        <source>We told the room we would be away on the Friday but were still charged.</source>
        <translation>Avisamos a la sala de que estaríamos fuera el viernes, pero aun así nos lo cobraron.</translation>
    </message>
    <message>
        <source>Credited the day and explained how to record a holiday in advance.</source>
        <translation>Se abonó el día y se explicó cómo registrar unas vacaciones con antelación.</translation>
    </message>
    <message>
        <source>Sorted quickly, thank you.</source>
        <translation>Se resolvió rápidamente, gracias.</translation>
    </message>
    <message>
        <source>Thank you to the toddler room</source>
        <translation>Gracias a la sala de los más pequeños</translation>
    </message>
    <message>
        <source>Our son talks about his educators every evening.</source>
        <translation>Nuestro hijo habla de sus educadores todas las noches.</translation>
    </message>
    <message>
        <source>Passed on to the room at the staff meeting.</source>
        <translation>Se transmitió a la sala en la reunión del personal.</translation>
    </message>
    <message>
        <source>Lovely to hear it was shared.</source>
        <translation>Nos alegra saber que se compartió.</translation>
    </message>
    <message>
        <source>More shade in the sandpit</source>
        <translation>Más sombra en el arenero</translation>
    </message>
    <message>
        <source>The sandpit gets very hot after eleven; could there be a sail?</source>
        <translation>El arenero se calienta mucho a partir de las once; ¿podría ponerse un toldo?</translation>
    </message>
    <message>
        <source>A shade sail is ordered for the sandpit; until then sand play is before eleven.</source>
        <translation>Se ha pedido un toldo para el arenero; hasta entonces, el juego con arena será antes de las once.</translation>
    </message>
    <message>
        <source>Good, though it will take a while.</source>
        <translation>Bien, aunque tardará un tiempo.</translation>
    </message>
    <message>
        <source>Sunscreen not applied</source>
        <translation>No se aplicó protector solar</translation>
    </message>
    <message>
        <source>Her shoulders were pink at pickup after outdoor play.</source>
        <translation>Tenía los hombros enrojecidos en la recogida después de jugar al aire libre.</translation>
    </message>
    <message>
        <source>Sunscreen times added to the room&apos;s daily sheet.</source>
        <translation>Se añadieron los horarios del protector solar a la hoja diaria de la sala.</translation>
    </message>
    <message>
        <source>It happened again on Thursday.</source>
        <translation>Volvió a ocurrir el jueves.</translation>
    </message>
    <message>
        <source>Not told about the excursion</source>
        <translation>No nos avisaron de la excursión</translation>
    </message>
    <message>
        <source>We only heard about the library visit from another parent.</source>
        <translation>Nos enteramos de la visita a la biblioteca por otra familia.</translation>
    </message>
    <message>
        <source>A vegetarian lunch on Fridays</source>
        <translation>Un almuerzo vegetariano los viernes</translation>
    </message>
    <message>
        <source>Several families would like a vegetarian lunch one day a week.</source>
        <translation>Varias familias querrían un almuerzo vegetariano un día a la semana.</translation>
    </message>
    <message>
        <source>Thank you for the garden day photos</source>
        <translation>Gracias por las fotos del día del jardín</translation>
    </message>
    <message>
        <source>The photos from the garden day made our week.</source>
        <translation>Las fotos del día del jardín nos alegraron la semana.</translation>
    </message>
    <message>
        <source>When is the next parent evening?</source>
        <translation>¿Cuándo es la próxima reunión de familias?</translation>
    </message>
    <message>
        <source>Is there a parent evening before the holidays?</source>
        <translation>¿Hay alguna reunión de familias antes de las vacaciones?</translation>
    </message>
    <message>
        <source>Nappy not changed before pickup</source>
        <translation>No se le cambió el pañal antes de la recogida</translation>
    </message>
    <message>
        <source>His nappy was very wet when I collected him at five.</source>
        <translation>Tenía el pañal muy mojado cuando lo recogí a las cinco.</translation>
    </message>
    <message>
        <source>Asked the parent which families to ask.</source>
        <translation>Se preguntó a la familia a qué familias consultar.</translation>
    </message>
    <message>
        <source>Checking the excursion notice list with the room.</source>
        <translation>Revisando con la sala la lista de avisos de la excursión.</translation>
    </message>
    <message>
        <source>Signed in at the desk after breakfast; the room&apos;s sheet has the arrival 25 minutes earlier.</source>
        <translation>Se registró en la recepción después del desayuno; la hoja de la sala indica la llegada 25 minutos antes.</translation>
    </message>
    <message>
        <source>Checked in by mistake for a sibling who stayed at home; the room confirms the child was not here.</source>
        <translation>Se registró la entrada por error en lugar de la de un hermano que se quedó en casa; la sala confirma que el niño no estuvo aquí.</translation>
    </message>
</context>
<context>
    <name>DemoCentreGenerator</name>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 no es una zona horaria que este equipo conozca (por ejemplo, Australia/Melbourne).</translation>
    </message>
    <message>
        <source>A demo centre has 1 to %1 sites.</source>
        <translation>Un centro de demostración tiene de 1 a %1 sedes.</translation>
    </message>
    <message>
        <source>First aid and CPR</source>
        <translation>Primeros auxilios y RCP</translation>
    </message>
    <message>
        <source>Working with children check</source>
        <translation>Certificado para trabajar con menores</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Abuela</translation>
    </message>
    <message>
        <source>Nanny</source>
        <translation>Niñera</translation>
    </message>
    <message>
        <source>Not to collect</source>
        <translation>No puede recoger</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Cacahuetes</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>Frutos secos de árbol</translation>
    </message>
    <message>
        <source>Bee stings</source>
        <translation>Picaduras de abeja</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>Anafilaxia</translation>
    </message>
    <message>
        <source>Give adrenaline auto-injector (EpiPen), call an ambulance, then the parents</source>
        <translation>Administrar el autoinyector de adrenalina (EpiPen), llamar a una ambulancia y después a la familia</translation>
    </message>
    <message>
        <source>Dairy</source>
        <translation>Lácteos</translation>
    </message>
    <message>
        <source>Egg</source>
        <translation>Huevo</translation>
    </message>
    <message>
        <source>Gluten</source>
        <translation>Gluten</translation>
    </message>
    <message>
        <source>Strawberries</source>
        <translation>Fresas</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Penicilina</translation>
    </message>
    <message>
        <source>Hives, stomach pain</source>
        <translation>Urticaria, dolor de estómago</translation>
    </message>
    <message>
        <source>Antihistamine; call parents</source>
        <translation>Antihistamínico; llamar a la familia</translation>
    </message>
    <message>
        <source>Asthma: blue reliever puffer in bag, 4 puffs as needed</source>
        <translation>Asma: inhalador de rescate azul en la mochila, 4 inhalaciones según sea necesario</translation>
    </message>
    <message>
        <source>Eczema: cream after water play</source>
        <translation>Eczema: crema después de los juegos con agua</translation>
    </message>
    <message>
        <source>Febrile seizure history: call parents above 38.5 °C</source>
        <translation>Antecedentes de convulsiones febriles: llamar a la familia a partir de 38,5 °C</translation>
    </message>
    <message>
        <source>Family friend</source>
        <translation>Amigo de la familia</translation>
    </message>
    <message>
        <source>Court order: no contact</source>
        <translation>Orden judicial: sin contacto</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>cannot build the demo centre on %1: %2</source>
        <translation>no se puede crear el centro de demostración en %1: %2</translation>
    </message>
    <message>
        <source>the demo centre could not be built: %1</source>
        <translation>no se pudo crear el centro de demostración: %1</translation>
    </message>
    <message>
        <source>Built the demo centre on %1 (children: %2, families: %3).</source>
        <translation>Se creó el centro de demostración en %1 (niños: %2, familias: %3).</translation>
    </message>
    <message>
        <source>say which new file to build the demo centre in, with --database FILE.</source>
        <translation>indique en qué archivo nuevo crear el centro de demostración, con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo centre is only built into a new file, so nothing was changed.</source>
        <translation>%1 ya existe; el centro de demostración solo se crea en un archivo nuevo, por lo que no se cambió nada.</translation>
    </message>
    <message>
        <source>there is no folder %1.</source>
        <translation>no existe la carpeta %1.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the demo centre was being built; it was left as it is.</source>
        <translation>%1 apareció mientras se creaba el centro de demostración; se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>could not put the demo centre in place as %1.</source>
        <translation>no se pudo colocar el centro de demostración como %1.</translation>
    </message>
    <message>
        <source>Built the demo centre in %1 (children: %2, families: %3, rooms: %4, staff: %5; time zone %6).</source>
        <translation>Se creó el centro de demostración en %1 (niños: %2, familias: %3, salas: %4, personal: %5; zona horaria %6).</translation>
    </message>
    <message numerus="yes">
        <source>History: %n open day(s)</source>
        <translation>
            <numerusform>Historial: %n día de apertura</numerusform>
            <numerusform>Historial: %n días de apertura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n registro de asistencia</numerusform>
            <numerusform>%n registros de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incidente.</numerusform>
            <numerusform>%n incidentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoMorning</name>
    <message>
        <source>The demo centre has no receptionist to stand at the desk.</source>
        <translation>El centro de demostración no tiene ningún recepcionista para atender la recepción.</translation>
    </message>
    <message>
        <source>Holiday with family</source>
        <translation>Vacaciones en familia</translation>
    </message>
    <message>
        <source>Today is a weekend day and the centre is closed, so today&apos;s attendance is empty; on a weekday the desk shows the children booked for that day as expected.</source>
        <translation>Hoy es fin de semana y el centro está cerrado, por lo que la asistencia de hoy está vacía; un día laborable, la recepción muestra como esperados a los niños con reserva para ese día.</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not opened yet: %n staff member(s) clocked in, nobody has arrived.</source>
        <translation>
            <numerusform>El centro todavía no ha abierto: %n miembro del personal en turno, no ha llegado nadie.</numerusform>
            <numerusform>El centro todavía no ha abierto: %n miembros del personal en turno, no ha llegado nadie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked today, expected from opening time.</source>
        <translation>
            <numerusform>%n niño con reserva hoy, esperado desde la hora de apertura.</numerusform>
            <numerusform>%n niños con reserva hoy, esperados desde la hora de apertura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has closed for the day: %n child(ren) came and went home.</source>
        <translation>
            <numerusform>El centro ha cerrado por hoy: %n niño vino y volvió a casa.</numerusform>
            <numerusform>El centro ha cerrado por hoy: %n niños vinieron y volvieron a casa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today so far: %n child(ren) here</source>
        <translation>
            <numerusform>Hoy hasta ahora: %n niño presente</numerusform>
            <numerusform>Hoy hasta ahora: %n niños presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone home</source>
        <translation>
            <numerusform>%n se fue a casa</numerusform>
            <numerusform>%n se fueron a casa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n con retraso</numerusform>
            <numerusform>%n con retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>%n por llegar</numerusform>
            <numerusform>%n por llegar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n away (planned)</source>
        <translation>
            <numerusform>%n ausente (prevista)</numerusform>
            <numerusform>%n ausentes (previstas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) clocked in.</source>
        <translation>
            <numerusform>%n miembro del personal en turno.</numerusform>
            <numerusform>%n miembros del personal en turno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSiteRoles</name>
    <message>
        <source>A chain of %1 sites. The director (PIN 1111) and the receptionist (2222) work at every site, each educator at their room&apos;s site only; 3301 is an educator at the first and second sites, and 3309 the second site&apos;s director and a receptionist at the first.</source>
        <translation>Una red de %1 sedes. El director (PIN 1111) y la recepcionista (2222) trabajan en todas las sedes, y cada educador solo en la sede de su sala; 3301 es educador en la primera y la segunda sede, y 3309 es director de la segunda sede y recepcionista en la primera.</translation>
    </message>
</context>
<context>
    <name>DeparturePolicy</name>
    <message>
        <source>This check-in of %1 was voided; it cannot be corrected. Nothing was changed.</source>
        <translation>Esta entrada de %1 se anuló; no se puede corregir. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is still checked in today. A correction cannot check a child out: check %1 out to an adult on the pickup list, or void the check-in if it was a mistake. Nothing was changed.</source>
        <translation>%1 todavía tiene la entrada registrada hoy. Una corrección no puede registrar la salida de un niño: registre la salida de %1 con un adulto de la lista de recogida, o anule la entrada si fue un error. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1&apos;s stay from an earlier day can only be closed at a time before today. Nothing was changed.</source>
        <translation>La estancia de %1 de un día anterior solo se puede cerrar con una hora anterior a hoy. No se cambió nada.</translation>
    </message>
    <message>
        <source>This check-in of %1 is already voided. Nothing was changed.</source>
        <translation>Esta entrada de %1 ya está anulada. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to void. Nothing was changed.</source>
        <translation>No se ha registrado la salida de %1, por lo que no hay ninguna salida que anular. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Only this check-in&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>Solo la recepción donde se registró esta entrada puede anularla, en un plazo de %n minuto; después, o desde otra recepción, consulte a un director. No se cambió nada.</numerusform>
            <numerusform>Solo la recepción donde se registró esta entrada puede anularla, en un plazo de %n minutos; después, o desde otra recepción, consulte a un director. No se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only this check-out&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>Solo la recepción donde se registró esta salida puede anularla, en un plazo de %n minuto; después, o desde otra recepción, consulte a un director. No se cambió nada.</numerusform>
            <numerusform>Solo la recepción donde se registró esta salida puede anularla, en un plazo de %n minutos; después, o desde otra recepción, consulte a un director. No se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why it is being voided. Nothing was changed.</source>
        <translation>Indique por qué se anula. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is not clocked in (or signed in) today: a group can only leave with staff who are here. %2 was not checked out.</source>
        <translation>%1 no está en turno (ni ha iniciado sesión) hoy: un grupo solo puede salir con personal que esté presente. No se registró la salida de %2.</translation>
    </message>
    <message>
        <source>%1 has a &quot;do not release&quot; restriction%2, so may not leave the centre with a group unless a director overrides it with a reason. %1 was not checked out.</source>
        <translation>%1 tiene una restricción de «no entregar»%2, por lo que no puede salir del centro con un grupo a menos que un director la anule indicando un motivo. No se registró la salida de %1.</translation>
    </message>
    <message>
        <source> (court order %1)</source>
        <translation> (orden judicial %1)</translation>
    </message>
    <message>
        <source>%1 left with %2%3 at %4 and has not come back: check the group back in first (Group check-in). Nothing was recorded.</source>
        <translation>%1 salió con %2%3 a las %4 y no ha vuelto: registre primero el regreso del grupo (Entrada de grupo). No se registró nada.</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>Evacuation drill</source>
        <translation>Simulacro de evacuación</translation>
    </message>
    <message>
        <source>Real evacuation</source>
        <translation>Evacuación real</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>Confinamiento</translation>
    </message>
</context>
<context>
    <name>DropInRegistration</name>
    <message>
        <source>Enter the visiting child&apos;s name and date of birth.</source>
        <translation>Introduzca el nombre y la fecha de nacimiento del niño visitante.</translation>
    </message>
    <message>
        <source>A drop-in child needs at least one adult with a phone number the centre can call. Nothing was saved.</source>
        <translation>Un niño de asistencia puntual necesita al menos un adulto con un número de teléfono al que el centro pueda llamar. No se guardó nada.</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Asistencia puntual</translation>
    </message>
    <message>
        <source>Drop-in registered at the desk.</source>
        <translation>Asistencia puntual registrada en la recepción.</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(no se muestra para su rol)</translation>
    </message>
    <message>
        <source>Custody restrictions (“do not release to”) are not shown: your role may not see them. Ask a director before releasing a child to anyone not listed.</source>
        <translation>No se muestran las restricciones de custodia («no entregar a»): su rol no puede verlas. Consulte a un director antes de entregar un niño a cualquier persona que no figure en la lista.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Alergias potencialmente mortales</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>No entregar a</translation>
    </message>
    <message>
        <source>Emergency contacts (call in this order)</source>
        <translation>Contactos de emergencia (llamar en este orden)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Sin sala asignada</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Life-threatening allergy: %1</source>
        <translation>Alergia potencialmente mortal: %1</translation>
    </message>
    <message>
        <source>Do not release to: %1</source>
        <translation>No entregar a: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(ninguno registrado)</translation>
    </message>
    <message>
        <source>No enrolled child in this room.</source>
        <translation>No hay ningún niño inscrito en esta sala.</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>Niños en la lista</translation>
    </message>
</context>
<context>
    <name>EnrolmentReport</name>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 meses</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Sin sala asignada</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>Inscripción y capacidad</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Places free</source>
        <translation>Plazas libres</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>Personal necesario</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Attending a day</source>
        <translation>Asistentes por día</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>Ocupación %</translation>
    </message>
    <message>
        <source>Average attending a day</source>
        <translation>Promedio de asistentes por día</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation>Niños inscritos</translation>
    </message>
    <message>
        <source>Waitlisted children who fit a room</source>
        <translation>Niños en lista de espera que encajan en una sala</translation>
    </message>
    <message>
        <source>Highlighted: more children enrolled than the room&apos;s capacity.</source>
        <translation>Resaltado: más niños inscritos que la capacidad de la sala.</translation>
    </message>
</context>
<context>
    <name>ExpectedToday</name>
    <message>
        <source>Could not read the data file: today&apos;s figures came back empty.</source>
        <translation>No se pudo leer el archivo de datos: las cifras de hoy llegaron vacías.</translation>
    </message>
    <message>
        <source>Could not read the data file: the bookings could not be read.</source>
        <translation>No se pudo leer el archivo de datos: no se pudieron leer las reservas.</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Enquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>De baja</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Potencialmente mortal</translation>
    </message>
</context>
<context>
    <name>FamilyChanges</name>
    <message>
        <source>the household details were changed</source>
        <translation>se modificaron los datos del hogar</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>se añadió a %1</translation>
    </message>
    <message>
        <source>%1&apos;s details were changed</source>
        <translation>se modificaron los datos de %1</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>se quitó a %1</translation>
    </message>
    <message>
        <source>%1&apos;s allergies were changed</source>
        <translation>se modificaron las alergias de %1</translation>
    </message>
    <message>
        <source>%1&apos;s emergency contacts were changed</source>
        <translation>se modificaron los contactos de emergencia de %1</translation>
    </message>
    <message>
        <source>%1&apos;s pickup rules were changed</source>
        <translation>se modificaron las reglas de recogida de %1</translation>
    </message>
    <message>
        <source>%1&apos;s bookings were changed</source>
        <translation>se modificaron las reservas de %1</translation>
    </message>
</context>
<context>
    <name>FamilyDataExport</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>FamilyDataExportReport</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Everything held about the %1 family</source>
        <translation>Todo lo que se conserva sobre la familia %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>%1; left the centre on %2</source>
        <translation>%1; dejó el centro el %2</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Código de tarjeta</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>Culturas</translation>
    </message>
    <message>
        <source>Celebrations</source>
        <translation>Celebraciones</translation>
    </message>
    <message>
        <source>Share cultures with the centre</source>
        <translation>Comparte sus culturas con el centro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>In parent directory</source>
        <translation>En el directorio de familias</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Notas médicas</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentimiento para fotos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>Puede recoger</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>No entregar a</translation>
    </message>
    <message>
        <source>Records: %1 — %2</source>
        <translation>Registros: %1 — %2</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The machine-readable export (JSON) holds the same records with every column, the photos and the old and new values of each change.</source>
        <translation>La exportación legible por máquina (JSON) contiene los mismos registros con todas las columnas, las fotos y los valores anteriores y nuevos de cada cambio.</translation>
    </message>
</context>
<context>
    <name>FamilyPseudonyms</name>
    <message>
        <source>Former child</source>
        <translation>Antiguo niño</translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>Antiguo adulto</translation>
    </message>
    <message>
        <source>Anonymised family %1</source>
        <translation>Familia anonimizada %1</translation>
    </message>
</context>
<context>
    <name>FamilyReader</name>
    <message>
        <source>This family is no longer on file (it may have been archived at another station).</source>
        <translation>Esta familia ya no figura en los registros (es posible que se haya archivado en otro puesto).</translation>
    </message>
</context>
<context>
    <name>FamilyValidation</name>
    <message>
        <source>Enter the adult&apos;s first name.</source>
        <translation>Introduzca el nombre del adulto.</translation>
    </message>
    <message>
        <source>Enter the adult&apos;s family name.</source>
        <translation>Introduzca los apellidos del adulto.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s family name.</source>
        <translation>Introduzca los apellidos de %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (use 6 to 15 digits, spaces and a leading + are fine).</source>
        <translation>«%1» no es un número de teléfono (use de 6 a 15 dígitos; se admiten espacios y un + inicial).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1 is a guardian: enter at least one phone number the centre can call.</source>
        <translation>%1 es tutor: introduzca al menos un número de teléfono al que el centro pueda llamar.</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>el niño</translation>
    </message>
    <message>
        <source>Enter the child&apos;s first name.</source>
        <translation>Introduzca el nombre del niño.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s family name.</source>
        <translation>Introduzca los apellidos del niño.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s date of birth.</source>
        <translation>Introduzca la fecha de nacimiento de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth is in the future.</source>
        <translation>La fecha de nacimiento de %1 es futura.</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth makes them an adult; check the year.</source>
        <translation>Según su fecha de nacimiento, %1 sería adulto; compruebe el año.</translation>
    </message>
    <message>
        <source>Name what %1 is allergic to.</source>
        <translation>Indique a qué es alérgico %1.</translation>
    </message>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation>Introduzca el nombre del contacto de emergencia.</translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation>Introduzca un número de teléfono para el contacto de emergencia.</translation>
    </message>
    <message>
        <source>Enter a phone number for emergency contact %1.</source>
        <translation>Introduzca un número de teléfono para el contacto de emergencia %1.</translation>
    </message>
    <message>
        <source>Choose who may collect %1 from the family&apos;s adults.</source>
        <translation>Elija entre los adultos de la familia quién puede recoger a %1.</translation>
    </message>
    <message>
        <source>The pickup permission for %1 ends before it starts.</source>
        <translation>La autorización de recogida de %1 termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose the person %1 must not be released to.</source>
        <translation>Elija la persona a la que no se debe entregar a %1.</translation>
    </message>
    <message>
        <source>%1 cannot both be allowed to collect %2 and be on the do-not-release list.</source>
        <translation>%1 no puede estar autorizado a recoger a %2 y figurar a la vez en la lista de «no entregar».</translation>
    </message>
    <message>
        <source>Give the reason %1 must not be released to %2 (for example the court order).</source>
        <translation>Indique el motivo por el que %1 no debe entregarse a %2 (por ejemplo, la orden judicial).</translation>
    </message>
    <message>
        <source>Give the reason (for example the court order).</source>
        <translation>Indique el motivo (por ejemplo, la orden judicial).</translation>
    </message>
    <message>
        <source>Tick the days %1 is booked for.</source>
        <translation>Marque los días reservados para %1.</translation>
    </message>
    <message>
        <source>Enter the time %1 usually arrives, between %2 and %3.</source>
        <translation>Introduzca la hora a la que suele llegar %1, entre las %2 y las %3.</translation>
    </message>
    <message>
        <source>Enter the time %1 usually goes home, by %2.</source>
        <translation>Introduzca la hora a la que %1 suele irse a casa, como muy tarde a las %2.</translation>
    </message>
    <message>
        <source>%1&apos;s booked departure must be after the arrival (%2).</source>
        <translation>La salida reservada de %1 debe ser posterior a la llegada (%2).</translation>
    </message>
    <message>
        <source>Enter the first day of %1&apos;s booking.</source>
        <translation>Introduzca el primer día de la reserva de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s booking ends before it starts (%2).</source>
        <translation>La reserva de %1 termina antes de empezar (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s bookings from %2 and from %3 share a day of the week; end one before the other starts.</source>
        <translation>Las reservas de %1 a partir del %2 y del %3 coinciden en un día de la semana; termine una antes de que empiece la otra.</translation>
    </message>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>Introduzca el nombre de la familia.</translation>
    </message>
    <message>
        <source>A family card code is 4 to 16 capital letters and digits; leave it empty to have one made.</source>
        <translation>Un código de tarjeta familiar tiene de 4 a 16 letras mayúsculas y dígitos; déjelo vacío para que se genere uno.</translation>
    </message>
    <message>
        <source>Add at least one guardian the centre can call.</source>
        <translation>Añada al menos un tutor al que el centro pueda llamar.</translation>
    </message>
    <message>
        <source>The same adult is listed twice.</source>
        <translation>El mismo adulto figura dos veces.</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <source>%1 was changed</source>
        <translation>se modificaron los datos de %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 was changed</source>
        <translation>%1: se modificó %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 were changed</source>
        <translation>%1: se modificaron %2</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message numerus="yes">
        <source>This is too long: keep it to %Ln character(s) (it has %1).</source>
        <translation>
            <numerusform>Es demasiado largo: no supere %Ln carácter (tiene %1).</numerusform>
            <numerusform>Es demasiado largo: no supere los %Ln caracteres (tiene %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePrivacy</name>
    <message>
        <source>Other accounts on this computer can read the data file %1, which holds children&apos;s medical and custody details. Make it private by running:
    chmod 600 %2</source>
        <translation>Otras cuentas de este equipo pueden leer el archivo de datos %1, que contiene datos médicos y de custodia de los niños. Hágalo privado ejecutando:
    chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>Kindred will not use %1: it is on a network share (%2). SQLite, which keeps Kindred&apos;s data, cannot protect a file on a network share: its write-ahead log works only when every program using the file runs on one computer, so check-ins could be lost or the file damaged. Nothing was changed. Keep the data file on this computer&apos;s own disk; for several stations sharing one centre, use a Kindred server (PostgreSQL) instead. The backup folder may be on a network share.</source>
        <translation>Kindred no usará %1: está en una carpeta de red (%2). SQLite, que guarda los datos de Kindred, no puede proteger un archivo en una carpeta de red: su registro de escritura anticipada (WAL) solo funciona cuando todos los programas que usan el archivo se ejecutan en un mismo equipo, por lo que podrían perderse entradas registradas o dañarse el archivo. No se cambió nada. Guarde el archivo de datos en el disco propio de este equipo; si varios puestos comparten un centro, use en su lugar un servidor de Kindred (PostgreSQL). La carpeta de copias de seguridad sí puede estar en una carpeta de red.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>The administrator&apos;s password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>La contraseña del administrador tiene al menos %1 caracteres; una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Una contraseña no puede estar formada solo por espacios.</translation>
    </message>
    <message>
        <source>The password must not contain the centre&apos;s name: it is the first thing someone would try.</source>
        <translation>La contraseña no debe contener el nombre del centro: es lo primero que alguien probaría.</translation>
    </message>
    <message>
        <source>The password must not contain your own name: it is the first thing someone would try.</source>
        <translation>La contraseña no debe contener su propio nombre: es lo primero que alguien probaría.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name, as parents know it.</source>
        <translation>Indique el nombre del centro, tal como lo conocen las familias.</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as AU, FR or CA.</source>
        <translation>%1 no es un código de país; use dos letras, como AU, FR o CA.</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s time zone (such as Australia/Melbourne): the days on its sheets are that zone&apos;s.</source>
        <translation>Elija la zona horaria del centro (por ejemplo, Australia/Melbourne): los días de sus hojas son los de esa zona.</translation>
    </message>
    <message>
        <source>%1 is not a currency code; use three letters such as AUD, EUR or CAD.</source>
        <translation>%1 no es un código de moneda; use tres letras, como AUD, EUR o CAD.</translation>
    </message>
    <message>
        <source>%1 is not a language code; use one such as en, fr-CA or pt-BR.</source>
        <translation>%1 no es un código de idioma; use uno como en, fr-CA o pt-BR.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s first name.</source>
        <translation>Indique el nombre del administrador.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s last name.</source>
        <translation>Indique los apellidos del administrador.</translation>
    </message>
    <message>
        <source>This data file already has its accounts; nothing was changed.</source>
        <translation>Este archivo de datos ya tiene sus cuentas; no se cambió nada.</translation>
    </message>
    <message>
        <source>Kindred already has an administrator. Sign in, then add accounts from Staff.</source>
        <translation>Kindred ya tiene un administrador. Inicie sesión y luego añada cuentas desde Personal.</translation>
    </message>
    <message>
        <source>This centre has no administrator to reset.</source>
        <translation>Este centro no tiene ningún administrador que restablecer.</translation>
    </message>
    <message>
        <source>This centre has more than one administrator; another of them can set a new password from Accounts, so nothing was changed.</source>
        <translation>Este centro tiene más de un administrador; otro de ellos puede establecer una contraseña nueva desde Cuentas, por lo que no se cambió nada.</translation>
    </message>
    <message>
        <source>The last administrator&apos;s password was forgotten.</source>
        <translation>Se olvidó la contraseña del último administrador.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>No hay ningún archivo de datos en %1.</translation>
    </message>
    <message>
        <source>Only the owner of %1 on this computer may reset its administrator; run this as that user.</source>
        <translation>Solo el propietario de %1 en este equipo puede restablecer su administrador; ejecute esto como ese usuario.</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 ya existe; un centro nuevo solo se configura en un archivo nuevo, por lo que no se cambió nada.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>No existe la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the centre was being set up; it was left as it is.</source>
        <translation>%1 apareció mientras se configuraba el centro; se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>Could not put the new data file in place as %1.</source>
        <translation>No se pudo colocar el nuevo archivo de datos como %1.</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>Generated history ends yesterday at the latest. Nothing was written.</source>
        <translation>El historial generado termina como muy tarde ayer. No se escribió nada.</translation>
    </message>
    <message>
        <source>The centre has no staff to stand at the desk in its history.</source>
        <translation>El centro no tiene personal para atender la recepción en su historial.</translation>
    </message>
</context>
<context>
    <name>ImmunisationDueReport</name>
    <message>
        <source>Immunisations due</source>
        <translation>Vacunas pendientes</translation>
    </message>
    <message numerus="yes">
        <source>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n day(s) after it fell due.</source>
        <translation>
            <numerusform>Dosis pendientes o atrasadas el %1 según el calendario del centro. Una dosis está atrasada %n día después de su fecha prevista.</numerusform>
            <numerusform>Dosis pendientes o atrasadas el %1 según el calendario del centro. Una dosis está atrasada %n días después de su fecha prevista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Doses due or overdue</source>
        <translation>Dosis pendientes o atrasadas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
</context>
<context>
    <name>ImmunisationSchedule</name>
    <message>
        <source>Given</source>
        <translation>Administrada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Daños materiales</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Cuasiincidente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Aprobado</translation>
    </message>
</context>
<context>
    <name>IncidentLogReport</name>
    <message>
        <source>Incident log</source>
        <translation>Registro de incidentes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happened and what was done</source>
        <translation>Qué ocurrió y qué se hizo</translation>
    </message>
    <message>
        <source>Parent told</source>
        <translation>Familia informada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medidas tomadas</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Familia notificada</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Notificada el</translation>
    </message>
    <message>
        <source>Notified how</source>
        <translation>Medio de notificación</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>Notificable</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acuse de recibo de</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Acuse de recibo el</translation>
    </message>
    <message>
        <source>Body area: %1</source>
        <translation>Zona del cuerpo: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Medida: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>necesario</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
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
        <translation>Acuse de recibo de %1</translation>
    </message>
    <message>
        <source>REPORTABLE to licensing</source>
        <translation>NOTIFICABLE a la autoridad de habilitación</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>Notificable a la autoridad de habilitación</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
</context>
<context>
    <name>IncidentReader</name>
    <message>
        <source>That incident is not on file.</source>
        <translation>Ese incidente no figura en los registros.</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Centro infantil Kindred</translation>
    </message>
    <message>
        <source>Incident report no. %1</source>
        <translation>Informe de incidente n.º %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority.</source>
        <translation>Notificable a la autoridad de habilitación.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>Personal implicado</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>Primeros auxilios o medidas tomadas</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No se registró nada.</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Familia notificada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>No parent has been notified yet.</source>
        <translation>Todavía no se ha notificado a ningún familiar.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>No follow-up needed.</source>
        <translation>No requiere seguimiento.</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Acknowledged by guardian</source>
        <translation>Acuse de recibo del tutor</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Amendments after sign-off</source>
        <translation>Modificaciones después de la aprobación</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Madre, padre o tutor</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>Primeros auxilios o medidas tomadas</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Zona del cuerpo</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Familia notificada</translation>
    </message>
    <message>
        <source>Parent notified at</source>
        <translation>Familia notificada el</translation>
    </message>
    <message>
        <source>Parent notified how</source>
        <translation>Medio de notificación a la familia</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>Notificable a la autoridad de habilitación</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>Personal implicado</translation>
    </message>
    <message>
        <source>Nothing was changed. That is not a valid value for “%1”.</source>
        <translation>No se cambió nada. Ese valor no es válido para «%1».</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>No se cambió nada. «%1» no se puede modificar.</translation>
    </message>
    <message>
        <source>Choose the child or children involved.</source>
        <translation>Elija el niño o los niños implicados.</translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation>Introduzca cuándo ocurrió el incidente.</translation>
    </message>
    <message>
        <source>The incident cannot have happened in the future.</source>
        <translation>El incidente no puede haber ocurrido en el futuro.</translation>
    </message>
    <message>
        <source>Enter where the incident happened.</source>
        <translation>Introduzca dónde ocurrió el incidente.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describa qué ocurrió.</translation>
    </message>
    <message>
        <source>For an injury, choose the staff involved.</source>
        <translation>Para una lesión, elija el personal implicado.</translation>
    </message>
    <message>
        <source>For an injury, name at least one witness (or “none” with the reason).</source>
        <translation>Para una lesión, indique al menos un testigo (o «ninguno» con el motivo).</translation>
    </message>
    <message>
        <source>For an injury, enter the part of the body hurt.</source>
        <translation>Para una lesión, introduzca la parte del cuerpo lesionada.</translation>
    </message>
    <message>
        <source>Enter both which parent was told and when.</source>
        <translation>Introduzca a qué familiar se informó y cuándo.</translation>
    </message>
    <message>
        <source>The parent cannot have been told in the future.</source>
        <translation>No se puede haber informado a la familia en el futuro.</translation>
    </message>
    <message>
        <source>Say what follow-up is needed.</source>
        <translation>Indique qué seguimiento se necesita.</translation>
    </message>
</context>
<context>
    <name>IncidentWriter</name>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>account of what happened</source>
        <translation>relato de lo ocurrido</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>primeros auxilios</translation>
    </message>
    <message>
        <source>body area</source>
        <translation>zona del cuerpo</translation>
    </message>
    <message>
        <source>parent notification</source>
        <translation>notificación a la familia</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>licensing flag</source>
        <translation>indicador de notificación a la autoridad</translation>
    </message>
    <message>
        <source>children</source>
        <translation>niños</translation>
    </message>
    <message>
        <source>staff involved</source>
        <translation>personal implicado</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>testigos</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Administrator&apos;s password: </source>
        <translation>Contraseña del administrador: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>give the administrator&apos;s password and its confirmation as two lines on standard input.</source>
        <translation>indique la contraseña del administrador y su confirmación como dos líneas en la entrada estándar.</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>las dos contraseñas no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>say where to set the centre up: a new file with --database FILE, or an empty server database with --server CONNINFO.</source>
        <translation>indique dónde configurar el centro: un archivo nuevo con --database ARCHIVO, o una base de datos vacía de un servidor con --server CONNINFO.</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>se necesita --%1.</translation>
    </message>
    <message>
        <source>Centre Administrator</source>
        <translation>Administrador del centro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 ya existe; un centro nuevo solo se configura en un archivo nuevo, por lo que no se cambió nada.</translation>
    </message>
    <message>
        <source>Set up %1 in %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>Se configuró %1 en %2, con %3 como administrador. Inicie sesión con ese nombre y esa contraseña.</translation>
    </message>
    <message>
        <source>cannot set up a centre on %1: %2</source>
        <translation>no se puede configurar un centro en %1: %2</translation>
    </message>
    <message>
        <source>Set up %1 on %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>Se configuró %1 en %2, con %3 como administrador. Inicie sesión con ese nombre y esa contraseña.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 has a new password; the change is in the audit trail.</source>
        <translation>%1 tiene una contraseña nueva; el cambio consta en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>InsertId</name>
    <message>
        <source>Kindred could not learn the number of the record it was saving. Nothing was changed.</source>
        <translation>Kindred no pudo obtener el número del registro que estaba guardando. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>Show the keys</source>
        <translation>Mostrar las teclas</translation>
    </message>
    <message>
        <source>Read the screen again</source>
        <translation>Volver a leer la pantalla</translation>
    </message>
    <message>
        <source>Open the menu</source>
        <translation>Abrir el menú</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activar o desactivar la pantalla completa</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Abrir un archivo de datos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Bloquear la pantalla</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Pase de lista de emergencia</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>Primera sección</translation>
    </message>
    <message>
        <source>Second section</source>
        <translation>Segunda sección</translation>
    </message>
    <message>
        <source>Third section</source>
        <translation>Tercera sección</translation>
    </message>
    <message>
        <source>Fourth section</source>
        <translation>Cuarta sección</translation>
    </message>
    <message>
        <source>Fifth section</source>
        <translation>Quinta sección</translation>
    </message>
    <message>
        <source>Sixth section</source>
        <translation>Sexta sección</translation>
    </message>
    <message>
        <source>Seventh section</source>
        <translation>Séptima sección</translation>
    </message>
    <message>
        <source>Eighth section</source>
        <translation>Octava sección</translation>
    </message>
    <message>
        <source>Ninth section</source>
        <translation>Novena sección</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Check in all siblings</source>
        <translation>Registrar la entrada de todos los hermanos</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marcar como ausente</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimir etiquetas</translation>
    </message>
    <message>
        <source>Reprint a lost label</source>
        <translation>Volver a imprimir una etiqueta perdida</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Guardar etiquetas como PDF</translation>
    </message>
    <message>
        <source>Drop-in child</source>
        <translation>Niño de asistencia puntual</translation>
    </message>
    <message>
        <source>Check a group in or out</source>
        <translation>Registrar la entrada o la salida de un grupo</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>Undo this desk&apos;s last check-in or check-out</source>
        <translation>Deshacer la última entrada o salida registrada en esta recepción</translation>
    </message>
    <message>
        <source>Log an incident for the chosen children</source>
        <translation>Registrar un incidente para los niños elegidos</translation>
    </message>
    <message>
        <source>Show the board full screen on a wall display</source>
        <translation>Mostrar el panel a pantalla completa en una pantalla de pared</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Start the roll call</source>
        <translation>Iniciar el pase de lista</translation>
    </message>
    <message>
        <source>Print the roll call now</source>
        <translation>Imprimir ahora el pase de lista</translation>
    </message>
    <message>
        <source>Save the roll call as PDF</source>
        <translation>Guardar el pase de lista como PDF</translation>
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
        <translation>%1, fila %2</translation>
    </message>
</context>
<context>
    <name>Kindred::AccountsPage</name>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Establecer &amp;PIN…</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Establecer contra&amp;seña…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>Asignar &amp;rol</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Clear the desk&apos;s &amp;lock-out</source>
        <translation>Quitar el &amp;bloqueo de la recepción</translation>
    </message>
    <message>
        <source>No staff accounts to show. Add the staff on the Staff page first; their sign-in is set here.</source>
        <translation>No hay cuentas del personal que mostrar. Añada primero al personal en la página Personal; su inicio de sesión se configura aquí.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Staff role</source>
        <translation>Rol en el personal</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>Actúa como</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>The role this account acts with: the staff member&apos;s own, or another role</source>
        <translation>El rol con el que actúa esta cuenta: el propio del miembro del personal u otro rol</translation>
    </message>
    <message>
        <source>Acts &amp;as:</source>
        <translation>Actúa &amp;como:</translation>
    </message>
    <message>
        <source>Staff a&amp;ccounts</source>
        <translation>C&amp;uentas del personal</translation>
    </message>
    <message>
        <source>&amp;Roles and permissions</source>
        <translation>Roles y per&amp;misos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a role per site</source>
        <translation>un rol por sede</translation>
    </message>
    <message>
        <source>own role</source>
        <translation>rol propio</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes; no PIN is taken until %2.</source>
        <translation>PIN erróneos en esta recepción en los últimos 15 minutos: %1; no se acepta ningún PIN hasta %2.</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes.</source>
        <translation>PIN erróneos en esta recepción en los últimos 15 minutos: %1.</translation>
    </message>
    <message>
        <source>PINs at this desk: no wrong tries.</source>
        <translation>PIN en esta recepción: ningún intento fallido.</translation>
    </message>
    <message>
        <source>Own role (%1)</source>
        <translation>Rol propio (%1)</translation>
    </message>
    <message>
        <source>Own role</source>
        <translation>Rol propio</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>Elija primero un miembro del personal de la lista.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was saved.</source>
        <translation>Se guardó el PIN de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s password was saved.</source>
        <translation>Se guardó la contraseña de %1.</translation>
    </message>
    <message>
        <source>%1 now acts as %2.</source>
        <translation>%1 actúa ahora como %2.</translation>
    </message>
    <message>
        <source>%1 may try again now.</source>
        <translation>%1 ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>PINs may be typed at the desk again.</source>
        <translation>Ya se pueden volver a introducir PIN en la recepción.</translation>
    </message>
    <message numerus="yes">
        <source>no: %n wrong tr(ies)</source>
        <translation>
            <numerusform>no: %n intento fallido</numerusform>
            <numerusform>no: %n intentos fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
</context>
<context>
    <name>Kindred::AdultsEditor</name>
    <message>
        <source>Add ad&amp;ult</source>
        <translation>Añadir adu&amp;lto</translation>
    </message>
    <message>
        <source>&amp;Remove adult</source>
        <translation>&amp;Quitar adulto</translation>
    </message>
    <message>
        <source>&amp;Guardian (the centre calls them; they are responsible)</source>
        <translation>&amp;Tutor (el centro lo llama; es responsable)</translation>
    </message>
    <message>
        <source>Appears in the parent &amp;directory</source>
        <translation>Aparece en el directorio de &amp;familias</translation>
    </message>
    <message>
        <source>Mother, Grandfather, Nanny…</source>
        <translation>Madre, abuelo, niñera…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Parentesco:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Teléfono &amp;móvil:</translation>
    </message>
    <message>
        <source>H&amp;ome phone:</source>
        <translation>Teléfono de &amp;casa:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Teléfono del t&amp;rabajo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Preferred la&amp;nguage:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(nuevo adulto)</translation>
    </message>
    <message>
        <source> (guardian)</source>
        <translation> (tutor)</translation>
    </message>
    <message>
        <source>the language of the letters and labels printed for them</source>
        <translation>el idioma de las cartas y etiquetas que se imprimen para esta persona</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
</context>
<context>
    <name>Kindred::AllergiesEditor</name>
    <message>
        <source>Add aller&amp;gy</source>
        <translation>Añadir a&amp;lergia</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>Quitar alergia</translation>
    </message>
    <message>
        <source>No allergies recorded for this child. Add each one the family tells you about, with how to respond.</source>
        <translation>No hay alergias registradas para este niño. Añada cada una que le comunique la familia, con la forma de actuar.</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>Alérgeno</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Allergy %1</source>
        <translation>Alergia %1</translation>
    </message>
    <message>
        <source>peanuts, egg, penicillin…</source>
        <translation>cacahuetes, huevo, penicilina…</translation>
    </message>
    <message>
        <source>e.g. EpiPen in the red bag, call 000</source>
        <translation>p. ej., EpiPen en la bolsa roja, llamar al 000</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
</context>
<context>
    <name>Kindred::AmendIncidentDialog</name>
    <message>
        <source>Amend incident no. %1</source>
        <translation>Modificar el incidente n.º %1</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>&amp;New value</source>
        <translation>Valor &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>Registrar modificación</translation>
    </message>
    <message>
        <source>A signed-off incident is changed only by a recorded amendment: the old value, the new one, your reason, your name and the time are kept.</source>
        <translation>Un incidente aprobado solo se modifica mediante una modificación registrada: se conservan el valor anterior, el nuevo, su motivo, su nombre y la hora.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <translation>Kindred no pudo abrir %1.

%2</translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation>el usuario de este equipo</translation>
    </message>
    <message>
        <source>Centre server</source>
        <translation>Servidor del centro</translation>
    </message>
    <message>
        <source>The centre server asks for the password of %1.

%2</source>
        <translation>El servidor del centro pide la contraseña de %1.

%2</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>Kindred could not open the centre on %1.

%2</source>
        <translation>Kindred no pudo abrir el centro en %1.

%2</translation>
    </message>
    <message>
        <source>This computer&apos;s site</source>
        <translation>Sede de este equipo</translation>
    </message>
    <message>
        <source>This centre has several sites. Which one is this computer at? Its desk, board and roll call will show that site.</source>
        <translation>Este centro tiene varias sedes. ¿En cuál está este equipo? Su recepción, su panel y su pase de lista mostrarán esa sede.</translation>
    </message>
    <message>
        <source>Kindred data file</source>
        <translation>Archivo de datos de Kindred</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Abrir archivo de datos</translation>
    </message>
    <message>
        <source>The window changes to %1 once the windows left open are closed and you sign in again (Ctrl+L).</source>
        <translation>La ventana se mostrará en %1 cuando se cierren las ventanas que siguen abiertas y vuelva a iniciar sesión (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>Kindred::ArchiveReasonDialog</name>
    <message>
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <source>Archive &lt;b&gt;%1&lt;/b&gt;? It leaves the lists but stays in the records. Why is it being archived?</source>
        <translation>¿Archivar &lt;b&gt;%1&lt;/b&gt;? Desaparece de las listas, pero se conserva en los registros. ¿Por qué se archiva?</translation>
    </message>
    <message>
        <source>for example: left the centre at the end of term</source>
        <translation>por ejemplo: dejó el centro al final del trimestre</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceCorrections</name>
    <message>
        <source>Say why the time is being corrected. Nothing was changed.</source>
        <translation>Indique por qué se corrige la hora. No se cambió nada.</translation>
    </message>
    <message>
        <source>Enter the correct time. Nothing was changed.</source>
        <translation>Introduzca la hora correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The corrected time is in the future. Nothing was changed.</source>
        <translation>La hora corregida es futura. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 left at %2; the check-in must be before that. Nothing was changed.</source>
        <translation>%1 salió a las %2; la entrada debe ser anterior. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 arrived at %2; the check-out must be after that. Nothing was changed.</source>
        <translation>%1 llegó a las %2; la salida debe ser posterior. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 was checked in again after this check-out, so it cannot be voided: void or check out the later stay first. Nothing was changed.</source>
        <translation>Se volvió a registrar la entrada de %1 después de esta salida, por lo que no se puede anular: anule primero la estancia posterior o registre su salida. No se cambió nada.</translation>
    </message>
    <message>
        <source>This record was changed at another desk meanwhile. Nothing was changed; look again.</source>
        <translation>Mientras tanto, este registro se modificó en otra recepción. No se cambió nada; vuelva a consultarlo.</translation>
    </message>
    <message>
        <source>There is nothing to undo at this desk.</source>
        <translation>No hay nada que deshacer en esta recepción.</translation>
    </message>
    <message>
        <source>Undone at the desk</source>
        <translation>Deshecho en la recepción</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceService</name>
    <message>
        <source>Choose the children to check in.</source>
        <translation>Elija los niños cuya entrada quiere registrar.</translation>
    </message>
    <message>
        <source>%1 is not an adult of %2&apos;s family. Choose who brought %2 from the family&apos;s list.</source>
        <translation>%1 no es un adulto de la familia de %2. Elija de la lista de la familia quién trajo a %2.</translation>
    </message>
    <message>
        <source>%1 was already checked out today. Nothing was recorded.</source>
        <translation>Ya se registró hoy la salida de %1. No se registró nada.</translation>
    </message>
    <message>
        <source>Only a director signed in at this desk can override a court order.</source>
        <translation>Solo un director que haya iniciado sesión en esta recepción puede anular una orden judicial.</translation>
    </message>
    <message>
        <source>Say why the child is away (for example &quot;Sick&quot;).</source>
        <translation>Indique por qué el niño no está (por ejemplo, «Enfermo»).</translation>
    </message>
    <message>
        <source>%1 is checked in today, so cannot be marked absent. Nothing was recorded.</source>
        <translation>%1 tiene la entrada registrada hoy, por lo que no se puede marcar como ausente. No se registró nada.</translation>
    </message>
    <message>
        <source>%1 is already marked absent that day (%2).</source>
        <translation>%1 ya está marcado como ausente ese día (%2).</translation>
    </message>
</context>
<context>
    <name>Kindred::AuditLogPage</name>
    <message>
        <source>&amp;Older</source>
        <translation>Más &amp;antiguas</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Más &amp;recientes</translation>
    </message>
    <message>
        <source>Text in the details or reason</source>
        <translation>Texto en los detalles o el motivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what Kindred recorded.</source>
        <translation>Seleccione una entrada para ver exactamente lo que registró Kindred.</translation>
    </message>
    <message>
        <source>&amp;Recorded details</source>
        <translation>&amp;Detalles registrados</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>&amp;Comprobar el registro</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier registro</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>No entries match these filters. Widen the dates or set a filter back to &quot;Anyone&quot;, &quot;Any record&quot; or &quot;Any action&quot;.</source>
        <translation>Ninguna entrada coincide con estos filtros. Amplíe las fechas o vuelva a poner un filtro en «Cualquiera», «Cualquier registro» o «Cualquier acción».</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3, newest first</source>
        <translation>Entradas %1–%2 de %3, las más recientes primero</translation>
    </message>
    <message>
        <source>Entry %1 · action %2 · record %3 %4
At %5 (UTC)
</source>
        <translation>Entrada %1 · acción %2 · registro %3 %4
A las %5 (UTC)
</translation>
    </message>
    <message>
        <source>Station: %1
</source>
        <translation>Puesto: %1
</translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation>Motivo: %1
</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>registro-de-auditoria.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entrada exportada.</numerusform>
            <numerusform>%n entradas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail failed its check.&lt;/b&gt; %1 Keep a copy of this data file and tell the centre&apos;s administrator.</source>
        <translation>&lt;b&gt;El registro de auditoría no superó su comprobación.&lt;/b&gt; %1 Conserve una copia de este archivo de datos e informe al administrador del centro.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The audit trail failed its check when this data file was opened.

%1

The front desk can go on working. Open &quot;Audit trail&quot; to see the entries, keep a copy of this file, and tell the centre&apos;s administrator.</source>
        <translation>El registro de auditoría no superó su comprobación al abrir este archivo de datos.

%1

La recepción puede seguir trabajando. Abra «Registro de auditoría» para ver las entradas, conserve una copia de este archivo e informe al administrador del centro.</translation>
    </message>
    <message>
        <source>Every entry is as Kindred wrote it: nothing was edited, removed or slipped in. Every protected record (pickup rules, attendance, roles, accounts) matches its last audited state.</source>
        <translation>Cada entrada está tal como la escribió Kindred: no se editó, eliminó ni intercaló nada. Todos los registros protegidos (reglas de recogida, asistencia, roles, cuentas) coinciden con su último estado auditado.</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupService</name>
    <message>
        <source>The old backup %1 could not be deleted; the backup folder keeps growing.</source>
        <translation>No se pudo eliminar la copia de seguridad antigua %1; la carpeta de copias de seguridad sigue creciendo.</translation>
    </message>
    <message>
        <source>Kindred could not create its backup folder %1.</source>
        <translation>Kindred no pudo crear su carpeta de copias de seguridad %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupStatusLabel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
    <message>
        <source> (backing up…)</source>
        <translation> (haciendo copia de seguridad…)</translation>
    </message>
    <message>
        <source> (the last attempt failed)</source>
        <translation> (falló el último intento)</translation>
    </message>
    <message>
        <source>The data file has not been backed up for more than 36 hours.</source>
        <translation>No se ha hecho copia de seguridad del archivo de datos desde hace más de 36 horas.</translation>
    </message>
    <message>
        <source>Kindred backs up the data file every day; the time and folder are in Settings.</source>
        <translation>Kindred hace una copia de seguridad del archivo de datos cada día; la hora y la carpeta están en Ajustes.</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>Falló la última copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::BookingsEditor</name>
    <message>
        <source>Add &amp;period</source>
        <translation>Añadir &amp;período</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Quitar período</translation>
    </message>
    <message>
        <source>No regular days booked, so the desk does not expect this child. Add the days and times the family booked.</source>
        <translation>No hay días fijos reservados, así que la recepción no espera a este niño. Añada los días y horarios que reservó la familia.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Llega</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Se va</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Período %1</translation>
    </message>
    <message>
        <source>No bookings: the desk does not expect this child on any day. Add a period with the days the child comes and the usual times.</source>
        <translation>Sin reservas: la recepción no espera a este niño ningún día. Añada un período con los días que viene el niño y los horarios habituales.</translation>
    </message>
    <message>
        <source>The days the child comes and the usual times. A change of days from a date is a new period: end the old one the day before.</source>
        <translation>Los días que viene el niño y los horarios habituales. Un cambio de días a partir de una fecha es un período nuevo: termine el anterior el día antes.</translation>
    </message>
    <message>
        <source>The period has a last day</source>
        <translation>El período tiene un último día</translation>
    </message>
    <message>
        <source>Tick to give the period&apos;s last day; unticked, it goes on until further notice.</source>
        <translation>Márquelo para indicar el último día del período; sin marcar, continúa hasta nuevo aviso.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
</context>
<context>
    <name>Kindred::BusyRetry</name>
    <message>
        <source>Another station is saving — retrying…</source>
        <translation>Otro puesto está guardando; reintentando…</translation>
    </message>
    <message numerus="yes">
        <source>Could not save: another station kept the data file busy for %n second(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>No se pudo guardar: otro puesto mantuvo ocupado el archivo de datos durante %n segundo. No se guardó nada; vuelva a intentarlo.</numerusform>
            <numerusform>No se pudo guardar: otro puesto mantuvo ocupado el archivo de datos durante %n segundos. No se guardó nada; vuelva a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CellProblemMarks</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A problem in a table, under the table: the row&apos;s name, the column&apos;s heading, what to do.</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Kindred::CentreService</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>age range</source>
        <translation>rango de edad</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>certificaciones</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>Esa sala no figura en los registros.</translation>
    </message>
    <message>
        <source>the %1 room</source>
        <translation>la sala %1</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>Ya existe una sala llamada %1.</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>Ese miembro del personal no figura en los registros.</translation>
    </message>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>No se cambió nada: ese miembro del personal no figura en los registros.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
</context>
<context>
    <name>Kindred::CheckOutDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>Su &amp;PIN, de nuevo:</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Who is collecting %1?</source>
        <translation>¿Quién recoge a %1?</translation>
    </message>
    <message>
        <source>DO NOT RELEASE</source>
        <translation>NO ENTREGAR</translation>
    </message>
    <message>
        <source>not on the pickup list</source>
        <translation>no está en la lista de recogida</translation>
    </message>
    <message>
        <source>Director only: why release outside the pickup list</source>
        <translation>Solo para directores: por qué se entrega fuera de la lista de recogida</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>Motivo de la excepción:</translation>
    </message>
    <message>
        <source>Director override: the reason will be recorded.</source>
        <translation>Excepción autorizada por la dirección: se registrará el motivo.</translation>
    </message>
    <message>
        <source>On the pickup list: may collect.</source>
        <translation>En la lista de recogida: puede recoger.</translation>
    </message>
    <message>
        <source>Override a court order</source>
        <translation>Anular una orden judicial</translation>
    </message>
    <message>
        <source>Release to %1 against court order %2? This overrides the court&apos;s &quot;do not release&quot; and is recorded with your name and reason.</source>
        <translation>¿Entregar a %1 en contra de la orden judicial %2? Esto anula el «no entregar» del tribunal y queda registrado con su nombre y su motivo.</translation>
    </message>
    <message>
        <source>this adult</source>
        <translation>este adulto</translation>
    </message>
    <message>
        <source>Not checked out: the override of court order %1 was not confirmed.</source>
        <translation>No se registró la salida: no se confirmó la anulación de la orden judicial %1.</translation>
    </message>
    <message>
        <source>Checked out: %1 to %2</source>
        <translation>Salida registrada: %1; persona que recoge: %2</translation>
    </message>
    <message>
        <source>Adults who may collect</source>
        <translation>Adultos que pueden recoger</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildCard</name>
    <message>
        <source>✓ Ticked</source>
        <translation>✓ Marcado</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>No hay foto en el archivo</translation>
    </message>
    <message>
        <source>The child&apos;s emergency contacts with phones (Ctrl+E)</source>
        <translation>Los contactos de emergencia del niño con sus teléfonos (Ctrl+E)</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Todavía sin sala</translation>
    </message>
    <message>
        <source>⚠ %1 — life-threatening</source>
        <translation>⚠ %1 — potencialmente mortal</translation>
    </message>
    <message>
        <source>%1 allergy</source>
        <translation>Alergia a %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation>Médico: %1</translation>
    </message>
    <message>
        <source>Do not release to %1: %2 %3</source>
        <translation>No entregar a %1: %2 %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>No photo consent</source>
        <translation>Sin consentimiento para fotos</translation>
    </message>
    <message>
        <source>The family has not agreed to photos: no photos of this child may be taken or shared, and Kindred prints and shows the photo only here at the desk.</source>
        <translation>La familia no ha autorizado las fotos: no se pueden tomar ni compartir fotos de este niño, y Kindred solo imprime y muestra la foto aquí, en la recepción.</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>Se fue a casa</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>No está</translation>
    </message>
    <message>
        <source>Here since %1 · code %2</source>
        <translation>Presente desde las %1 · código %2</translation>
    </message>
    <message>
        <source>Absent today: %1</source>
        <translation>Ausente hoy: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildDetailsEditor</name>
    <message>
        <source>Photos of the child may be ta&amp;ken and shared</source>
        <translation>Se pueden &amp;tomar y compartir fotos del niño</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Chi&amp;ld</source>
        <translation>Fi&amp;cha</translation>
    </message>
    <message>
        <source>conditions, medications, dietary needs, doctor</source>
        <translation>afecciones, medicamentos, necesidades alimentarias, médico</translation>
    </message>
    <message>
        <source>Allergies (life-threatening ones are shown in red everywhere):</source>
        <translation>Alergias (las potencialmente mortales se muestran en rojo en todas partes):</translation>
    </message>
    <message>
        <source>Medical &amp;notes:</source>
        <translation>Notas &amp;médicas:</translation>
    </message>
    <message>
        <source>Allergies &amp;&amp; &amp;medical</source>
        <translation>A&amp;lergias &amp;&amp; salud</translation>
    </message>
    <message>
        <source>&amp;Emergency contacts</source>
        <translation>Contactos de &amp;emergencia</translation>
    </message>
    <message>
        <source>Pick&amp;up</source>
        <translation>&amp;Recogida</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>Reser&amp;vas</translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>Hay algo que corregir en esta pestaña.</translation>
    </message>
    <message>
        <source>(no room yet)</source>
        <translation>(todavía sin sala)</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildrenEditor</name>
    <message>
        <source>Add ch&amp;ild</source>
        <translation>Añadir n&amp;iño</translation>
    </message>
    <message>
        <source>Remo&amp;ve child</source>
        <translation>&amp;Quitar niño</translation>
    </message>
    <message>
        <source>Health reco&amp;rd…</source>
        <translation>&amp;Historial de salud…</translation>
    </message>
    <message>
        <source>Conditions, medications, immunisations and the medication log (saved children)</source>
        <translation>Afecciones, medicamentos, vacunas y el registro de medicación (niños guardados)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(nuevo niño)</translation>
    </message>
    <message>
        <source>Life-threatening allergy</source>
        <translation>Alergia potencialmente mortal</translation>
    </message>
    <message>
        <source>Something here needs fixing.</source>
        <translation>Hay algo que corregir aquí.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
</context>
<context>
    <name>Kindred::ConditionsPanel</name>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation>Necesidad alimentaria</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save doctor</source>
        <translation>Guardar médico</translation>
    </message>
    <message>
        <source>Medical conditions</source>
        <translation>Afecciones médicas</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Consultorio:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; saved.</source>
        <translation>Se guardó la afección «%1».</translation>
    </message>
    <message>
        <source>Dietary need &quot;%1&quot; saved.</source>
        <translation>Se guardó la necesidad alimentaria «%1».</translation>
    </message>
    <message>
        <source>Remove from the health record</source>
        <translation>Quitar del historial de salud</translation>
    </message>
    <message>
        <source>Why is this being removed? (kept in the audit log)</source>
        <translation>¿Por qué se quita? (se conserva en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Quitado.</translation>
    </message>
    <message>
        <source>Doctor saved.</source>
        <translation>Se guardó el médico.</translation>
    </message>
</context>
<context>
    <name>Kindred::ConflictBar</name>
    <message>
        <source>&amp;Reload…</source>
        <translation>&amp;Volver a cargar…</translation>
    </message>
    <message>
        <source>Load the record as it is now, discarding what you typed</source>
        <translation>Cargar el registro tal como está ahora, descartando lo que escribió</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Load the record as it is now? What you typed since opening it will be discarded.</source>
        <translation>¿Cargar el registro tal como está ahora? Se descartará lo que haya escrito desde que lo abrió.</translation>
    </message>
</context>
<context>
    <name>Kindred::CorrectionDialog</name>
    <message>
        <source>Correct an attendance record</source>
        <translation>Corregir un registro de asistencia</translation>
    </message>
    <message>
        <source>Check-out time</source>
        <translation>Hora de salida</translation>
    </message>
    <message>
        <source>Check-out time (forgotten check-out of an earlier day)</source>
        <translation>Hora de salida (salida olvidada de un día anterior)</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Hora de entrada</translation>
    </message>
    <message>
        <source>Void the check-in (it was a mistake)</source>
        <translation>Anular la entrada (fue un error)</translation>
    </message>
    <message>
        <source>Void the check-out (it was a mistake)</source>
        <translation>Anular la salida (fue un error)</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Niño:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>Corregir:</translation>
    </message>
    <message>
        <source>Correct time:</source>
        <translation>Hora correcta:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message numerus="yes">
        <source>Why (needed after %n minute(s), or from another desk)</source>
        <translation>
            <numerusform>Por qué (necesario pasado %n minuto, o desde otra recepción)</numerusform>
            <numerusform>Por qué (necesario pasados %n minutos, o desde otra recepción)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why (kept with the old value)</source>
        <translation>Por qué (se conserva con el valor anterior)</translation>
    </message>
    <message>
        <source>%1 will leave the roll call and every list of who is here, as if never checked in. Void a check-in only if the child did not come.</source>
        <translation>%1 saldrá del pase de lista y de todas las listas de presentes, como si nunca se hubiera registrado su entrada. Anule una entrada solo si el niño no vino.</translation>
    </message>
    <message>
        <source>%1&apos;s stay will be open again: %1 counts as here until checked out to an adult on the pickup list.</source>
        <translation>La estancia de %1 volverá a quedar abierta: %1 cuenta como presente hasta que se registre su salida con un adulto de la lista de recogida.</translation>
    </message>
    <message>
        <source>Void the check-in</source>
        <translation>Anular la entrada</translation>
    </message>
    <message>
        <source>%1 will no longer be on the roll call or counted as here. Void the check-in?</source>
        <translation>%1 dejará de figurar en el pase de lista y de contarse como presente. ¿Anular la entrada?</translation>
    </message>
</context>
<context>
    <name>Kindred::CustodyChangeDialog</name>
    <message>
        <source>Change who may collect</source>
        <translation>Cambiar quién puede recoger</translation>
    </message>
    <message>
        <source>These pickup rules change. Each change is recorded in the audit trail with your name and your reason.</source>
        <translation>Estas reglas de recogida cambian. Cada cambio se anota en el registro de auditoría con su nombre y su motivo.</translation>
    </message>
    <message>
        <source>what happened and who decided, e.g. new parenting order seen today</source>
        <translation>qué ocurrió y quién lo decidió; p. ej., nueva orden de custodia vista hoy</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>the later order, variation or withdrawal, with its date</source>
        <translation>la orden posterior, la modificación o la revocación, con su fecha</translation>
    </message>
    <message>
        <source>Document that ended court order %1:</source>
        <translation>Documento que puso fin a la orden judicial %1:</translation>
    </message>
    <message>
        <source>At least %1 characters and %2 different words.</source>
        <translation>Al menos %1 caracteres y %2 palabras distintas.</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>Kindred::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Tickets opened per month, by site</source>
        <translation>Casos abiertos por mes, por sede</translation>
    </message>
    <message>
        <source>No tickets in these six months.</source>
        <translation>No hay casos en estos seis meses.</translation>
    </message>
    <message>
        <source>Hours to resolve (median) by site</source>
        <translation>Horas hasta la resolución (mediana) por sede</translation>
    </message>
    <message>
        <source>None resolved yet.</source>
        <translation>Todavía no se ha resuelto ninguno.</translation>
    </message>
    <message>
        <source>Incidents by kind (last 90 days)</source>
        <translation>Incidentes por tipo (últimos 90 días)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>No incidents in these 90 days.</source>
        <translation>No hay incidentes en estos 90 días.</translation>
    </message>
    <message>
        <source>Tickets opened and resolved per month</source>
        <translation>Casos abiertos y resueltos por mes</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>Hours to resolve (median, by month opened)</source>
        <translation>Horas hasta la resolución (mediana, por mes de apertura)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Children attending per day (last 30 days)</source>
        <translation>Niños asistentes por día (últimos 30 días)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>No check-ins in these 30 days.</source>
        <translation>No hay entradas registradas en estos 30 días.</translation>
    </message>
    <message>
        <source>Children present at each hour today</source>
        <translation>Niños presentes a cada hora hoy</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Nobody checked in yet today.</source>
        <translation>Hoy todavía no se ha registrado ninguna entrada.</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now, at every site together.</source>
        <translation>
            <numerusform>Hoy, %1: %n niño presente ahora, en todas las sedes juntas.</numerusform>
            <numerusform>Hoy, %1: %n niños presentes ahora, en todas las sedes juntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now.</source>
        <translation>
            <numerusform>Hoy, %1: %n niño presente ahora.</numerusform>
            <numerusform>Hoy, %1: %n niños presentes ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1: %2</source>
        <translation>Hoy, %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one bar of a chart: its label and its value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s series: its name and its bars</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskActionBar</name>
    <message>
        <source>Arrive</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>El día</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>All siblings</source>
        <translation>Todos los hermanos</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>Registrar salida…</translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation>Ausente…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Imprimir etiquetas…</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskToolBar</name>
    <message>
        <source>Drop-in child…</source>
        <translation>Niño de asistencia puntual…</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Grupo…</translation>
    </message>
    <message>
        <source>Reprint lost label</source>
        <translation>Reimprimir etiqueta perdida</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Tick a child who is here to reprint the label with the same code.</source>
        <translation>Marque un niño presente para reimprimir la etiqueta con el mismo código.</translation>
    </message>
    <message>
        <source>Check a child in, or tick a child who is here, to save labels.</source>
        <translation>Registre la entrada de un niño, o marque un niño presente, para guardar etiquetas.</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskUndo</name>
    <message>
        <source>Undo check-in of %1 (Ctrl+Z)</source>
        <translation>Deshacer la entrada de %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo check-out of %1 (Ctrl+Z)</source>
        <translation>Deshacer la salida de %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>No hay nada que deshacer en esta recepción.</translation>
    </message>
    <message>
        <source>Check-in undone for %1.</source>
        <translation>Se deshizo la entrada de %1.</translation>
    </message>
    <message>
        <source>Check-out undone for %1: here again, and the next check-out goes through the pickup list again.</source>
        <translation>Se deshizo la salida de %1: vuelve a estar presente, y la próxima salida volverá a pasar por la lista de recogida.</translation>
    </message>
</context>
<context>
    <name>Kindred::DiskSpaceMonitor</name>
    <message>
        <source>Only %1 MB free on the disk that holds Kindred&apos;s data — free some space or ask whoever looks after this computer</source>
        <translation>Solo quedan %1 MB libres en el disco que contiene los datos de Kindred: libere espacio o consulte a la persona que se ocupa de este equipo</translation>
    </message>
</context>
<context>
    <name>Kindred::DrillService</name>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>A drill is already under way. Finish it before starting another.</source>
        <translation>Ya hay un simulacro en curso. Termínelo antes de iniciar otro.</translation>
    </message>
    <message>
        <source>That person is not on this drill&apos;s roll.</source>
        <translation>Esa persona no figura en la lista de este simulacro.</translation>
    </message>
    <message>
        <source>This drill is finished; its roll can no longer be changed.</source>
        <translation>Este simulacro ha terminado; su lista ya no se puede modificar.</translation>
    </message>
    <message>
        <source>That drill is not on file, or was already finished.</source>
        <translation>Ese simulacro no figura en los registros o ya terminó.</translation>
    </message>
    <message>
        <source>That drill is not on file.</source>
        <translation>Ese simulacro no figura en los registros.</translation>
    </message>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Centro infantil Kindred</translation>
    </message>
    <message>
        <source>Emergency drill log</source>
        <translation>Registro de simulacros de emergencia</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>On roll</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>Localizados</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No drills were recorded in this period.</source>
        <translation>No se registró ningún simulacro en este período.</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
</context>
<context>
    <name>Kindred::DropInDialog</name>
    <message>
        <source>Life-threatening</source>
        <translation>Potencialmente mortal</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Madre o padre</translation>
    </message>
    <message>
        <source>Check the child in now, brought by this adult</source>
        <translation>Registrar ahora la entrada del niño, traído por este adulto</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Drop-in or visiting child</source>
        <translation>Niño de asistencia puntual o visitante</translation>
    </message>
    <message>
        <source>none, or e.g. peanuts, egg</source>
        <translation>ninguna, o p. ej. cacahuetes, huevo</translation>
    </message>
    <message>
        <source>same as the child&apos;s</source>
        <translation>los mismos que los del niño</translation>
    </message>
    <message>
        <source>a number the centre can call today</source>
        <translation>un número al que el centro pueda llamar hoy</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(sin sala)</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;first name:</source>
        <translation>&amp;Nombre del niño:</translation>
    </message>
    <message>
        <source>Child&apos;s family &amp;name:</source>
        <translation>&amp;Apellidos del niño:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>Ale&amp;rgias:</translation>
    </message>
    <message>
        <source>Adult&apos;s first na&amp;me:</source>
        <translation>N&amp;ombre del adulto:</translation>
    </message>
    <message>
        <source>Adult&apos;s family nam&amp;e:</source>
        <translation>Apellidos d&amp;el adulto:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Parentesco:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The adult who brings the child&lt;/b&gt; — at least one phone number the centre can call is required.</source>
        <translation>&lt;b&gt;El adulto que trae al niño&lt;/b&gt;: se necesita al menos un número de teléfono al que el centro pueda llamar.</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in.</source>
        <translation>%1 está registrado como asistencia puntual.</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in and checked in (code %2).</source>
        <translation>%1 está registrado como asistencia puntual y se registró su entrada (código %2).</translation>
    </message>
    <message>
        <source>%1 is registered, but was not checked in: %2</source>
        <translation>%1 está registrado, pero no se registró su entrada: %2</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsEditor</name>
    <message>
        <source>Add con&amp;tact</source>
        <translation>Añadir &amp;contacto</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>No emergency contacts yet. Add someone besides the guardians whom the centre can call.</source>
        <translation>Todavía no hay contactos de emergencia. Añada a alguien, además de los tutores, a quien el centro pueda llamar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsPopup</name>
    <message>
        <source>Emergency contacts — %1</source>
        <translation>Contactos de emergencia — %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>⚠ %1: %2 — life-threatening</source>
        <translation>⚠ %1: %2 — potencialmente mortal</translation>
    </message>
    <message>
        <source>%1 — no emergency contacts on file</source>
        <translation>%1 — no hay contactos de emergencia registrados</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
</context>
<context>
    <name>Kindred::FamiliesPage</name>
    <message>
        <source>&amp;New family</source>
        <translation>&amp;Nueva familia</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivar…</translation>
    </message>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits or card code</source>
        <translation>Buscar una familia: nombre de un niño o adulto, dígitos del teléfono o código de tarjeta</translation>
    </message>
    <message>
        <source>New family (Ctrl+N)</source>
        <translation>Nueva familia (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ab&amp;rir…</translation>
    </message>
    <message>
        <source>Open family</source>
        <translation>Abrir familia</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>la familia %1</translation>
    </message>
    <message>
        <source>Archive family</source>
        <translation>Archivar familia</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n familia</numerusform>
            <numerusform>%n familias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found for &quot;%2&quot;.</source>
        <translation>Resultados para «%2»: %1.</translation>
    </message>
    <message>
        <source>%1 listed; scroll down for more.</source>
        <translation>En la lista: %1; desplácese hacia abajo para ver más.</translation>
    </message>
    <message>
        <source>No families yet. Add the first with New family (%1).</source>
        <translation>Todavía no hay familias. Añada la primera con Nueva familia (%1).</translation>
    </message>
    <message>
        <source>No families match &quot;%1&quot;. Check the spelling, or search by phone or card number.</source>
        <translation>Ninguna familia coincide con «%1». Revise la ortografía o busque por teléfono o número de tarjeta.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyEditorDialog</name>
    <message>
        <source>&amp;Household</source>
        <translation>Ho&amp;gar</translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation>Ad&amp;ultos</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>Niñ&amp;os</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Guar&amp;dar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hidden for your role (%1).</source>
        <translation>Oculto para su rol (%1).</translation>
    </message>
    <message>
        <source>Only a director changes who may collect a child or who must not; your role (%1) sees them.</source>
        <translation>Solo un director cambia quién puede recoger a un niño o quién no debe hacerlo; su rol (%1) puede verlo.</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nueva familia</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>Familia %1</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyListModel</name>
    <message>
        <source>A child of this family has a life-threatening allergy.</source>
        <translation>Un niño de esta familia tiene una alergia potencialmente mortal.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyService</name>
    <message>
        <source>Kindred could not find a free family card code. Nothing was saved; call support.</source>
        <translation>Kindred no encontró ningún código de tarjeta familiar libre. No se guardó nada; llame al servicio de asistencia.</translation>
    </message>
    <message>
        <source>%1 is not an adult of this family on file. Nothing was saved.</source>
        <translation>%1 no figura en los registros como adulto de esta familia. No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 is not a child of this family on file. Nothing was saved.</source>
        <translation>%1 no figura en los registros como niño de esta familia. No se guardó nada.</translation>
    </message>
    <message>
        <source>This family is no longer on file (it was archived at another desk). Nothing was saved.</source>
        <translation>Esta familia ya no figura en los registros (se archivó en otra recepción). No se guardó nada.</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>la familia %1</translation>
    </message>
    <message>
        <source>Could not read the data file: a count came back empty.</source>
        <translation>No se pudo leer el archivo de datos: un recuento llegó vacío.</translation>
    </message>
</context>
<context>
    <name>Kindred::FirstStartWizard</name>
    <message>
        <source>Set up Kindred</source>
        <translation>Configurar Kindred</translation>
    </message>
    <message>
        <source>Your centre</source>
        <translation>Su centro</translation>
    </message>
    <message>
        <source>Kindred keeps the centre in one new data file. Nothing is written until you finish.</source>
        <translation>Kindred guarda el centro en un único archivo de datos nuevo. No se escribe nada hasta que termine.</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>&amp;Nombre del centro:</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Three letters (ISO 4217): AUD, EUR, CAD…</source>
        <translation>Tres letras (ISO 4217): AUD, EUR, CAD…</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>The rooms children are checked into, with how many each holds and how many children one adult may look after there. More can be added later under Rooms.</source>
        <translation>Las salas en las que se registra la entrada de los niños, con cuántos admite cada una y cuántos niños puede atender allí un adulto. Se pueden añadir más después en Salas.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Children per adult</source>
        <translation>Niños por adulto</translation>
    </message>
    <message>
        <source>&amp;Add a room</source>
        <translation>Añadir una sa&amp;la</translation>
    </message>
    <message>
        <source>&amp;Remove the room</source>
        <translation>&amp;Quitar la sala</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>El primer administrador</translation>
    </message>
    <message>
        <source>The administrator sets up staff, their PINs and what each role may do. The password has at least %1 characters and contains neither the centre&apos;s name nor yours.</source>
        <translation>El administrador configura el personal, sus PIN y lo que puede hacer cada rol. La contraseña tiene al menos %1 caracteres y no contiene ni el nombre del centro ni el suyo.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>The language of Kindred&apos;s window and of your own account. Each staff member can have their own.</source>
        <translation>El idioma de la ventana de Kindred y de su propia cuenta. Cada miembro del personal puede tener el suyo.</translation>
    </message>
    <message>
        <source>&amp;Your language:</source>
        <translation>Su &amp;idioma:</translation>
    </message>
    <message>
        <source>The centre&apos;s language and formats, as a language code (BCP 47): en, en-AU, fr-CA… Staff who have no language of their own see the window in it.</source>
        <translation>El idioma y los formatos del centro, como código de idioma (BCP 47): es, es-MX, fr-CA… El personal que no tiene un idioma propio ve la ventana en este idioma.</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;language:</source>
        <translation>Idioma del &amp;centro:</translation>
    </message>
</context>
<context>
    <name>Kindred::FrontDeskPage</name>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits, card code — or scan the card or a pickup code</source>
        <translation>Buscar una familia: nombre de un niño o adulto, dígitos del teléfono, código de tarjeta, o escanee la tarjeta o un código de recogida</translation>
    </message>
    <message>
        <source>No family open</source>
        <translation>No hay ninguna familia abierta</translation>
    </message>
    <message>
        <source>(signed-in user)</source>
        <translation>(usuario con sesión iniciada)</translation>
    </message>
    <message>
        <source>Adult at the desk, &amp;brought by:</source>
        <translation>&amp;Quién los trajo (adulto en la recepción):</translation>
    </message>
    <message>
        <source>S&amp;taff at the desk:</source>
        <translation>Persona&amp;l en la recepción:</translation>
    </message>
    <message>
        <source>No family matches &quot;%1&quot;.
Try part of a surname or first name,
the last digits of a phone number,
the family&apos;s card code,
or today&apos;s pickup code.</source>
        <translation>Ninguna familia coincide con «%1».
Pruebe con parte de un apellido o un nombre,
los últimos dígitos de un teléfono,
el código de tarjeta de la familia
o el código de recogida de hoy.</translation>
    </message>
    <message>
        <source>No family card or pickup code matches &quot;%1&quot;.</source>
        <translation>Ninguna tarjeta familiar ni código de recogida coincide con «%1».</translation>
    </message>
    <message>
        <source>No family open — type a name or scan a card</source>
        <translation>No hay ninguna familia abierta: escriba un nombre o escanee una tarjeta</translation>
    </message>
    <message>
        <source>%1 family · card %2</source>
        <translation>Familia %1 · tarjeta %2</translation>
    </message>
    <message>
        <source>brought them last time</source>
        <translation>los trajo la última vez</translation>
    </message>
    <message>
        <source>Open a family first: its children&apos;s emergency contacts are shown.</source>
        <translation>Abra primero una familia: se muestran los contactos de emergencia de sus niños.</translation>
    </message>
    <message>
        <source>Open a family first.</source>
        <translation>Abra primero una familia.</translation>
    </message>
    <message>
        <source>Every child of this family is already here.</source>
        <translation>Todos los niños de esta familia ya están presentes.</translation>
    </message>
    <message>
        <source>No child is ticked, so nobody was checked in: tick the children (Tab, then Space) or press F3 for all.</source>
        <translation>No hay ningún niño marcado, así que no se registró ninguna entrada: marque los niños (Tab y luego Espacio) o pulse F3 para todos.</translation>
    </message>
    <message>
        <source>Who brought them? Choose the adult at the desk, then press F2 again.</source>
        <translation>¿Quién los trajo? Elija el adulto que está en la recepción y vuelva a pulsar F2.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>Checked in: %1, brought by %2. Press F8 to print the labels and receipt.</source>
        <translation>Entrada registrada: %1. Acompañante: %2. Pulse F8 para imprimir las etiquetas y el comprobante.</translation>
    </message>
    <message>
        <source>Still waiting for another station to finish saving; try again when this message changes.</source>
        <translation>Todavía se espera a que otro puesto termine de guardar; vuelva a intentarlo cuando cambie este mensaje.</translation>
    </message>
    <message>
        <source>No child of this family is checked in.</source>
        <translation>No hay ningún niño de esta familia con la entrada registrada.</translation>
    </message>
    <message>
        <source>%1 — released by a director&apos;s override; the reason is recorded.</source>
        <translation>%1 — entrega por excepción autorizada por un director; el motivo queda registrado.</translation>
    </message>
    <message>
        <source>Choose the children who are away today.</source>
        <translation>Elija los niños que faltan hoy.</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>Ausente hoy</translation>
    </message>
    <message>
        <source>Why is the child away?</source>
        <translation>¿Por qué falta el niño?</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Enfermo</translation>
    </message>
    <message>
        <source>Choose a child who is here to reprint a label.</source>
        <translation>Elija un niño presente para reimprimir una etiqueta.</translation>
    </message>
    <message>
        <source>Choose who brought them (%1)</source>
        <comment>%1: the key that reaches the list, Alt+B in English</comment>
        <translation>Elija quién los trajo (%1)</translation>
    </message>
    <message>
        <source>A child in this family has a life-threatening allergy.</source>
        <translation>Un niño de esta familia tiene una alergia potencialmente mortal.</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>Familias encontradas</translation>
    </message>
    <message>
        <source>Find a family</source>
        <translation>Buscar una familia</translation>
    </message>
</context>
<context>
    <name>Kindred::GroupAttendanceDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>Su &amp;PIN, de nuevo:</translation>
    </message>
    <message>
        <source>Group check-in or check-out</source>
        <translation>Entrada o salida de un grupo</translation>
    </message>
    <message>
        <source>Check in — arriving with staff (bus run)</source>
        <translation>Entrada: llegan con personal (ruta de autobús)</translation>
    </message>
    <message>
        <source>Check out — leaving with staff (field trip)</source>
        <translation>Salida: se van con personal (excursión)</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <source>e.g. Morning bus, Zoo trip</source>
        <translation>p. ej., Autobús de la mañana, Excursión al zoo</translation>
    </message>
    <message>
        <source>Only for a child with a &quot;do not release&quot; restriction: a director&apos;s reason</source>
        <translation>Solo para un niño con una restricción de «no entregar»: el motivo de un director</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Miembro del personal:</translation>
    </message>
    <message>
        <source>Group &amp;label:</source>
        <translation>&amp;Etiqueta del grupo:</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>E&amp;xcepción:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Marcar &amp;ninguno</translation>
    </message>
    <message>
        <source>Children (space ticks the highlighted one):</source>
        <translation>Niños (Espacio marca el resaltado):</translation>
    </message>
    <message>
        <source>Result, child by child:</source>
        <translation>Resultado, niño por niño:</translation>
    </message>
    <message>
        <source>No staff member is clocked in (or signed in) today: a group can only leave with staff who are here.</source>
        <translation>Hoy no hay ningún miembro del personal en turno (ni con sesión iniciada): un grupo solo puede salir con personal que esté presente.</translation>
    </message>
    <message>
        <source>Check in ticked children</source>
        <translation>Registrar la entrada de los niños marcados</translation>
    </message>
    <message>
        <source>Check out ticked children</source>
        <translation>Registrar la salida de los niños marcados</translation>
    </message>
    <message>
        <source>   ⚠ %1 — life-threatening</source>
        <translation>   ⚠ %1 — potencialmente mortal</translation>
    </message>
    <message>
        <source>Every child of this room is already here.</source>
        <translation>Todos los niños de esta sala ya están presentes.</translation>
    </message>
    <message>
        <source>Nobody of this room is here.</source>
        <translation>No hay nadie de esta sala presente.</translation>
    </message>
    <message>
        <source>Tick the children of the group first.</source>
        <translation>Marque primero los niños del grupo.</translation>
    </message>
    <message>
        <source>✓ %1 — checked in, code %2</source>
        <translation>✓ %1 — entrada registrada, código %2</translation>
    </message>
    <message>
        <source>✓ %1 — left with %2 (back through a group check-in)</source>
        <translation>✓ %1 — salió con %2 (regresa mediante una entrada de grupo)</translation>
    </message>
    <message>
        <source>✗ %1 — refused: %2</source>
        <translation>✗ %1 — rechazado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) recorded.</source>
        <translation>
            <numerusform>%n niño registrado.</numerusform>
            <numerusform>%n niños registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overriding a court order needs your PIN again: type it, then run again.</source>
        <translation>Para anular una orden judicial se necesita de nuevo su PIN: escríbalo y vuelva a ejecutar.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused: see the list.</source>
        <translation>
            <numerusform>%n niño rechazado: consulte la lista.</numerusform>
            <numerusform>%n niños rechazados: consulte la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Children of the room</source>
        <translation>Niños de la sala</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthListEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordDialog</name>
    <message>
        <source>Health record — %1</source>
        <translation>Historial de salud — %1</translation>
    </message>
    <message>
        <source>&amp;1 Conditions, diet, doctor</source>
        <translation>&amp;1 Afecciones, dieta, médico</translation>
    </message>
    <message>
        <source>&amp;2 Medications</source>
        <translation>&amp;2 Medicamentos</translation>
    </message>
    <message>
        <source>&amp;3 Medication given</source>
        <translation>&amp;3 Medicación administrada</translation>
    </message>
    <message>
        <source>&amp;4 Immunisations</source>
        <translation>&amp;4 Vacunas</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordService</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>plan de cuidados</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>pauta</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>fecha de caducidad</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>consultorio</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>Ese niño no figura en los registros.</translation>
    </message>
    <message>
        <source>Enter the name of the condition.</source>
        <translation>Introduzca el nombre de la afección.</translation>
    </message>
    <message>
        <source>Enter the name of the medication.</source>
        <translation>Introduzca el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Enter the dose, as the parent&apos;s authority states it.</source>
        <translation>Introduzca la dosis, tal como figura en la autorización de la familia.</translation>
    </message>
    <message>
        <source>Enter the dietary need.</source>
        <translation>Introduzca la necesidad alimentaria.</translation>
    </message>
    <message>
        <source>The doctor&apos;s phone number does not look right.</source>
        <translation>El número de teléfono del médico no parece correcto.</translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation>la entrada «%1»</translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation>el médico</translation>
    </message>
    <message>
        <source>Nothing was changed. That entry has been removed, or belongs to another child.</source>
        <translation>No se cambió nada. Esa entrada se ha quitado o pertenece a otro niño.</translation>
    </message>
    <message>
        <source>Nothing was removed. Give the reason.</source>
        <translation>No se quitó nada. Indique el motivo.</translation>
    </message>
    <message>
        <source>Nothing was removed. That entry is not on file, or was already removed.</source>
        <translation>No se quitó nada. Esa entrada no figura en los registros o ya se quitó.</translation>
    </message>
</context>
<context>
    <name>Kindred::HouseholdForm</name>
    <message>
        <source>The family is happ&amp;y to share its cultures and celebrations with the centre community</source>
        <translation>A la familia le gusta compartir sus culturas y celebraciones con la &amp;comunidad del centro</translation>
    </message>
    <message>
        <source>comma-separated, e.g. English, Igbo</source>
        <translation>separados por comas; p. ej., inglés, igbo</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Diwali, Lunar New Year</source>
        <translation>separadas por comas; p. ej., Diwali, Año Nuevo Lunar</translation>
    </message>
    <message>
        <source>made when saved</source>
        <translation>se genera al guardar</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>&amp;Nombre de la familia:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Idiom&amp;as:</translation>
    </message>
    <message>
        <source>C&amp;ultures:</source>
        <translation>Cul&amp;turas:</translation>
    </message>
    <message>
        <source>Cele&amp;brations:</source>
        <translation>Cele&amp;braciones:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Ca&amp;rd code:</source>
        <translation>Código de tar&amp;jeta:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Dirección, segunda línea</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationScheduleDialog</name>
    <message>
        <source>&amp;Add dose</source>
        <translation>&amp;Añadir dosis</translation>
    </message>
    <message>
        <source>&amp;Remove dose</source>
        <translation>&amp;Quitar dosis</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;Guardar calendario</translation>
    </message>
    <message>
        <source>Immunisation schedule</source>
        <translation>Calendario de vacunación</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>Número de dosis</translation>
    </message>
    <message>
        <source>Due at age</source>
        <translation>Edad prevista</translation>
    </message>
    <message numerus="yes">
        <source>Each dose is due on the day the child reaches its age, and overdue %n day(s) later.</source>
        <translation>
            <numerusform>Cada dosis está prevista el día en que el niño alcanza su edad, y se considera atrasada %n día después.</numerusform>
            <numerusform>Cada dosis está prevista el día en que el niño alcanza su edad, y se considera atrasada %n días después.</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationService</name>
    <message>
        <source>Enter the vaccine.</source>
        <translation>Introduzca la vacuna.</translation>
    </message>
    <message>
        <source>The dose number starts at 1.</source>
        <translation>El número de dosis empieza en 1.</translation>
    </message>
    <message>
        <source>Enter the date the vaccine was given (not in the future).</source>
        <translation>Introduzca la fecha en que se administró la vacuna (no puede ser futura).</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>Ese niño no figura en los registros.</translation>
    </message>
    <message>
        <source>The vaccine cannot have been given before the child was born.</source>
        <translation>La vacuna no puede haberse administrado antes de que naciera el niño.</translation>
    </message>
    <message>
        <source>%1 dose %2 is already recorded (given %3).</source>
        <translation>La dosis %2 de %1 ya está registrada (administrada el %3).</translation>
    </message>
    <message>
        <source>The age cannot be negative.</source>
        <translation>La edad no puede ser negativa.</translation>
    </message>
    <message>
        <source>%1 dose %2 is in the schedule twice.</source>
        <translation>La dosis %2 de %1 figura dos veces en el calendario.</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationsPanel</name>
    <message>
        <source>&amp;Record as given</source>
        <translation>&amp;Registrar como administrada</translation>
    </message>
    <message>
        <source>Edit the centre&apos;s &amp;schedule…</source>
        <translation>Editar el &amp;calendario del centro…</translation>
    </message>
    <message>
        <source>No immunisations recorded. Add each dose from the child&apos;s record or certificate.</source>
        <translation>No hay vacunas registradas. Añada cada dosis a partir de la cartilla o el certificado del niño.</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Administrada el</translation>
    </message>
    <message>
        <source>&amp;Vaccine dose:</source>
        <translation>Dosis de &amp;vacuna:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Administrada el:</translation>
    </message>
    <message>
        <source>%1, dose %2</source>
        <translation>%1, dosis %2</translation>
    </message>
    <message>
        <source>Up to date with the centre&apos;s schedule.</source>
        <translation>Al día según el calendario del centro.</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due now</source>
        <translation>Atrasadas: %1; pendientes ahora: %2</translation>
    </message>
    <message>
        <source>%1 dose %2 recorded.</source>
        <translation>Se registró la dosis %2 de %1.</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Vacunas</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentDialog</name>
    <message>
        <source>Told at</source>
        <translation>Informada a las</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority</source>
        <translation>Notificable a la autoridad de habilitación</translation>
    </message>
    <message>
        <source>Log an incident</source>
        <translation>Registrar un incidente</translation>
    </message>
    <message>
        <source>Add a child: type a name and press Enter</source>
        <translation>Añadir un niño: escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <source>e.g. left knee</source>
        <translation>p. ej., rodilla izquierda</translation>
    </message>
    <message>
        <source>Names, separated by ;</source>
        <translation>Nombres, separados por ;</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>What ha&amp;ppened</source>
        <translation>&amp;Qué ocurrió</translation>
    </message>
    <message>
        <source>First &amp;aid or action</source>
        <translation>Primeros &amp;auxilios o medidas</translation>
    </message>
    <message>
        <source>&amp;Body area</source>
        <translation>&amp;Zona del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Staff involved</source>
        <translation>&amp;Personal implicado</translation>
    </message>
    <message>
        <source>Wi&amp;tnesses</source>
        <translation>Testi&amp;gos</translation>
    </message>
    <message>
        <source>Which parent or guardian</source>
        <translation>Qué familiar o tutor</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Familia notificada</translation>
    </message>
    <message>
        <source>Save and submit</source>
        <translation>Guardar y enviar</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>Incidente n.º %1</translation>
    </message>
    <message>
        <source>Child no. %1</source>
        <translation>Niño n.º %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Signed off: change it with “Amend…” on the incidents page.</source>
        <translation>Aprobado: modifíquelo con «Modificar…» en la página de incidentes.</translation>
    </message>
    <message>
        <source>Children involved</source>
        <translation>Niños implicados</translation>
    </message>
    <message>
        <source>Staff who witnessed it</source>
        <translation>Personal que lo presenció</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Añadir un niño</translation>
    </message>
    <message>
        <source>Parent or guardian notified</source>
        <translation>Padre, madre o tutor avisado</translation>
    </message>
    <message>
        <source>When the parent was notified</source>
        <translation>Cuándo se avisó al padre o la madre</translation>
    </message>
    <message>
        <source>How the parent was notified</source>
        <translation>Cómo se avisó al padre o la madre</translation>
    </message>
    <message>
        <source>Follow-up to do</source>
        <translation>Seguimiento pendiente</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentService</name>
    <message>
        <source>Nothing was changed. This incident has been signed off; it can only be amended, with a reason.</source>
        <translation>No se cambió nada. Este incidente está aprobado; solo se puede modificar indicando un motivo.</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is %1.</source>
        <translation>No se cambió nada. Este incidente está en estado «%1».</translation>
    </message>
    <message>
        <source>Nothing was changed. Record which parent was told, and when, before signing off.</source>
        <translation>No se cambió nada. Registre a qué familiar se informó, y cuándo, antes de aprobarlo.</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who acknowledged it.</source>
        <translation>Introduzca el nombre del tutor que acusó recibo.</translation>
    </message>
    <message>
        <source>Say how the guardian acknowledged it (signed, in person, email…).</source>
        <translation>Indique cómo acusó recibo el tutor (firmado, en persona, correo electrónico…).</translation>
    </message>
    <message>
        <source>Nothing was changed. Submit the incident before a guardian acknowledges it.</source>
        <translation>No se cambió nada. Envíe el incidente antes de que un tutor acuse recibo.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 already acknowledged this incident.</source>
        <translation>No se cambió nada. %1 ya acusó recibo de este incidente.</translation>
    </message>
    <message>
        <source>Nothing was changed. Give the reason for the amendment.</source>
        <translation>No se cambió nada. Indique el motivo de la modificación.</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>No se cambió nada. «%1» no se puede modificar.</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is not signed off yet: edit it directly.</source>
        <translation>No se cambió nada. Este incidente todavía no está aprobado: edítelo directamente.</translation>
    </message>
    <message>
        <source>Nothing was changed. The new value is the same as the old.</source>
        <translation>No se cambió nada. El valor nuevo es igual al anterior.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>No se cambió nada. %1</translation>
    </message>
    <message>
        <source>this incident report</source>
        <translation>este informe de incidente</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsPage</name>
    <message>
        <source>Reportable only</source>
        <translation>Solo notificables</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nuevo incidente…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>Apro&amp;bar</translation>
    </message>
    <message>
        <source>Guardian a&amp;cknowledged…</source>
        <translation>A&amp;cuse de recibo del tutor…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>No incidents match these filters and dates. Widen the dates or choose &quot;All kinds&quot; and &quot;Any status&quot;, or log one with New incident.</source>
        <translation>Ningún incidente coincide con estos filtros y fechas. Amplíe las fechas o elija «Todos los tipos» y «Cualquier estado», o registre uno con Nuevo incidente.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>Notificable</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message numerus="yes">
        <source> (%n amendment(s))</source>
        <translation>
            <numerusform> (%n modificación)</numerusform>
            <numerusform> (%n modificaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Sign off incident no. %1? After sign-off it can only be changed by a recorded amendment.</source>
        <translation>¿Aprobar el incidente n.º %1? Después de la aprobación solo se puede cambiar mediante una modificación registrada.</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Sin aprobar</translation>
    </message>
    <message>
        <source>Guardian acknowledgement</source>
        <translation>Acuse de recibo del tutor</translation>
    </message>
    <message>
        <source>Name of the guardian who acknowledged the report:</source>
        <translation>Nombre del tutor que acusó recibo del informe:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Signed the printed report</source>
        <translation>Firmó el informe impreso</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>incident-%1.pdf</source>
        <translation>incidente-%1.pdf</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsSection</name>
    <message>
        <source>Emergency &amp;roll call</source>
        <translation>Pase de lista de eme&amp;rgencia</translation>
    </message>
    <message>
        <source>Emergency roll call — no sign-in</source>
        <translation>Pase de lista de emergencia: sin inicio de sesión</translation>
    </message>
</context>
<context>
    <name>Kindred::LabelSettingsDialog</name>
    <message>
        <source>Life-threatening allergies (printed in red)</source>
        <translation>Alergias potencialmente mortales (impresas en rojo)</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>Otras alergias</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Notas médicas</translation>
    </message>
    <message>
        <source>Label settings</source>
        <translation>Ajustes de etiquetas</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Papel de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
    <message>
        <source>Health facts printed on a child&apos;s label</source>
        <translation>Datos de salud impresos en la etiqueta de un niño</translation>
    </message>
    <message>
        <source>A label travels with the child and can be read by anyone. What is not printed stays on screen for staff only — keep sensitive conditions off the label.</source>
        <translation>Una etiqueta acompaña al niño y cualquiera puede leerla. Lo que no se imprime queda en pantalla solo para el personal: no incluya en la etiqueta afecciones delicadas.</translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message>
        <source>This station does not see other stations&apos; changes at once (%1). Press F5 to read a page again.</source>
        <translation>Este puesto no ve al instante los cambios de otros puestos (%1). Pulse F5 para volver a leer una página.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Who&apos;s here</source>
        <translation>Quién está aquí</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Abrir archivo de datos…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>Acerca &amp;de Kindred</translation>
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
        <translation>%1 (demostración) — %2 — Kindred</translation>
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
            <numerusform>%n familia</numerusform>
            <numerusform>%n familias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n niño</numerusform>
            <numerusform>%n niños</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Kindred data file</source>
        <translation>Abrir un archivo de datos de Kindred</translation>
    </message>
    <message>
        <source>Kindred data (*.kindred *.sqlite);;All files (*)</source>
        <translation>Datos de Kindred (*.kindred *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>The centre server&apos;s data was saved with pg_dump in %1</source>
        <translation>Los datos del servidor del centro se guardaron con pg_dump en %1</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>Hacer copia de seguridad del archivo de datos</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the backup.</source>
        <translation>%1 ya existe. Elija un nombre nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The data was copied and checked: %1</source>
        <translation>Los datos se copiaron y comprobaron: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Kindred backups (*.kindred *.bak *.sqlite);;All files (*)</source>
        <translation>Copias de seguridad de Kindred (*.kindred *.bak *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The daily backup is being made just now. Try again in a minute.</source>
        <translation>Se está haciendo la copia de seguridad diaria en este momento. Vuelva a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <source>Replace the records in the data file with those in the backup %1?

Everything recorded since that backup was made (check-ins, families, incidents…) will no longer be in the data file. The data file as it is now is kept beside it, and the restore is recorded in the audit trail. Kindred reloads the data file afterwards; other stations must be closed first.</source>
        <translation>¿Reemplazar los registros del archivo de datos por los de la copia de seguridad %1?

Todo lo registrado desde que se hizo esa copia (entradas, familias, incidentes…) dejará de estar en el archivo de datos. El archivo de datos tal como está ahora se conserva junto a él, y la restauración se anota en el registro de auditoría. Después, Kindred vuelve a cargar el archivo de datos; antes hay que cerrar los demás puestos.</translation>
    </message>
    <message>
        <source>The backup was restored. The data file as it was before is kept as %1.

Kindred now reloads the data file: every screen shows the restored records.</source>
        <translation>Se restauró la copia de seguridad. El archivo de datos tal como estaba antes se conserva como %1.

Kindred vuelve a cargar ahora el archivo de datos: todas las pantallas muestran los registros restaurados.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>About Kindred</source>
        <translation>Acerca de Kindred</translation>
    </message>
    <message>
        <source>Kindred %1
The front desk for childcare centres, preschools and small schools.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Kindred %1
La recepción para centros de cuidado infantil, escuelas infantiles y pequeñas escuelas.
Publicado bajo la licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationLogPanel</name>
    <message>
        <source>&amp;Log dose given</source>
        <translation>&amp;Registrar dosis administrada</translation>
    </message>
    <message>
        <source>No doses recorded for this child yet.</source>
        <translation>Todavía no hay dosis registradas para este niño.</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Administrada a las</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Dose given:</source>
        <translation>&amp;Dosis administrada:</translation>
    </message>
    <message>
        <source>&amp;Time given:</source>
        <translation>&amp;Hora de administración:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Doses given at the centre, newest first:</source>
        <translation>Dosis administradas en el centro, las más recientes primero:</translation>
    </message>
    <message>
        <source>%1 — no consent on file</source>
        <translation>%1 — sin consentimiento registrado</translation>
    </message>
    <message>
        <source>Dose logged.</source>
        <translation>Dosis registrada.</translation>
    </message>
    <message>
        <source>Medication given</source>
        <translation>Medicación administrada</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationService</name>
    <message>
        <source>Nothing was recorded. Choose the staff member who gave it.</source>
        <translation>No se registró nada. Elija el miembro del personal que la administró.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Enter the dose given.</source>
        <translation>No se registró nada. Introduzca la dosis administrada.</translation>
    </message>
    <message>
        <source>Nothing was recorded. The time given is in the future.</source>
        <translation>No se registró nada. La hora de administración es futura.</translation>
    </message>
    <message>
        <source>Nothing was recorded. That medication is not on this child&apos;s record.</source>
        <translation>No se registró nada. Ese medicamento no figura en el historial de este niño.</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1 was removed from this child&apos;s record.</source>
        <translation>No se registró nada. %1 se quitó del historial de este niño.</translation>
    </message>
    <message>
        <source>Nothing was recorded. There is no parental consent on file for %1: do not give it until a parent has signed the authority.</source>
        <translation>No se registró nada. No hay consentimiento de la familia registrado para %1: no lo administre hasta que un progenitor haya firmado la autorización.</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationsPanel</name>
    <message>
        <source>Parent&apos;s signed &amp;consent on file</source>
        <translation>&amp;Consentimiento firmado de la familia registrado</translation>
    </message>
    <message>
        <source>&amp;Add medication</source>
        <translation>&amp;Añadir medicamento</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>No medications recorded. Add one with its dose before staff give it.</source>
        <translation>No hay medicamentos registrados. Añada uno con su dosis antes de que el personal lo administre.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>SIN CONSENTIMIENTO</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>CADUCADO %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>%1 saved. No consent is on file: it cannot be given yet.</source>
        <translation>Se guardó %1. No hay consentimiento registrado: todavía no se puede administrar.</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>Quitar medicamento</translation>
    </message>
    <message>
        <source>Why is this medication being removed? (kept in the audit log)</source>
        <translation>¿Por qué se quita este medicamento? (se conserva en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Medication removed.</source>
        <translation>Medicamento quitado.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
</context>
<context>
    <name>Kindred::OverdueTicketsLabel</name>
    <message>
        <source>no. %1 %2 (%3)</source>
        <translation>n.º %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue tickets: %1 — %2</source>
        <translation>Casos atrasados: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Kindred::PhotoField</name>
    <message>
        <source>Choose pho&amp;to…</source>
        <translation>&amp;Buscar foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>%1 no se pudo leer como imagen.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>Kindred::PickupRulesEditor</name>
    <message>
        <source>Add &quot;do &amp;not release&quot;</source>
        <translation>Añadir «&amp;no entregar»</translation>
    </message>
    <message>
        <source>Remove restriction</source>
        <translation>Quitar restricción</translation>
    </message>
    <message>
        <source>No adults in this family yet. Add them on the Adults tab, then tick who may collect the child.</source>
        <translation>Todavía no hay adultos en esta familia. Añádalos en la pestaña Adultos y luego marque quién puede recoger al niño.</translation>
    </message>
    <message>
        <source>Nobody is on the do-not-release list.</source>
        <translation>No hay nadie en la lista de «no entregar».</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>Puede recoger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>No entregar a</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <source>Restriction %1</source>
        <translation>Restricción %1</translation>
    </message>
    <message>
        <source>Au&amp;thorised to collect (tick; dates are optional):</source>
        <translation>Au&amp;torizados a recoger (marque; las fechas son opcionales):</translation>
    </message>
    <message>
        <source>Do not release to (court orders and other restrictions):</source>
        <translation>No entregar a (órdenes judiciales y otras restricciones):</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(nuevo adulto)</translation>
    </message>
    <message>
        <source>why, e.g. family court order</source>
        <translation>por qué; p. ej., orden de un juzgado de familia</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Who may collect</source>
        <translation>Quién puede recoger</translation>
    </message>
    <message>
        <source>Who may not collect</source>
        <translation>Quién no puede recoger</translation>
    </message>
</context>
<context>
    <name>Kindred::PrivacyPage</name>
    <message>
        <source>Everything held about a family</source>
        <translation>Todo lo que se conserva sobre una familia</translation>
    </message>
    <message>
        <source>Families who have left</source>
        <translation>Familias que se han dado de baja</translation>
    </message>
    <message>
        <source>Family name, phone or card code, then Enter</source>
        <translation>Apellido de la familia, teléfono o código de tarjeta, y luego Intro</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Parent &amp;directory PDF…</source>
        <translation>PDF del &amp;directorio de familias…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Fa&amp;mily:</source>
        <translation>Fa&amp;milia:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Anonymise the families listed…</source>
        <translation>A&amp;nonimizar las familias de la lista…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Keep personal data after a family leaves for</source>
        <translation>Conservar los datos personales después de que una familia se dé de baja durante</translation>
    </message>
    <message>
        <source>Due now (nothing changes until you anonymise them). Attendance, incident and medication records are kept, with the names replaced.</source>
        <translation>Pendientes ahora (no cambia nada hasta que las anonimice). Los registros de asistencia, incidentes y medicación se conservan, con los nombres sustituidos.</translation>
    </message>
    <message>
        <source>Find the family first.</source>
        <translation>Busque primero la familia.</translation>
    </message>
    <message>
        <source>Export a family&apos;s data</source>
        <translation>Exportar los datos de una familia</translation>
    </message>
    <message>
        <source>family-data.pdf</source>
        <translation>datos-de-la-familia.pdf</translation>
    </message>
    <message>
        <source>family-data.json</source>
        <translation>datos-de-la-familia.json</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Parent directory</source>
        <translation>Directorio de familias</translation>
    </message>
    <message>
        <source>parent-directory.pdf</source>
        <translation>directorio-de-familias.pdf</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Período de conservación</translation>
    </message>
    <message>
        <source>No family is due.</source>
        <translation>No hay ninguna familia pendiente.</translation>
    </message>
    <message>
        <source>Replaced with placeholders: the names and details of %1 and %2. Deleted: %3, %4 and %5. Texts removed from %6 and %7. Names replaced in %8 and %9; %10 redacted.</source>
        <translation>Se sustituyeron por marcadores los nombres y datos de: %1 y %2. Se eliminaron: %3, %4 y %5. Se quitaron los textos de: %6 y %7. Se sustituyeron los nombres en: %8 y %9. Se suprimieron: %10.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln niño</numerusform>
            <numerusform>%Ln niños</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln adulto</numerusform>
            <numerusform>%Ln adultos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln allergy, contact or pickup record(s)</source>
        <translation>
            <numerusform>%Ln registro de alergia, contacto o recogida</numerusform>
            <numerusform>%Ln registros de alergias, contactos o recogida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln health record(s)</source>
        <translation>
            <numerusform>%Ln registro de salud</numerusform>
            <numerusform>%Ln registros de salud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket note(s)</source>
        <translation>
            <numerusform>%Ln nota de caso</numerusform>
            <numerusform>%Ln notas de casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incidente</numerusform>
            <numerusform>%Ln incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln registro más</numerusform>
            <numerusform>%Ln registros más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln entrada de auditoría</numerusform>
            <numerusform>%Ln entradas de auditoría</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are, for licensing: %1 and %2.</source>
        <translation>Se conservan tal cual, por requisitos de habilitación: %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>%Ln registro de asistencia</numerusform>
            <numerusform>%Ln registros de asistencia</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise families</source>
        <translation>Anonimizar familias</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n family(ies) listed? This cannot be undone.</source>
        <translation>
            <numerusform>¿Anonimizar la %n familia de la lista? No se puede deshacer.</numerusform>
            <numerusform>¿Anonimizar las %n familias de la lista? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Período de conservación cumplido</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) anonymised.</source>
        <translation>
            <numerusform>%n familia anonimizada.</numerusform>
            <numerusform>%n familias anonimizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families due for anonymising</source>
        <translation>Familias pendientes de anonimizar</translation>
    </message>
</context>
<context>
    <name>Kindred::RecordListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>A&amp;rchivar…</translation>
    </message>
</context>
<context>
    <name>Kindred::ReportsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>CSV for E&amp;xcel</source>
        <translation>CSV para E&amp;xcel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>Sa&amp;la:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Pr&amp;eview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar PD&amp;F…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <source>Centre &amp;logo…</source>
        <translation>Logotipo del c&amp;entro…</translation>
    </message>
    <message>
        <source>This computer&apos;s site (%1)</source>
        <translation>Sede de este equipo (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Guardar CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Centre logo</source>
        <translation>Logotipo del centro</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kindred cannot read %1 as a picture.</source>
        <translation>Kindred no puede leer %1 como imagen.</translation>
    </message>
</context>
<context>
    <name>Kindred::RoleService</name>
    <message>
        <source>Nothing was changed: a role&apos;s short name uses lower-case letters, digits, - or _.</source>
        <translation>No se cambió nada: el nombre corto de un rol usa letras minúsculas, dígitos, - o _.</translation>
    </message>
    <message>
        <source>Nothing was changed: the role needs a name.</source>
        <translation>No se cambió nada: el rol necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>Kindred::RolesPanel</name>
    <message>
        <source>&amp;Save permissions</source>
        <translation>&amp;Guardar permisos</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>Aña&amp;dir rol</translation>
    </message>
    <message>
        <source>Name of a new role, such as Cook</source>
        <translation>Nombre de un rol nuevo, por ejemplo Cocinero</translation>
    </message>
    <message>
        <source>Tick what each role may do (Space ticks the chosen box), then save. Changes apply at once to everyone signed in with that role, and are kept in the audit trail.</source>
        <translation>Marque lo que puede hacer cada rol (Espacio marca la casilla elegida) y guarde. Los cambios se aplican al instante a todas las personas con sesión iniciada con ese rol y se conservan en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>&amp;Nuevo rol:</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1 (propio)</translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation>%1 puede %2</translation>
    </message>
    <message>
        <source>No permission was changed.</source>
        <translation>No se cambió ningún permiso.</translation>
    </message>
    <message>
        <source>%1 saved. %2</source>
        <translation>Se guardó %1. %2</translation>
    </message>
    <message>
        <source>Saved what %1 may do.</source>
        <translation>Se guardó lo que puede hacer %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is already a role called %1.</source>
        <translation>No se cambió nada: ya existe un rol llamado %1.</translation>
    </message>
    <message>
        <source>%1 was added and may do nothing yet: tick what it may do, then save.</source>
        <translation>Se añadió %1, que todavía no puede hacer nada: marque lo que puede hacer y guarde.</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>Permisos de cada función</translation>
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
        <translation>&amp;Iniciar pase de lista</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;Terminar y guardar</translation>
    </message>
    <message>
        <source>&amp;Print now</source>
        <translation>Imprimir &amp;ahora</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Drill &amp;log…</source>
        <translation>&amp;Registro de simulacros…</translation>
    </message>
    <message>
        <source>Emergency &amp;contacts</source>
        <translation>&amp;Contactos de emergencia</translation>
    </message>
    <message>
        <source>&amp;Health record…</source>
        <translation>&amp;Historial de salud…</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Pase de lista de emergencia</translation>
    </message>
    <message>
        <source>The emergency contacts of the child on the chosen row (Ctrl+E)</source>
        <translation>Los contactos de emergencia del niño de la fila elegida (Ctrl+E)</translation>
    </message>
    <message>
        <source>Accounted</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Alergias potencialmente mortales</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>Otras alergias, notas médicas</translation>
    </message>
    <message>
        <source>Emergency contacts / phone</source>
        <translation>Contactos de emergencia / teléfono</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>%1
The roll call below is %2.</source>
        <translation>%1
Pase de lista de abajo: %2.</translation>
    </message>
    <message>
        <source>%1
The roll call could not be read. Use the printed list or the room sign-in sheets.</source>
        <translation>%1
No se pudo leer el pase de lista. Use la lista impresa o las hojas de entradas y salidas de las salas.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>Personal en las instalaciones</translation>
    </message>
    <message>
        <source>%1, %2 on the premises</source>
        <translation>%1 y %2 en las instalaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n niño</numerusform>
            <numerusform>%n niños</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n miembro del personal</numerusform>
            <numerusform>%n miembros del personal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who is on the premises could not be read</source>
        <translation>No se pudo leer quién está en las instalaciones</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 accounted for — %4</source>
        <translation>%1 — %2 de %3 localizados — %4</translation>
    </message>
    <message>
        <source>Roll call not started</source>
        <translation>Pase de lista sin iniciar</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>No roll call is under way.</source>
        <translation>No hay ningún pase de lista en curso.</translation>
    </message>
    <message>
        <source>Saved: %1, %2 of %3 accounted for, took %4.</source>
        <translation>Guardado: %1, %2 de %3 localizados, duró %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not accounted for yet:</source>
        <translation>
            <numerusform>%n persona todavía sin localizar:</numerusform>
            <numerusform>%n personas todavía sin localizar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish and save the roll call anyway?</source>
        <translation>¿Terminar y guardar el pase de lista de todos modos?</translation>
    </message>
    <message>
        <source>Not everyone is accounted for</source>
        <translation>No se ha localizado a todo el mundo</translation>
    </message>
    <message>
        <source>Finish roll call</source>
        <translation>Terminar el pase de lista</translation>
    </message>
    <message>
        <source>Notes for the drill log (assembly point, problems found):</source>
        <translation>Notas para el registro de simulacros (punto de encuentro, problemas detectados):</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Last copy from %1, the centre server cannot be reached: read only, it may be incomplete</source>
        <translation>Última copia del %1; no se puede contactar con el servidor del centro: solo lectura, puede estar incompleta</translation>
    </message>
    <message>
        <source>as of %1 — may be incomplete</source>
        <translation>con datos de las %1; puede estar incompleto</translation>
    </message>
    <message>
        <source>Emergency roll call %1</source>
        <translation>Pase de lista de emergencia (%1)</translation>
    </message>
    <message>
        <source>roll-call-%1.pdf</source>
        <translation>pase-de-lista-%1.pdf</translation>
    </message>
    <message>
        <source>Drill log</source>
        <translation>Registro de simulacros</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Lista de presentes</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomBoardPage</name>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Children here</source>
        <translation>Niños presentes</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Staff clocked in</source>
        <translation>Personal en turno</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Still here after closing</source>
        <translation>Todavía presentes después del cierre</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>Iniciar turno</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>Terminar turno</translation>
    </message>
    <message>
        <source>Correct or void…</source>
        <translation>Corregir o anular…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Hoja de entradas y salidas…</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>Guardar la hoja como PDF…</translation>
    </message>
    <message>
        <source>Log incident… (Ctrl+I)</source>
        <translation>Registrar incidente… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Children here (⚠ red: life-threatening allergy)</source>
        <translation>Niños presentes (⚠ rojo: alergia potencialmente mortal)</translation>
    </message>
    <message>
        <source>Staff clock</source>
        <translation>Turnos del personal</translation>
    </message>
    <message>
        <source>Not checked out (end of day), then today&apos;s check-outs</source>
        <translation>Sin salida registrada (fin del día) y, después, las salidas de hoy</translation>
    </message>
    <message>
        <source>Daily sign-in/out sheet</source>
        <translation>Hoja diaria de entradas y salidas</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>Pantalla de pared</translation>
    </message>
    <message>
        <source>Shows the rooms full screen, in large type, for a screen on the wall: counts, staff and ratios, no children&apos;s names.</source>
        <translation>Muestra las salas a pantalla completa, en letra grande, para una pantalla de pared: recuentos, personal y proporciones, sin nombres de niños.</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 con retraso</translation>
    </message>
    <message numerus="yes">
        <source>%n children here now</source>
        <translation>
            <numerusform>%n niño presente ahora</numerusform>
            <numerusform>%n niños presentes ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n still here after closing</source>
        <translation>
            <numerusform> · %n todavía presente después del cierre</numerusform>
            <numerusform> · %n todavía presentes después del cierre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — in at %3</source>
        <translation>%1 — %2 — entrada a las %3</translation>
    </message>
    <message>
        <source>%1 — %2 — out at %3 with %4</source>
        <translation>%1 — %2 — salida a las %3 con %4</translation>
    </message>
    <message>
        <source>%1 — %2 — since %3 · code %4</source>
        <translation>%1 — %2 — desde las %3 · código %4</translation>
    </message>
    <message>
        <source>⚠ %1 — LIFE-THREATENING: %2</source>
        <translation>⚠ %1 — POTENCIALMENTE MORTAL: %2</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Registrar incidente</translation>
    </message>
    <message>
        <source>Choose the children involved in the &quot;Children here&quot; list first.</source>
        <translation>Elija primero en la lista «Niños presentes» los niños implicados.</translation>
    </message>
    <message>
        <source>Correct a time</source>
        <translation>Corregir una hora</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>Elija primero un niño de la lista.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de entradas y salidas</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Guardar la hoja de entradas y salidas</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — por encima de la capacidad</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Sin registrar salida</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Miembro del personal:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>Day of the sheet</source>
        <translation>Día de la hoja</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomDialog</name>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source> children</source>
        <translation> niños</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nueva sala</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <source>1 adult : </source>
        <translation>1 adulto : </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation>Edad &amp;mínima:</translation>
    </message>
    <message>
        <source>&amp;Oldest age:</source>
        <translation>Edad má&amp;xima:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>&amp;Proporción:</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomsPage</name>
    <message>
        <source>&amp;Add room…</source>
        <translation>Añadir &amp;sala…</translation>
    </message>
    <message>
        <source>No rooms yet. Children are placed in rooms and ratios are counted per room: add the first with Add room.</source>
        <translation>Todavía no hay salas. Los niños se asignan a salas y las proporciones se calculan por sala: añada la primera con Añadir sala.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 años</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 meses</translation>
    </message>
    <message>
        <source>the room %1</source>
        <translation>la sala %1</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>Archivar sala</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
</context>
<context>
    <name>Kindred::SecretDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits. It unlocks the screen and switches the person at the desk.</source>
        <translation>Un PIN tiene de %1 a %2 dígitos. Desbloquea la pantalla y cambia la persona que atiende la recepción.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Una contraseña tiene al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>&amp;PIN nuevo:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Contraseña nueva:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The two entries differ: type the same in both.</source>
        <translation>Las dos entradas no coinciden: escriba lo mismo en ambas.</translation>
    </message>
</context>
<context>
    <name>Kindred::SecurityController</name>
    <message>
        <source>&amp;Switch user or lock</source>
        <translation>Cam&amp;biar de usuario o bloquear</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Switch user or lock: %3</source>
        <translation>Sesión iniciada como %1 (%2). Cambiar de usuario o bloquear: %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>PIN erróneos</translation>
    </message>
    <message numerus="yes">
        <source>There were %n wrong PIN(s) or password(s) in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</source>
        <translation>
            <numerusform>En las últimas 24 horas hubo %n PIN o contraseña erróneos. Puede que alguien esté intentando adivinar el PIN de un compañero: pregunte quién estaba en estos puestos y cambie los PIN que puedan conocerse.</numerusform>
            <numerusform>En las últimas 24 horas hubo %n PIN o contraseñas erróneos. Puede que alguien esté intentando adivinar el PIN de un compañero: pregunte quién estaba en estos puestos y cambie los PIN que puedan conocerse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred is locked. Sign in to carry on with this.</source>
        <translation>Kindred está bloqueado. Inicie sesión para continuar con esto.</translation>
    </message>
</context>
<context>
    <name>Kindred::ServerWatch</name>
    <message>
        <source>The centre server cannot be reached since %1. Nothing you type is lost: it stays in its window, to be saved again when the server answers. Kindred keeps trying, and this message goes away by itself. The emergency roll call (F12) shows the last copy this computer read.</source>
        <translation>No se puede contactar con el servidor del centro desde %1. No se pierde nada de lo que escriba: se queda en su ventana, para guardarlo de nuevo cuando el servidor responda. Kindred sigue intentándolo y este mensaje desaparecerá solo. El pase de lista de emergencia (F12) muestra la última copia que leyó este equipo.</translation>
    </message>
</context>
<context>
    <name>Kindred::Session</name>
    <message>
        <source>nobody signed in</source>
        <translation>nadie ha iniciado sesión</translation>
    </message>
    <message>
        <source>report job</source>
        <translation>tarea de informes</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>primer inicio</translation>
    </message>
    <message>
        <source>demo builder</source>
        <translation>generador de demostración</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>quiosco</translation>
    </message>
    <message>
        <source>emergency, no sign-in</source>
        <translation>emergencia, sin inicio de sesión</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk: sign in to %1.</source>
        <translation>Nadie ha iniciado sesión en esta recepción: inicie sesión para %1.</translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): sign in to %2.</source>
        <translation>Nadie ha iniciado sesión (%1): inicie sesión para %2.</translation>
    </message>
    <message>
        <source>ask a director</source>
        <translation>consulte a un director</translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <translation>consulte a un administrador</translation>
    </message>
    <message>
        <source>ask the centre&apos;s administrator</source>
        <translation>consulte al administrador del centro</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2; %3.</source>
        <translation>Su rol (%1) no puede %2; %3.</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsPage</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar ajustes</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>La&amp;bel printing…</source>
        <translation>Impresión de eti&amp;quetas…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>De inmediato</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>AUD</translation>
    </message>
    <message>
        <source>A three-letter code such as AUD or EUR; empty: this computer&apos;s currency</source>
        <translation>Un código de tres letras, como AUD o EUR; vacío: la moneda de este equipo</translation>
    </message>
    <message>
        <source>Empty: the &quot;backups&quot; folder beside the data file. Best on another disk or a network share, so that a failing disk does not take both.</source>
        <translation>Vacío: la carpeta «backups» junto al archivo de datos. Mejor en otro disco o en una carpeta de red, para que un disco averiado no se lleve ambos.</translation>
    </message>
    <message>
        <source>The centre (printed at the top of every report)</source>
        <translation>El centro (se imprime en la parte superior de cada informe)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>Abierto de&amp;sde:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>The front desk</source>
        <translation>La recepción</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Bloquear la pantalla tras:</translation>
    </message>
    <message>
        <source>without a key press or a click; the next person unlocks it with their PIN.</source>
        <translation>sin pulsar ninguna tecla ni hacer clic; la siguiente persona la desbloquea con su PIN.</translation>
    </message>
    <message>
        <source>Undo at the desk &amp;within:</source>
        <translation>&amp;Plazo para deshacer en la recepción:</translation>
    </message>
    <message>
        <source>of a check-in or check-out (Ctrl+Z), from the desk that did it; later, a director corrects it with a reason.</source>
        <translation>una entrada o una salida (Ctrl+Z), desde la recepción que la registró; después, un director la corrige indicando un motivo.</translation>
    </message>
    <message>
        <source>Late after the booked arr&amp;ival:</source>
        <translation>Retras&amp;o tras la llegada reservada:</translation>
    </message>
    <message>
        <source>a booked child not yet here then shows as late on the desk and the today panel.</source>
        <translation>un niño con reserva que todavía no haya llegado aparece entonces con retraso en la recepción y en el panel de hoy.</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Etiquetas de seguridad:</translation>
    </message>
    <message>
        <source>How long records of families who left are kept is set on the Privacy screen.</source>
        <translation>El tiempo que se conservan los registros de las familias que se han dado de baja se configura en la pantalla Privacidad.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>&amp;Carpeta de copias de seguridad:</translation>
    </message>
    <message>
        <source>Back up &amp;every day at:</source>
        <translation>Copia diaria a &amp;las:</translation>
    </message>
    <message>
        <source>while Kindred is open, or when it next opens if that time was missed; the last %1 checked copies are kept.</source>
        <translation>mientras Kindred está abierto, o la próxima vez que se abra si se pasó esa hora; se conservan las últimas %1 copias comprobadas.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Apar&amp;iencia:</translation>
    </message>
    <message>
        <source>Play a sound at each scan, one for accepted and one for refused</source>
        <translation>Reproducir un sonido en cada lectura: uno si se acepta y otro si se rechaza</translation>
    </message>
    <message>
        <source>Flash the desk green or red at each scan</source>
        <translation>Hacer destellar la recepción en verde o rojo en cada lectura</translation>
    </message>
    <message>
        <source>Card scans at the des&amp;k:</source>
        <translation>Lectura de tar&amp;jetas en la recepción:</translation>
    </message>
    <message>
        <source>Changes at once, on this computer only.</source>
        <translation>Se aplica al instante, solo en este equipo.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Se guardaron los ajustes.</translation>
    </message>
    <message>
        <source>Folder for the daily backup</source>
        <translation>Carpeta para la copia de seguridad diaria</translation>
    </message>
    <message>
        <source>en-AU</source>
        <translation>es-MX</translation>
    </message>
    <message>
        <source>A language code (BCP 47) such as en-AU, es-MX or zh-CN: the window&apos;s language for staff without one of their own, the reports&apos;, and the format of dates and money. Empty: this computer&apos;s.</source>
        <translation>Un código de idioma (BCP 47), como es-MX, en-AU o zh-CN: el idioma de la ventana para el personal que no tiene uno propio, el de los informes y el formato de las fechas y los importes. Vacío: el de este equipo.</translation>
    </message>
    <message>
        <source>Language and formats:</source>
        <translation>Idioma y formatos:</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a text size, in per cent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsService</name>
    <message>
        <source>Nothing was changed: only the demo generator marks a file as a demo.</source>
        <translation>No se cambió nada: solo el generador de demostración marca un archivo como de demostración.</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInDialog</name>
    <message>
        <source>Welcome to Kindred</source>
        <translation>Bienvenido a Kindred</translation>
    </message>
    <message>
        <source>Kindred keeps children&apos;s medical notes and custody orders, so each person signs in. First, set up the administrator&apos;s account: it adds the other staff accounts.</source>
        <translation>Kindred guarda notas médicas y órdenes de custodia de los niños, por lo que cada persona inicia sesión. Primero, configure la cuenta del administrador: es quien añade las cuentas del resto del personal.</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits, for quick switching at the desk</source>
        <translation>opcional, de 4 a 8 dígitos, para cambiar rápidamente de usuario en la recepción</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>Kindred is locked</source>
        <translation>Kindred está bloqueado</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>Quit Kindred</source>
        <translation>Salir de Kindred</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>Su &amp;PIN:</translation>
    </message>
    <message>
        <source>Sign in &amp;with a password…</source>
        <translation>Iniciar sesión &amp;con una contraseña…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword or PIN:</source>
        <translation>Contra&amp;seña o PIN:</translation>
    </message>
    <message>
        <source>Sign in with a &amp;PIN instead</source>
        <translation>Iniciar sesión con un &amp;PIN</translation>
    </message>
    <message>
        <source>Choose your name and type your password, or your PIN if Kindred does not recognise it on its own yet.</source>
        <translation>Elija su nombre y escriba su contraseña, o su PIN si Kindred todavía no lo reconoce por sí solo.</translation>
    </message>
    <message>
        <source>The screen is locked. Type your PIN and press Enter: the person whose PIN it is carries on at the desk.</source>
        <translation>La pantalla está bloqueada. Escriba su PIN y pulse Intro: la persona a la que pertenece el PIN continúa en la recepción.</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>Escriba su PIN y pulse Intro.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s first name.</source>
        <translation>Escriba el nombre del administrador.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>su cuenta</translation>
    </message>
    <message>
        <source>No one can sign in yet: ask the administrator to set up your account.</source>
        <translation>Todavía nadie puede iniciar sesión: pida al administrador que configure su cuenta.</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInService</name>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>No se cambió nada: ese miembro del personal no figura en los registros.</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>Ese miembro del personal no figura en los registros.</translation>
    </message>
    <message>
        <source>%1 has no PIN or password yet; ask an administrator to set one.</source>
        <translation>%1 todavía no tiene PIN ni contraseña; pida a un administrador que le asigne uno.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Esa contraseña no es correcta.</translation>
    </message>
    <message>
        <source>That PIN is already in use; choose another.</source>
        <translation>Ese PIN ya está en uso; elija otro.</translation>
    </message>
    <message>
        <source>If you have not signed in since Kindred was updated, sign in once with your name and PIN (“Sign in with a password…”).</source>
        <translation>Si no ha iniciado sesión desde que se actualizó Kindred, inicie sesión una vez con su nombre y su PIN («Iniciar sesión con una contraseña…»).</translation>
    </message>
    <message>
        <source>Type your PIN again.</source>
        <translation>Vuelva a escribir su PIN.</translation>
    </message>
    <message>
        <source>Your PIN is right, but it is too short for a %1: choose a new PIN of at least %2 digits.</source>
        <translation>Su PIN es correcto, pero es demasiado corto para un %1: elija un PIN nuevo de al menos %2 dígitos.</translation>
    </message>
    <message>
        <source>Your PIN is long enough already: sign in with it.</source>
        <translation>Su PIN ya tiene la longitud suficiente: inicie sesión con él.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteChooser</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Esta sede</translation>
    </message>
    <message>
        <source>This site (%1)</source>
        <translation>Esta sede (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRoleService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>No se cambió nada: asigne primero un PIN o una contraseña a este miembro del personal.</translation>
    </message>
    <message>
        <source>Nothing was changed: a site is named twice.</source>
        <translation>No se cambió nada: una sede figura dos veces.</translation>
    </message>
    <message>
        <source>Nothing was changed: one of the sites is not on file or was archived. Choose the sites again.</source>
        <translation>No se cambió nada: una de las sedes no figura en los registros o se archivó. Vuelva a elegir las sedes.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>No se cambió nada: no existe ningún rol llamado %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRolesPanel</name>
    <message>
        <source>Sites and roles</source>
        <translation>Sedes y roles</translation>
    </message>
    <message>
        <source>&amp;Save sites and roles</source>
        <translation>&amp;Guardar sedes y roles</translation>
    </message>
    <message>
        <source>The sites this staff member works at, with the role at each. Ticking every site with their own role is the same as no choice: they work everywhere, also at a site added later.</source>
        <translation>Las sedes en las que trabaja este miembro del personal, con su rol en cada una. Marcar todas las sedes con su propio rol equivale a no elegir: trabaja en todas, también en las sedes que se añadan más adelante.</translation>
    </message>
    <message>
        <source>Sites and roles of %1</source>
        <translation>Sedes y roles de %1</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Trabaja en</translation>
    </message>
    <message>
        <source>Role there</source>
        <translation>Rol allí</translation>
    </message>
    <message>
        <source>%1 works at %2</source>
        <translation>%1 trabaja en %2</translation>
    </message>
    <message>
        <source>Role at %1</source>
        <translation>Rol en %1</translation>
    </message>
    <message>
        <source>Tick at least one site where %1 works.</source>
        <translation>Marque al menos una sede en la que trabaje %1.</translation>
    </message>
    <message>
        <source>The sites and roles of %1 were saved.</source>
        <translation>Se guardaron las sedes y los roles de %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteService</name>
    <message>
        <source>That site is not on file.</source>
        <translation>Esa sede no figura en los registros.</translation>
    </message>
    <message>
        <source>There is no site called %1. The sites are: %2.</source>
        <translation>No existe ninguna sede llamada %1. Las sedes son: %2.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Dé un nombre a la sede.</translation>
    </message>
    <message>
        <source>There is already a site called %1.</source>
        <translation>Ya existe una sede llamada %1.</translation>
    </message>
    <message>
        <source>That site is not on file, or was archived.</source>
        <translation>Esa sede no figura en los registros o se archivó.</translation>
    </message>
    <message>
        <source>This station serves that site: set it to another site before archiving this one.</source>
        <translation>Este puesto está asignado a esa sede: asígnelo a otra sede antes de archivar esta.</translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n open room(s): archive them or move their children first.</source>
        <translation>
            <numerusform>La sede todavía tiene %n sala abierta: archívela o traslade antes a sus niños.</numerusform>
            <numerusform>La sede todavía tiene %n salas abiertas: archívelas o traslade antes a sus niños.</numerusform>
        </translation>
    </message>
    <message>
        <source>That site is not on file, or was archived already.</source>
        <translation>Esa sede no figura en los registros o ya se archivó.</translation>
    </message>
    <message>
        <source>This is the last open site: a centre needs one.</source>
        <translation>Esta es la última sede abierta: un centro necesita al menos una.</translation>
    </message>
    <message>
        <source>The site this station serves is not on file or was archived: choose this station&apos;s site again.</source>
        <translation>La sede a la que está asignado este puesto no figura en los registros o se archivó: vuelva a elegir la sede de este puesto.</translation>
    </message>
</context>
<context>
    <name>Kindred::SitesPanel</name>
    <message>
        <source>Sites (each change is saved at once)</source>
        <translation>Sedes (cada cambio se guarda al instante)</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Añadir sede…</translation>
    </message>
    <message>
        <source>Chan&amp;ge name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Archive site…</source>
        <translation>Archivar sede…</translation>
    </message>
    <message>
        <source>&amp;Make this computer serve this site</source>
        <translation>Asignar este &amp;equipo a esta sede</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>A chain&apos;s centres are its sites. Each room, each child&apos;s enrolment and what is recorded at a site belong to it; this computer&apos;s desk, board and roll call show the site it serves.</source>
        <translation>Los centros de una red son sus sedes. Cada sala, la inscripción de cada niño y lo que se registra en una sede le pertenecen; la recepción, el panel y el pase de lista de este equipo muestran la sede a la que está asignado.</translation>
    </message>
    <message>
        <source>serves this site</source>
        <translation>asignado a esta sede</translation>
    </message>
    <message>
        <source>This computer serves: %1</source>
        <translation>Este equipo está asignado a: %1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Añadir sede</translation>
    </message>
    <message>
        <source>The new site&apos;s name:</source>
        <translation>Nombre de la nueva sede:</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Cambiar el nombre de la sede</translation>
    </message>
    <message>
        <source>The site&apos;s new name:</source>
        <translation>Nuevo nombre de la sede:</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>la sede %1</translation>
    </message>
    <message>
        <source>Archive site</source>
        <translation>Archivar sede</translation>
    </message>
    <message>
        <source>Serve this site</source>
        <translation>Asignar a esta sede</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAccountService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>No se cambió nada: asigne primero un PIN o una contraseña a este miembro del personal.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>No se cambió nada: no existe ningún rol llamado %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAttendance</name>
    <message>
        <source>Choose a current staff member to clock in.</source>
        <translation>Elija un miembro actual del personal para iniciar su turno.</translation>
    </message>
    <message>
        <source>%1 is already clocked in. Clock out first to change rooms.</source>
        <translation>%1 ya está en turno. Termine primero el turno para cambiar de sala.</translation>
    </message>
    <message>
        <source>This staff member is not clocked in.</source>
        <translation>Este miembro del personal no está en turno.</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Nuevo miembro del personal</translation>
    </message>
    <message>
        <source>comma-separated, e.g. First aid (exp. 2027-03)</source>
        <translation>separadas por comas; p. ej., Primeros auxilios (vence 2027-03)</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(sin sala fija)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Certificaciones:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>The centre&apos;s language</source>
        <translation>El idioma del centro</translation>
    </message>
    <message>
        <source>Kindred&apos;s window speaks this language while they are signed in.</source>
        <translation>La ventana de Kindred se muestra en este idioma mientras esta persona tiene la sesión iniciada.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffPage</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>Añadir &amp;miembro del personal…</translation>
    </message>
    <message>
        <source>No staff on the list yet. Add the people who work here with Add staff member, so that they can sign in and count towards the ratios.</source>
        <translation>Todavía no hay personal en la lista. Añada a las personas que trabajan aquí con Añadir miembro del personal, para que puedan iniciar sesión y contar para las proporciones.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(sin sala fija)</translation>
    </message>
    <message>
        <source>Archive staff member</source>
        <translation>Archivar miembro del personal</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreQuery</name>
    <message>
        <source>No value for %1</source>
        <translation>No hay ningún valor para %1</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketBoardModel</name>
    <message>
        <source>Overdue: past its target to %1</source>
        <translation>Atrasado: superó su plazo para %1</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>acusar recibo</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>resolver</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — atrasado</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketCaptureDialog</name>
    <message>
        <source>Resolved on the spot</source>
        <translation>Resuelto en el momento</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Choose a family…</source>
        <translation>Elija una familia…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>Elija el responsable…</translation>
    </message>
    <message>
        <source>What the parent said, in their words</source>
        <translation>Lo que dijo la familia, con sus propias palabras</translation>
    </message>
    <message>
        <source>A short subject, e.g. &quot;Lunch served cold&quot;</source>
        <translation>Un asunto breve, p. ej., «Almuerzo servido frío»</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Cómo se resolvió</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Familia:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Presentado por:</translation>
    </message>
    <message>
        <source>Chil&amp;dren:</source>
        <translation>&amp;Niños:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Cat&amp;egoría:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pri&amp;oridad:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;words:</source>
        <translation>Pala&amp;bras de la familia:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketDetailDialog</name>
    <message>
        <source>Share with the parent</source>
        <translation>Compartir con la familia</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>A&amp;signar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Unshare</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>&amp;Marcar como resuelto</translation>
    </message>
    <message>
        <source>&amp;Satisfied: close</source>
        <translation>Satisfecha: &amp;cerrar</translation>
    </message>
    <message>
        <source>Not satisfied: r&amp;eopen</source>
        <translation>No satisfecha: r&amp;eabrir</translation>
    </message>
    <message>
        <source>Close wit&amp;hout follow-up</source>
        <translation>Cerrar sin se&amp;guimiento</translation>
    </message>
    <message>
        <source>&amp;Yes, reopen</source>
        <translation>Sí, reabr&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Link incident</source>
        <translation>&amp;Vincular incidente</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Acusar &amp;recibo</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>Empezar a &amp;trabajar</translation>
    </message>
    <message>
        <source>Waiting for &amp;parent</source>
        <translation>Esperando a la &amp;familia</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Res&amp;olver</translation>
    </message>
    <message>
        <source>Close with &amp;follow-up</source>
        <translation>Cerr&amp;ar con seguimiento</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Visto por</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>A note for the timeline</source>
        <translation>Una nota para la cronología</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>What the parent said at the follow-up</source>
        <translation>Lo que dijo la familia en el seguimiento</translation>
    </message>
    <message>
        <source>Or: why no follow-up was possible</source>
        <translation>O bien: por qué no fue posible el seguimiento</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Cómo se resolvió</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Por qué se reabre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Parent&apos;s ratin&amp;g:</source>
        <translation>P&amp;untuación de la familia:</translation>
    </message>
    <message>
        <source>Their words:</source>
        <translation>Sus palabras:</translation>
    </message>
    <message>
        <source>No follow-up:</source>
        <translation>Sin seguimiento:</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>Trabajar en él</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Compartido con:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <source>Incident no.:</source>
        <translation>N.º de incidente:</translation>
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
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>N.º %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · OVERDUE</source>
        <translation> · ATRASADO</translation>
    </message>
    <message>
        <source>%1 family · raised by %2 · %3 · %4</source>
        <translation>Familia %1 · presentado por %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority · children: %4</source>
        <translation>%1 · %2 · prioridad %3 · niños: %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>Owner: %1 · shared with: %2</source>
        <translation>Responsable: %1 · compartido con: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Due to acknowledge: %1 · due to resolve: %2</source>
        <translation>Plazo para acusar recibo: %1 · plazo para resolver: %2</translation>
    </message>
    <message>
        <source>Raised at %1, not at this station&apos;s site</source>
        <translation>Presentado en %1, no en la sede de este puesto</translation>
    </message>
    <message>
        <source>The parent said: &quot;%1&quot;</source>
        <translation>La familia dijo: «%1»</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Resolución: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Vinculado al incidente %1</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>Caso reabierto</translation>
    </message>
    <message>
        <source>The parent was not satisfied, so the ticket is open again. Keep working on it.</source>
        <translation>La familia no quedó satisfecha, por lo que el caso vuelve a estar abierto. Siga trabajando en él.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketReportDialog</name>
    <message>
        <source>Tickets report</source>
        <translation>Informe de casos</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>No tickets were raised in these months.</source>
        <translation>No se presentó ningún caso en estos meses.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>casos-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Guardar las cifras como CSV</translation>
    </message>
    <message>
        <source>tickets-%1.csv</source>
        <translation>casos-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Guardar CSV</translation>
    </message>
    <message>
        <source>Tickets in the report</source>
        <translation>Casos del informe</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketService</name>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>collaborators</source>
        <translation>colaboradores</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>the parent&apos;s words</source>
        <translation>las palabras de la familia</translation>
    </message>
    <message>
        <source>children</source>
        <translation>niños</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>linked incident</source>
        <translation>incidente vinculado</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the family this is about.</source>
        <translation>No se guardó nada: elija la familia a la que se refiere.</translation>
    </message>
    <message>
        <source>Nothing was saved: the parent raising this is not an adult of that family.</source>
        <translation>No se guardó nada: el familiar que lo presenta no es un adulto de esa familia.</translation>
    </message>
    <message>
        <source>Nothing was saved: one of the children chosen is not of that family.</source>
        <translation>No se guardó nada: uno de los niños elegidos no es de esa familia.</translation>
    </message>
    <message>
        <source>Nothing was saved: give the ticket a short subject.</source>
        <translation>No se guardó nada: dé al caso un asunto breve.</translation>
    </message>
    <message>
        <source>Nothing was saved: keep the subject under %1 characters; the details go in the parent&apos;s words.</source>
        <translation>No se guardó nada: el asunto debe tener menos de %1 caracteres; los detalles van en las palabras de la familia.</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the staff member who owns this.</source>
        <translation>No se guardó nada: elija el miembro del personal responsable de esto.</translation>
    </message>
    <message>
        <source>Nothing was saved: say how it was resolved on the spot.</source>
        <translation>No se guardó nada: indique cómo se resolvió en el momento.</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to %2, and this station serves %3: it is opened and worked on at %2&apos;s desk, or by someone who may see every site (ask a director).</source>
        <translation>El caso %1 pertenece a %2, y este puesto está asignado a %3: se abre y se trabaja en la recepción de %2, o lo hace alguien que pueda ver todas las sedes (consulte a un director).</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>otra sede</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>este caso</translation>
    </message>
    <message>
        <source>Nothing was changed: choose a current staff member.</source>
        <translation>No se cambió nada: elija un miembro actual del personal.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already owns this ticket.</source>
        <translation>No se cambió nada: %1 ya es responsable de este caso.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already works on this ticket.</source>
        <translation>No se cambió nada: %1 ya trabaja en este caso.</translation>
    </message>
    <message>
        <source>Nothing was changed: that person does not share this ticket.</source>
        <translation>No se cambió nada: esa persona no comparte este caso.</translation>
    </message>
    <message>
        <source>Nothing was saved: the note is empty.</source>
        <translation>No se guardó nada: la nota está vacía.</translation>
    </message>
    <message>
        <source>Nothing was changed: type the incident&apos;s number.</source>
        <translation>No se cambió nada: escriba el número del incidente.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no incident number %1.</source>
        <translation>No se cambió nada: no existe el incidente número %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketsPage</name>
    <message>
        <source>Overdue only</source>
        <translation>Solo atrasados</translation>
    </message>
    <message>
        <source>Raised between</source>
        <translation>Presentados entre</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>Nuevo &amp;caso…</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todos los abiertos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Search subjects and notes</source>
        <translation>Buscar en asuntos y notas</translation>
    </message>
    <message>
        <source>No tickets here. Clear the search or the filters to see more; a parent&apos;s concern, question or compliment is taken with New ticket.</source>
        <translation>No hay casos aquí. Borre la búsqueda o los filtros para ver más; la inquietud, pregunta o felicitación de una familia se recoge con Nuevo caso.</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Family histor&amp;y PDF…</source>
        <translation>PDF del &amp;historial de la familia…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>My tickets (owned or shared)</source>
        <translation>Mis casos (como responsable o compartidos)</translation>
    </message>
    <message>
        <source>Staff list could not be read</source>
        <translation>No se pudo leer la lista del personal</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>Cualquier familia</translation>
    </message>
    <message>
        <source>Family list could not be read</source>
        <translation>No se pudo leer la lista de familias</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tickets shown: %1</source>
        <translation>Casos mostrados: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;atrasados: %2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Historial de la familia</translation>
    </message>
    <message>
        <source>Choose a ticket of the family, or the family filter.</source>
        <translation>Elija un caso de la familia o el filtro de familia.</translation>
    </message>
    <message>
        <source>Save the family&apos;s ticket history</source>
        <translation>Guardar el historial de casos de la familia</translation>
    </message>
    <message>
        <source>ticket-history.pdf</source>
        <translation>historial-de-casos.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>Abiertos desde</translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation>Abiertos hasta</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Familia:</translation>
    </message>
</context>
<context>
    <name>Kindred::TimeZoneBanner</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>The centre&apos;s time zone was set to %1 when this file was upgraded. Confirm it or change it in Settings.</source>
        <translation>La zona horaria del centro se estableció en %1 cuando se actualizó este archivo. Confírmela o cámbiela en Ajustes.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>Kindred::TodayPanel</name>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>esperados</translation>
    </message>
    <message>
        <source>here</source>
        <translation>presentes</translation>
    </message>
    <message>
        <source>gone home</source>
        <translation>se fueron a casa</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausentes</translation>
    </message>
    <message>
        <source>late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>still to arrive</source>
        <translation>por llegar</translation>
    </message>
    <message>
        <source>No child has bookings yet: add each child&apos;s days and times in the family&apos;s Bookings tab, and the desk will show who is expected and who is late.</source>
        <translation>Todavía ningún niño tiene reservas: añada los días y horarios de cada niño en la pestaña Reservas de la familia, y la recepción mostrará quién se espera y quién llega tarde.</translation>
    </message>
    <message>
        <source>late, due %1</source>
        <translation>con retraso, previsto a las %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>previsto a las %1</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sin sala</translation>
    </message>
    <message>
        <source>Open the family of %1</source>
        <translation>Abrir la familia de %1</translation>
    </message>
    <message>
        <source>Every child expected today has come.</source>
        <translation>Han llegado todos los niños esperados hoy.</translation>
    </message>
    <message>
        <source>Nobody is due in the next half hour.</source>
        <translation>No se espera a nadie en la próxima media hora.</translation>
    </message>
    <message>
        <source>Due in the next half hour</source>
        <translation>Previstos en la próxima media hora</translation>
    </message>
    <message>
        <source>Late, and due in the next half hour</source>
        <translation>Con retraso, y previstos en la próxima media hora</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Kindred::WallBoardWindow</name>
    <message>
        <source>Who&apos;s here</source>
        <translation>Quién está aquí</translation>
    </message>
    <message>
        <source>Who&apos;s here — wall display</source>
        <translation>Quién está aquí — pantalla de pared</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>The desk is locked. The board comes back when someone signs in.</source>
        <translation>La recepción está bloqueada. El panel volverá cuando alguien inicie sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) here</source>
        <translation>
            <numerusform>%n niño presente</numerusform>
            <numerusform>%n niños presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n niño</numerusform>
            <numerusform>%n niños</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n still here after closing</source>
        <translation>
            <numerusform>%n todavía presente después del cierre</numerusform>
            <numerusform>%n todavía presentes después del cierre</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of ratio</source>
        <translation>Fuera de ratio</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Por encima de la capacidad</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <source>Print labels</source>
        <translation>Imprimir etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>Imprimir %n etiqueta</numerusform>
            <numerusform>Imprimir %n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Guardar etiquetas como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The labels are in English: Kindred has no translation into %1, the language of %2.</source>
        <translation>Las etiquetas están en inglés: Kindred no está traducido a %1, el idioma de %2.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>no se puede abrir %1: no contiene datos de Kindred.</translation>
    </message>
    <message>
        <source>%1 is up to date (data version %2); nothing was changed.</source>
        <translation>%1 está actualizado (versión de datos %2); no se cambió nada.</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>no se puede actualizar %1: %2</translation>
    </message>
    <message>
        <source>Upgraded %1 from data version %2 to %3.</source>
        <translation>Se actualizó %1 de la versión de datos %2 a la %3.</translation>
    </message>
    <message>
        <source>The copy taken before: %1</source>
        <translation>La copia hecha antes: %1</translation>
    </message>
    <message>
        <source>The centre on %1 is at data version %2, this Kindred&apos;s.</source>
        <translation>El centro en %1 tiene la versión de datos %2, la de este Kindred.</translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>no se puede trasladar a %1: %2</translation>
    </message>
    <message>
        <source>rows copied: %1 of %2</source>
        <translation>filas copiadas: %1 de %2</translation>
    </message>
    <message>
        <source>%1 was not moved to %2 (the server&apos;s database is empty again): %3</source>
        <translation>%1 no se trasladó a %2 (la base de datos del servidor vuelve a estar vacía): %3</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (rows: %3; tables: %4). Each table&apos;s row count and the audit trail were checked on the server. From now on, open the centre with --server; the data file was left as it was.</source>
        <translation>Se trasladó %1 a %2 (filas: %3; tablas: %4). Se comprobaron en el servidor el número de filas de cada tabla y el registro de auditoría. A partir de ahora, abra el centro con --server; el archivo de datos se dejó tal como estaba.</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>This copy of Kindred is incomplete: the update to data version %1 is missing.</source>
        <translation>Esta copia de Kindred está incompleta: falta la actualización a la versión de datos %1.</translation>
    </message>
    <message>
        <source>This copy of Kindred is damaged: %1 cannot be read.</source>
        <translation>Esta copia de Kindred está dañada: no se puede leer %1.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>The disk is full: Kindred cannot write %1, so nothing was written. Free some space on the disk (or choose another one) and try again.</source>
        <translation>El disco está lleno: Kindred no puede escribir %1, por lo que no se escribió nada. Libere espacio en el disco (o elija otro) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: %2. Nothing was written.</source>
        <translation>Kindred no puede escribir %1: %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>Say which file Kindred should write.</source>
        <translation>Indique qué archivo debe escribir Kindred.</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: it is a folder. Choose a file name inside it; nothing was written.</source>
        <translation>Kindred no puede escribir %1: es una carpeta. Elija un nombre de archivo dentro de ella; no se escribió nada.</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a link to another file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred no escribirá en %1: es un enlace a otro archivo. Elija un nombre de archivo normal; no se escribió nada.</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a device, a pipe or a socket, not an ordinary file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred no escribirá en %1: es un dispositivo, una tubería o un socket, no un archivo normal. Elija un nombre de archivo normal; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Give the reason: what happened, and who decided.</source>
        <translation>Indique el motivo: qué ocurrió y quién lo decidió.</translation>
    </message>
    <message>
        <source>“%1” is too short for a reason: write at least %2 characters saying what happened and who decided.</source>
        <translation>«%1» es demasiado corto como motivo: escriba al menos %2 caracteres que digan qué ocurrió y quién lo decidió.</translation>
    </message>
    <message>
        <source>“%1” does not say what happened: write at least %2 different words.</source>
        <translation>«%1» no dice qué ocurrió: escriba al menos %2 palabras distintas.</translation>
    </message>
    <message>
        <source>“%1” looks like a placeholder, not a reason: say what happened and who decided, in at least %2 real words.</source>
        <translation>«%1» parece un texto de relleno, no un motivo: diga qué ocurrió y quién lo decidió, con al menos %2 palabras reales.</translation>
    </message>
</context>
<context>
    <name>ParentDirectory</name>
    <message>
        <source>Parent directory</source>
        <translation>Directorio de familias</translation>
    </message>
    <message>
        <source>Families who agreed to be found by other parents</source>
        <translation>Familias que aceptaron que otras familias las encuentren</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Madre, padre o tutor</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>Culturas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Only parents who gave their consent are listed. Please use these details only to get in touch with other families of the centre.</source>
        <translation>Solo figuran las familias que dieron su consentimiento. Le rogamos que utilice estos datos únicamente para ponerse en contacto con otras familias del centro.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>look up families</source>
        <translation>consultar familias</translation>
    </message>
    <message>
        <source>change family records</source>
        <translation>modificar las fichas de las familias</translation>
    </message>
    <message>
        <source>archive families</source>
        <translation>archivar familias</translation>
    </message>
    <message>
        <source>see children&apos;s medical notes</source>
        <translation>ver las notas médicas de los niños</translation>
    </message>
    <message>
        <source>see custody restrictions</source>
        <translation>ver las restricciones de custodia</translation>
    </message>
    <message>
        <source>check children in and out</source>
        <translation>registrar la entrada y la salida de los niños</translation>
    </message>
    <message>
        <source>release a child to someone not on the pickup list</source>
        <translation>entregar un niño a alguien que no está en la lista de recogida</translation>
    </message>
    <message>
        <source>correct recorded check-in and check-out times</source>
        <translation>corregir las horas de entrada y salida registradas</translation>
    </message>
    <message>
        <source>change rooms</source>
        <translation>modificar las salas</translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation>modificar las fichas del personal</translation>
    </message>
    <message>
        <source>manage staff accounts, PINs and roles</source>
        <translation>gestionar las cuentas, los PIN y los roles del personal</translation>
    </message>
    <message>
        <source>record incidents</source>
        <translation>registrar incidentes</translation>
    </message>
    <message>
        <source>sign off incidents</source>
        <translation>aprobar incidentes</translation>
    </message>
    <message>
        <source>work on parents&apos; tickets</source>
        <translation>trabajar en los casos de las familias</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>imprimir informes</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consultar el registro de auditoría</translation>
    </message>
    <message>
        <source>export everything held about a family</source>
        <translation>exportar todo lo que se conserva sobre una familia</translation>
    </message>
    <message>
        <source>anonymise families who have left</source>
        <translation>anonimizar las familias que se han dado de baja</translation>
    </message>
    <message>
        <source>change the centre&apos;s settings</source>
        <translation>modificar los ajustes del centro</translation>
    </message>
    <message>
        <source>change who may collect a child or the &quot;do not release&quot; restrictions</source>
        <translation>cambiar quién puede recoger a un niño o las restricciones de «no entregar»</translation>
    </message>
    <message>
        <source>void a check-in or check-out recorded earlier or at another desk</source>
        <translation>anular una entrada o una salida registrada anteriormente o en otra recepción</translation>
    </message>
    <message>
        <source>see and report on every site, not only this computer&apos;s</source>
        <translation>ver todas las sedes y elaborar informes sobre ellas, no solo sobre la de este equipo</translation>
    </message>
</context>
<context>
    <name>PickupPolicy</name>
    <message>
        <source> (court order %1)</source>
        <translation> (orden judicial %1)</translation>
    </message>
    <message>
        <source>DO NOT RELEASE %1 to %2: %3%4. Keep %1 inside and call the director.</source>
        <translation>NO ENTREGAR a %1 a %2: %3%4. Mantenga a %1 dentro y llame al director.</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>%1 may collect %2 only from %3 to %4, which does not include today. %2 was not checked out.</source>
        <translation>%1 solo puede recoger a %2 del %3 al %4, periodo que no incluye hoy. No se registró la salida de %2.</translation>
    </message>
    <message>
        <source>%1 is from another family and is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 es de otra familia y no está en la lista de recogida de %2. No se registró la salida de %2.</translation>
    </message>
    <message>
        <source>%1 is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 no está en la lista de recogida de %2. No se registró la salida de %2.</translation>
    </message>
    <message>
        <source>Released by director %1 outside the pickup list: %2</source>
        <translation>Entregado por el director %1 fuera de la lista de recogida: %2</translation>
    </message>
    <message>
        <source>Only a director can release a child outside the pickup list.</source>
        <translation>Solo un director puede entregar a un niño fuera de la lista de recogida.</translation>
    </message>
    <message>
        <source>Overriding court order %1 needs your PIN again, typed now.</source>
        <translation>Para anular la orden judicial %1 se necesita que vuelva a escribir su PIN ahora.</translation>
    </message>
</context>
<context>
    <name>PinIndex</name>
    <message>
        <source>This data file has lost the key that finds PINs. Sign in by name; an administrator can restore the file from a backup.</source>
        <translation>Este archivo de datos ha perdido la clave que localiza los PIN. Inicie sesión por nombre; un administrador puede restaurar el archivo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cerrar sin guardar</translation>
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
        <translation>Mostrar detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>No a t&amp;odo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>RatioComplianceReport</name>
    <message>
        <source>Ratio compliance</source>
        <translation>Cumplimiento de la proporción</translation>
    </message>
    <message numerus="yes">
        <source>Children checked in against staff clocked in to each room, every %n minute(s) of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</source>
        <translation>
            <numerusform>Niños con entrada registrada frente al personal en turno en cada sala, cada %n minuto del horario de apertura. Un intervalo es un incumplimiento cuando había menos personal del que exige la proporción de la sala.</numerusform>
            <numerusform>Niños con entrada registrada frente al personal en turno en cada sala, cada %n minutos del horario de apertura. Un intervalo es un incumplimiento cuando había menos personal del que exige la proporción de la sala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps checked</source>
        <translation>Intervalos comprobados</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Incumplimientos</translation>
    </message>
    <message>
        <source>No breach: every room had the staff its ratio requires at every step.</source>
        <translation>Ningún incumplimiento: todas las salas tuvieron en cada intervalo el personal que exige su proporción.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Most children</source>
        <translation>Máximo de niños</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Personal presente</translation>
    </message>
    <message>
        <source>Staff required</source>
        <translation>Personal necesario</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Incumplimiento</translation>
    </message>
    <message>
        <source>%1 (%2)
children · staff/required</source>
        <translation>%1 (%2)
niños · personal/necesario</translation>
    </message>
    <message>
        <source>%1 · %2/%3%4</source>
        <translation>%1 · %2/%3%4</translation>
    </message>
    <message>
        <source>  BREACH</source>
        <translation>  INCUMPLIMIENTO</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ReadCheck</name>
    <message>
        <source>Could not read from the centre server: the connection to it was lost (%1). Nothing was changed. Try again when the server answers.</source>
        <translation>No se pudo leer del servidor del centro: se perdió la conexión (%1). No se cambió nada. Vuelva a intentarlo cuando el servidor responda.</translation>
    </message>
    <message>
        <source>Could not read from the centre server: another station&apos;s change crossed this one (%1). Nothing was changed. Please try again.</source>
        <translation>No se pudo leer del servidor del centro: un cambio de otro puesto se cruzó con este (%1). No se cambió nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not read from the centre server: %1.</source>
        <translation>No se pudo leer del servidor del centro: %1.</translation>
    </message>
    <message>
        <source>Could not read the data file: part of it is damaged (%1), so what it holds cannot be shown in full. Nothing was changed. Tell whoever looks after this computer.</source>
        <translation>No se pudo leer el archivo de datos: una parte está dañada (%1), por lo que su contenido no se puede mostrar completo. No se cambió nada. Avise a la persona que se ocupa de este equipo.</translation>
    </message>
    <message>
        <source>Could not read the data file: the disk reported an error (%1). Nothing was changed. Check the disk and try again.</source>
        <translation>No se pudo leer el archivo de datos: el disco notificó un error (%1). No se cambió nada. Compruebe el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not read the data file: another Kindred station is holding it (%1). Please try again in a moment.</source>
        <translation>No se pudo leer el archivo de datos: otro puesto de Kindred lo está ocupando (%1). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation>No se pudo leer el archivo de datos: %1.</translation>
    </message>
</context>
<context>
    <name>RecordDigest</name>
    <message>
        <source>Child %1</source>
        <translation>Niño %1</translation>
    </message>
    <message>
        <source>%1&apos;s pickup restrictions (do not release) were changed outside Kindred.</source>
        <translation>Las restricciones de recogida («no entregar») de %1 se modificaron fuera de Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s authorised pickups were changed outside Kindred.</source>
        <translation>Las personas autorizadas para recoger a %1 se modificaron fuera de Kindred.</translation>
    </message>
    <message>
        <source>Attendance record %1 was removed outside Kindred.</source>
        <translation>El registro de asistencia %1 se eliminó fuera de Kindred.</translation>
    </message>
    <message>
        <source>An attendance record of %1 on %2 (record %3) was added outside Kindred.</source>
        <translation>Se añadió fuera de Kindred un registro de asistencia de %1 del %2 (registro %3).</translation>
    </message>
    <message>
        <source>The attendance record of %1 on %2 (record %3) was changed outside Kindred.</source>
        <translation>El registro de asistencia de %1 del %2 (registro %3) se modificó fuera de Kindred.</translation>
    </message>
    <message>
        <source>The permissions of the role %1 were changed outside Kindred.</source>
        <translation>Los permisos del rol %1 se modificaron fuera de Kindred.</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Miembro del personal %1</translation>
    </message>
    <message>
        <source>The sites %1 works at, or their roles there, were changed outside Kindred.</source>
        <translation>Las sedes en las que trabaja %1, o sus roles en ellas, se modificaron fuera de Kindred.</translation>
    </message>
    <message>
        <source>%1 was added to the staff outside Kindred.</source>
        <translation>%1 se añadió al personal fuera de Kindred.</translation>
    </message>
    <message>
        <source>%1 was removed from the staff outside Kindred.</source>
        <translation>%1 se eliminó del personal fuera de Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s role or archived state was changed outside Kindred.</source>
        <translation>El rol o el estado de archivo de %1 se modificó fuera de Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, password or account role was changed outside Kindred.</source>
        <translation>El PIN, la contraseña o el rol de cuenta de %1 se modificó fuera de Kindred.</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 is no longer on file (it was removed at another desk). Nothing was saved.</source>
        <translation>Ya no figura en los registros: %1 (se eliminó en otra recepción). No se guardó nada.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>el sistema</translation>
    </message>
    <message>
        <source>%1 at another desk at %2 by %3.</source>
        <translation>%1 en otra recepción (%2) por %3.</translation>
    </message>
    <message>
        <source>%1 at another desk.</source>
        <translation>%1 en otra recepción.</translation>
    </message>
    <message>
        <source>Nothing was saved, and what you typed is still here. Reload to see the change, then make yours again.</source>
        <translation>No se guardó nada, y lo que escribió sigue aquí. Vuelva a cargar para ver el cambio y luego haga de nuevo el suyo.</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>se modificó %1</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Hoja diaria de entradas y salidas</translation>
    </message>
    <message>
        <source>Each child&apos;s arrival and departure, who brought and collected them, corrections and staff on duty; one sheet a day.</source>
        <translation>La llegada y la salida de cada niño, quién lo trajo y quién lo recogió, las correcciones y el personal de turno; una hoja por día.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Days and hours per child and per room, absences and stays never checked out.</source>
        <translation>Días y horas por niño y por sala, ausencias y estancias sin salida registrada.</translation>
    </message>
    <message>
        <source>Ratio compliance</source>
        <translation>Cumplimiento de la proporción</translation>
    </message>
    <message>
        <source>Children against staff present per room every 15 minutes of the opening hours; breaches listed.</source>
        <translation>Niños frente al personal presente por sala cada 15 minutos del horario de apertura; lista de incumplimientos.</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Registro de incidentes</translation>
    </message>
    <message>
        <source>Every incident in the period: children, what happened, action, parent told, sign-off; reportable ones highlighted.</source>
        <translation>Todos los incidentes del período: niños, qué ocurrió, medidas, familia informada, aprobación; los notificables, resaltados.</translation>
    </message>
    <message>
        <source>Immunisations due</source>
        <translation>Vacunas pendientes</translation>
    </message>
    <message>
        <source>Per room, doses due or overdue at the end of the period against the centre&apos;s schedule.</source>
        <translation>Por sala, dosis pendientes o atrasadas al final del período según el calendario del centro.</translation>
    </message>
    <message>
        <source>Complaints and feedback</source>
        <translation>Quejas y comentarios</translation>
    </message>
    <message>
        <source>Per month and category: tickets by kind, median hours to acknowledge and resolve, targets missed, satisfaction.</source>
        <translation>Por mes y categoría: casos por tipo, mediana de horas hasta el acuse de recibo y la resolución, plazos incumplidos, satisfacción.</translation>
    </message>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>Alergias y afecciones médicas</translation>
    </message>
    <message>
        <source>Per room, each child&apos;s allergies with reactions and action plans, and medical notes.</source>
        <translation>Por sala, las alergias de cada niño con sus reacciones y planes de acción, y las notas médicas.</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>Per room, guardians&apos; phones, emergency contacts in calling order, alerts.</source>
        <translation>Por sala, teléfonos de los tutores, contactos de emergencia en orden de llamada, alertas.</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Birthdays in the period, the age each child turns, and photo consent.</source>
        <translation>Cumpleaños del período, la edad que cumple cada niño y el consentimiento para fotos.</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>Inscripción y capacidad</translation>
    </message>
    <message>
        <source>Per room: capacity, enrolled, places free, waitlist, attendance.</source>
        <translation>Por sala: capacidad, inscritos, plazas libres, lista de espera, asistencia.</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;. The reports are: %2.</source>
        <translation>No existe ningún informe llamado «%1». Los informes son: %2.</translation>
    </message>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>Elija el primer día del período.</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>Elija el último día del período.</translation>
    </message>
    <message>
        <source>The last day of the period is before the first day.</source>
        <translation>El último día del período es anterior al primero.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Elija un período de diez años como máximo.</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>Esa sala no figura en los registros.</translation>
    </message>
    <message>
        <source>That room is at another site.</source>
        <translation>Esa sala está en otra sede.</translation>
    </message>
    <message>
        <source>Kindred writes reports as PDF or CSV: name the file ….pdf or ….csv (not %1).</source>
        <translation>Kindred escribe los informes en PDF o CSV: llame al archivo ….pdf o ….csv (no %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as year-month-day, such as 2026-03-01.</source>
        <translation>«%1» no es una fecha: escríbala como año-mes-día, por ejemplo 2026-03-01.</translation>
    </message>
    <message>
        <source>There is no room called &quot;%1&quot;. The rooms are: %2.</source>
        <translation>No existe ninguna sala llamada «%1». Las salas son: %2.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>kindred report: %1</source>
        <translation>kindred report: %1</translation>
    </message>
    <message>
        <source>this centre has several sites: give --site NAME or --site all (the sites: %1).</source>
        <translation>este centro tiene varias sedes: indique --site NOMBRE o --site all (las sedes: %1).</translation>
    </message>
    <message>
        <source>Writes a report as PDF or CSV without opening a window.</source>
        <translation>Escribe un informe en PDF o CSV sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>Read the data file at &lt;path&gt;.</source>
        <translation>Leer el archivo de datos de &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the centre on the server at &lt;conninfo&gt;.</source>
        <translation>Leer el centro en el servidor indicado en &lt;conninfo&gt;.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>List the reports and quit.</source>
        <translation>Enumerar los informes y salir.</translation>
    </message>
    <message>
        <source>First day of the period (2026-03-01).</source>
        <translation>Primer día del período (2026-03-01).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Last day of the period (2026-03-31).</source>
        <translation>Último día del período (2026-03-31).</translation>
    </message>
    <message>
        <source>The site to report on (its name), or all for every site side by side (default: this computer&apos;s site).</source>
        <translation>La sede sobre la que informar (su nombre), o all para todas las sedes una junto a otra (predeterminado: la sede de este equipo).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>Only this room of the site (name or number).</source>
        <translation>Solo esta sala de la sede (nombre o número).</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>El archivo que escribir: .pdf o .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s).</source>
        <translation>a4 o letter (predeterminado: el de la configuración regional).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV sin la marca de orden de bytes UTF-8.</translation>
    </message>
    <message>
        <source>Check the whole data file first (quick_check), whatever its size.</source>
        <translation>Comprobar antes todo el archivo de datos (quick_check), sea cual sea su tamaño.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>El comando report.</translation>
    </message>
    <message>
        <source>The report to write (see --list).</source>
        <translation>El informe que escribir (consulte --list).</translation>
    </message>
    <message>
        <source>name one report, such as: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (kindred report --list shows them all).</source>
        <translation>indique un informe, por ejemplo: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out marzo.pdf (kindred report --list los muestra todos).</translation>
    </message>
    <message>
        <source>say where to write the report with --out FILE.pdf or --out FILE.csv.</source>
        <translation>indique dónde escribir el informe con --out ARCHIVO.pdf o --out ARCHIVO.csv.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not %1.</source>
        <translation>--paper admite a4 o letter, no %1.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>kindred report: warning: %1</source>
        <translation>kindred report: advertencia: %1</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>no se puede abrir %1: no contiene datos de Kindred.</translation>
    </message>
    <message>
        <source>this file needs upgrading: run kindred migrate --database %1 (a checked copy is kept first), then run the report again.</source>
        <translation>este archivo necesita actualizarse: ejecute kindred migrate --database %1 (antes se guarda una copia comprobada) y vuelva a ejecutar el informe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se escribió %1 (%n página).</numerusform>
            <numerusform>Se escribió %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Se escribió %1 (%n fila).</numerusform>
            <numerusform>Se escribió %1 (%n filas).</numerusform>
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
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Sin sede</translation>
    </message>
    <message>
        <source>Nothing was changed. The logo could not be stored as a PNG picture.</source>
        <translation>No se cambió nada. No se pudo guardar el logotipo como imagen PNG.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Nothing to report for this period.</source>
        <translation>No hay nada que informar en este período.</translation>
    </message>
    <message>
        <source>%1 — name and signature</source>
        <translation>%1: nombre y firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>RoleGrant</name>
    <message>
        <source>Nothing was changed: nobody changes their own role. Ask another administrator.</source>
        <translation>No se cambió nada: nadie cambia su propio rol. Pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>Nothing was changed: you are signed in as %1 and would lose the right to manage accounts yourself. Another administrator can change what %1 may do.</source>
        <translation>No se cambió nada: ha iniciado sesión como %1 y perdería usted mismo el derecho a gestionar cuentas. Otro administrador puede cambiar lo que puede hacer %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: you hold the role %1 yourself, and nobody gives themselves more power. Another administrator can let %1 %2.</source>
        <translation>No se cambió nada: usted mismo tiene el rol %1, y nadie se otorga más poder a sí mismo. Otro administrador puede permitir a %1 %2.</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Centro infantil Kindred</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Pase de lista de emergencia</translation>
    </message>
    <message>
        <source>%1 · %2, %3 on the premises</source>
        <translation>%1 · %2 y %3 en las instalaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n niño</numerusform>
            <numerusform>%n niños</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n miembro del personal</numerusform>
            <numerusform>%n miembros del personal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounted for.</source>
        <translation>%1 de %2 localizados.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Alergias potencialmente mortales</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>Otras alergias, notas médicas</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>No children are checked in.</source>
        <translation>No hay ningún niño con la entrada registrada.</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>Personal en las instalaciones</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>Inicio de turno</translation>
    </message>
    <message>
        <source>No staff are clocked in.</source>
        <translation>No hay personal en turno.</translation>
    </message>
    <message>
        <source>Roll call taken by</source>
        <translation>Pase de lista realizado por</translation>
    </message>
    <message>
        <source>Warden or director</source>
        <translation>Responsable de evacuación o director</translation>
    </message>
</context>
<context>
    <name>RollCallSnapshot</name>
    <message>
        <source>The last copy of the roll call on this computer (%1) cannot be read: %2. It is not shown, so that nobody takes it for a complete roll. Use the printed list or the room sign-in sheets.</source>
        <translation>La última copia del pase de lista en este equipo (%1) no se puede leer: %2. No se muestra, para que nadie la tome por una lista completa. Use la lista impresa o las hojas de entradas y salidas de las salas.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the roll call on this computer (%1): %2.</source>
        <translation>No se pudo conservar una copia del pase de lista en este equipo (%1): %2.</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>no se pudo crear su carpeta</translation>
    </message>
    <message>
        <source>it could not be made private</source>
        <translation>no se pudo hacer privada</translation>
    </message>
    <message>
        <source>Could not delete the old copy of the roll call on this computer (%1).</source>
        <translation>No se pudo eliminar la copia anterior del pase de lista en este equipo (%1).</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>está dañada o incompleta</translation>
    </message>
    <message>
        <source>it is not a Kindred roll call</source>
        <translation>no es un pase de lista de Kindred</translation>
    </message>
    <message>
        <source>it was written by another version of Kindred</source>
        <translation>la escribió otra versión de Kindred</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n niño</numerusform>
            <numerusform>%n niños</numerusform>
        </translation>
    </message>
    <message>
        <source>No children here.</source>
        <translation>No hay niños presentes.</translation>
    </message>
    <message numerus="yes">
        <source>No children here; %n staff member(s) clocked in.</source>
        <translation>
            <numerusform>No hay niños presentes; %n miembro del personal en turno.</numerusform>
            <numerusform>No hay niños presentes; %n miembros del personal en turno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is clocked in to look after %1: clock a staff member in to this room on the Who&apos;s here board.</source>
        <translation>No hay nadie en turno para atender a %1: inicie el turno de un miembro del personal en esta sala en el panel Quién está aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n miembro del personal</numerusform>
            <numerusform>%n miembros del personal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock in %n more.</source>
        <translation>
            <numerusform>Inicie el turno de %n persona más.</numerusform>
            <numerusform>Inicie el turno de %n personas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 (%3 needs %4).</source>
        <translation>%1 con %2 (%3 exige %4).</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message>
        <source>Archived room</source>
        <translation>Sala archivada</translation>
    </message>
    <message numerus="yes">
        <source>Out of ratio: %1 need %2 at %3, and %n is clocked in. %4</source>
        <translation>
            <numerusform>Proporción no cumplida: %1 necesitan %2 con la proporción %3, y hay %n persona en turno. %4</numerusform>
            <numerusform>Proporción no cumplida: %1 necesitan %2 con la proporción %3, y hay %n personas en turno. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Kindred could not check the data file&apos;s layout: %1</source>
        <translation>Kindred no pudo comprobar la estructura del archivo de datos: %1</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 is missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>El archivo de datos de Kindred está incompleto: falta %1. No se abrió y no se cambió nada en él. Restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 are missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>El archivo de datos de Kindred está incompleto: faltan %1. No se abrió y no se cambió nada en él. Restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>The Kindred data file contains something Kindred did not put there (%1); another program has changed it. It was not opened and nothing in it was changed.</source>
        <translation>El archivo de datos de Kindred contiene algo que Kindred no puso ahí (%1); otro programa lo ha modificado. No se abrió y no se cambió nada en él.</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>la tabla «%1»</translation>
    </message>
    <message>
        <source>the index %1</source>
        <translation>el índice «%1»</translation>
    </message>
    <message>
        <source>the trigger %1</source>
        <translation>el disparador «%1»</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>la vista «%1»</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>an object of the database: its type, then its name</comment>
        <translation>el objeto %1 «%2»</translation>
    </message>
</context>
<context>
    <name>SecurityLabelPainter</name>
    <message>
        <source>ALLERGY: %1 (!)</source>
        <translation>ALERGIA: %1 (!)</translation>
    </message>
    <message>
        <source>Allergy: %1 (%2)</source>
        <translation>Alergia: %1 (%2)</translation>
    </message>
    <message>
        <source>Pickup receipt — %1</source>
        <translation>Comprobante de recogida — %1</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Código de recogida</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is empty. Enter it as postgresql://server/kindred or host=server dbname=kindred.</source>
        <translation>La dirección del servidor está vacía. Introdúzcala como postgresql://servidor/kindred o host=servidor dbname=kindred.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>La dirección del servidor no es válida: %1</translation>
    </message>
    <message>
        <source>libpq ran out of memory</source>
        <translation>libpq se quedó sin memoria</translation>
    </message>
    <message>
        <source>The server address is not valid: the setting %1 cannot contain &quot;;&quot;.</source>
        <translation>La dirección del servidor no es válida: el parámetro %1 no puede contener «;».</translation>
    </message>
    <message>
        <source>The server address is not valid: the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>La dirección del servidor no es válida: el puerto «%1» no es un número entre 1 y 65535.</translation>
    </message>
</context>
<context>
    <name>ServerClock</name>
    <message>
        <source>The centre server did not say what time it is.</source>
        <translation>El servidor del centro no indicó qué hora es.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto por detrás del del servidor del centro. Kindred registra la hora del servidor; pida a la persona que se ocupa de este equipo que ponga en hora su reloj.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos por detrás del del servidor del centro. Kindred registra la hora del servidor; pida a la persona que se ocupa de este equipo que ponga en hora su reloj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto por delante del del servidor del centro. Kindred registra la hora del servidor; pida a la persona que se ocupa de este equipo que ponga en hora su reloj.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos por delante del del servidor del centro. Kindred registra la hora del servidor; pida a la persona que se ocupa de este equipo que ponga en hora su reloj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install libqt6sql6-psql</source>
        <translation>El controlador de PostgreSQL no está instalado: instale libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at %1. Check that this computer is on the centre&apos;s network and that the server is running.</source>
        <translation>No se puede contactar con el servidor del centro en %1. Compruebe que este equipo está en la red del centro y que el servidor está en funcionamiento.</translation>
    </message>
    <message>
        <source>The centre server at %1 is starting or shutting down. Try again in a minute.</source>
        <translation>El servidor del centro en %1 se está iniciando o apagando. Vuelva a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>La dirección del servidor no es válida: %1</translation>
    </message>
    <message>
        <source>The centre server has no database &quot;%1&quot;. Check the database name in the server address.</source>
        <translation>El servidor del centro no tiene ninguna base de datos «%1». Compruebe el nombre de la base de datos en la dirección del servidor.</translation>
    </message>
    <message>
        <source>The centre server has no user &quot;%1&quot;. Check the user name in the server address.</source>
        <translation>El servidor del centro no tiene ningún usuario «%1». Compruebe el nombre de usuario en la dirección del servidor.</translation>
    </message>
    <message>
        <source>The centre server did not accept the password for &quot;%1&quot;.</source>
        <translation>El servidor del centro no aceptó la contraseña de «%1».</translation>
    </message>
    <message>
        <source>The centre server at %1 refused the connection. Ask whoever set up the server to check the server address.</source>
        <translation>El servidor del centro en %1 rechazó la conexión. Pida a quien configuró el servidor que compruebe su dirección.</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>a newer version</source>
        <translation>una versión más reciente</translation>
    </message>
    <message>
        <source>an older version</source>
        <translation>una versión más antigua</translation>
    </message>
    <message>
        <source>No backup was made: the centre server runs PostgreSQL %1, newer than this computer&apos;s pg_dump (%2), which cannot back it up. Install pg_dump %3 here (the Debian package postgresql-client-%3) and try again.</source>
        <translation>No se hizo ninguna copia de seguridad: el servidor del centro usa PostgreSQL %1, más reciente que el pg_dump de este equipo (%2), que no puede hacer su copia. Instale aquí pg_dump %3 (el paquete de Debian postgresql-client-%3) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump could not back up the centre server (%1).</source>
        <translation>No se hizo ninguna copia de seguridad: pg_dump no pudo hacer la copia del servidor del centro (%1).</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>no indicó ningún motivo</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump is not installed on this computer. Install the Debian package postgresql-client-15 (or the client of the server&apos;s version) and try again.</source>
        <translation>No se hizo ninguna copia de seguridad: pg_dump no está instalado en este equipo. Instale el paquete de Debian postgresql-client-15 (o el cliente de la versión del servidor) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No backup was made: %1 already exists.</source>
        <translation>No se hizo ninguna copia de seguridad: %1 ya existe.</translation>
    </message>
    <message>
        <source>No backup was made: Kindred cannot write in %1.</source>
        <translation>No se hizo ninguna copia de seguridad: Kindred no puede escribir en %1.</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump did not finish (%1).</source>
        <translation>No se hizo ninguna copia de seguridad: pg_dump no terminó (%1).</translation>
    </message>
    <message>
        <source>No backup was made: the archive pg_dump wrote in %1 is incomplete or could not be put in place.</source>
        <translation>No se hizo ninguna copia de seguridad: el archivo que pg_dump escribió en %1 está incompleto o no se pudo colocar en su sitio.</translation>
    </message>
</context>
<context>
    <name>ServerGrants</name>
    <message>
        <source>The centre server&apos;s database needs upgrading to schema %1, which only its owner (the database role %2) may do; this station connects as %3. Ask whoever looks after the server to run kindred migrate --server with user=%2 once, then start Kindred here again.</source>
        <translation>La base de datos del servidor del centro necesita actualizarse al esquema %1, y solo puede hacerlo su propietario (el rol de base de datos %2); este puesto se conecta como %3. Pida a la persona que se ocupa del servidor que ejecute una vez kindred migrate --server con user=%2 y luego vuelva a iniciar Kindred aquí.</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>The data file has a table &quot;%1&quot; that the server&apos;s schema does not have; nothing was copied. Is this Kindred older than the one that last wrote the file?</source>
        <translation>El archivo de datos tiene una tabla «%1» que el esquema del servidor no tiene; no se copió nada. ¿Es este Kindred más antiguo que el que escribió el archivo por última vez?</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; has no column &quot;%2&quot; for the data file&apos;s; nothing was copied.</source>
        <translation>La tabla «%1» del servidor no tiene ninguna columna «%2» para la del archivo de datos; no se copió nada.</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; does not hold what the data file holds after the copy (rows on the server: %2; in the data file: %3); nothing was kept.</source>
        <translation>La tabla «%1» del servidor no contiene lo mismo que el archivo de datos después de la copia (filas en el servidor: %2; en el archivo de datos: %3); no se conservó nada.</translation>
    </message>
    <message>
        <source>The audit trail copied to the server does not verify; nothing was kept. %1</source>
        <translation>El registro de auditoría copiado en el servidor no supera la verificación; no se conservó nada. %1</translation>
    </message>
    <message>
        <source>Could not copy a row of &quot;%1&quot; to the server: %2</source>
        <translation>No se pudo copiar en el servidor una fila de «%1»: %2</translation>
    </message>
    <message>
        <source>The server&apos;s database &quot;%1&quot; already holds a Kindred centre; nothing was changed. A centre moves only into an empty database.</source>
        <translation>La base de datos «%1» del servidor ya contiene un centro de Kindred; no se cambió nada. Un centro solo se traslada a una base de datos vacía.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other table(s), view(s) or sequence(s)); nothing was changed. Use a new, empty database.</source>
        <translation>
            <numerusform>La base de datos «%1» del servidor no está vacía (contiene «%2» y %n tabla, vista o secuencia más); no se cambió nada. Use una base de datos nueva y vacía.</numerusform>
            <numerusform>La base de datos «%1» del servidor no está vacía (contiene «%2» y %n tablas, vistas o secuencias más); no se cambió nada. Use una base de datos nueva y vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a data file moves to a server.</source>
        <translation>Solo se puede trasladar a un servidor un archivo de datos.</translation>
    </message>
    <message>
        <source>The data file is at data version %1, this Kindred at %2: upgrade the file first.</source>
        <translation>El archivo de datos tiene la versión de datos %1 y este Kindred la %2: actualice primero el archivo.</translation>
    </message>
</context>
<context>
    <name>ServerSchemaVersioning</name>
    <message>
        <source>The database %1 on the centre server cannot hold Kindred&apos;s records as they are written: it uses the %2 encoding and the %3 collation, and Kindred needs UTF8 and C. Nothing was changed. Ask whoever looks after the server to create an empty database with CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, and connect Kindred to that one.</source>
        <translation>La base de datos %1 del servidor del centro no puede guardar los registros de Kindred tal como se escriben: usa la codificación %2 y la intercalación %3, y Kindred necesita UTF8 y C. No se cambió nada. Pida a la persona que se ocupa del servidor que cree una base de datos vacía con CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, y conecte Kindred a esa.</translation>
    </message>
    <message>
        <source>The database %1 on the centre server already holds tables that Kindred did not make. Nothing was changed. Connect Kindred to an empty database, or to its own.</source>
        <translation>La base de datos %1 del servidor del centro ya contiene tablas que no creó Kindred. No se cambió nada. Conecte Kindred a una base de datos vacía o a la suya propia.</translation>
    </message>
    <message>
        <source>The database %1 on the centre server belongs to another program, not to Kindred. Nothing was changed. Check the server address.</source>
        <translation>La base de datos %1 del servidor del centro pertenece a otro programa, no a Kindred. No se cambió nada. Compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>This centre server was upgraded by a newer Kindred (schema %1); this computer&apos;s Kindred knows up to %2. Install the newer Kindred here.</source>
        <translation>Este servidor del centro lo actualizó un Kindred más reciente (esquema %1); el Kindred de este equipo solo conoce hasta el %2. Instale aquí el Kindred más reciente.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message numerus="yes">
        <source>Kindred cannot update the centre server while %n station(s) with an older Kindred are connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</source>
        <translation>
            <numerusform>Kindred no puede actualizar el servidor del centro mientras haya %n puesto conectado con un Kindred más antiguo (%1). Cierre Kindred allí, o actualícelo, y vuelva a iniciar Kindred aquí.</numerusform>
            <numerusform>Kindred no puede actualizar el servidor del centro mientras haya %n puestos conectados con un Kindred más antiguo (%1). Cierre Kindred allí, o actualícelo, y vuelva a iniciar Kindred aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred could not upgrade the centre server&apos;s database to schema %1 (%2). Nothing was changed: every station keeps working with the schema it had.</source>
        <translation>Kindred no pudo actualizar la base de datos del servidor del centro al esquema %1 (%2). No se cambió nada: todos los puestos siguen funcionando con el esquema que tenían.</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot upgrade the centre server&apos;s database to schema %1: the part of the upgrade that is not SQL is missing. Nothing was changed.</source>
        <translation>Esta copia de Kindred no puede actualizar la base de datos del servidor del centro al esquema %1: falta la parte de la actualización que no es SQL. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ServiceTargets</name>
    <message>
        <source>Nothing was saved: the time to acknowledge must be between 1 and %1 working hours.</source>
        <translation>No se guardó nada: el plazo para acusar recibo debe estar entre 1 y %1 horas laborables.</translation>
    </message>
    <message>
        <source>Nothing was saved: the time to resolve must be at least the time to acknowledge and at most %1 working hours.</source>
        <translation>No se guardó nada: el plazo para resolver debe ser como mínimo el plazo para acusar recibo y como máximo %1 horas laborables.</translation>
    </message>
</context>
<context>
    <name>SessionCheck</name>
    <message>
        <source>%1 is no longer on the staff list: sign in again.</source>
        <translation>%1 ya no figura en la lista del personal: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>An administrator has reset the PIN or password of %1 since they signed in: sign in again.</source>
        <translation>Un administrador ha restablecido el PIN o la contraseña de %1 desde que inició sesión: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is not on file: sign in again.</source>
        <translation>%1 no figura en los registros: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 Sign in again.</source>
        <translation>%1 Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Director override (the reason is shown only to roles that may see custody restrictions)</source>
        <translation>Excepción autorizada por la dirección (el motivo solo se muestra a los roles que pueden ver las restricciones de custodia)</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Hoja diaria de entradas y salidas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Clocks changed on this day: it had %n hour(s). Times below are local times after the change where it applies; hours attended are real elapsed time.</source>
        <translation>
            <numerusform>Este día hubo cambio de hora: tuvo %n hora. Las horas que figuran abajo son horas locales posteriores al cambio cuando corresponde; las horas de asistencia son tiempo real transcurrido.</numerusform>
            <numerusform>Este día hubo cambio de hora: tuvo %n horas. Las horas que figuran abajo son horas locales posteriores al cambio cuando corresponde; las horas de asistencia son tiempo real transcurrido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Traído por</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>Recepción (entrada)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recogido por</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>Recepción (salida)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>NOT CHECKED OUT</source>
        <translation>SIN SALIDA REGISTRADA</translation>
    </message>
    <message numerus="yes">
        <source>Late pickup: %n min</source>
        <translation>
            <numerusform>Recogida tardía: %n min</numerusform>
            <numerusform>Recogida tardía: %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Director override: %1</source>
        <translation>Excepción autorizada por la dirección: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <source>Corrected (see below)</source>
        <translation>Corregido (véase abajo)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>No child was checked in on this day.</source>
        <translation>Ese día no se registró la entrada de ningún niño.</translation>
    </message>
    <message>
        <source>Children checked in</source>
        <translation>Niños con entrada registrada</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Sin salida registrada</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>Personal de turno</translation>
    </message>
    <message>
        <source>No staff member clocked in on this day.</source>
        <translation>Ese día no hubo ningún miembro del personal en turno.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>Inicio de turno</translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation>Fin de turno</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Persona responsable</translation>
    </message>
</context>
<context>
    <name>SignInSheetReport</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Traído por</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>Recepción (entrada)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recogido por</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>Recepción (salida)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Late minutes</source>
        <translation>Minutos de retraso</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Hoja diaria de entradas y salidas</translation>
    </message>
    <message>
        <source>No child was checked in during this period.</source>
        <translation>No se registró la entrada de ningún niño en este período.</translation>
    </message>
</context>
<context>
    <name>SiteRoles</name>
    <message>
        <source>this site</source>
        <translation>esta sede</translation>
    </message>
    <message>
        <source>%1 works at no open site, so not at %2.</source>
        <translation>%1 no trabaja en ninguna sede abierta, por lo que tampoco en %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last of a list of sites</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3.</source>
        <translation>%1 trabaja en %2, no en %3.</translation>
    </message>
</context>
<context>
    <name>SqliteSchemaVersioning</name>
    <message>
        <source>Kindred could not update its data file to version %1 (%2). The file was left as it was.</source>
        <translation>Kindred no pudo actualizar su archivo de datos a la versión %1 (%2). El archivo se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot update its data file to version %1: the part of the update that is not SQL is missing. The file was left as it was.</source>
        <translation>Esta copia de Kindred no puede actualizar su archivo de datos a la versión %1: falta la parte de la actualización que no es SQL. El archivo se dejó tal como estaba.</translation>
    </message>
</context>
<context>
    <name>StaffCredentials</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Un PIN tiene de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Un PIN solo tiene dígitos.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Una contraseña tiene al menos %1 caracteres; una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Una contraseña no puede estar formada solo por espacios.</translation>
    </message>
    <message>
        <source>Kindred could not start its password protection on this computer.</source>
        <translation>Kindred no pudo iniciar la protección de contraseñas en este equipo.</translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to protect the PIN or password. Close other programs and try again.</source>
        <translation>Este equipo no tenía suficiente memoria libre para proteger el PIN o la contraseña. Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>StationSite</name>
    <message>
        <source>The site %1 is archived: this computer cannot serve it.</source>
        <translation>La sede %1 está archivada: este equipo no puede asignarse a ella.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Another Kindred station is saving at this moment. Nothing was changed; please try again.</source>
        <translation>Otro puesto de Kindred está guardando en este momento. No se cambió nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another station&apos;s change crossed this one on the centre server. Nothing was changed; please try again.</source>
        <translation>Un cambio de otro puesto se cruzó con este en el servidor del centro. No se cambió nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server. Nothing was changed.</source>
        <translation>Kindred perdió la conexión con el servidor del centro. No se cambió nada.</translation>
    </message>
    <message>
        <source>The centre server does not let Kindred make this change (it is read-only, or Kindred&apos;s database user may not). Nothing was changed. Ask whoever set up the server.</source>
        <translation>El servidor del centro no permite a Kindred hacer este cambio (es de solo lectura o el usuario de base de datos de Kindred no tiene permiso). No se cambió nada. Consulte a quien configuró el servidor.</translation>
    </message>
    <message>
        <source>The centre server&apos;s disk is full, so Kindred could not save. Nothing was changed. Ask whoever looks after the server to free some space.</source>
        <translation>El disco del servidor del centro está lleno, por lo que Kindred no pudo guardar. No se cambió nada. Pida a la persona que se ocupa del servidor que libere espacio.</translation>
    </message>
    <message>
        <source>The centre server reported damage or a disk error while Kindred was working. Nothing was changed. Ask whoever looks after the server to check it.</source>
        <translation>El servidor del centro notificó daños o un error de disco mientras Kindred trabajaba. No se cambió nada. Pida a la persona que se ocupa del servidor que lo revise.</translation>
    </message>
    <message>
        <source>This change conflicts with records already saved (%1). Nothing was changed.</source>
        <translation>Este cambio entra en conflicto con registros ya guardados (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>Kindred could not complete this change: %1. Nothing was changed.</source>
        <translation>Kindred no pudo completar este cambio: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>Kindred could not open a file it needs beside the data file (its folder may not let Kindred create files). Nothing was changed. Ask whoever looks after this computer to check the folder&apos;s permissions.</source>
        <translation>Kindred no pudo abrir un archivo que necesita junto al archivo de datos (puede que su carpeta no permita a Kindred crear archivos). No se cambió nada. Pida a la persona que se ocupa de este equipo que revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The Kindred data file cannot be written to (it is read-only or its folder is). Nothing was changed. Ask whoever looks after this computer to check the file&apos;s permissions.</source>
        <translation>No se puede escribir en el archivo de datos de Kindred (es de solo lectura, o lo es su carpeta). No se cambió nada. Pida a la persona que se ocupa de este equipo que revise los permisos del archivo.</translation>
    </message>
    <message>
        <source>The disk is full, so Kindred could not save. Nothing was changed. Free some space on the disk and try again.</source>
        <translation>El disco está lleno, por lo que Kindred no pudo guardar. No se cambió nada. Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Kindred met a damaged part of the data file. Nothing was changed. Close Kindred and open it again: it checks the whole file and says what to do.</source>
        <translation>Kindred encontró una parte dañada del archivo de datos. No se cambió nada. Cierre Kindred y vuelva a abrirlo: comprobará todo el archivo e indicará qué hacer.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was making this change safe, so Kindred cannot be sure whether it was saved. Look at the record before doing it again, and have the disk checked.</source>
        <translation>El disco notificó un error mientras Kindred ponía a salvo este cambio, por lo que Kindred no puede estar seguro de si se guardó. Revise el registro antes de volver a hacerlo y haga revisar el disco.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading the data file. Nothing was changed. Check the disk and try again.</source>
        <translation>El disco notificó un error mientras Kindred leía el archivo de datos. No se cambió nada. Compruebe el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was saving. Nothing was changed. Check the disk and try again.</source>
        <translation>El disco notificó un error mientras Kindred guardaba. No se cambió nada. Compruebe el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The centre server cannot be reached. Nothing was changed, and what you typed is still here: try again in a moment. If it goes on, ask whoever looks after the server or the network.</source>
        <translation>No se puede contactar con el servidor del centro. No se cambió nada, y lo que escribió sigue aquí: vuelva a intentarlo en un momento. Si persiste, consulte a la persona que se ocupa del servidor o de la red.</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server while saving. When the server answers again, look at the record before doing this again: Kindred cannot tell whether the server saved it.</source>
        <translation>Kindred perdió la conexión con el servidor del centro mientras guardaba. Cuando el servidor vuelva a responder, revise el registro antes de volver a hacer esto: Kindred no puede saber si el servidor lo guardó.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
</context>
<context>
    <name>TerminalPrompt</name>
    <message>
        <source>this computer&apos;s user</source>
        <translation>el usuario de este equipo</translation>
    </message>
    <message>
        <source>the centre server asks for the password of %1, and there is no terminal to ask it on: put it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.</source>
        <translation>el servidor del centro pide la contraseña de %1 y no hay ningún terminal en el que pedirla: póngala en ~/.pgpass (o en el archivo que indique PGPASSFILE), con permiso de lectura solo para usted.</translation>
    </message>
    <message>
        <source>Password of %1 on the centre server: </source>
        <translation>Contraseña de %1 en el servidor del centro: </translation>
    </message>
    <message>
        <source>no password was given; nothing was changed.</source>
        <translation>no se indicó ninguna contraseña; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting for parent</source>
        <translation>Esperando a la familia</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Felicitación</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Cuidado</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>Reasignado de %1 a %2</translation>
    </message>
    <message>
        <source>%1 now shares this ticket</source>
        <translation>%1 comparte ahora este caso</translation>
    </message>
    <message>
        <source>%1 no longer shares this ticket</source>
        <translation>%1 ya no comparte este caso</translation>
    </message>
    <message>
        <source>Parent&apos;s follow-up: %1</source>
        <translation>Seguimiento con la familia: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Vinculado al incidente %1</translation>
    </message>
</context>
<context>
    <name>TicketHistoryReport</name>
    <message>
        <source>Raised with us</source>
        <translation>Nos lo comunicó</translation>
    </message>
    <message>
        <source>That family is not on file.</source>
        <translation>Esa familia no figura en los registros.</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>Nuestro centro</translation>
    </message>
    <message>
        <source>Your feedback and how we acted: %1 family</source>
        <translation>Sus comentarios y cómo actuamos: familia %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>No feedback, questions or complaints are on file for this family.</source>
        <translation>No consta ningún comentario, pregunta ni queja de esta familia.</translation>
    </message>
    <message>
        <source>%1 no. %2: %3</source>
        <translation>%1 n.º %2: %3</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>Lo que nos dijo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Your follow-up</source>
        <translation>Su valoración posterior</translation>
    </message>
    <message>
        <source>%1, %2 of 5: %3</source>
        <translation>%1, %2 de 5: %3</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfecha</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>no satisfecha</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Madre, padre o tutor</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
</context>
<context>
    <name>TicketReader</name>
    <message>
        <source>Ticket %1 is not on file.</source>
        <translation>El caso %1 no figura en los registros.</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <source>Choose a last month that is not before the first month.</source>
        <translation>Elija un último mes que no sea anterior al primero.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Median hours to acknowledge</source>
        <translation>Mediana de horas hasta el acuse de recibo</translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation>Mediana de horas hasta la resolución</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Resueltos en el primer contacto</translation>
    </message>
    <message>
        <source>Share resolved at first contact (%)</source>
        <translation>Porcentaje resuelto en el primer contacto (%)</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>Satisfacción media (1-5)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>Nuestro centro</translation>
    </message>
    <message>
        <source>Parents&apos; feedback and complaints</source>
        <translation>Comentarios y quejas de las familias</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>No tickets were raised in this period.</source>
        <translation>No se presentó ningún caso en este período.</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Satisfacción media</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>What parents raised</source>
        <translation>Lo que plantearon las familias</translation>
    </message>
    <message>
        <source>How we responded</source>
        <translation>Cómo respondimos</translation>
    </message>
    <message>
        <source>Hours are elapsed clock hours from capture. A ticket is overdue when it was acknowledged or resolved after its target, or is still waiting past it; overdue lines are marked in red.</source>
        <translation>Las horas son horas de reloj transcurridas desde el registro. Un caso está atrasado cuando se acusó recibo o se resolvió después de su plazo, o cuando sigue pendiente pasado ese plazo; las líneas atrasadas se marcan en rojo.</translation>
    </message>
</context>
<context>
    <name>TicketStatusWriter</name>
    <message>
        <source>satisfied</source>
        <translation>satisfecha</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>no satisfecha</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Acknowledged on the way</source>
        <translation>Acuse de recibo implícito al avanzar</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Nothing was changed: the ticket is already %1.</source>
        <translation>No se cambió nada: el caso ya está en estado «%1».</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved ticket can be closed. Resolve it first.</source>
        <translation>No se cambió nada: solo se puede cerrar un caso resuelto. Resuélvalo primero.</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved or closed ticket can be reopened.</source>
        <translation>No se cambió nada: solo se puede reabrir un caso resuelto o cerrado.</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is closed. Reopen it to work on it again.</source>
        <translation>No se cambió nada: este caso está cerrado. Reábralo para volver a trabajar en él.</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is resolved. Close it with the parent&apos;s follow-up, or reopen it to work on it again.</source>
        <translation>No se cambió nada: este caso está resuelto. Ciérrelo con el seguimiento de la familia, o reábralo para volver a trabajar en él.</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket cannot go from %1 to %2.</source>
        <translation>No se cambió nada: un caso no puede pasar de «%1» a «%2».</translation>
    </message>
    <message>
        <source>Nothing was changed: write down what the parent said at the follow-up.</source>
        <translation>No se cambió nada: anote lo que dijo la familia en el seguimiento.</translation>
    </message>
    <message>
        <source>Nothing was changed: record the parent&apos;s rating from 1 to 5.</source>
        <translation>No se cambió nada: registre la valoración de la familia, de 1 a 5.</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket is closed only after asking the parent. Record their follow-up, or why no follow-up was possible.</source>
        <translation>No se cambió nada: un caso solo se cierra después de preguntar a la familia. Registre su seguimiento, o por qué no fue posible hacerlo.</translation>
    </message>
    <message>
        <source>Nothing was changed: write a short summary of how this was resolved.</source>
        <translation>No se cambió nada: escriba un breve resumen de cómo se resolvió.</translation>
    </message>
    <message>
        <source>Nothing was changed: say why the ticket is reopened.</source>
        <translation>No se cambió nada: indique por qué se reabre el caso.</translation>
    </message>
    <message>
        <source>The parent was not satisfied at the follow-up.</source>
        <translation>La familia no quedó satisfecha en el seguimiento.</translation>
    </message>
</context>
<context>
    <name>UndoPolicy</name>
    <message>
        <source>%1&apos;s check-in has already been undone. Nothing was changed.</source>
        <translation>La entrada de %1 ya se deshizo. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 has left since (at %2), so the check-in cannot be undone: that would erase who took %1. Undo the check-out first if it was the mistake. Nothing was changed.</source>
        <translation>%1 se fue después (a las %2), por lo que no se puede deshacer la entrada: se borraría quién se llevó a %1. Si el error fue la salida, deshágala primero. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to undo. Nothing was changed.</source>
        <translation>No se ha registrado la salida de %1, por lo que no hay ninguna salida que deshacer. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 was checked in at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>La entrada de %1 se registró en otra recepción: solo esa recepción puede deshacerla. Pida a un director que la anule indicando un motivo (Correcciones). No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 was checked out at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>La salida de %1 se registró en otra recepción: solo esa recepción puede deshacerla. Pida a un director que la anule indicando un motivo (Correcciones). No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>A check-in can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>Una entrada solo se puede deshacer durante %n minuto. Pida a un director que anule la entrada de %1 indicando un motivo (Correcciones). No se cambió nada.</numerusform>
            <numerusform>Una entrada solo se puede deshacer durante %n minutos. Pida a un director que anule la entrada de %1 indicando un motivo (Correcciones). No se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A check-out can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>Una salida solo se puede deshacer durante %n minuto. Pida a un director que anule la salida de %1 indicando un motivo (Correcciones). No se cambió nada.</numerusform>
            <numerusform>Una salida solo se puede deshacer durante %n minutos. Pida a un director que anule la salida de %1 indicando un motivo (Correcciones). No se cambió nada.</numerusform>
        </translation>
    </message>
</context>
</TS>
