<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendeeMenu</name>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="36"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="48"/>
        <source>Remove from this event…</source>
        <translation>Von dieser Veranstaltung entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="74"/>
        <source>Remove from this event</source>
        <translation>Von dieser Veranstaltung entfernen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="75"/>
        <source>Take %1 off this event&apos;s list? Their record stays in the vault.</source>
        <translation>%1 von der Liste dieser Veranstaltung nehmen? Der Eintrag der Person bleibt im Tresor.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="79"/>
        <source>Remove from the list</source>
        <translation>Von der Liste nehmen</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/attendee_table.py" line="83"/>
        <source>Arrived</source>
        <translation>Ankunft</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="32"/>
        <source>Back up the vault</source>
        <translation>Tresor sichern</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="36"/>
        <source>Writes the whole vault to one encrypted file, for example on a USB stick kept away from this laptop. Only this vault&apos;s passphrase or recovery code opens it. If the laptop is seized or broken, restore it on another computer.</source>
        <translation>Schreibt den ganzen Tresor in eine verschlüsselte Datei, zum Beispiel auf einen USB-Stick, den Sie getrennt von diesem Laptop aufbewahren. Nur die Passphrase oder der Wiederherstellungscode dieses Tresors öffnet sie. Wird der Laptop beschlagnahmt oder geht er kaputt, stellen Sie den Tresor auf einem anderen Computer wieder her.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="55"/>
        <source>Choose a file and back up…</source>
        <translation>Datei wählen und sichern…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="76"/>
        <source>Save the backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="77"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>pslapp-Sicherungen (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="91"/>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="108"/>
        <source>Backup written to %1. Keep it away from this laptop.</source>
        <translation>Sicherung nach %1 geschrieben. Bewahren Sie sie getrennt von diesem Laptop auf.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="125"/>
        <source>The backup could not be written; nothing was saved. (%1)</source>
        <translation>Die Sicherung konnte nicht geschrieben werden; es wurde nichts gespeichert. (%1)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="131"/>
        <source>The backup could not be written; nothing was saved.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="45"/>
        <source>Peers</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="46"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="47"/>
        <source>Bundle history</source>
        <translation>Paketverlauf</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="63"/>
        <source>Send changes…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="66"/>
        <source>Seal your changes for verified peers (Ctrl+Shift+S)</source>
        <translation>Ihre Änderungen für bestätigte Kontakte versiegeln (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="72"/>
        <source>Receive bundle…</source>
        <translation>Empfangen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="76"/>
        <source>Open a .pslb file from a peer (Ctrl+O), or drop it on this window</source>
        <translation>Eine .pslb-Datei von einem Kontakt öffnen (Strg+O) oder auf dieses Fenster ziehen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="122"/>
        <source>Receive bundle</source>
        <translation>Paket empfangen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="123"/>
        <source>Bundles (*.pslb);;All files (*)</source>
        <translation>Pakete (*.pslb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="149"/>
        <source>Bundle applied.</source>
        <translation>Paket übernommen.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryView</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="39"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="44"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="45"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="46"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="47"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="50"/>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="63"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="64"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="65"/>
        <source>Peer</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="66"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="78"/>
        <source>No bundles yet.
Use “Send changes…” to pass your changes to a verified peer.</source>
        <translation>Noch keine Pakete.
Mit „Senden…“ geben Sie Ihre Änderungen an einen bestätigten Kontakt weiter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="115"/>
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="122"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="124"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="18"/>
        <source>This bundle was not made for this vault: it cannot be opened here.</source>
        <translation>Dieses Paket ist nicht für diesen Tresor bestimmt: Es lässt sich hier nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="21"/>
        <source>This file is damaged or was altered after it was made. Nothing was changed; ask the sender for a new one.</source>
        <translation>Diese Datei ist beschädigt oder wurde nachträglich verändert. Nichts wurde geändert; fordern Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="26"/>
        <source>This bundle comes from someone who is not among your peers. Add their card under Peers first.</source>
        <translation>Dieses Paket stammt von jemandem, der nicht zu Ihren Kontakten gehört. Fügen Sie zuerst die Ausweiskarte unter „Kontakte“ hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="31"/>
        <source>The sender is not verified yet. Compare the fingerprint digits with them in person under Peers, then try again.</source>
        <translation>Dieser Kontakt ist noch nicht bestätigt. Vergleichen Sie die Ziffern des Fingerabdrucks persönlich unter „Kontakte“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="36"/>
        <source>This bundle comes from a peer you have revoked. It was refused.</source>
        <translation>Dieses Paket stammt von einem Kontakt, den Sie widerrufen haben. Es wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="39"/>
        <source>The sender did not address this bundle to you; it may have been forwarded. It was refused.</source>
        <translation>Dieses Paket war nicht an Sie adressiert; vielleicht wurde es weitergeleitet. Es wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="44"/>
        <source>This file is too large to be a bundle. It was refused.</source>
        <translation>Diese Datei ist zu groß für ein Paket. Sie wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="47"/>
        <source>This file is not a valid bundle. Nothing was changed.</source>
        <translation>Diese Datei ist kein gültiges Paket. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="50"/>
        <source>You made this bundle yourself: there is nothing to receive.</source>
        <translation>Dieses Paket haben Sie selbst erstellt: Es gibt nichts zu empfangen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="53"/>
        <source>The file cannot be read. Check that it is still there.</source>
        <translation>Die Datei kann nicht gelesen werden. Prüfen Sie, ob sie noch vorhanden ist.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="56"/>
        <source>This bundle was made by another version of pslapp. Nothing was changed; use the same version on both computers and ask the sender for a new one.</source>
        <translation>Dieses Paket wurde mit einer anderen pslapp-Version erstellt. Nichts wurde geändert; verwenden Sie auf beiden Computern dieselbe Version und fordern Sie ein neues an.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="61"/>
        <source>The sender&apos;s clock is more than 5 minutes ahead of yours. Ask them to check their computer&apos;s date and time (or check yours), then send again.</source>
        <translation>Die Uhr des Absenders geht mehr als 5 Minuten vor. Bitten Sie ihn, Datum und Uhrzeit seines Computers zu prüfen (oder prüfen Sie Ihre), und das Paket erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="66"/>
        <source>A change in this bundle is not signed by the person it names as its author: someone altered it or wrote it in another&apos;s name. It was refused; nothing was changed. Tell the sender.</source>
        <translation>Eine Änderung in diesem Paket ist nicht von der Person signiert, die als ihr Autor genannt wird: Jemand hat sie verändert oder in fremdem Namen geschrieben. Das Paket wurde abgelehnt; nichts wurde geändert. Informieren Sie den Absender.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="76"/>
        <source>The bundle was refused: %1</source>
        <translation>Das Paket wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="83"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="84"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="85"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="86"/>
        <source>edited on both sides</source>
        <translation>auf beiden Seiten geändert</translation>
    </message>
</context>
<context>
    <name>ChaptersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="25"/>
        <source>No chapters yet.
Press Ctrl+N to add your local chapter.</source>
        <translation>Noch keine Ortsgruppen.
Mit Strg+N fügen Sie Ihre Ortsgruppe hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="31"/>
        <source>People in this chapter: %1</source>
        <translation>Personen dieser Ortsgruppe: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="32"/>
        <source>Nobody has this chapter in their details yet.</source>
        <translation>Noch niemand hat diese Ortsgruppe in den Angaben.</translation>
    </message>
</context>
<context>
    <name>CoalitionsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="167"/>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="67"/>
        <source>What they are in this coalition (Enter)</source>
        <translation>Die Rolle in diesem Bündnis (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="64"/>
        <source>Role…</source>
        <translation>Rolle…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="50"/>
        <source>Add organisation…</source>
        <translation>Organisation hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="53"/>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="57"/>
        <source>Remove from coalition</source>
        <translation>Aus dem Bündnis nehmen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="61"/>
        <source>The record itself stays (Delete)</source>
        <translation>Der Eintrag selbst bleibt (Entf)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="104"/>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="110"/>
        <source>No members yet. Add an organisation or a person.</source>
        <translation>Noch keine Mitglieder. Fügen Sie eine Organisation oder Person hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="136"/>
        <source>Already a member of this coalition.</source>
        <translation>Gehört diesem Bündnis schon an.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="207"/>
        <source>No coalitions yet.
Press Ctrl+N to start one, then add its members.</source>
        <translation>Noch keine Bündnisse.
Mit Strg+N legen Sie eines an, dann fügen Sie Mitglieder hinzu.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/pslapp/gui/confirm.py" line="27"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="52"/>
        <source>Two people changed the same field without seeing each other&apos;s change. The value shown first is the one in use everywhere; take the other one if it is right.</source>
        <translation>Zwei Personen haben dasselbe Feld geändert, ohne die Änderung der anderen zu sehen. Der zuerst gezeigte Wert gilt überall; übernehmen Sie den anderen, wenn er stimmt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="66"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="67"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="68"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="69"/>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="70"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="87"/>
        <source>No conflicts to review. Everything agrees.</source>
        <translation>Keine Konflikte. Alles stimmt überein.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="95"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="241"/>
        <source>Keep the value in use</source>
        <translation>Aktuellen Wert behalten</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="100"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="244"/>
        <source>Take the other value</source>
        <translation>Anderen Wert übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="137"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="139"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="190"/>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="151"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="178"/>
        <source>a protected person</source>
        <translation>eine geschützte Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="183"/>
        <source>A peer merged %1 into %2, who is less protected.</source>
        <translation>Ein Kontakt hat %1 mit %2 zusammengeführt; dieser Eintrag ist weniger geschützt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="196"/>
        <source>Merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="220"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="235"/>
        <source>Keep them apart</source>
        <translation>Getrennt lassen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="237"/>
        <source>Accept the merge</source>
        <translation>Zusammenführung annehmen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="259"/>
        <source>Done. The chosen value is now in use.</source>
        <translation>Erledigt. Der gewählte Wert gilt jetzt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="263"/>
        <source>Merged, as the peer did.</source>
        <translation>Zusammengeführt, wie beim Kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="265"/>
        <source>Kept apart, here and on every laptop this change reaches.</source>
        <translation>Getrennt gelassen, hier und auf jedem Laptop, den diese Änderung erreicht.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="53"/>
        <source>Create a vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="70"/>
        <source>Welcome. Let us create your vault.</source>
        <translation>Willkommen. Legen wir Ihren Tresor an.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="74"/>
        <source>Everything you keep here is encrypted on this computer. Choose a passphrase only you know: without it, nobody can open the vault, including you.</source>
        <translation>Alles, was Sie hier speichern, wird auf diesem Computer verschlüsselt. Wählen Sie eine Passphrase, die nur Sie kennen: Ohne sie kann niemand den Tresor öffnen, auch Sie nicht.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="85"/>
        <source>e.g. Cologne chapter</source>
        <translation>z. B. Ortsgruppe Köln</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="108"/>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="118"/>
        <source>Your name or your chapter&apos;s name, as others will see it</source>
        <translation>Ihr Name oder der Ihrer Ortsgruppe, wie andere ihn sehen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="123"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="126"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="135"/>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="179"/>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="184"/>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>Die Passphrase braucht mindestens 10 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="191"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Bitte erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="232"/>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="235"/>
        <source>If you forget the passphrase, this code is the only way back in. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once; do not photograph it or save it in a file.</source>
        <translation>Wenn Sie die Passphrase vergessen, kommen Sie nur mit diesem Code wieder hinein. Schreiben Sie ihn jetzt auf Papier und bewahren Sie ihn sicher und getrennt von diesem Computer auf. Er wird nur dieses eine Mal angezeigt; nicht fotografieren, nicht in einer Datei speichern.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="254"/>
        <source>I have written it down</source>
        <translation>Ich habe ihn aufgeschrieben</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="258"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="23"/>
        <source>Preparing the demo with sample data…</source>
        <translation>Demo mit Beispieldaten wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="34"/>
        <source>Demo passphrase: %1</source>
        <translation>Demo-Passphrase: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="46"/>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht starten</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="72"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="75"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="161"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="164"/>
        <source>Copies it for 30 seconds, hidden from clipboard history.</source>
        <translation>Kopiert für 30 Sekunden, ohne Eintrag im Zwischenablage-Verlauf.</translation>
    </message>
</context>
<context>
    <name>DoorCounts</name>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="32"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="35"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="37"/>
        <source>walk-ins</source>
        <translation>ohne Anmeldung</translation>
    </message>
</context>
<context>
    <name>DoorLeave</name>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="18"/>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="37"/>
        <source>Leave door mode</source>
        <translation>Einlassmodus verlassen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="21"/>
        <source>The rest of the vault opens again with the vault&apos;s passphrase. Volunteers at the door without it stay here.</source>
        <translation>Der Rest des Tresors öffnet sich nur mit dessen Passphrase. Helfer:innen am Einlass ohne sie bleiben hier.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="32"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="41"/>
        <source>Stay at the door (Esc)</source>
        <translation>Am Einlass bleiben (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="68"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="74"/>
        <source>That is not the passphrase. You are still in door mode.</source>
        <translation>Das ist nicht die Passphrase. Der Einlassmodus bleibt aktiv.</translation>
    </message>
</context>
<context>
    <name>DoorList</name>
    <message>
        <location filename="../../src/pslapp/gui/door/results_list.py" line="42"/>
        <source>✓ arrived %1</source>
        <translation>✓ da seit %1</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="59"/>
        <source>pslapp: door</source>
        <translation>pslapp: Einlass</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="86"/>
        <source>Leave door mode…</source>
        <translation>Einlassmodus verlassen …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="21"/>
        <source>Type a name: any script, any part</source>
        <translation>Namen tippen: jede Schrift, jeder Teil</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="37"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="234"/>
        <source>Check in (Enter)</source>
        <translation>Einchecken (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="42"/>
        <source>Status, role… (F2)</source>
        <translation>Status, Rolle… (F2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="46"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Letztes Einchecken zurück (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="50"/>
        <source>Walk-in (Ctrl+W)</source>
        <translation>Ohne Anmeldung (Strg+W)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="189"/>
        <source>The list could not be loaded. Leave door mode and open it again.</source>
        <translation>Die Liste konnte nicht geladen werden. Verlassen Sie den Einlassmodus und öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="199"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="200"/>
        <source>Loading the list…</source>
        <translation>Die Liste wird geladen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="211"/>
        <source>…and %1 more. Type more of the name to narrow the list.</source>
        <translation>… und %1 weitere. Mehr vom Namen tippen, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="265"/>
        <source>Nobody on the list by that name. Ctrl+W adds them as a walk-in.</source>
        <translation>Niemand mit diesem Namen auf der Liste. Strg+W nimmt die Person ohne Anmeldung auf.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="16"/>
        <source>%1 is checked in already (%2).</source>
        <translation>%1 ist schon eingecheckt (%2).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="25"/>
        <source>The registration of %1 was cancelled. Ctrl+Enter checks them in anyway.</source>
        <translation>Die Anmeldung von %1 wurde storniert. Strg+Eingabe checkt trotzdem ein.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="30"/>
        <source>%1 is marked as not having come (no-show). Ctrl+Enter checks them in anyway.</source>
        <translation>%1 ist als nicht erschienen markiert. Strg+Eingabe checkt trotzdem ein.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="38"/>
        <source>%1 is no longer on the list.</source>
        <translation>%1 steht nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="287"/>
        <source>✓ %1 is checked in. Ctrl+Z takes it back.</source>
        <translation>✓ %1 ist eingecheckt. Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="298"/>
        <source>Check in anyway (Ctrl+Enter)</source>
        <translation>Trotzdem einchecken (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="340"/>
        <source>Check-in of %1 taken back.</source>
        <translation>Einchecken von %1 zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="377"/>
        <source>✓ %1 added as a walk-in and checked in.</source>
        <translation>✓ %1 ohne Anmeldung aufgenommen und eingecheckt.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="55"/>
        <source>People entered twice</source>
        <translation>Doppelt erfasste Personen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="62"/>
        <source>People who may have been entered twice, most certain first. “Merge…” shows both records side by side; “Not now” hides a pair until the vault is locked.</source>
        <translation>Personen, die vielleicht doppelt erfasst sind, die sichersten zuerst. „Zusammenführen…“ zeigt beide Einträge nebeneinander; „Nicht jetzt“ blendet ein Paar aus, bis der Tresor gesperrt wird.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="77"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="81"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="91"/>
        <source>Merges made here</source>
        <translation>Hier vorgenommene Zusammenführungen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="97"/>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="101"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="104"/>
        <source>The merged person comes back with what was theirs</source>
        <translation>Die zusammengeführte Person kommt mit allem zurück, was zu ihr gehörte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="167"/>
        <source>Looking for people entered twice…</source>
        <translation>Doppelt erfasste Personen werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="204"/>
        <source>The people could not be compared: %1</source>
        <translation>Die Personen konnten nicht verglichen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="214"/>
        <source>%n pair(s) to look at.</source>
        <translation>
            <numerusform>%n Paar zu prüfen.</numerusform>
            <numerusform>%n Paare zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="219"/>
        <source>Nobody seems to be entered twice. Nothing to merge.</source>
        <translation>Anscheinend ist niemand doppelt erfasst. Es gibt nichts zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="14"/>
        <source>same email address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="16"/>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="17"/>
        <source>names alike: %1</source>
        <translation>ähnliche Namen: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="27"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="32"/>
        <source>%1 merged into %2, %3</source>
        <translation>%1 mit %2 zusammengeführt, %3</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="26"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="27"/>
        <source>Perhaps the same as</source>
        <translation>Vielleicht dieselbe wie</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="28"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="29"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>EventStats</name>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="28"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="35"/>
        <source>others %1</source>
        <translation>andere %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="55"/>
        <source>Status: %1 (walk-ins %2)</source>
        <translation>Status: %1 (ohne Anmeldung %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="58"/>
        <source>Chapters: %1</source>
        <translation>Ortsgruppen: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="61"/>
        <source>Countries of origin: %1</source>
        <translation>Herkunftsländer: %1</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="99"/>
        <source>Add attendee…</source>
        <translation>Teilnehmende hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="102"/>
        <source>Check in / undo</source>
        <translation>Ankunft erfassen / zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="105"/>
        <source>Status, role…</source>
        <translation>Status, Rolle…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="108"/>
        <source>Status, role, or remove from this event (Enter on the row)</source>
        <translation>Status, Rolle oder von dieser Veranstaltung entfernen (Eingabe auf der Zeile)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="113"/>
        <source>Open door mode</source>
        <translation>Einlassmodus</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="117"/>
        <source>A full-screen check-in for volunteers at the door: this event&apos;s names only.</source>
        <translation>Einchecken im Vollbild für Helfer:innen am Einlass: nur die Namen dieser Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="124"/>
        <source>Import registration list…</source>
        <translation>Anmeldeliste importieren …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="128"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="131"/>
        <source>Attendee list or name badges as PDF</source>
        <translation>Teilnehmerliste oder Namensschilder als PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="170"/>
        <source>Nobody is registered yet. Add the first attendee.</source>
        <translation>Noch niemand angemeldet. Fügen Sie die erste Person hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="176"/>
        <source>Attendees: %1 registered, %2 checked in</source>
        <translation>Teilnehmende: %1 angemeldet, %2 angekommen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="262"/>
        <source>No events yet.
Press Ctrl+N to plan one.</source>
        <translation>Noch keine Veranstaltungen.
Mit Strg+N planen Sie eine.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="299"/>
        <location filename="../../src/pslapp/gui/views/events.py" line="306"/>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/events.py" line="300"/>
        <source>Delete “%1” and its list of %n attendee(s)? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>„%1“ mit der Liste von %n teilnehmenden Person löschen? Strg+Z holt alles zurück.</numerusform>
            <numerusform>„%1“ mit der Liste von %n teilnehmenden Personen löschen? Strg+Z holt alles zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="11"/>
        <location filename="../../src/pslapp/gui/labels.py" line="28"/>
        <location filename="../../src/pslapp/gui/models/attendee_table.py" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="12"/>
        <source>Alias</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="13"/>
        <source>Legal name</source>
        <translation>Name laut Ausweis</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="14"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="15"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="16"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="17"/>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="18"/>
        <source>Chapter</source>
        <translation>Ortsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="19"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="20"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="21"/>
        <source>Contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="22"/>
        <source>Agrees to be contacted</source>
        <translation>Einverstanden mit Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="23"/>
        <source>Consent given on</source>
        <translation>Einverständnis am</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="24"/>
        <source>Consent recorded how</source>
        <translation>Einverständnis erfasst per</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="25"/>
        <source>Sensitivity</source>
        <translation>Schutzstufe</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="26"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="27"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="29"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="30"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="31"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="32"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="33"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="34"/>
        <source>Founded on</source>
        <translation>Gegründet am</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="35"/>
        <source>Coalition</source>
        <translation>Bündnis</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="36"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="37"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="38"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="39"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="40"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="41"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="42"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="43"/>
        <source>Organising chapters</source>
        <translation>Veranstaltende Ortsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="44"/>
        <source>Organising organisations</source>
        <translation>Veranstaltende Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="45"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="47"/>
        <source>Delegate of</source>
        <translation>Delegiert von</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="48"/>
        <source>Checked in at</source>
        <translation>Angekommen um</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="49"/>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="50"/>
        <source>Agrees to follow-up</source>
        <translation>Einverstanden mit Nachkontakt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="51"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="52"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="53"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="40"/>
        <source>e.g. #3366cc</source>
        <translation>z. B. #3366cc</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="41"/>
        <source>separate with commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="158"/>
        <source>Add a contact channel</source>
        <translation>Kontaktweg hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="177"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="74"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="91"/>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="92"/>
        <source>Pick a date</source>
        <translation>Datum auswählen</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <location filename="../../src/pslapp/gui/fingerprint_panel.py" line="42"/>
        <source>Read the digits aloud with them, or let them scan the code. Every group must match.</source>
        <translation>Lesen Sie die Ziffern gemeinsam laut vor oder lassen Sie den Code scannen. Jede Gruppe muss übereinstimmen.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="123"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="123"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="125"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="126"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="129"/>
        <source>Coalition</source>
        <translation>Bündnis</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="130"/>
        <source>Coalitions</source>
        <translation>Bündnisse</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapter</source>
        <translation>Ortsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapters</source>
        <translation>Ortsgruppen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="136"/>
        <source>Coalition membership</source>
        <translation>Bündnismitgliedschaft</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="137"/>
        <source>Coalition memberships</source>
        <translation>Bündnismitgliedschaften</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="140"/>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="141"/>
        <source>Attendances</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
</context>
<context>
    <name>KindCount</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="177"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="179"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="181"/>
        <source>%n coalition(s)</source>
        <translation>
            <numerusform>%n Bündnis</numerusform>
            <numerusform>%n Bündnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="183"/>
        <source>%n coalition membership(s)</source>
        <translation>
            <numerusform>%n Bündnismitgliedschaft</numerusform>
            <numerusform>%n Bündnismitgliedschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="185"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n Ortsgruppe</numerusform>
            <numerusform>%n Ortsgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="187"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="189"/>
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n Teilnahme</numerusform>
            <numerusform>%n Teilnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="191"/>
        <source>%n link(s) between records</source>
        <translation>
            <numerusform>%n Verknüpfung zwischen Einträgen</numerusform>
            <numerusform>%n Verknüpfungen zwischen Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="192"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Schlagwort</numerusform>
            <numerusform>%n Schlagwörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxSync</name>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="128"/>
        <source>The mailbox round failed: %1</source>
        <translation>Der Abgleich über den Ordner ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="139"/>
        <source>Mailbox: %1 applied, %2 waiting for your review, %3 sent.</source>
        <translation>Austauschordner: %1 übernommen, %2 warten auf Ihre Prüfung, %3 gesendet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="61"/>
        <source>pslapp (demo)</source>
        <translation>pslapp (Demo)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="102"/>
        <source>Search names, cities, skills…</source>
        <translation>Namen, Städte, Fähigkeiten suchen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="111"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="115"/>
        <source>Add a record here (Ctrl+N)</source>
        <translation>Hier einen Eintrag hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="118"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="121"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Tresor jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="129"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="133"/>
        <source>DEMO: sample data, deleted on exit</source>
        <translation>DEMO: Beispieldaten, werden beim Beenden gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="152"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="188"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="194"/>
        <source>Wipe the vault and quit…</source>
        <translation>Tresor vernichten und beenden…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="200"/>
        <source>Back up the vault…</source>
        <translation>Tresor sichern…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="203"/>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="206"/>
        <source>Sync the mailbox now</source>
        <translation>Austauschordner jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="212"/>
        <source>Keyboard shortcuts…</source>
        <translation>Tastenkürzel …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="229"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="325"/>
        <source>No mailbox folder yet: choose one in ⋯ → Settings… (a folder Syncthing or the like shares with your peers).</source>
        <translation>Noch kein Austauschordner: Wählen Sie einen unter ⋯ → Einstellungen… (einen Ordner, den Syncthing o. Ä. mit Ihren Partnern teilt).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="39"/>
        <source>Deleted. You can undo this.</source>
        <translation>Gelöscht. Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="53"/>
        <source>Brought back.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="88"/>
        <source>Merged. You can undo this.</source>
        <translation>Zusammengeführt. Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="111"/>
        <source>Merge undone: both records are back.</source>
        <translation>Zusammenführung rückgängig gemacht: Beide Einträge sind wieder da.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="61"/>
        <source>Merge two records</source>
        <translation>Zwei Einträge zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="68"/>
        <source>One person entered twice becomes one record. Where the two differ, choose the value to keep; lists and notes are joined, the stricter sensitivity stays, and the other spelling of the name goes to the alias.</source>
        <translation>Eine doppelt erfasste Person wird zu einem Eintrag. Wo sich die beiden unterscheiden, wählen Sie den Wert, der bleibt; Listen und Notizen werden zusammengelegt, die strengere Schutzstufe bleibt, und die andere Schreibweise des Namens kommt ins Pseudonym.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="78"/>
        <source>Keep the other record</source>
        <translation>Den anderen Eintrag behalten</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="82"/>
        <source>Swap which record is kept</source>
        <translation>Tauschen, welcher Eintrag bleibt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="102"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="134"/>
        <source>Kept: %1</source>
        <translation>Bleibt: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="135"/>
        <source>Merged into it: %1</source>
        <translation>Geht darin auf: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="138"/>
        <source>After the merge</source>
        <translation>Nach dem Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="192"/>
        <source>Ctrl+Z undoes the merge.</source>
        <translation>Strg+Z macht das Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="194"/>
        <source>%1 has no attendances, links or memberships to move.</source>
        <translation>%1 hat keine Teilnahmen, Verknüpfungen oder Mitgliedschaften, die umziehen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="199"/>
        <source>%1 will move to %2.</source>
        <translation>Zu %2 ziehen um: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="229"/>
        <source>Nothing was merged: %1</source>
        <translation>Es wurde nichts zusammengeführt: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="25"/>
        <source>No organisations yet.
Press Ctrl+N to add a partner organisation.</source>
        <translation>Noch keine Organisationen.
Mit Strg+N fügen Sie eine Partnerorganisation hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="32"/>
        <source>People linked to it: %1</source>
        <translation>Verbundene Personen: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="33"/>
        <source>Nobody is linked to this organisation yet.</source>
        <translation>Mit dieser Organisation ist noch niemand verbunden.</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="19"/>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="22"/>
        <source>My identity card</source>
        <translation>Meine Ausweiskarte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="25"/>
        <source>Give the card file to the coordinators you exchange bundles with, then read these digits together in person so they can mark you as verified. The card holds no secret.</source>
        <translation>Geben Sie die Kartendatei den Personen, mit denen Sie Pakete austauschen, und lesen Sie diese Ziffern dann gemeinsam persönlich vor, damit sie Sie als bestätigt markieren können. Die Karte enthält kein Geheimnis.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="39"/>
        <source>Save card to a file…</source>
        <translation>Karte als Datei speichern…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="44"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="63"/>
        <source>Save my identity card</source>
        <translation>Meine Ausweiskarte speichern</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="64"/>
        <source>Identity cards (*.pslid)</source>
        <translation>Ausweiskarten (*.pslid)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="75"/>
        <source>The card could not be saved: %1</source>
        <translation>Die Karte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="81"/>
        <source>Saved. Give this file to your peers.</source>
        <translation>Gespeichert. Geben Sie diese Datei Ihren Kontakten.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="30"/>
        <source>Wipe the vault</source>
        <translation>Tresor vernichten</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="31"/>
        <source>Destroy this vault for good and quit? Everything not sent to a peer or kept in a backup is lost. This cannot be undone.</source>
        <translation>Diesen Tresor endgültig vernichten und beenden? Alles, was Sie nicht an Kontakte gesendet oder in einer Sicherung aufbewahrt haben, geht verloren. Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="36"/>
        <source>Wipe and quit</source>
        <translation>Vernichten und beenden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="47"/>
        <source>The wipe did not finish</source>
        <translation>Die Vernichtung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="48"/>
        <source>The keys are destroyed, but some files could not be removed: %1</source>
        <translation>Die Schlüssel sind vernichtet, aber einige Dateien ließen sich nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="43"/>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="71"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="54"/>
        <source>Also re-encrypt under a new key</source>
        <translation>Auch mit einem neuen Schlüssel neu verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="58"/>
        <source>When an old passphrase or recovery code may be known. You get a new recovery code; the old one stops working.</source>
        <translation>Falls eine alte Passphrase oder ein alter Wiederherstellungscode bekannt sein könnte. Sie erhalten einen neuen Wiederherstellungscode; der alte gilt dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="83"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="84"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="86"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="110"/>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="141"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Die aktuelle Passphrase stimmt nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="145"/>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>Die Passphrase konnte nicht geändert werden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PassphraseGate</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="28"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="36"/>
        <source>Type the vault&apos;s passphrase to continue.</source>
        <translation>Geben Sie die Passphrase des Tresors ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="49"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="71"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="90"/>
        <source>That passphrase does not open this vault. Nothing was done.</source>
        <translation>Diese Passphrase öffnet den Tresor nicht. Es wurde nichts getan.</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="35"/>
        <source>Too short. Use at least 10 characters; four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Zu kurz. Mindestens 10 Zeichen; vier oder fünf zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="42"/>
        <source>Weak. Add another word or two.</source>
        <translation>Schwach. Fügen Sie ein, zwei Wörter hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="44"/>
        <source>Good. One more word makes it strong.</source>
        <translation>Gut. Ein weiteres Wort macht sie stark.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="47"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
</context>
<context>
    <name>PdfSheets</name>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="74"/>
        <source>Chapter / organisation</source>
        <translation>Ortsgruppe / Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="75"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="76"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="96"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="123"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="151"/>
        <source>(walk-in)</source>
        <translation>(ohne Anm.)</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="32"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="34"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="36"/>
        <source>not verified yet</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="57"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="71"/>
        <source>Add peer from card…</source>
        <translation>Kontakt aus Karte hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="74"/>
        <source>My identity card…</source>
        <translation>Meine Ausweiskarte…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="82"/>
        <source>No peers yet.
Ask a trusted coordinator for their identity card (.pslid) and add it here; give them yours.</source>
        <translation>Noch keine Kontakte.
Bitten Sie eine Koordinatorin oder einen Koordinator Ihres Vertrauens um die Ausweiskarte (.pslid), fügen Sie sie hier hinzu und geben Sie Ihre eigene weiter.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="106"/>
        <source>Mark as verified…</source>
        <translation>Als bestätigt markieren…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="111"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="116"/>
        <source>Apply their bundles from the mailbox folder without a review</source>
        <translation>Ihre Pakete aus dem Austauschordner ohne Prüfung übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="138"/>
        <source>Choose a peer to see their fingerprint.</source>
        <translation>Wählen Sie einen Kontakt, um seinen Fingerabdruck zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="205"/>
        <source>Revoked: their bundles are refused, also when someone relays them.</source>
        <translation>Widerrufen: Pakete dieses Kontakts werden abgelehnt, auch wenn jemand anderes sie weitergibt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="209"/>
        <source>Verified: you compared these digits with them in person.</source>
        <translation>Bestätigt: Sie haben diese Ziffern persönlich verglichen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="213"/>
        <source>Not verified yet. Meet them (or call on a channel you trust), compare every group of digits below, then mark them as verified.</source>
        <translation>Noch nicht bestätigt. Treffen Sie die Person (oder rufen Sie über einen vertrauenswürdigen Kanal an), vergleichen Sie jede Zifferngruppe unten und markieren Sie den Kontakt dann als bestätigt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="237"/>
        <source>Bundles from %1 in the mailbox are applied without a review.</source>
        <translation>Pakete von %1 im Austauschordner werden ohne Prüfung übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="241"/>
        <source>Bundles from %1 in the mailbox wait for your review.</source>
        <translation>Pakete von %1 im Austauschordner warten auf Ihre Prüfung.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="252"/>
        <source>A peer, once verified, can send you changes and receive your vault&apos;s records. Only the vault&apos;s owner may add one.</source>
        <translation>Ein verifizierter Kontakt kann Ihnen Änderungen senden und Einträge Ihres Tresors erhalten. Nur die Person, der der Tresor gehört, darf einen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="261"/>
        <source>Add peer from card</source>
        <translation>Kontakt aus Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="262"/>
        <source>Identity cards (*.pslid);;All files (*)</source>
        <translation>Ausweiskarten (*.pslid);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="270"/>
        <source>This card cannot be added: %1</source>
        <translation>Diese Karte kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="279"/>
        <source>Added %1. Another peer has the same name: they are told apart by their fingerprints. Compare this one with them in person before you trust it.</source>
        <translation>%1 hinzugefügt. Ein anderer Kontakt hat denselben Namen: Sie werden an ihren Fingerabdrücken unterschieden. Vergleichen Sie diesen persönlich mit der Person, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="287"/>
        <source>Added %1. Compare the fingerprint with them before you trust it.</source>
        <translation>%1 hinzugefügt. Vergleichen Sie den Fingerabdruck mit der Person, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="298"/>
        <source>Mark as verified</source>
        <translation>Als bestätigt markieren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="299"/>
        <source>Only continue if you read all 12 groups of digits with %1 in person (or on a call you trust) and every group matched.</source>
        <translation>Fahren Sie nur fort, wenn Sie alle 12 Zifferngruppen mit %1 persönlich (oder in einem vertrauenswürdigen Anruf) gelesen haben und jede Gruppe übereinstimmte.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="304"/>
        <source>I compared these digits with them in person</source>
        <translation>Ich habe diese Ziffern persönlich mit der Person verglichen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="310"/>
        <source>A verified peer can receive everything you choose to send them.</source>
        <translation>Ein verifizierter Kontakt kann alles erhalten, was Sie ihm senden.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="324"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="325"/>
        <source>From now on, bundles from %1 are refused, and so are their changes when someone else passes them on. What they sent before stays. This cannot be undone: to trust them again, they need a new identity.</source>
        <translation>Ab jetzt werden Pakete von %1 abgelehnt, ebenso deren Änderungen, wenn jemand anderes sie weitergibt. Was bisher kam, bleibt. Das lässt sich nicht rückgängig machen: Um wieder zu vertrauen, braucht die Person eine neue Identität.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="331"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="28"/>
        <source>No people yet.
Press Ctrl+N to add the first person.</source>
        <translation>Noch keine Personen.
Mit Strg+N fügen Sie die erste Person hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="34"/>
        <source>Events: %1</source>
        <translation>Veranstaltungen: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="35"/>
        <source>Not registered for any event yet.</source>
        <translation>Noch für keine Veranstaltung angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="41"/>
        <source>Find duplicates…</source>
        <translation>Duplikate finden…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="45"/>
        <source>People who may have been entered twice, to merge (Ctrl+Shift+D)</source>
        <translation>Personen, die vielleicht doppelt erfasst sind, zum Zusammenführen (Strg+Umschalt+D)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="38"/>
        <source>Print attendees</source>
        <translation>Teilnehmende drucken</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="44"/>
        <source>Attendee list, to tick people off (A4)</source>
        <translation>Teilnehmerliste zum Abhaken (A4)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="49"/>
        <source>Name badges, 8 per A4 page</source>
        <translation>Namensschilder, 8 pro A4-Seite</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="53"/>
        <source>Check-in list as CSV, for a spreadsheet (status, role, arrival)</source>
        <translation>Einlassliste als CSV, für eine Tabellenkalkulation (Status, Rolle, Ankunft)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="60"/>
        <source>A QR code on each badge (an attendance number only, no name)</source>
        <translation>Ein QR-Code auf jedem Schild (nur eine Teilnahmenummer, kein Name)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="68"/>
        <source>Only people who have arrived</source>
        <translation>Nur Angekommene</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="72"/>
        <source>Include people marked restricted</source>
        <translation>Als eingeschränkt markierte Personen einschließen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="76"/>
        <source>Paper leaves no trace you can wipe: print only what the day needs, and collect the lists afterwards.</source>
        <translation>Papier lässt sich nicht löschen: nur drucken, was der Tag braucht, und die Listen danach einsammeln.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="92"/>
        <location filename="../../src/pslapp/gui/event_print.py" line="126"/>
        <source>Save PDF…</source>
        <translation>PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="97"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="124"/>
        <source>Save CSV…</source>
        <translation>CSV speichern …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="132"/>
        <source>This CSV will include restricted people and fields (legal names, phone numbers).</source>
        <translation>Diese CSV-Datei enthält vertrauliche Personen und Felder (amtliche Namen, Telefonnummern).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="136"/>
        <source>This PDF will include restricted people and fields (legal names, phone numbers).</source>
        <translation>Dieses PDF enthält vertrauliche Personen und Felder (amtliche Namen, Telefonnummern).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="150"/>
        <source>Save CSV</source>
        <translation>CSV speichern</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="160"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="198"/>
        <source>Writing the list…</source>
        <translation>Die Liste wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="200"/>
        <source>Drawing the PDF…</source>
        <translation>PDF wird erstellt …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="216"/>
        <source>Saved %1 people to %2.</source>
        <translation>%1 Personen in %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="221"/>
        <source>%1 restricted people were left out.</source>
        <translation>%1 eingeschränkte Personen wurden weggelassen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="235"/>
        <source>The PDF could not be saved there (%1).</source>
        <translation>Das PDF konnte dort nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="241"/>
        <source>The PDF could not be drawn.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="43"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="46"/>
        <source>%1: %2 “%3”</source>
        <translation>%1: %2 „%3“</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="54"/>
        <source>conflict in %1</source>
        <translation>Konflikt bei %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="62"/>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="63"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="64"/>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="66"/>
        <source>%1 conflicts to review</source>
        <translation>%1 Konflikte zu prüfen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="69"/>
        <source>%1 already up to date</source>
        <translation>%1 bereits aktuell</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="73"/>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="82"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="88"/>
        <source>Receive bundle</source>
        <translation>Paket empfangen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="108"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="139"/>
        <source>Checking the bundle…</source>
        <translation>Paket wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="159"/>
        <source>From %1, a verified peer. The signature is valid.</source>
        <translation>Von %1, einem bestätigten Kontakt. Die Signatur ist gültig.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="166"/>
        <source>You have received this bundle before. Nothing to do.</source>
        <translation>Dieses Paket haben Sie schon empfangen. Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="170"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="224"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="253"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="173"/>
        <source>The bundle is genuine. Review what it would change:</source>
        <translation>Das Paket ist echt. Prüfen Sie, was es ändern würde:</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="183"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="193"/>
        <source>Some changes were written by people who are not your peers, passed on by this sender: %1. Their signatures are valid, but you have not verified who they are.</source>
        <translation>Einige Änderungen stammen von Personen, die nicht zu Ihren Kontakten gehören; dieser Absender hat sie weitergegeben: %1. Ihre Signaturen sind gültig, aber Sie haben nicht überprüft, wer sie sind.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="207"/>
        <source>This bundle cannot be received.</source>
        <translation>Dieses Paket kann nicht empfangen werden.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="212"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="218"/>
        <source>Something went wrong reading it. Nothing was changed.</source>
        <translation>Beim Lesen ist etwas schiefgegangen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="233"/>
        <source>Applying…</source>
        <translation>Wird übernommen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="244"/>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="248"/>
        <source>Some fields were changed on both sides: review them under Conflicts.</source>
        <translation>Einige Felder wurden auf beiden Seiten geändert: Prüfen Sie sie unter „Konflikte“.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="22"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="24"/>
        <source>Use a colour like #3366cc.</source>
        <translation>Geben Sie eine Farbe wie #3366cc an.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="26"/>
        <source>Use a date like 2026-05-01.</source>
        <translation>Geben Sie ein Datum wie 2026-05-01 an.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="28"/>
        <source>Use a date like 2026-05-01 or a time like 2026-05-01 18:30.</source>
        <translation>Geben Sie ein Datum (2026-05-01) oder eine Uhrzeit (2026-05-01 18:30) an.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="32"/>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="34"/>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht nach einer Telefonnummer aus.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="36"/>
        <source>This is too long.</source>
        <translation>Das ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="38"/>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="44"/>
        <source>%1 cells where the header has %2.</source>
        <translation>%1 Zellen, die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="58"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="62"/>
        <source>Restricted: stays on this laptop unless you choose to send it.</source>
        <translation>Vertraulich: bleibt auf diesem Laptop, außer Sie entscheiden sich, es mitzuschicken.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="126"/>
        <source>Edit: %1</source>
        <translation>Bearbeiten: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="128"/>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="166"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="167"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Was Sie in dieses Formular eingegeben haben, ist nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="170"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="96"/>
        <source>Select a row to see the details.</source>
        <translation>Wählen Sie eine Zeile, um Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="196"/>
        <source>Nothing matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>Nichts passt zu „%1“. Prüfen Sie die Schreibweise oder tippen Sie weniger Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="263"/>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="286"/>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="35"/>
        <source>Choose: %1</source>
        <translation>Auswählen: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="42"/>
        <source>Type part of a name</source>
        <translation>Teil eines Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="48"/>
        <source>Press Enter to choose the highlighted one.</source>
        <translation>Enter wählt den markierten Eintrag.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/record_table.py" line="328"/>
        <source>%1 (sorting…)</source>
        <translation>%1 (wird sortiert …)</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="34"/>
        <source>Checking every row</source>
        <translation>Jede Zeile wird geprüft</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="40"/>
        <source>Skip the bad rows and import the rest</source>
        <translation>Fehlerhafte Zeilen überspringen und den Rest importieren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="60"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="71"/>
        <source>%1 rows are good, %2 are not. Fix the file and choose it again, or skip the bad rows.</source>
        <translation>%1 Zeilen sind in Ordnung, %2 nicht. Datei korrigieren und neu wählen oder fehlerhafte Zeilen überspringen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="81"/>
        <source>All %1 rows are good.</source>
        <translation>Alle %1 Zeilen sind in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="57"/>
        <source>People who may be in the vault already</source>
        <translation>Personen, die vielleicht schon im Tresor sind</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="64"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="77"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="78"/>
        <source>Resembles</source>
        <translation>Ähnelt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="79"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="80"/>
        <source>Or, after the import</source>
        <translation>Oder nach dem Import</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="93"/>
        <source>All are new people</source>
        <translation>Alle sind neue Personen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="98"/>
        <source>Same person where nearly identical</source>
        <translation>Dieselbe Person, wo fast gleich</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="102"/>
        <source>Ticks the names that differ from someone known only by a letter or an accent</source>
        <translation>Hakt die Namen an, die sich von bekannten nur durch einen Buchstaben oder einen Akzent unterscheiden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="113"/>
        <source>All are the same person</source>
        <translation>Alle sind dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="147"/>
        <source>Comparing the list with the people in the vault…</source>
        <translation>Die Liste wird mit den Personen im Tresor verglichen …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="178"/>
        <source>Comparing the list with the people in the vault: %1 of %2…</source>
        <translation>Die Liste wird mit den Personen im Tresor verglichen: %1 von %2 …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="192"/>
        <source>New people: %1. Known by email or phone, their details merged: %2. Names that resemble someone in the vault or earlier in the file: %3.</source>
        <translation>Neue Personen: %1. Per E-Mail oder Telefon bekannt, Angaben zusammengeführt: %2. Namen, die jemandem im Tresor oder weiter oben in der Datei ähneln: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="202"/>
        <source>Tick those who are the same person; if unsure, keep two.</source>
        <translation>Haken Sie an, wer dieselbe Person ist; im Zweifel behalten Sie zwei.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="227"/>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (Zeile %2 dieser Datei)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="231"/>
        <source>%1 (in the vault)</source>
        <translation>%1 (im Tresor)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="220"/>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="236"/>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="244"/>
        <source>Same person</source>
        <translation>Dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="255"/>
        <source>Merge into %1</source>
        <translation>Zusammenführen mit %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="260"/>
        <source>Imported as a new person, then merged into them: the spelling from the file is kept as an alias, and the merge can be undone.</source>
        <translation>Wird als neue Person importiert und dann mit diesem Eintrag zusammengeführt: Die Schreibweise aus der Datei bleibt als Pseudonym erhalten, und das Zusammenführen lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="306"/>
        <source>The list could not be read.</source>
        <translation>Die Liste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="43"/>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="101"/>
        <source>Registration list</source>
        <translation>Anmeldeliste</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="45"/>
        <source>A CSV file exported from a form or a spreadsheet: UTF-8, UTF-16 or Windows-1251; commas, semicolons or tabs.</source>
        <translation>Eine CSV-Datei aus einem Formular oder einer Tabelle: UTF-8, UTF-16 oder Windows-1251; Kommas, Semikolons oder Tabs.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="57"/>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="73"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="74"/>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="75"/>
        <source>Goes to</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="102"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="126"/>
        <source>Encoding %1 · delimiter %2 · %3 rows after the header</source>
        <translation>Kodierung %1 · Trennzeichen %2 · %3 Zeilen nach der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="172"/>
        <source>No column goes to a name. Choose Full name, or Given and Family name.</source>
        <translation>Keine Spalte enthält einen Namen. „Vollständiger Name“ oder „Vorname“ und „Nachname“ wählen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="27"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="52"/>
        <source>Writing %1 people…</source>
        <translation>%1 Personen werden geschrieben …</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="73"/>
        <source>Done. New people: %1, merged with people already known: %2, registered: %3.</source>
        <translation>Fertig. Neue Personen: %1, mit bekannten zusammengeführt: %2, angemeldet: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="85"/>
        <source>Merged into the person they resemble: %1 (undo in People, Find duplicates…).</source>
        <translation>Mit der ähnlichen Person zusammengeführt: %1 (rückgängig unter Personen, „Duplikate finden…“).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="98"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="18"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="19"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="20"/>
        <source>tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="27"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="40"/>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="64"/>
        <source>(leave out)</source>
        <translation>(weglassen)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="41"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="42"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="43"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="44"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="45"/>
        <source>Legal name</source>
        <translation>Amtlicher Name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="46"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="47"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="48"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="49"/>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="52"/>
        <source>Chapter</source>
        <translation>Ortsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="53"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="54"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="55"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="56"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="57"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="58"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="59"/>
        <source>Consent to contact</source>
        <translation>Einwilligung zur Kontaktaufnahme</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="60"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="61"/>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="63"/>
        <source>Role at the event</source>
        <translation>Rolle bei der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/wizard.py" line="23"/>
        <source>Import registration list</source>
        <translation>Anmeldeliste importieren</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="34"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="39"/>
        <source>Choose the backup file, then type the passphrase the vault had when the backup was made, or its recovery code.</source>
        <translation>Wählen Sie die Sicherungsdatei und geben Sie die Passphrase ein, die der Tresor beim Sichern hatte, oder seinen Wiederherstellungscode.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="48"/>
        <source>Choose backup…</source>
        <translation>Sicherung wählen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="53"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="55"/>
        <source>I have the recovery code instead</source>
        <translation>Ich habe stattdessen den Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="66"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="91"/>
        <source>Choose backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="92"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>pslapp-Sicherungen (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="106"/>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="131"/>
        <source>That does not open this backup. Nothing was changed.</source>
        <translation>Damit lässt sich diese Sicherung nicht öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="135"/>
        <source>This file is not a pslapp backup, or it is damaged. Nothing was changed.</source>
        <translation>Diese Datei ist keine pslapp-Sicherung oder beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="140"/>
        <source>The backup could not be restored here. Nothing was changed.</source>
        <translation>Die Sicherung konnte hier nicht wiederhergestellt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="144"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Etwas ist schiefgegangen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="77"/>
        <source>Only these chapters</source>
        <translation>Nur diese Gruppen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="78"/>
        <source>Only these tags</source>
        <translation>Nur diese Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="79"/>
        <source>Only these events</source>
        <translation>Nur diese Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="85"/>
        <source>Tick nothing in a list to send all of it.</source>
        <translation>Nichts angekreuzt: alles wird gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="90"/>
        <source>Only changes since the last bundle to these peers</source>
        <translation>Nur Änderungen seit dem letzten Paket an diese Kontakte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="97"/>
        <source>Everything in scope (for a new peer)</source>
        <translation>Alles im Umfang (für einen neuen Kontakt)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="102"/>
        <source>Include restricted data (restricted people, legal names, phone numbers)</source>
        <translation>Vertrauliche Daten einschließen (vertrauliche Personen, amtliche Namen, Telefonnummern)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="110"/>
        <source>Careful: restricted data can put people in danger if the file or your peer&apos;s laptop is seized. Include it only if they really need it.</source>
        <translation>Vorsicht: Vertrauliche Daten können Menschen gefährden, wenn die Datei oder der Laptop Ihres Kontakts beschlagnahmt wird. Nur einschließen, wenn wirklich nötig.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="37"/>
        <source>Nothing to send: these peers already have every change in this scope.</source>
        <translation>Nichts zu senden: Diese Kontakte haben schon alle Änderungen in diesem Umfang.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="43"/>
        <source>This bundle will carry: %1</source>
        <translation>Das Paket enthält: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="54"/>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="63"/>
        <source>Send changes</source>
        <translation>Änderungen senden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="90"/>
        <source>Save bundle…</source>
        <translation>Paket speichern…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="106"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="108"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="134"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="136"/>
        <source>not verified yet: compare fingerprints under Peers first</source>
        <translation>noch nicht bestätigt: vergleichen Sie zuerst die Fingerabdrücke unter „Kontakte“</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="164"/>
        <source>No peers yet. Add someone&apos;s identity card under Peers first.</source>
        <translation>Noch keine Kontakte. Fügen Sie zuerst unter „Kontakte“ eine Ausweiskarte hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="168"/>
        <source>Tick at least one verified peer.</source>
        <translation>Wählen Sie mindestens einen bestätigten Kontakt.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="174"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="197"/>
        <source>Save the bundle</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="198"/>
        <source>Bundles (*.pslb)</source>
        <translation>Pakete (*.pslb)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="211"/>
        <location filename="../../src/pslapp/gui/safety_screenshots.py" line="25"/>
        <source>This bundle includes restricted data (restricted people, legal names, phone numbers).</source>
        <translation>Dieses Paket enthält vertrauliche Daten (vertrauliche Personen, amtliche Namen, Telefonnummern).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="217"/>
        <source>This is the first bundle to one of these peers.</source>
        <translation>Dies ist das erste Paket an einen dieser Kontakte.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="228"/>
        <source>Sealing the bundle…</source>
        <translation>Paket wird versiegelt…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="243"/>
        <source>Saved %1 (%2 records). Pass the file on any way you like: only %3 can open it.</source>
        <translation>%1 gespeichert (%2 Einträge). Geben Sie die Datei auf beliebigem Weg weiter: Öffnen können sie nur die Empfänger: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="251"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="258"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Abgebrochen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="264"/>
        <source>Something went wrong; nothing was sent.</source>
        <translation>Etwas ist schiefgegangen; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="78"/>
        <source>The vault cannot be opened</source>
        <translation>Der Tresor lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="124"/>
        <source>Other users of this computer could read the vault files; they are private again.</source>
        <translation>Andere Benutzer dieses Computers konnten die Tresordateien lesen; jetzt sind sie wieder privat.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="147"/>
        <source>No backup of this vault yet: ⋯ → Back up the vault…</source>
        <translation>Von diesem Tresor gibt es noch keine Sicherung: ⋯ → Tresor sichern…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="150"/>
        <source>The last backup is %1 days old: ⋯ → Back up the vault…</source>
        <translation>Die letzte Sicherung ist %1 Tage alt: ⋯ → Tresor sichern…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="190"/>
        <source>The passphrase is changed.</source>
        <translation>Die Passphrase ist geändert.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="208"/>
        <source>Re-encrypting the vault under a new key…</source>
        <translation>Der Tresor wird mit einem neuen Schlüssel neu verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="228"/>
        <source>New recovery code</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="229"/>
        <source>The vault is re-encrypted under a new key. The old recovery code no longer works; write this one down and keep it apart from the laptop:

%1</source>
        <translation>Der Tresor ist mit einem neuen Schlüssel neu verschlüsselt. Der alte Wiederherstellungscode gilt nicht mehr; schreiben Sie diesen auf und bewahren Sie ihn getrennt vom Laptop auf:

%1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="241"/>
        <source>The vault could not be re-encrypted</source>
        <translation>Der Tresor konnte nicht neu verschlüsselt werden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="277"/>
        <source>Mailbox folder</source>
        <translation>Austauschordner</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="278"/>
        <source>That folder cannot be used: it is missing or not writable.</source>
        <translation>Dieser Ordner ist nicht verwendbar: Er fehlt oder ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="55"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="60"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="61"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="67"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="74"/>
        <source>A new language applies the next time you start pslapp.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von pslapp.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="82"/>
        <source>Lock after this long without use</source>
        <translation>Sperren nach so langer Untätigkeit</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="86"/>
        <source>Remind me to back up after</source>
        <translation>An die Sicherung erinnern nach</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="89"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="91"/>
        <source>Mailbox folder</source>
        <translation>Austauschordner</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="109"/>
        <source>A folder Syncthing (or Nextcloud, or a USB stick) shares with your peers: pslapp puts its sealed bundles there and picks up theirs by itself.</source>
        <translation>Ein Ordner, den Syncthing (oder Nextcloud oder ein USB-Stick) mit Ihren Partnern teilt: pslapp legt seine versiegelten Pakete selbst dort ab und holt die der anderen ab.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="115"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="118"/>
        <source>No mailbox</source>
        <translation>Kein Austauschordner</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="137"/>
        <source>Choose the mailbox folder</source>
        <translation>Austauschordner auswählen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="147"/>
        <source>none: bundles go by hand</source>
        <translation>keiner: Pakete gehen von Hand</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="23"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="25"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="28"/>
        <source>Add a record to the list shown</source>
        <translation>Einen Eintrag zur gezeigten Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="30"/>
        <source>Switch lists</source>
        <translation>Liste wechseln</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="31"/>
        <source>Open the selected record</source>
        <translation>Den gewählten Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="32"/>
        <source>Delete the selected record</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="35"/>
        <source>Undo the last deletion or merge</source>
        <translation>Letztes Löschen oder Zusammenführen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="39"/>
        <source>Find people entered twice</source>
        <translation>Doppelt erfasste Personen finden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="41"/>
        <source>Receive a bundle</source>
        <translation>Ein Paket empfangen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="42"/>
        <source>Send changes</source>
        <translation>Änderungen senden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="43"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="44"/>
        <source>Lock the vault</source>
        <translation>Den Tresor sperren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="47"/>
        <source>Wipe the vault and quit (also in door mode)</source>
        <translation>Tresor vernichten und beenden (auch im Einlassmodus)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="51"/>
        <source>This overview</source>
        <translation>Diese Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="55"/>
        <source>An event</source>
        <translation>Eine Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="57"/>
        <source>Open door mode</source>
        <translation>Einlassmodus öffnen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="58"/>
        <source>Import a registration list</source>
        <translation>Eine Anmeldeliste importieren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="61"/>
        <source>Print or export the attendees</source>
        <translation>Die Teilnehmenden drucken oder exportieren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="63"/>
        <source>Add an attendee</source>
        <translation>Eine teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="66"/>
        <source>Status, role or removal of the selected attendee</source>
        <translation>Status, Rolle oder Entfernen der gewählten Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="73"/>
        <source>Door mode</source>
        <translation>Einlassmodus</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="77"/>
        <source>Check in the highlighted person</source>
        <translation>Die markierte Person einchecken</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="81"/>
        <source>Check in someone who cancelled or did not come</source>
        <translation>Jemanden einchecken, der storniert hat oder als nicht erschienen gilt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="85"/>
        <source>Move in the list</source>
        <translation>In der Liste bewegen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="86"/>
        <source>Status, role or removal</source>
        <translation>Status, Rolle oder Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="87"/>
        <source>Take the last check-in back</source>
        <translation>Das letzte Einchecken zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="88"/>
        <source>Add a walk-in</source>
        <translation>Ohne Anmeldung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="89"/>
        <source>Clear the search field</source>
        <translation>Das Suchfeld leeren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="28"/>
        <source>That passphrase does not open this vault. Nothing was changed; try again.</source>
        <translation>Diese Passphrase öffnet den Tresor nicht. Nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="33"/>
        <source>A wipe of this vault was interrupted. Run &apos;pslapp-cli wipe&apos; to finish it.</source>
        <translation>Die Vernichtung dieses Tresors wurde unterbrochen. Führen Sie „pslapp-cli wipe“ aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="38"/>
        <source>A vault file is damaged: %1. Nothing was changed. Restore the vault folder from a backup, or try the recovery code.</source>
        <translation>Eine Tresordatei ist beschädigt: %1. Nichts wurde geändert. Stellen Sie den Tresorordner aus einer Sicherung wieder her oder versuchen Sie den Wiederherstellungscode.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="45"/>
        <source>The vault could not be opened (%1).</source>
        <translation>Der Tresor konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="56"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="80"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="60"/>
        <source>Unlock your vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="62"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="110"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="75"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="113"/>
        <source>Use the recovery code instead</source>
        <translation>Stattdessen den Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="104"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="107"/>
        <source>Use the passphrase instead</source>
        <translation>Stattdessen die Passphrase verwenden</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="115"/>
        <source>treasurer</source>
        <translation>Kassenwart·in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="114"/>
        <source>spokesperson</source>
        <translation>Sprecher·in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="113"/>
        <source>coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="100"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="30"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="101"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="32"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="58"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="59"/>
        <source>sensitive</source>
        <translation>sensibel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="60"/>
        <source>restricted</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="62"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="63"/>
        <source>supporter</source>
        <translation>Unterstützer·in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="64"/>
        <source>volunteer</source>
        <translation>Freiwillige·r</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="65"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="66"/>
        <source>press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="67"/>
        <source>lawyer</source>
        <translation>Anwält·in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="68"/>
        <source>organiser</source>
        <translation>Organisator·in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="69"/>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="71"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="72"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="73"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="74"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="75"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="77"/>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="78"/>
        <source>union</source>
        <translation>Gewerkschaft</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="79"/>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="80"/>
        <source>collective</source>
        <translation>Kollektiv</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="81"/>
        <source>initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="82"/>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="83"/>
        <source>human-rights group</source>
        <translation>Menschenrechtsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="84"/>
        <source>student group</source>
        <translation>Studierendengruppe</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="86"/>
        <source>ally</source>
        <translation>Verbündete</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="87"/>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="88"/>
        <source>observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="90"/>
        <source>local chapter</source>
        <translation>Ortsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="91"/>
        <source>working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="92"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="94"/>
        <source>demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="95"/>
        <source>picket</source>
        <translation>Mahnwache</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="96"/>
        <source>rally</source>
        <translation>Kundgebung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="97"/>
        <source>forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="98"/>
        <source>congress</source>
        <translation>Kongress</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="99"/>
        <source>camp</source>
        <translation>Camp</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="100"/>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="101"/>
        <source>presentation</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="102"/>
        <source>strike support</source>
        <translation>Streikunterstützung</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="104"/>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="105"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="106"/>
        <source>checked in</source>
        <translation>angekommen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="107"/>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="108"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="109"/>
        <source>participant</source>
        <translation>Teilnehmer·in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="110"/>
        <source>speaker</source>
        <translation>Redner·in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="111"/>
        <source>delegate</source>
        <translation>Delegierte·r</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="117"/>
        <source>member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="118"/>
        <source>contact person for</source>
        <translation>Ansprechperson für</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="119"/>
        <source>works with</source>
        <translation>arbeitet mit</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="45"/>
        <source>Walk-in: someone who did not register</source>
        <translation>Ohne Anmeldung: jemand, der sich nicht angemeldet hat</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="51"/>
        <source>Name as they want it on their badge</source>
        <translation>Name, wie er auf dem Schild stehen soll</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="59"/>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="69"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="64"/>
        <source>Agrees to be contacted after the event</source>
        <translation>Einverstanden, nach der Veranstaltung kontaktiert zu werden</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="77"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="78"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="82"/>
        <source>Add and check in (Enter)</source>
        <translation>Aufnehmen und einchecken (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="87"/>
        <source>Back to the list (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="121"/>
        <source>Write the name first.</source>
        <translation>Zuerst den Namen eintragen.</translation>
    </message>
</context>
</TS>
