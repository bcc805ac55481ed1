<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttendeeMenu</name>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="36"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="48"/>
        <source>Remove from this event…</source>
        <translation>Retirer de cet événement…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="74"/>
        <source>Remove from this event</source>
        <translation>Retirer de cet événement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="75"/>
        <source>Take %1 off this event&apos;s list? Their record stays in the vault.</source>
        <translation>Retirer %1 de la liste de cet événement ? Sa fiche reste dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="79"/>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/attendee_table.py" line="83"/>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="32"/>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="36"/>
        <source>Writes the whole vault to one encrypted file, for example on a USB stick kept away from this laptop. Only this vault&apos;s passphrase or recovery code opens it. If the laptop is seized or broken, restore it on another computer.</source>
        <translation>Écrit tout le coffre dans un seul fichier chiffré, par exemple sur une clé USB gardée loin de cet ordinateur. Seule la phrase secrète ou le code de récupération de ce coffre l&apos;ouvre. Si l&apos;ordinateur est saisi ou cassé, restaurez le coffre sur un autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="55"/>
        <source>Choose a file and back up…</source>
        <translation>Choisir un fichier et sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="76"/>
        <source>Save the backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="77"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>Sauvegardes pslapp (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="91"/>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="108"/>
        <source>Backup written to %1. Keep it away from this laptop.</source>
        <translation>Sauvegarde écrite dans %1. Gardez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="125"/>
        <source>The backup could not be written; nothing was saved. (%1)</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite ; rien n&apos;a été enregistré. (%1)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="131"/>
        <source>The backup could not be written; nothing was saved.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="45"/>
        <source>Peers</source>
        <translation>Contacts de confiance</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="46"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="47"/>
        <source>Bundle history</source>
        <translation>Historique des paquets</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="63"/>
        <source>Send changes…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="66"/>
        <source>Seal your changes for verified peers (Ctrl+Shift+S)</source>
        <translation>Sceller vos changements pour les contacts vérifiés (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="72"/>
        <source>Receive bundle…</source>
        <translation>Recevoir…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="76"/>
        <source>Open a .pslb file from a peer (Ctrl+O), or drop it on this window</source>
        <translation>Ouvrir un fichier .pslb d&apos;un contact (Ctrl+O), ou le déposer sur cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="122"/>
        <source>Receive bundle</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="123"/>
        <source>Bundles (*.pslb);;All files (*)</source>
        <translation>Paquets (*.pslb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="149"/>
        <source>Bundle applied.</source>
        <translation>Paquet appliqué.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryView</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="39"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="44"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="45"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="46"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="47"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="50"/>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="63"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="64"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="65"/>
        <source>Peer</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="66"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="78"/>
        <source>No bundles yet.
Use “Send changes…” to pass your changes to a verified peer.</source>
        <translation>Aucun paquet pour l&apos;instant.
Utilisez « Envoyer… » pour transmettre vos changements à un contact vérifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="115"/>
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="122"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="124"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="18"/>
        <source>This bundle was not made for this vault: it cannot be opened here.</source>
        <translation>Ce paquet n&apos;a pas été fait pour ce coffre : il ne peut pas être ouvert ici.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="21"/>
        <source>This file is damaged or was altered after it was made. Nothing was changed; ask the sender for a new one.</source>
        <translation>Ce fichier est endommagé ou a été modifié après sa création. Rien n&apos;a été modifié ; demandez-en un nouveau à la personne qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="26"/>
        <source>This bundle comes from someone who is not among your peers. Add their card under Peers first.</source>
        <translation>Ce paquet vient de quelqu&apos;un qui n&apos;est pas parmi vos contacts. Ajoutez d&apos;abord sa carte dans « Contacts de confiance ».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="31"/>
        <source>The sender is not verified yet. Compare the fingerprint digits with them in person under Peers, then try again.</source>
        <translation>Ce contact n&apos;est pas encore vérifié. Comparez de vive voix les chiffres de l&apos;empreinte dans « Contacts de confiance », puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="36"/>
        <source>This bundle comes from a peer you have revoked. It was refused.</source>
        <translation>Ce paquet vient d&apos;un contact que vous avez révoqué. Il a été refusé.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="39"/>
        <source>The sender did not address this bundle to you; it may have been forwarded. It was refused.</source>
        <translation>Ce paquet ne vous était pas adressé ; il a peut-être été transféré. Il a été refusé.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="44"/>
        <source>This file is too large to be a bundle. It was refused.</source>
        <translation>Ce fichier est trop volumineux pour être un paquet. Il a été refusé.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="47"/>
        <source>This file is not a valid bundle. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas un paquet valide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="50"/>
        <source>You made this bundle yourself: there is nothing to receive.</source>
        <translation>Vous avez créé ce paquet vous-même : il n&apos;y a rien à recevoir.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="53"/>
        <source>The file cannot be read. Check that it is still there.</source>
        <translation>Le fichier ne peut pas être lu. Vérifiez qu&apos;il est toujours là.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="56"/>
        <source>This bundle was made by another version of pslapp. Nothing was changed; use the same version on both computers and ask the sender for a new one.</source>
        <translation>Ce paquet a été créé par une autre version de pslapp. Rien n&apos;a été modifié ; utilisez la même version sur les deux ordinateurs et demandez-en un nouveau à la personne qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="61"/>
        <source>The sender&apos;s clock is more than 5 minutes ahead of yours. Ask them to check their computer&apos;s date and time (or check yours), then send again.</source>
        <translation>L&apos;horloge de l&apos;expéditeur avance de plus de 5 minutes sur la vôtre. Demandez-lui de vérifier la date et l&apos;heure de son ordinateur (ou vérifiez les vôtres), puis de renvoyer.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="66"/>
        <source>A change in this bundle is not signed by the person it names as its author: someone altered it or wrote it in another&apos;s name. It was refused; nothing was changed. Tell the sender.</source>
        <translation>Une modification de ce paquet n&apos;est pas signée par la personne qu&apos;elle nomme comme autrice : quelqu&apos;un l&apos;a altérée ou l&apos;a écrite au nom d&apos;une autre. Le paquet a été refusé, rien n&apos;a été modifié. Prévenez l&apos;expéditeur.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="76"/>
        <source>The bundle was refused: %1</source>
        <translation>Le paquet a été refusé : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="83"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="84"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="85"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="86"/>
        <source>edited on both sides</source>
        <translation>modifié des deux côtés</translation>
    </message>
</context>
<context>
    <name>ChaptersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="25"/>
        <source>No chapters yet.
Press Ctrl+N to add your local chapter.</source>
        <translation>Aucune section pour l&apos;instant.
Appuyez sur Ctrl+N pour ajouter votre section locale.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="31"/>
        <source>People in this chapter: %1</source>
        <translation>Personnes de cette section : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="32"/>
        <source>Nobody has this chapter in their details yet.</source>
        <translation>Personne n&apos;a encore cette section dans sa fiche.</translation>
    </message>
</context>
<context>
    <name>CoalitionsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="167"/>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="67"/>
        <source>What they are in this coalition (Enter)</source>
        <translation>Le rôle dans cette coalition (Entrée)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="64"/>
        <source>Role…</source>
        <translation>Rôle…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="50"/>
        <source>Add organisation…</source>
        <translation>Ajouter une organisation…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="53"/>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="57"/>
        <source>Remove from coalition</source>
        <translation>Retirer de la coalition</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="61"/>
        <source>The record itself stays (Delete)</source>
        <translation>La fiche elle-même reste (Suppr)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="104"/>
        <source>Members: %1</source>
        <translation>Membres : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="110"/>
        <source>No members yet. Add an organisation or a person.</source>
        <translation>Aucun membre pour l&apos;instant. Ajoutez une organisation ou une personne.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="136"/>
        <source>Already a member of this coalition.</source>
        <translation>Fait déjà partie de cette coalition.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="207"/>
        <source>No coalitions yet.
Press Ctrl+N to start one, then add its members.</source>
        <translation>Aucune coalition pour l&apos;instant.
Appuyez sur Ctrl+N pour en créer une, puis ajoutez ses membres.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/pslapp/gui/confirm.py" line="27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="52"/>
        <source>Two people changed the same field without seeing each other&apos;s change. The value shown first is the one in use everywhere; take the other one if it is right.</source>
        <translation>Deux personnes ont modifié le même champ sans voir la modification de l&apos;autre. La première valeur est celle en vigueur partout ; prenez l&apos;autre si c&apos;est la bonne.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="66"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="67"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="68"/>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="69"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="70"/>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="87"/>
        <source>No conflicts to review. Everything agrees.</source>
        <translation>Aucun conflit. Tout concorde.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="95"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="241"/>
        <source>Keep the value in use</source>
        <translation>Garder la valeur en usage</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="100"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="244"/>
        <source>Take the other value</source>
        <translation>Prendre l&apos;autre valeur</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="137"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="139"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="190"/>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="151"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="178"/>
        <source>a protected person</source>
        <translation>une personne protégée</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="183"/>
        <source>A peer merged %1 into %2, who is less protected.</source>
        <translation>Un contact de confiance a fusionné %1 dans %2, dont la fiche est moins protégée.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="196"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="220"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="235"/>
        <source>Keep them apart</source>
        <translation>Les garder séparées</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="237"/>
        <source>Accept the merge</source>
        <translation>Accepter la fusion</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="259"/>
        <source>Done. The chosen value is now in use.</source>
        <translation>C&apos;est fait. La valeur choisie est maintenant en usage.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="263"/>
        <source>Merged, as the peer did.</source>
        <translation>Fusionné, comme chez le contact.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="265"/>
        <source>Kept apart, here and on every laptop this change reaches.</source>
        <translation>Gardées séparées, ici et sur chaque portable que ce changement atteindra.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="53"/>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="70"/>
        <source>Welcome. Let us create your vault.</source>
        <translation>Bienvenue. Créons votre coffre.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="74"/>
        <source>Everything you keep here is encrypted on this computer. Choose a passphrase only you know: without it, nobody can open the vault, including you.</source>
        <translation>Tout ce que vous gardez ici est chiffré sur cet ordinateur. Choisissez une phrase secrète que vous seul·e connaissez : sans elle, personne ne peut ouvrir le coffre, pas même vous.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="85"/>
        <source>e.g. Cologne chapter</source>
        <translation>p. ex. Section de Cologne</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="108"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="118"/>
        <source>Your name or your chapter&apos;s name, as others will see it</source>
        <translation>Votre nom ou celui de votre section, tel que les autres le verront</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="123"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="126"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, encore une fois</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="135"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="179"/>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="184"/>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>La phrase secrète doit comporter au moins 10 caractères.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="191"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Les deux phrases ne sont pas identiques. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="232"/>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="235"/>
        <source>If you forget the passphrase, this code is the only way back in. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once; do not photograph it or save it in a file.</source>
        <translation>Si vous oubliez la phrase secrète, ce code est le seul moyen de revenir. Notez-le maintenant sur papier et gardez-le en lieu sûr, loin de cet ordinateur. Il n&apos;est affiché qu&apos;une seule fois ; ne le photographiez pas et ne l&apos;enregistrez pas dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="254"/>
        <source>I have written it down</source>
        <translation>Je l&apos;ai noté</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="258"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="23"/>
        <source>Preparing the demo with sample data…</source>
        <translation>Préparation de la démo avec des données d&apos;exemple…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="34"/>
        <source>Demo passphrase: %1</source>
        <translation>Phrase secrète de la démo : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="46"/>
        <source>The demo could not start</source>
        <translation>La démo n&apos;a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="72"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="75"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="161"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="164"/>
        <source>Copies it for 30 seconds, hidden from clipboard history.</source>
        <translation>Copie pendant 30 secondes, sans entrée dans l&apos;historique du presse-papiers.</translation>
    </message>
</context>
<context>
    <name>DoorCounts</name>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="32"/>
        <source>registered</source>
        <translation>inscrits</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="35"/>
        <source>checked in</source>
        <translation>enregistrés</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="37"/>
        <source>walk-ins</source>
        <translation>sans inscription</translation>
    </message>
</context>
<context>
    <name>DoorLeave</name>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="18"/>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="37"/>
        <source>Leave door mode</source>
        <translation>Quitter le mode accueil</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="21"/>
        <source>The rest of the vault opens again with the vault&apos;s passphrase. Volunteers at the door without it stay here.</source>
        <translation>Le reste du coffre ne s&apos;ouvre qu&apos;avec sa phrase secrète. Les bénévoles à l&apos;accueil qui ne l&apos;ont pas restent ici.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="32"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="41"/>
        <source>Stay at the door (Esc)</source>
        <translation>Rester à l&apos;accueil (Échap)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="68"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="74"/>
        <source>That is not the passphrase. You are still in door mode.</source>
        <translation>Ce n&apos;est pas la phrase secrète. Le mode accueil reste actif.</translation>
    </message>
</context>
<context>
    <name>DoorList</name>
    <message>
        <location filename="../../src/pslapp/gui/door/results_list.py" line="42"/>
        <source>✓ arrived %1</source>
        <translation>✓ arrivé·e %1</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="59"/>
        <source>pslapp: door</source>
        <translation>pslapp : accueil</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="86"/>
        <source>Leave door mode…</source>
        <translation>Quitter le mode accueil…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="21"/>
        <source>Type a name: any script, any part</source>
        <translation>Tapez un nom : tout alphabet, n&apos;importe quelle partie</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="37"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="234"/>
        <source>Check in (Enter)</source>
        <translation>Enregistrer l&apos;arrivée (Entrée)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="42"/>
        <source>Status, role… (F2)</source>
        <translation>Statut, rôle… (F2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="46"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Annuler la dernière arrivée (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="50"/>
        <source>Walk-in (Ctrl+W)</source>
        <translation>Sans inscription (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="189"/>
        <source>The list could not be loaded. Leave door mode and open it again.</source>
        <translation>La liste n&apos;a pas pu être chargée. Quittez le mode accueil et rouvrez-le.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="199"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="200"/>
        <source>Loading the list…</source>
        <translation>Chargement de la liste…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="211"/>
        <source>…and %1 more. Type more of the name to narrow the list.</source>
        <translation>… et %1 de plus. Tapez davantage du nom pour réduire la liste.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="265"/>
        <source>Nobody on the list by that name. Ctrl+W adds them as a walk-in.</source>
        <translation>Personne de ce nom sur la liste. Ctrl+W l&apos;ajoute sans inscription.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="16"/>
        <source>%1 is checked in already (%2).</source>
        <translation>%1 est déjà enregistré·e (%2).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="25"/>
        <source>The registration of %1 was cancelled. Ctrl+Enter checks them in anyway.</source>
        <translation>L&apos;inscription de %1 a été annulée. Ctrl+Entrée enregistre l&apos;arrivée quand même.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="30"/>
        <source>%1 is marked as not having come (no-show). Ctrl+Enter checks them in anyway.</source>
        <translation>%1 est marqué·e comme absent·e. Ctrl+Entrée enregistre l&apos;arrivée quand même.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="38"/>
        <source>%1 is no longer on the list.</source>
        <translation>%1 n&apos;est plus sur la liste.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="287"/>
        <source>✓ %1 is checked in. Ctrl+Z takes it back.</source>
        <translation>✓ %1 est enregistré·e. Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="298"/>
        <source>Check in anyway (Ctrl+Enter)</source>
        <translation>Enregistrer quand même (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="340"/>
        <source>Check-in of %1 taken back.</source>
        <translation>Arrivée de %1 annulée.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="377"/>
        <source>✓ %1 added as a walk-in and checked in.</source>
        <translation>✓ %1 ajouté·e sans inscription et enregistré·e.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="55"/>
        <source>People entered twice</source>
        <translation>Personnes saisies deux fois</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="62"/>
        <source>People who may have been entered twice, most certain first. “Merge…” shows both records side by side; “Not now” hides a pair until the vault is locked.</source>
        <translation>Les personnes peut-être saisies deux fois, les plus probables d&apos;abord. « Fusionner… » montre les deux fiches côte à côte ; « Pas maintenant » masque une paire jusqu&apos;au verrouillage du coffre.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="77"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="81"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="91"/>
        <source>Merges made here</source>
        <translation>Fusions faites ici</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="97"/>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="101"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="104"/>
        <source>The merged person comes back with what was theirs</source>
        <translation>La personne fusionnée revient avec tout ce qui était à elle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="167"/>
        <source>Looking for people entered twice…</source>
        <translation>Recherche des personnes saisies deux fois…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="204"/>
        <source>The people could not be compared: %1</source>
        <translation>Impossible de comparer les personnes : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="214"/>
        <source>%n pair(s) to look at.</source>
        <translation>
            <numerusform>%n paire à examiner.</numerusform>
            <numerusform>%n paires à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="219"/>
        <source>Nobody seems to be entered twice. Nothing to merge.</source>
        <translation>Personne ne semble saisi deux fois. Rien à fusionner.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="14"/>
        <source>same email address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="16"/>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="17"/>
        <source>names alike: %1</source>
        <translation>noms semblables : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="27"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="32"/>
        <source>%1 merged into %2, %3</source>
        <translation>Fiche « %1 » fusionnée dans « %2 », %3</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="26"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="27"/>
        <source>Perhaps the same as</source>
        <translation>Peut-être la même que</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="28"/>
        <source>Confidence</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="29"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>EventStats</name>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="28"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="35"/>
        <source>others %1</source>
        <translation>autres %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="55"/>
        <source>Status: %1 (walk-ins %2)</source>
        <translation>Statut : %1 (sans inscription %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="58"/>
        <source>Chapters: %1</source>
        <translation>Sections : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="61"/>
        <source>Countries of origin: %1</source>
        <translation>Pays d&apos;origine : %1</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="99"/>
        <source>Add attendee…</source>
        <translation>Ajouter un·e participant·e…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="102"/>
        <source>Check in / undo</source>
        <translation>Enregistrer l&apos;arrivée / annuler</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="105"/>
        <source>Status, role…</source>
        <translation>Statut, rôle…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="108"/>
        <source>Status, role, or remove from this event (Enter on the row)</source>
        <translation>Statut, rôle, ou retrait de cet événement (Entrée sur la ligne)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="113"/>
        <source>Open door mode</source>
        <translation>Mode accueil</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="117"/>
        <source>A full-screen check-in for volunteers at the door: this event&apos;s names only.</source>
        <translation>Accueil plein écran pour les bénévoles : uniquement les noms de cet événement.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="124"/>
        <source>Import registration list…</source>
        <translation>Importer la liste d&apos;inscription…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="128"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="131"/>
        <source>Attendee list or name badges as PDF</source>
        <translation>Liste des participants ou badges en PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="170"/>
        <source>Nobody is registered yet. Add the first attendee.</source>
        <translation>Personne n&apos;est encore inscrit. Ajoutez la première personne.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="176"/>
        <source>Attendees: %1 registered, %2 checked in</source>
        <translation>Participant·es : %1 inscrit·es, %2 arrivé·es</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="262"/>
        <source>No events yet.
Press Ctrl+N to plan one.</source>
        <translation>Aucun événement pour l&apos;instant.
Appuyez sur Ctrl+N pour en prévoir un.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="299"/>
        <location filename="../../src/pslapp/gui/views/events.py" line="306"/>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/events.py" line="300"/>
        <source>Delete “%1” and its list of %n attendee(s)? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Supprimer « %1 » et sa liste de %n participant·e ? Ctrl+Z la rétablit.</numerusform>
            <numerusform>Supprimer « %1 » et sa liste de %n participant·es ? Ctrl+Z la rétablit.</numerusform>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="12"/>
        <source>Alias</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="13"/>
        <source>Legal name</source>
        <translation>Nom à l&apos;état civil</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="14"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="15"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="16"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="17"/>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="18"/>
        <source>Chapter</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="19"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="20"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="21"/>
        <source>Contact channels</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="22"/>
        <source>Agrees to be contacted</source>
        <translation>Accepte d&apos;être contacté·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="23"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="24"/>
        <source>Consent recorded how</source>
        <translation>Consentement recueilli par</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="25"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="26"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="27"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="29"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="30"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="31"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="32"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="33"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="34"/>
        <source>Founded on</source>
        <translation>Fondée le</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="35"/>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="36"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="37"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="38"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="39"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="40"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="41"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="42"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="43"/>
        <source>Organising chapters</source>
        <translation>Sections organisatrices</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="44"/>
        <source>Organising organisations</source>
        <translation>Organisations organisatrices</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="45"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="46"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="47"/>
        <source>Delegate of</source>
        <translation>Délégué·e de</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="48"/>
        <source>Checked in at</source>
        <translation>Arrivée à</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="49"/>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="50"/>
        <source>Agrees to follow-up</source>
        <translation>Accepte un suivi</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="51"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="52"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="53"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="40"/>
        <source>e.g. #3366cc</source>
        <translation>p. ex. #3366cc</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="41"/>
        <source>separate with commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="158"/>
        <source>Add a contact channel</source>
        <translation>Ajouter un moyen de contact</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="177"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="74"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="91"/>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="92"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <location filename="../../src/pslapp/gui/fingerprint_panel.py" line="42"/>
        <source>Read the digits aloud with them, or let them scan the code. Every group must match.</source>
        <translation>Lisez les chiffres à voix haute ensemble, ou faites scanner le code. Chaque groupe doit correspondre.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="123"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="123"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="125"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="126"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="129"/>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="130"/>
        <source>Coalitions</source>
        <translation>Coalitions</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapter</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapters</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="136"/>
        <source>Coalition membership</source>
        <translation>Adhésion à une coalition</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="137"/>
        <source>Coalition memberships</source>
        <translation>Adhésions à des coalitions</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="140"/>
        <source>Attendance</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="141"/>
        <source>Attendances</source>
        <translation>Participations</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>KindCount</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="177"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="179"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="181"/>
        <source>%n coalition(s)</source>
        <translation>
            <numerusform>%n coalition</numerusform>
            <numerusform>%n coalitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="183"/>
        <source>%n coalition membership(s)</source>
        <translation>
            <numerusform>%n adhésion à une coalition</numerusform>
            <numerusform>%n adhésions à des coalitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="185"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="187"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="189"/>
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n participation</numerusform>
            <numerusform>%n participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="191"/>
        <source>%n link(s) between records</source>
        <translation>
            <numerusform>%n lien entre fiches</numerusform>
            <numerusform>%n liens entre fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="192"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxSync</name>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="128"/>
        <source>The mailbox round failed: %1</source>
        <translation>L&apos;échange par le dossier a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="139"/>
        <source>Mailbox: %1 applied, %2 waiting for your review, %3 sent.</source>
        <translation>Dossier d&apos;échange : %1 appliqué(s), %2 en attente de votre vérification, %3 envoyé(s).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="61"/>
        <source>pslapp (demo)</source>
        <translation>pslapp (démo)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="102"/>
        <source>Search names, cities, skills…</source>
        <translation>Chercher noms, villes, compétences…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="111"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="115"/>
        <source>Add a record here (Ctrl+N)</source>
        <translation>Ajouter une fiche ici (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="118"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="121"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="129"/>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="133"/>
        <source>DEMO: sample data, deleted on exit</source>
        <translation>DÉMO : données d&apos;exemple, effacées à la fermeture</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="152"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="188"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="194"/>
        <source>Wipe the vault and quit…</source>
        <translation>Effacer le coffre et quitter…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="200"/>
        <source>Back up the vault…</source>
        <translation>Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="203"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="206"/>
        <source>Sync the mailbox now</source>
        <translation>Synchroniser le dossier d&apos;échange maintenant</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="212"/>
        <source>Keyboard shortcuts…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="229"/>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="325"/>
        <source>No mailbox folder yet: choose one in ⋯ → Settings… (a folder Syncthing or the like shares with your peers).</source>
        <translation>Pas encore de dossier d&apos;échange : choisissez-en un dans ⋯ → Paramètres… (un dossier que Syncthing ou un outil semblable partage avec vos pairs).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="39"/>
        <source>Deleted. You can undo this.</source>
        <translation>Supprimé. Vous pouvez annuler.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="53"/>
        <source>Brought back.</source>
        <translation>Restauré.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="88"/>
        <source>Merged. You can undo this.</source>
        <translation>Fusionné. Vous pouvez annuler.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="111"/>
        <source>Merge undone: both records are back.</source>
        <translation>Fusion annulée : les deux fiches sont de retour.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="61"/>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="68"/>
        <source>One person entered twice becomes one record. Where the two differ, choose the value to keep; lists and notes are joined, the stricter sensitivity stays, and the other spelling of the name goes to the alias.</source>
        <translation>Une personne saisie deux fois devient une seule fiche. Là où les deux diffèrent, choisissez la valeur à garder ; les listes et les notes sont réunies, la sensibilité la plus stricte reste, et l&apos;autre orthographe du nom va dans le pseudonyme.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="78"/>
        <source>Keep the other record</source>
        <translation>Garder l&apos;autre fiche</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="82"/>
        <source>Swap which record is kept</source>
        <translation>Échanger la fiche gardée et l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="102"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="134"/>
        <source>Kept: %1</source>
        <translation>Gardée : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="135"/>
        <source>Merged into it: %1</source>
        <translation>Fusionnée avec elle : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="138"/>
        <source>After the merge</source>
        <translation>Après la fusion</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="192"/>
        <source>Ctrl+Z undoes the merge.</source>
        <translation>Ctrl+Z annule la fusion.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="194"/>
        <source>%1 has no attendances, links or memberships to move.</source>
        <translation>%1 n&apos;a ni participation, ni lien, ni adhésion à déplacer.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="199"/>
        <source>%1 will move to %2.</source>
        <translation>Passeront à %2 : %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="229"/>
        <source>Nothing was merged: %1</source>
        <translation>Rien n&apos;a été fusionné : %1</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="25"/>
        <source>No organisations yet.
Press Ctrl+N to add a partner organisation.</source>
        <translation>Aucune organisation pour l&apos;instant.
Appuyez sur Ctrl+N pour ajouter une organisation partenaire.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="32"/>
        <source>People linked to it: %1</source>
        <translation>Personnes liées : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="33"/>
        <source>Nobody is linked to this organisation yet.</source>
        <translation>Personne n&apos;est encore liée à cette organisation.</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="19"/>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="22"/>
        <source>My identity card</source>
        <translation>Ma carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="25"/>
        <source>Give the card file to the coordinators you exchange bundles with, then read these digits together in person so they can mark you as verified. The card holds no secret.</source>
        <translation>Donnez le fichier de la carte aux personnes avec qui vous échangez des paquets, puis lisez ensemble ces chiffres de vive voix pour qu&apos;elles vous marquent comme vérifié. La carte ne contient aucun secret.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="39"/>
        <source>Save card to a file…</source>
        <translation>Enregistrer la carte…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="44"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="63"/>
        <source>Save my identity card</source>
        <translation>Enregistrer ma carte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="64"/>
        <source>Identity cards (*.pslid)</source>
        <translation>Cartes d&apos;identité (*.pslid)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="75"/>
        <source>The card could not be saved: %1</source>
        <translation>La carte n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="81"/>
        <source>Saved. Give this file to your peers.</source>
        <translation>Enregistré. Donnez ce fichier à vos contacts.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="30"/>
        <source>Wipe the vault</source>
        <translation>Effacer le coffre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="31"/>
        <source>Destroy this vault for good and quit? Everything not sent to a peer or kept in a backup is lost. This cannot be undone.</source>
        <translation>Détruire ce coffre définitivement et quitter ? Tout ce qui n&apos;a pas été envoyé à un pair ni gardé dans une sauvegarde sera perdu. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="36"/>
        <source>Wipe and quit</source>
        <translation>Effacer et quitter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="47"/>
        <source>The wipe did not finish</source>
        <translation>L&apos;effacement n&apos;est pas terminé</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="48"/>
        <source>The keys are destroyed, but some files could not be removed: %1</source>
        <translation>Les clés sont détruites, mais certains fichiers n&apos;ont pas pu être supprimés : %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="43"/>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="71"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="54"/>
        <source>Also re-encrypt under a new key</source>
        <translation>Rechiffrer aussi avec une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="58"/>
        <source>When an old passphrase or recovery code may be known. You get a new recovery code; the old one stops working.</source>
        <translation>Si une ancienne phrase secrète ou un ancien code de récupération a pu être connu. Vous recevez un nouveau code de récupération ; l&apos;ancien ne fonctionne plus.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="83"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="84"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="86"/>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="110"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="141"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La phrase secrète actuelle n&apos;est pas la bonne. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="145"/>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>La phrase secrète n&apos;a pas pu être changée. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>PassphraseGate</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="28"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="36"/>
        <source>Type the vault&apos;s passphrase to continue.</source>
        <translation>Saisissez la phrase secrète du coffre pour continuer.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="47"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="49"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="71"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="90"/>
        <source>That passphrase does not open this vault. Nothing was done.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce coffre. Rien n&apos;a été fait.</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="35"/>
        <source>Too short. Use at least 10 characters; four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Trop courte. Au moins 10 caractères ; quatre ou cinq mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="42"/>
        <source>Weak. Add another word or two.</source>
        <translation>Faible. Ajoutez un ou deux mots.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="44"/>
        <source>Good. One more word makes it strong.</source>
        <translation>Bonne. Un mot de plus la rend solide.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="47"/>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
</context>
<context>
    <name>PdfSheets</name>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="73"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="74"/>
        <source>Chapter / organisation</source>
        <translation>Section / organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="75"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="76"/>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="96"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="123"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="151"/>
        <source>(walk-in)</source>
        <translation>(sans inscr.)</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="32"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="34"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="36"/>
        <source>not verified yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="57"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="71"/>
        <source>Add peer from card…</source>
        <translation>Ajouter depuis une carte…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="74"/>
        <source>My identity card…</source>
        <translation>Ma carte d&apos;identité…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="82"/>
        <source>No peers yet.
Ask a trusted coordinator for their identity card (.pslid) and add it here; give them yours.</source>
        <translation>Aucun contact pour l&apos;instant.
Demandez sa carte d&apos;identité (.pslid) à un coordinateur ou une coordinatrice de confiance, ajoutez-la ici et donnez-lui la vôtre.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="106"/>
        <source>Mark as verified…</source>
        <translation>Marquer comme vérifié…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="111"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="116"/>
        <source>Apply their bundles from the mailbox folder without a review</source>
        <translation>Appliquer leurs paquets du dossier d&apos;échange sans vérification</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="138"/>
        <source>Choose a peer to see their fingerprint.</source>
        <translation>Choisissez un contact pour voir son empreinte.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="205"/>
        <source>Revoked: their bundles are refused, also when someone relays them.</source>
        <translation>Révoqué : ses paquets sont refusés, même quand quelqu&apos;un d&apos;autre les transmet.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="209"/>
        <source>Verified: you compared these digits with them in person.</source>
        <translation>Vérifié : vous avez comparé ces chiffres en personne.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="213"/>
        <source>Not verified yet. Meet them (or call on a channel you trust), compare every group of digits below, then mark them as verified.</source>
        <translation>Pas encore vérifié. Rencontrez la personne (ou appelez-la sur un canal sûr), comparez chaque groupe de chiffres ci-dessous, puis marquez le contact comme vérifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="237"/>
        <source>Bundles from %1 in the mailbox are applied without a review.</source>
        <translation>Les paquets de %1 dans le dossier d&apos;échange sont appliqués sans vérification.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="241"/>
        <source>Bundles from %1 in the mailbox wait for your review.</source>
        <translation>Les paquets de %1 dans le dossier d&apos;échange attendent votre vérification.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="252"/>
        <source>A peer, once verified, can send you changes and receive your vault&apos;s records. Only the vault&apos;s owner may add one.</source>
        <translation>Un contact vérifié peut vous envoyer des changements et recevoir les fiches de votre coffre. Seule la personne à qui appartient le coffre peut en ajouter un.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="261"/>
        <source>Add peer from card</source>
        <translation>Ajouter depuis une carte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="262"/>
        <source>Identity cards (*.pslid);;All files (*)</source>
        <translation>Cartes d&apos;identité (*.pslid);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="270"/>
        <source>This card cannot be added: %1</source>
        <translation>Cette carte ne peut pas être ajoutée : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="279"/>
        <source>Added %1. Another peer has the same name: they are told apart by their fingerprints. Compare this one with them in person before you trust it.</source>
        <translation>%1 ajouté. Un autre pair porte le même nom : on les distingue par leur empreinte. Comparez celle-ci en personne avant de lui faire confiance.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="287"/>
        <source>Added %1. Compare the fingerprint with them before you trust it.</source>
        <translation>Contact ajouté : %1. Comparez l&apos;empreinte avec cette personne avant de lui faire confiance.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="298"/>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="299"/>
        <source>Only continue if you read all 12 groups of digits with %1 in person (or on a call you trust) and every group matched.</source>
        <translation>Ne continuez que si vous avez lu les 12 groupes de chiffres avec %1 en personne (ou lors d&apos;un appel sûr) et que chaque groupe correspondait.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="304"/>
        <source>I compared these digits with them in person</source>
        <translation>J&apos;ai comparé ces chiffres avec cette personne en personne</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="310"/>
        <source>A verified peer can receive everything you choose to send them.</source>
        <translation>Un contact vérifié peut recevoir tout ce que vous choisissez de lui envoyer.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="324"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="325"/>
        <source>From now on, bundles from %1 are refused, and so are their changes when someone else passes them on. What they sent before stays. This cannot be undone: to trust them again, they need a new identity.</source>
        <translation>Désormais, les paquets de %1 sont refusés, de même que ses changements transmis par quelqu&apos;un d&apos;autre. Ce qui a été reçu avant reste. C&apos;est irréversible : pour lui refaire confiance, il lui faudra une nouvelle identité.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="331"/>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="28"/>
        <source>No people yet.
Press Ctrl+N to add the first person.</source>
        <translation>Aucune personne pour l&apos;instant.
Appuyez sur Ctrl+N pour ajouter la première.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="34"/>
        <source>Events: %1</source>
        <translation>Événements : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="35"/>
        <source>Not registered for any event yet.</source>
        <translation>Aucune inscription à un événement pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="41"/>
        <source>Find duplicates…</source>
        <translation>Trouver les doublons…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="45"/>
        <source>People who may have been entered twice, to merge (Ctrl+Shift+D)</source>
        <translation>Les personnes peut-être saisies deux fois, à fusionner (Ctrl+Maj+D)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="38"/>
        <source>Print attendees</source>
        <translation>Imprimer les participants</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="44"/>
        <source>Attendee list, to tick people off (A4)</source>
        <translation>Liste des participants à cocher (A4)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="49"/>
        <source>Name badges, 8 per A4 page</source>
        <translation>Badges, 8 par page A4</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="53"/>
        <source>Check-in list as CSV, for a spreadsheet (status, role, arrival)</source>
        <translation>Liste d&apos;accueil en CSV, pour un tableur (statut, rôle, arrivée)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="60"/>
        <source>A QR code on each badge (an attendance number only, no name)</source>
        <translation>Un code QR sur chaque badge (un numéro de participation seulement, sans nom)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="68"/>
        <source>Only people who have arrived</source>
        <translation>Seulement les personnes arrivées</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="72"/>
        <source>Include people marked restricted</source>
        <translation>Inclure les personnes marquées « restreint »</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="76"/>
        <source>Paper leaves no trace you can wipe: print only what the day needs, and collect the lists afterwards.</source>
        <translation>Le papier ne s&apos;efface pas : n&apos;imprimez que le nécessaire du jour et récupérez les listes ensuite.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="92"/>
        <location filename="../../src/pslapp/gui/event_print.py" line="126"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="97"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="124"/>
        <source>Save CSV…</source>
        <translation>Enregistrer le CSV…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="132"/>
        <source>This CSV will include restricted people and fields (legal names, phone numbers).</source>
        <translation>Ce CSV inclura des personnes et des champs restreints (noms légaux, numéros de téléphone).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="136"/>
        <source>This PDF will include restricted people and fields (legal names, phone numbers).</source>
        <translation>Ce PDF inclura des personnes et des champs restreints (noms légaux, numéros de téléphone).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="150"/>
        <source>Save CSV</source>
        <translation>Enregistrer le CSV</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="160"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="198"/>
        <source>Writing the list…</source>
        <translation>Écriture de la liste…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="200"/>
        <source>Drawing the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="216"/>
        <source>Saved %1 people to %2.</source>
        <translation>%1 personnes enregistrées dans %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="221"/>
        <source>%1 restricted people were left out.</source>
        <translation>%1 personnes restreintes ont été omises.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="235"/>
        <source>The PDF could not be saved there (%1).</source>
        <translation>Impossible d&apos;enregistrer le PDF à cet endroit (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="241"/>
        <source>The PDF could not be drawn.</source>
        <translation>Impossible de créer le PDF.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="43"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="46"/>
        <source>%1: %2 “%3”</source>
        <translation>%1 : %2 « %3 »</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="54"/>
        <source>conflict in %1</source>
        <translation>conflit sur %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="62"/>
        <source>%1 new</source>
        <translation>%1 nouveaux</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="63"/>
        <source>%1 changed</source>
        <translation>%1 modifiés</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="64"/>
        <source>%1 deleted</source>
        <translation>%1 supprimés</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="66"/>
        <source>%1 conflicts to review</source>
        <translation>%1 conflits à examiner</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="69"/>
        <source>%1 already up to date</source>
        <translation>%1 déjà à jour</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="73"/>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="82"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="88"/>
        <source>Receive bundle</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="108"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="139"/>
        <source>Checking the bundle…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="159"/>
        <source>From %1, a verified peer. The signature is valid.</source>
        <translation>De %1, un contact vérifié. La signature est valide.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="166"/>
        <source>You have received this bundle before. Nothing to do.</source>
        <translation>Vous avez déjà reçu ce paquet. Rien à faire.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="170"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="224"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="253"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="173"/>
        <source>The bundle is genuine. Review what it would change:</source>
        <translation>Le paquet est authentique. Vérifiez ce qu&apos;il changerait :</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="183"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="193"/>
        <source>Some changes were written by people who are not your peers, passed on by this sender: %1. Their signatures are valid, but you have not verified who they are.</source>
        <translation>Certaines modifications ont été écrites par des personnes qui ne font pas partie de vos contacts, et transmises par cet expéditeur : %1. Leurs signatures sont valides, mais vous n&apos;avez pas vérifié qui elles sont.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="207"/>
        <source>This bundle cannot be received.</source>
        <translation>Ce paquet ne peut pas être reçu.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="212"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="218"/>
        <source>Something went wrong reading it. Nothing was changed.</source>
        <translation>Un problème est survenu pendant la lecture. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="233"/>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="244"/>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="248"/>
        <source>Some fields were changed on both sides: review them under Conflicts.</source>
        <translation>Certains champs ont été modifiés des deux côtés : examinez-les dans « Conflits ».</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="22"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="24"/>
        <source>Use a colour like #3366cc.</source>
        <translation>Indiquez une couleur comme #3366cc.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="26"/>
        <source>Use a date like 2026-05-01.</source>
        <translation>Indiquez une date comme 2026-05-01.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="28"/>
        <source>Use a date like 2026-05-01 or a time like 2026-05-01 18:30.</source>
        <translation>Indiquez une date (2026-05-01) ou une heure (2026-05-01 18:30).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="32"/>
        <source>This does not look like an email address.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="34"/>
        <source>This does not look like a phone number.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="36"/>
        <source>This is too long.</source>
        <translation>C&apos;est trop long.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="38"/>
        <source>“%1” is neither yes nor no.</source>
        <translation>« %1 » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="44"/>
        <source>%1 cells where the header has %2.</source>
        <translation>%1 cellules alors que l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="58"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="62"/>
        <source>Restricted: stays on this laptop unless you choose to send it.</source>
        <translation>Restreint : reste sur cet ordinateur, sauf si vous choisissez de l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="126"/>
        <source>Edit: %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="128"/>
        <source>New: %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="166"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="167"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Ce que vous avez saisi dans ce formulaire n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="170"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="96"/>
        <source>Select a row to see the details.</source>
        <translation>Sélectionnez une ligne pour voir les détails.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="196"/>
        <source>Nothing matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>Aucun résultat pour « %1 ». Vérifiez l&apos;orthographe ou tapez moins de lettres.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="263"/>
        <source>%1 added.</source>
        <translation>%1 ajouté·e.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="286"/>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="35"/>
        <source>Choose: %1</source>
        <translation>Choisir : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="42"/>
        <source>Type part of a name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="48"/>
        <source>Press Enter to choose the highlighted one.</source>
        <translation>Entrée choisit l&apos;élément en surbrillance.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/record_table.py" line="328"/>
        <source>%1 (sorting…)</source>
        <translation>%1 (tri en cours…)</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="34"/>
        <source>Checking every row</source>
        <translation>Vérification de chaque ligne</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="40"/>
        <source>Skip the bad rows and import the rest</source>
        <translation>Ignorer les lignes erronées et importer le reste</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="60"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="71"/>
        <source>%1 rows are good, %2 are not. Fix the file and choose it again, or skip the bad rows.</source>
        <translation>%1 lignes sont bonnes, %2 non. Corrigez le fichier et choisissez-le à nouveau, ou ignorez les lignes erronées.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="81"/>
        <source>All %1 rows are good.</source>
        <translation>Les %1 lignes sont toutes bonnes.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="57"/>
        <source>People who may be in the vault already</source>
        <translation>Personnes peut-être déjà dans le coffre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="64"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="77"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="78"/>
        <source>Resembles</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="79"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="80"/>
        <source>Or, after the import</source>
        <translation>Ou après l&apos;import</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="93"/>
        <source>All are new people</source>
        <translation>Toutes sont de nouvelles personnes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="98"/>
        <source>Same person where nearly identical</source>
        <translation>Même personne si presque identique</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="102"/>
        <source>Ticks the names that differ from someone known only by a letter or an accent</source>
        <translation>Coche les noms qui ne diffèrent d&apos;une personne connue que par une lettre ou un accent</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="113"/>
        <source>All are the same person</source>
        <translation>Toutes sont la même personne</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="147"/>
        <source>Comparing the list with the people in the vault…</source>
        <translation>Comparaison de la liste avec les personnes du coffre…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="178"/>
        <source>Comparing the list with the people in the vault: %1 of %2…</source>
        <translation>Comparaison de la liste avec les personnes du coffre : %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="192"/>
        <source>New people: %1. Known by email or phone, their details merged: %2. Names that resemble someone in the vault or earlier in the file: %3.</source>
        <translation>Nouvelles personnes : %1. Connues par e-mail ou téléphone, données fusionnées : %2. Noms qui ressemblent à quelqu&apos;un du coffre ou plus haut dans le fichier : %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="202"/>
        <source>Tick those who are the same person; if unsure, keep two.</source>
        <translation>Cochez celles qui sont la même personne ; en cas de doute, gardez les deux.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="227"/>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (ligne %2 de ce fichier)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="231"/>
        <source>%1 (in the vault)</source>
        <translation>%1 (dans le coffre)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="220"/>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="236"/>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="244"/>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="255"/>
        <source>Merge into %1</source>
        <translation>Fusionner avec %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="260"/>
        <source>Imported as a new person, then merged into them: the spelling from the file is kept as an alias, and the merge can be undone.</source>
        <translation>Importée comme nouvelle personne, puis fusionnée avec cette fiche : l&apos;orthographe du fichier est gardée comme pseudonyme, et la fusion peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="306"/>
        <source>The list could not be read.</source>
        <translation>Impossible de lire la liste.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="43"/>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="101"/>
        <source>Registration list</source>
        <translation>Liste d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="45"/>
        <source>A CSV file exported from a form or a spreadsheet: UTF-8, UTF-16 or Windows-1251; commas, semicolons or tabs.</source>
        <translation>Un fichier CSV exporté d&apos;un formulaire ou d&apos;un tableur : UTF-8, UTF-16 ou Windows-1251 ; virgules, points-virgules ou tabulations.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="57"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="73"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="74"/>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="75"/>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="102"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="126"/>
        <source>Encoding %1 · delimiter %2 · %3 rows after the header</source>
        <translation>Encodage %1 · séparateur %2 · %3 lignes après l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="172"/>
        <source>No column goes to a name. Choose Full name, or Given and Family name.</source>
        <translation>Aucune colonne ne contient de nom. Choisissez « Nom complet », ou « Prénom » et « Nom de famille ».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="27"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="52"/>
        <source>Writing %1 people…</source>
        <translation>Écriture de %1 personnes…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="73"/>
        <source>Done. New people: %1, merged with people already known: %2, registered: %3.</source>
        <translation>Terminé. Nouvelles personnes : %1, fusionnées avec des personnes connues : %2, inscrites : %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="85"/>
        <source>Merged into the person they resemble: %1 (undo in People, Find duplicates…).</source>
        <translation>Fusionnées avec la personne qui leur ressemble : %1 (annulable dans Personnes, « Trouver les doublons… »).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="98"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="18"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="19"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="20"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="27"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="40"/>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="64"/>
        <source>(leave out)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="41"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="42"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="43"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="44"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="45"/>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="46"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="47"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="48"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="49"/>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="52"/>
        <source>Chapter</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="53"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="54"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="55"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Accord pour être contacté·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="60"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="61"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="63"/>
        <source>Role at the event</source>
        <translation>Rôle à l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/wizard.py" line="23"/>
        <source>Import registration list</source>
        <translation>Importer la liste d&apos;inscription</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="34"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="39"/>
        <source>Choose the backup file, then type the passphrase the vault had when the backup was made, or its recovery code.</source>
        <translation>Choisissez le fichier de sauvegarde, puis saisissez la phrase secrète qu&apos;avait le coffre lors de la sauvegarde, ou son code de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="48"/>
        <source>Choose backup…</source>
        <translation>Choisir la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="53"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="55"/>
        <source>I have the recovery code instead</source>
        <translation>J&apos;ai plutôt le code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="66"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="91"/>
        <source>Choose backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="92"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>Sauvegardes pslapp (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="106"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="131"/>
        <source>That does not open this backup. Nothing was changed.</source>
        <translation>Cela n&apos;ouvre pas cette sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="135"/>
        <source>This file is not a pslapp backup, or it is damaged. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde pslapp, ou il est endommagé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="140"/>
        <source>The backup could not be restored here. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée ici. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="144"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Un problème est survenu. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="77"/>
        <source>Only these chapters</source>
        <translation>Seulement ces sections</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="78"/>
        <source>Only these tags</source>
        <translation>Seulement ces étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="79"/>
        <source>Only these events</source>
        <translation>Seulement ces événements</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="85"/>
        <source>Tick nothing in a list to send all of it.</source>
        <translation>Rien de coché : tout est envoyé.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="90"/>
        <source>Only changes since the last bundle to these peers</source>
        <translation>Seulement les changements depuis le dernier paquet à ces contacts</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="97"/>
        <source>Everything in scope (for a new peer)</source>
        <translation>Tout le périmètre (pour un nouveau contact)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="102"/>
        <source>Include restricted data (restricted people, legal names, phone numbers)</source>
        <translation>Inclure les données restreintes (personnes restreintes, noms légaux, téléphones)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="110"/>
        <source>Careful: restricted data can put people in danger if the file or your peer&apos;s laptop is seized. Include it only if they really need it.</source>
        <translation>Attention : les données restreintes peuvent mettre des personnes en danger si le fichier ou l&apos;ordinateur de votre contact est saisi. Ne les incluez que si c&apos;est vraiment nécessaire.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="37"/>
        <source>Nothing to send: these peers already have every change in this scope.</source>
        <translation>Rien à envoyer : ces contacts ont déjà tous les changements de ce périmètre.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="43"/>
        <source>This bundle will carry: %1</source>
        <translation>Le paquet contiendra : %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="54"/>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="63"/>
        <source>Send changes</source>
        <translation>Envoyer les changements</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="90"/>
        <source>Save bundle…</source>
        <translation>Enregistrer le paquet…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="106"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="108"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="134"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="136"/>
        <source>not verified yet: compare fingerprints under Peers first</source>
        <translation>pas encore vérifié : comparez d&apos;abord les empreintes dans « Contacts de confiance »</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="164"/>
        <source>No peers yet. Add someone&apos;s identity card under Peers first.</source>
        <translation>Aucun contact pour l&apos;instant. Ajoutez d&apos;abord la carte d&apos;une personne dans « Contacts de confiance ».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="168"/>
        <source>Tick at least one verified peer.</source>
        <translation>Cochez au moins un contact vérifié.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="174"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="197"/>
        <source>Save the bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="198"/>
        <source>Bundles (*.pslb)</source>
        <translation>Paquets (*.pslb)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="211"/>
        <location filename="../../src/pslapp/gui/safety_screenshots.py" line="25"/>
        <source>This bundle includes restricted data (restricted people, legal names, phone numbers).</source>
        <translation>Ce paquet contient des données restreintes (personnes restreintes, noms légaux, numéros de téléphone).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="217"/>
        <source>This is the first bundle to one of these peers.</source>
        <translation>C&apos;est le premier paquet pour l&apos;un de ces contacts.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="228"/>
        <source>Sealing the bundle…</source>
        <translation>Scellement du paquet…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="243"/>
        <source>Saved %1 (%2 records). Pass the file on any way you like: only %3 can open it.</source>
        <translation>%1 enregistré (%2 fiches). Transmettez le fichier comme vous voulez : seuls les destinataires pourront l&apos;ouvrir : %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="251"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="258"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="264"/>
        <source>Something went wrong; nothing was sent.</source>
        <translation>Un problème est survenu ; rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="78"/>
        <source>The vault cannot be opened</source>
        <translation>Le coffre ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="124"/>
        <source>Other users of this computer could read the vault files; they are private again.</source>
        <translation>D&apos;autres utilisateurs de cet ordinateur pouvaient lire les fichiers du coffre ; ils sont de nouveau privés.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="147"/>
        <source>No backup of this vault yet: ⋯ → Back up the vault…</source>
        <translation>Ce coffre n&apos;a pas encore de sauvegarde : ⋯ → Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="150"/>
        <source>The last backup is %1 days old: ⋯ → Back up the vault…</source>
        <translation>La dernière sauvegarde date de %1 jours : ⋯ → Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="190"/>
        <source>The passphrase is changed.</source>
        <translation>La phrase secrète est changée.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="208"/>
        <source>Re-encrypting the vault under a new key…</source>
        <translation>Rechiffrement du coffre avec une nouvelle clé…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="228"/>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="229"/>
        <source>The vault is re-encrypted under a new key. The old recovery code no longer works; write this one down and keep it apart from the laptop:

%1</source>
        <translation>Le coffre est rechiffré avec une nouvelle clé. L&apos;ancien code de récupération ne fonctionne plus ; notez celui-ci et gardez-le loin de l&apos;ordinateur :

%1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="241"/>
        <source>The vault could not be re-encrypted</source>
        <translation>Le coffre n&apos;a pas pu être rechiffré</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="277"/>
        <source>Mailbox folder</source>
        <translation>Dossier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="278"/>
        <source>That folder cannot be used: it is missing or not writable.</source>
        <translation>Ce dossier ne peut pas servir : il n&apos;existe pas ou n&apos;est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="60"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="61"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="67"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="74"/>
        <source>A new language applies the next time you start pslapp.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de pslapp.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="82"/>
        <source>Lock after this long without use</source>
        <translation>Verrouiller après cette durée d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="86"/>
        <source>Remind me to back up after</source>
        <translation>Me rappeler de sauvegarder après</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="89"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="91"/>
        <source>Mailbox folder</source>
        <translation>Dossier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="109"/>
        <source>A folder Syncthing (or Nextcloud, or a USB stick) shares with your peers: pslapp puts its sealed bundles there and picks up theirs by itself.</source>
        <translation>Un dossier que Syncthing (ou Nextcloud, ou une clé USB) partage avec vos pairs : pslapp y dépose lui-même ses paquets scellés et y prend les leurs.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="115"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="118"/>
        <source>No mailbox</source>
        <translation>Pas de dossier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="137"/>
        <source>Choose the mailbox folder</source>
        <translation>Choisir le dossier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="147"/>
        <source>none: bundles go by hand</source>
        <translation>aucun : les paquets passent à la main</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="23"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="25"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="28"/>
        <source>Add a record to the list shown</source>
        <translation>Ajouter une fiche à la liste affichée</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="30"/>
        <source>Switch lists</source>
        <translation>Changer de liste</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="31"/>
        <source>Open the selected record</source>
        <translation>Ouvrir la fiche choisie</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="32"/>
        <source>Delete the selected record</source>
        <translation>Supprimer la fiche choisie</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="35"/>
        <source>Undo the last deletion or merge</source>
        <translation>Annuler la dernière suppression ou fusion</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="39"/>
        <source>Find people entered twice</source>
        <translation>Trouver les personnes saisies deux fois</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="41"/>
        <source>Receive a bundle</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="42"/>
        <source>Send changes</source>
        <translation>Envoyer les modifications</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="43"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="44"/>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="47"/>
        <source>Wipe the vault and quit (also in door mode)</source>
        <translation>Effacer le coffre et quitter (aussi en mode accueil)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="51"/>
        <source>This overview</source>
        <translation>Cet aperçu</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="55"/>
        <source>An event</source>
        <translation>Un événement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="57"/>
        <source>Open door mode</source>
        <translation>Ouvrir le mode accueil</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="58"/>
        <source>Import a registration list</source>
        <translation>Importer une liste d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="61"/>
        <source>Print or export the attendees</source>
        <translation>Imprimer ou exporter les participant·es</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="63"/>
        <source>Add an attendee</source>
        <translation>Ajouter un·e participant·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="66"/>
        <source>Status, role or removal of the selected attendee</source>
        <translation>Statut, rôle ou retrait de la personne choisie</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="73"/>
        <source>Door mode</source>
        <translation>Mode accueil</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="77"/>
        <source>Check in the highlighted person</source>
        <translation>Enregistrer l&apos;arrivée de la personne en surbrillance</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="81"/>
        <source>Check in someone who cancelled or did not come</source>
        <translation>Enregistrer l&apos;arrivée d&apos;une inscription annulée ou d&apos;une absence</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="85"/>
        <source>Move in the list</source>
        <translation>Se déplacer dans la liste</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="86"/>
        <source>Status, role or removal</source>
        <translation>Statut, rôle ou retrait</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="87"/>
        <source>Take the last check-in back</source>
        <translation>Annuler la dernière arrivée</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="88"/>
        <source>Add a walk-in</source>
        <translation>Ajouter sans inscription</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="89"/>
        <source>Clear the search field</source>
        <translation>Vider le champ de recherche</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="28"/>
        <source>That passphrase does not open this vault. Nothing was changed; try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce coffre. Rien n&apos;a été modifié ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="33"/>
        <source>A wipe of this vault was interrupted. Run &apos;pslapp-cli wipe&apos; to finish it.</source>
        <translation>L&apos;effacement de ce coffre a été interrompu. Lancez « pslapp-cli wipe » pour le terminer.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="38"/>
        <source>A vault file is damaged: %1. Nothing was changed. Restore the vault folder from a backup, or try the recovery code.</source>
        <translation>Un fichier du coffre est endommagé : %1. Rien n&apos;a été modifié. Restaurez le dossier du coffre depuis une sauvegarde, ou essayez le code de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="45"/>
        <source>The vault could not be opened (%1).</source>
        <translation>Le coffre n&apos;a pas pu être ouvert (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="56"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="80"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="60"/>
        <source>Unlock your vault</source>
        <translation>Déverrouillez votre coffre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="62"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="110"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="75"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="113"/>
        <source>Use the recovery code instead</source>
        <translation>Utiliser plutôt le code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="104"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="107"/>
        <source>Use the passphrase instead</source>
        <translation>Utiliser plutôt la phrase secrète</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="115"/>
        <source>treasurer</source>
        <translation>trésorier·ère</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="114"/>
        <source>spokesperson</source>
        <translation>porte-parole</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="113"/>
        <source>coordinator</source>
        <translation>coordination</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="100"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="30"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="101"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="32"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="58"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="59"/>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="60"/>
        <source>restricted</source>
        <translation>restreinte</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="62"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="63"/>
        <source>supporter</source>
        <translation>sympathisant·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="64"/>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="65"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="66"/>
        <source>press</source>
        <translation>presse</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="67"/>
        <source>lawyer</source>
        <translation>avocat·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="68"/>
        <source>organiser</source>
        <translation>organisateur·rice</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="69"/>
        <source>other</source>
        <translation>autre</translation>
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
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="74"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="75"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="77"/>
        <source>party</source>
        <translation>parti</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="78"/>
        <source>union</source>
        <translation>syndicat</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="79"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="80"/>
        <source>collective</source>
        <translation>collectif</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="81"/>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="82"/>
        <source>media</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="83"/>
        <source>human-rights group</source>
        <translation>groupe de défense des droits humains</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="84"/>
        <source>student group</source>
        <translation>groupe étudiant</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="86"/>
        <source>ally</source>
        <translation>allié</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="87"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="88"/>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="90"/>
        <source>local chapter</source>
        <translation>section locale</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="91"/>
        <source>working group</source>
        <translation>groupe de travail</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="92"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="94"/>
        <source>demonstration</source>
        <translation>manifestation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="95"/>
        <source>picket</source>
        <translation>piquet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="96"/>
        <source>rally</source>
        <translation>rassemblement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="97"/>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="98"/>
        <source>congress</source>
        <translation>congrès</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="99"/>
        <source>camp</source>
        <translation>camp</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="100"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="101"/>
        <source>presentation</source>
        <translation>présentation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="102"/>
        <source>strike support</source>
        <translation>soutien à une grève</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="104"/>
        <source>invited</source>
        <translation>invité·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="105"/>
        <source>registered</source>
        <translation>inscrit·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="106"/>
        <source>checked in</source>
        <translation>arrivé·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="107"/>
        <source>no-show</source>
        <translation>absent·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="108"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="109"/>
        <source>participant</source>
        <translation>participant·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="110"/>
        <source>speaker</source>
        <translation>intervenant·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="111"/>
        <source>delegate</source>
        <translation>délégué·e</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="117"/>
        <source>member of</source>
        <translation>membre de</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="118"/>
        <source>contact person for</source>
        <translation>personne de contact pour</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="119"/>
        <source>works with</source>
        <translation>travaille avec</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="45"/>
        <source>Walk-in: someone who did not register</source>
        <translation>Sans inscription : quelqu&apos;un qui ne s&apos;est pas inscrit</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="51"/>
        <source>Name as they want it on their badge</source>
        <translation>Nom tel qu&apos;il doit figurer sur le badge</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="59"/>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="69"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="64"/>
        <source>Agrees to be contacted after the event</source>
        <translation>Accepte d&apos;être contacté·e après l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="77"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="78"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="82"/>
        <source>Add and check in (Enter)</source>
        <translation>Ajouter et enregistrer (Entrée)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="87"/>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="121"/>
        <source>Write the name first.</source>
        <translation>Écrivez d&apos;abord le nom.</translation>
    </message>
</context>
</TS>
