<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="48"/>
        <source>Remove from this event…</source>
        <translation>Remove from this event…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="74"/>
        <source>Remove from this event</source>
        <translation>Remove from this event</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="75"/>
        <source>Take %1 off this event&apos;s list? Their record stays in the vault.</source>
        <translation>Take %1 off this event&apos;s list? Their record stays in the vault.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="79"/>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/attendee_table.py" line="83"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="32"/>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="36"/>
        <source>Writes the whole vault to one encrypted file, for example on a USB stick kept away from this laptop. Only this vault&apos;s passphrase or recovery code opens it. If the laptop is seized or broken, restore it on another computer.</source>
        <translation>Writes the whole vault to one encrypted file, for example on a USB stick kept away from this laptop. Only this vault&apos;s passphrase or recovery code opens it. If the laptop is seized or broken, restore it on another computer.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="55"/>
        <source>Choose a file and back up…</source>
        <translation>Choose a file and back up…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="76"/>
        <source>Save the backup</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="77"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>pslapp backups (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="91"/>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="108"/>
        <source>Backup written to %1. Keep it away from this laptop.</source>
        <translation>Backup written to %1. Keep it away from this laptop.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="125"/>
        <source>The backup could not be written; nothing was saved. (%1)</source>
        <translation>The backup could not be written; nothing was saved. (%1)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="131"/>
        <source>The backup could not be written; nothing was saved.</source>
        <translation>The backup could not be written; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="45"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="46"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="47"/>
        <source>Bundle history</source>
        <translation>Bundle history</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="63"/>
        <source>Send changes…</source>
        <translation>Send changes…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="66"/>
        <source>Seal your changes for verified peers (Ctrl+Shift+S)</source>
        <translation>Seal your changes for verified peers (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="72"/>
        <source>Receive bundle…</source>
        <translation>Receive bundle…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="76"/>
        <source>Open a .pslb file from a peer (Ctrl+O), or drop it on this window</source>
        <translation>Open a .pslb file from a peer (Ctrl+O), or drop it on this window</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="122"/>
        <source>Receive bundle</source>
        <translation>Receive bundle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="123"/>
        <source>Bundles (*.pslb);;All files (*)</source>
        <translation>Bundles (*.pslb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="149"/>
        <source>Bundle applied.</source>
        <translation>Bundle applied.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryView</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="39"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="44"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="45"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="46"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="47"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="50"/>
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="63"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="64"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="65"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="66"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="78"/>
        <source>No bundles yet.
Use “Send changes…” to pass your changes to a verified peer.</source>
        <translation>No bundles yet.
Use “Send changes…” to pass your changes to a verified peer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="115"/>
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer</numerusform>
            <numerusform>%n peers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="122"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="124"/>
        <source>received</source>
        <translation>received</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="18"/>
        <source>This bundle was not made for this vault: it cannot be opened here.</source>
        <translation>This bundle was not made for this vault: it cannot be opened here.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="21"/>
        <source>This file is damaged or was altered after it was made. Nothing was changed; ask the sender for a new one.</source>
        <translation>This file is damaged or was altered after it was made. Nothing was changed; ask the sender for a new one.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="26"/>
        <source>This bundle comes from someone who is not among your peers. Add their card under Peers first.</source>
        <translation>This bundle comes from someone who is not among your peers. Add their card under Peers first.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="31"/>
        <source>The sender is not verified yet. Compare the fingerprint digits with them in person under Peers, then try again.</source>
        <translation>The sender is not verified yet. Compare the fingerprint digits with them in person under Peers, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="36"/>
        <source>This bundle comes from a peer you have revoked. It was refused.</source>
        <translation>This bundle comes from a peer you have revoked. It was refused.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="39"/>
        <source>The sender did not address this bundle to you; it may have been forwarded. It was refused.</source>
        <translation>The sender did not address this bundle to you; it may have been forwarded. It was refused.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="44"/>
        <source>This file is too large to be a bundle. It was refused.</source>
        <translation>This file is too large to be a bundle. It was refused.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="47"/>
        <source>This file is not a valid bundle. Nothing was changed.</source>
        <translation>This file is not a valid bundle. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="50"/>
        <source>You made this bundle yourself: there is nothing to receive.</source>
        <translation>You made this bundle yourself: there is nothing to receive.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="53"/>
        <source>The file cannot be read. Check that it is still there.</source>
        <translation>The file cannot be read. Check that it is still there.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="56"/>
        <source>This bundle was made by another version of pslapp. Nothing was changed; use the same version on both computers and ask the sender for a new one.</source>
        <translation>This bundle was made by another version of pslapp. Nothing was changed; use the same version on both computers and ask the sender for a new one.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="61"/>
        <source>The sender&apos;s clock is more than 5 minutes ahead of yours. Ask them to check their computer&apos;s date and time (or check yours), then send again.</source>
        <translation>The sender&apos;s clock is more than 5 minutes ahead of yours. Ask them to check their computer&apos;s date and time (or check yours), then send again.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="66"/>
        <source>A change in this bundle is not signed by the person it names as its author: someone altered it or wrote it in another&apos;s name. It was refused; nothing was changed. Tell the sender.</source>
        <translation>A change in this bundle is not signed by the person it names as its author: someone altered it or wrote it in another&apos;s name. It was refused; nothing was changed. Tell the sender.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="76"/>
        <source>The bundle was refused: %1</source>
        <translation>The bundle was refused: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="83"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="84"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="85"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="86"/>
        <source>edited on both sides</source>
        <translation>edited on both sides</translation>
    </message>
</context>
<context>
    <name>ChaptersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="25"/>
        <source>No chapters yet.
Press Ctrl+N to add your local chapter.</source>
        <translation>No chapters yet.
Press Ctrl+N to add your local chapter.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="31"/>
        <source>People in this chapter: %1</source>
        <translation>People in this chapter: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="32"/>
        <source>Nobody has this chapter in their details yet.</source>
        <translation>Nobody has this chapter in their details yet.</translation>
    </message>
</context>
<context>
    <name>CoalitionsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="167"/>
        <source>No role</source>
        <translation>No role</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="67"/>
        <source>What they are in this coalition (Enter)</source>
        <translation>What they are in this coalition (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="64"/>
        <source>Role…</source>
        <translation>Role…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="50"/>
        <source>Add organisation…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="53"/>
        <source>Add person…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="57"/>
        <source>Remove from coalition</source>
        <translation>Remove from coalition</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="61"/>
        <source>The record itself stays (Delete)</source>
        <translation>The record itself stays (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="104"/>
        <source>Members: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="110"/>
        <source>No members yet. Add an organisation or a person.</source>
        <translation>No members yet. Add an organisation or a person.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="136"/>
        <source>Already a member of this coalition.</source>
        <translation>Already a member of this coalition.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="207"/>
        <source>No coalitions yet.
Press Ctrl+N to start one, then add its members.</source>
        <translation>No coalitions yet.
Press Ctrl+N to start one, then add its members.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/pslapp/gui/confirm.py" line="27"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="52"/>
        <source>Two people changed the same field without seeing each other&apos;s change. The value shown first is the one in use everywhere; take the other one if it is right.</source>
        <translation>Two people changed the same field without seeing each other&apos;s change. The value shown first is the one in use everywhere; take the other one if it is right.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="66"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="67"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="68"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="69"/>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="70"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="87"/>
        <source>No conflicts to review. Everything agrees.</source>
        <translation>No conflicts to review. Everything agrees.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="95"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="241"/>
        <source>Keep the value in use</source>
        <translation>Keep the value in use</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="100"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="244"/>
        <source>Take the other value</source>
        <translation>Take the other value</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="137"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="139"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="190"/>
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="151"/>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="178"/>
        <source>a protected person</source>
        <translation>a protected person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="183"/>
        <source>A peer merged %1 into %2, who is less protected.</source>
        <translation>A peer merged %1 into %2, who is less protected.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="196"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="220"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="235"/>
        <source>Keep them apart</source>
        <translation>Keep them apart</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="237"/>
        <source>Accept the merge</source>
        <translation>Accept the merge</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="259"/>
        <source>Done. The chosen value is now in use.</source>
        <translation>Done. The chosen value is now in use.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="263"/>
        <source>Merged, as the peer did.</source>
        <translation>Merged, as the peer did.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="265"/>
        <source>Kept apart, here and on every laptop this change reaches.</source>
        <translation>Kept apart, here and on every laptop this change reaches.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="53"/>
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="70"/>
        <source>Welcome. Let us create your vault.</source>
        <translation>Welcome. Let us create your vault.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="74"/>
        <source>Everything you keep here is encrypted on this computer. Choose a passphrase only you know: without it, nobody can open the vault, including you.</source>
        <translation>Everything you keep here is encrypted on this computer. Choose a passphrase only you know: without it, nobody can open the vault, including you.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="85"/>
        <source>e.g. Cologne chapter</source>
        <translation>e.g. Cologne chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="108"/>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="118"/>
        <source>Your name or your chapter&apos;s name, as others will see it</source>
        <translation>Your name or your chapter&apos;s name, as others will see it</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="123"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="126"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="135"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="179"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="184"/>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>The passphrase needs at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="191"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="232"/>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="235"/>
        <source>If you forget the passphrase, this code is the only way back in. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once; do not photograph it or save it in a file.</source>
        <translation>If you forget the passphrase, this code is the only way back in. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once; do not photograph it or save it in a file.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="254"/>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="258"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="23"/>
        <source>Preparing the demo with sample data…</source>
        <translation>Preparing the demo with sample data…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="34"/>
        <source>Demo passphrase: %1</source>
        <translation>Demo passphrase: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="46"/>
        <source>The demo could not start</source>
        <translation>The demo could not start</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="72"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="75"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="161"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="164"/>
        <source>Copies it for 30 seconds, hidden from clipboard history.</source>
        <translation>Copies it for 30 seconds, hidden from clipboard history.</translation>
    </message>
</context>
<context>
    <name>DoorCounts</name>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="32"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="35"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="37"/>
        <source>walk-ins</source>
        <translation>walk-ins</translation>
    </message>
</context>
<context>
    <name>DoorLeave</name>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="18"/>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="37"/>
        <source>Leave door mode</source>
        <translation>Leave door mode</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="21"/>
        <source>The rest of the vault opens again with the vault&apos;s passphrase. Volunteers at the door without it stay here.</source>
        <translation>The rest of the vault opens again with the vault&apos;s passphrase. Volunteers at the door without it stay here.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="32"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="41"/>
        <source>Stay at the door (Esc)</source>
        <translation>Stay at the door (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="68"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="74"/>
        <source>That is not the passphrase. You are still in door mode.</source>
        <translation>That is not the passphrase. You are still in door mode.</translation>
    </message>
</context>
<context>
    <name>DoorList</name>
    <message>
        <location filename="../../src/pslapp/gui/door/results_list.py" line="42"/>
        <source>✓ arrived %1</source>
        <translation>✓ arrived %1</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="59"/>
        <source>pslapp: door</source>
        <translation>pslapp: door</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="86"/>
        <source>Leave door mode…</source>
        <translation>Leave door mode…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="21"/>
        <source>Type a name: any script, any part</source>
        <translation>Type a name: any script, any part</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="37"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="234"/>
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="42"/>
        <source>Status, role… (F2)</source>
        <translation>Status, role… (F2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="46"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Undo last check-in (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="50"/>
        <source>Walk-in (Ctrl+W)</source>
        <translation>Walk-in (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="189"/>
        <source>The list could not be loaded. Leave door mode and open it again.</source>
        <translation>The list could not be loaded. Leave door mode and open it again.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="199"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="200"/>
        <source>Loading the list…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="211"/>
        <source>…and %1 more. Type more of the name to narrow the list.</source>
        <translation>…and %1 more. Type more of the name to narrow the list.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="265"/>
        <source>Nobody on the list by that name. Ctrl+W adds them as a walk-in.</source>
        <translation>Nobody on the list by that name. Ctrl+W adds them as a walk-in.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="16"/>
        <source>%1 is checked in already (%2).</source>
        <translation>%1 is checked in already (%2).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="25"/>
        <source>The registration of %1 was cancelled. Ctrl+Enter checks them in anyway.</source>
        <translation>The registration of %1 was cancelled. Ctrl+Enter checks them in anyway.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="30"/>
        <source>%1 is marked as not having come (no-show). Ctrl+Enter checks them in anyway.</source>
        <translation>%1 is marked as not having come (no-show). Ctrl+Enter checks them in anyway.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="38"/>
        <source>%1 is no longer on the list.</source>
        <translation>%1 is no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="287"/>
        <source>✓ %1 is checked in. Ctrl+Z takes it back.</source>
        <translation>✓ %1 is checked in. Ctrl+Z takes it back.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="298"/>
        <source>Check in anyway (Ctrl+Enter)</source>
        <translation>Check in anyway (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="340"/>
        <source>Check-in of %1 taken back.</source>
        <translation>Check-in of %1 taken back.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="377"/>
        <source>✓ %1 added as a walk-in and checked in.</source>
        <translation>✓ %1 added as a walk-in and checked in.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="55"/>
        <source>People entered twice</source>
        <translation>People entered twice</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="62"/>
        <source>People who may have been entered twice, most certain first. “Merge…” shows both records side by side; “Not now” hides a pair until the vault is locked.</source>
        <translation>People who may have been entered twice, most certain first. “Merge…” shows both records side by side; “Not now” hides a pair until the vault is locked.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="77"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="81"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="91"/>
        <source>Merges made here</source>
        <translation>Merges made here</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="97"/>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="101"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="104"/>
        <source>The merged person comes back with what was theirs</source>
        <translation>The merged person comes back with what was theirs</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="167"/>
        <source>Looking for people entered twice…</source>
        <translation>Looking for people entered twice…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="204"/>
        <source>The people could not be compared: %1</source>
        <translation>The people could not be compared: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="214"/>
        <source>%n pair(s) to look at.</source>
        <translation>
            <numerusform>%n pair to look at.</numerusform>
            <numerusform>%n pairs to look at.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="219"/>
        <source>Nobody seems to be entered twice. Nothing to merge.</source>
        <translation>Nobody seems to be entered twice. Nothing to merge.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="14"/>
        <source>same email address</source>
        <translation>same email address</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="16"/>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="17"/>
        <source>names alike: %1</source>
        <translation>names alike: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="27"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="32"/>
        <source>%1 merged into %2, %3</source>
        <translation>%1 merged into %2, %3</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="26"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="27"/>
        <source>Perhaps the same as</source>
        <translation>Perhaps the same as</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="28"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="29"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>EventStats</name>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="28"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="35"/>
        <source>others %1</source>
        <translation>others %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="55"/>
        <source>Status: %1 (walk-ins %2)</source>
        <translation>Status: %1 (walk-ins %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="58"/>
        <source>Chapters: %1</source>
        <translation>Chapters: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="61"/>
        <source>Countries of origin: %1</source>
        <translation>Countries of origin: %1</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="99"/>
        <source>Add attendee…</source>
        <translation>Add attendee…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="102"/>
        <source>Check in / undo</source>
        <translation>Check in / undo</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="105"/>
        <source>Status, role…</source>
        <translation>Status, role…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="108"/>
        <source>Status, role, or remove from this event (Enter on the row)</source>
        <translation>Status, role, or remove from this event (Enter on the row)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="113"/>
        <source>Open door mode</source>
        <translation>Open door mode</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="117"/>
        <source>A full-screen check-in for volunteers at the door: this event&apos;s names only.</source>
        <translation>A full-screen check-in for volunteers at the door: this event&apos;s names only.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="124"/>
        <source>Import registration list…</source>
        <translation>Import registration list…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="128"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="131"/>
        <source>Attendee list or name badges as PDF</source>
        <translation>Attendee list or name badges as PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="170"/>
        <source>Nobody is registered yet. Add the first attendee.</source>
        <translation>Nobody is registered yet. Add the first attendee.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="176"/>
        <source>Attendees: %1 registered, %2 checked in</source>
        <translation>Attendees: %1 registered, %2 checked in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="262"/>
        <source>No events yet.
Press Ctrl+N to plan one.</source>
        <translation>No events yet.
Press Ctrl+N to plan one.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="299"/>
        <location filename="../../src/pslapp/gui/views/events.py" line="306"/>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/events.py" line="300"/>
        <source>Delete “%1” and its list of %n attendee(s)? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Delete “%1” and its list of %n attendee? Ctrl+Z brings them back.</numerusform>
            <numerusform>Delete “%1” and its list of %n attendees? Ctrl+Z brings them back.</numerusform>
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
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="13"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="14"/>
        <source>Pronouns</source>
        <translation>Pronouns</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="15"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="16"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="17"/>
        <source>Country of origin</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="18"/>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="19"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="20"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="21"/>
        <source>Contact channels</source>
        <translation>Contact channels</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="22"/>
        <source>Agrees to be contacted</source>
        <translation>Agrees to be contacted</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="23"/>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="24"/>
        <source>Consent recorded how</source>
        <translation>Consent recorded how</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="25"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="26"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="27"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="29"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="30"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="31"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="32"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="33"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="34"/>
        <source>Founded on</source>
        <translation>Founded on</translation>
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
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="38"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="39"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="40"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="41"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="42"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="43"/>
        <source>Organising chapters</source>
        <translation>Organising chapters</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="44"/>
        <source>Organising organisations</source>
        <translation>Organising organisations</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="45"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="47"/>
        <source>Delegate of</source>
        <translation>Delegate of</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="48"/>
        <source>Checked in at</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="49"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="50"/>
        <source>Agrees to follow-up</source>
        <translation>Agrees to follow-up</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="51"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="52"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="53"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="40"/>
        <source>e.g. #3366cc</source>
        <translation>e.g. #3366cc</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="41"/>
        <source>separate with commas</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="158"/>
        <source>Add a contact channel</source>
        <translation>Add a contact channel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="177"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="74"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="91"/>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="92"/>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <location filename="../../src/pslapp/gui/fingerprint_panel.py" line="42"/>
        <source>Read the digits aloud with them, or let them scan the code. Every group must match.</source>
        <translation>Read the digits aloud with them, or let them scan the code. Every group must match.</translation>
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
        <translation>People</translation>
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
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="136"/>
        <source>Coalition membership</source>
        <translation>Coalition membership</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="137"/>
        <source>Coalition memberships</source>
        <translation>Coalition memberships</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="140"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="141"/>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>KindCount</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="177"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
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
            <numerusform>%n coalition membership</numerusform>
            <numerusform>%n coalition memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="185"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="187"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="189"/>
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n attendance record</numerusform>
            <numerusform>%n attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="191"/>
        <source>%n link(s) between records</source>
        <translation>
            <numerusform>%n link between records</numerusform>
            <numerusform>%n links between records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="192"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxSync</name>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="128"/>
        <source>The mailbox round failed: %1</source>
        <translation>The mailbox round failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="139"/>
        <source>Mailbox: %1 applied, %2 waiting for your review, %3 sent.</source>
        <translation>Mailbox: %1 applied, %2 waiting for your review, %3 sent.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="61"/>
        <source>pslapp (demo)</source>
        <translation>pslapp (demo)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="102"/>
        <source>Search names, cities, skills…</source>
        <translation>Search names, cities, skills…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="111"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="115"/>
        <source>Add a record here (Ctrl+N)</source>
        <translation>Add a record here (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="118"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="121"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="129"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="133"/>
        <source>DEMO: sample data, deleted on exit</source>
        <translation>DEMO: sample data, deleted on exit</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="152"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="188"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="194"/>
        <source>Wipe the vault and quit…</source>
        <translation>Wipe the vault and quit…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="200"/>
        <source>Back up the vault…</source>
        <translation>Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="203"/>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="206"/>
        <source>Sync the mailbox now</source>
        <translation>Sync the mailbox now</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="212"/>
        <source>Keyboard shortcuts…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="229"/>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="325"/>
        <source>No mailbox folder yet: choose one in ⋯ → Settings… (a folder Syncthing or the like shares with your peers).</source>
        <translation>No mailbox folder yet: choose one in ⋯ → Settings… (a folder Syncthing or the like shares with your peers).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="39"/>
        <source>Deleted. You can undo this.</source>
        <translation>Deleted. You can undo this.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="53"/>
        <source>Brought back.</source>
        <translation>Brought back.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="88"/>
        <source>Merged. You can undo this.</source>
        <translation>Merged. You can undo this.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="111"/>
        <source>Merge undone: both records are back.</source>
        <translation>Merge undone: both records are back.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="61"/>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="68"/>
        <source>One person entered twice becomes one record. Where the two differ, choose the value to keep; lists and notes are joined, the stricter sensitivity stays, and the other spelling of the name goes to the alias.</source>
        <translation>One person entered twice becomes one record. Where the two differ, choose the value to keep; lists and notes are joined, the stricter sensitivity stays, and the other spelling of the name goes to the alias.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="78"/>
        <source>Keep the other record</source>
        <translation>Keep the other record</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="82"/>
        <source>Swap which record is kept</source>
        <translation>Swap which record is kept</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="102"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="134"/>
        <source>Kept: %1</source>
        <translation>Kept: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="135"/>
        <source>Merged into it: %1</source>
        <translation>Merged into it: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="138"/>
        <source>After the merge</source>
        <translation>After the merge</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="192"/>
        <source>Ctrl+Z undoes the merge.</source>
        <translation>Ctrl+Z undoes the merge.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="194"/>
        <source>%1 has no attendances, links or memberships to move.</source>
        <translation>%1 has no attendances, links or memberships to move.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="199"/>
        <source>%1 will move to %2.</source>
        <translation>%1 will move to %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="229"/>
        <source>Nothing was merged: %1</source>
        <translation>Nothing was merged: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="25"/>
        <source>No organisations yet.
Press Ctrl+N to add a partner organisation.</source>
        <translation>No organisations yet.
Press Ctrl+N to add a partner organisation.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="32"/>
        <source>People linked to it: %1</source>
        <translation>People linked to it: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="33"/>
        <source>Nobody is linked to this organisation yet.</source>
        <translation>Nobody is linked to this organisation yet.</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="19"/>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="22"/>
        <source>My identity card</source>
        <translation>My identity card</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="25"/>
        <source>Give the card file to the coordinators you exchange bundles with, then read these digits together in person so they can mark you as verified. The card holds no secret.</source>
        <translation>Give the card file to the coordinators you exchange bundles with, then read these digits together in person so they can mark you as verified. The card holds no secret.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="39"/>
        <source>Save card to a file…</source>
        <translation>Save card to a file…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="44"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="63"/>
        <source>Save my identity card</source>
        <translation>Save my identity card</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="64"/>
        <source>Identity cards (*.pslid)</source>
        <translation>Identity cards (*.pslid)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="75"/>
        <source>The card could not be saved: %1</source>
        <translation>The card could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="81"/>
        <source>Saved. Give this file to your peers.</source>
        <translation>Saved. Give this file to your peers.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="30"/>
        <source>Wipe the vault</source>
        <translation>Wipe the vault</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="31"/>
        <source>Destroy this vault for good and quit? Everything not sent to a peer or kept in a backup is lost. This cannot be undone.</source>
        <translation>Destroy this vault for good and quit? Everything not sent to a peer or kept in a backup is lost. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="36"/>
        <source>Wipe and quit</source>
        <translation>Wipe and quit</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="47"/>
        <source>The wipe did not finish</source>
        <translation>The wipe did not finish</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="48"/>
        <source>The keys are destroyed, but some files could not be removed: %1</source>
        <translation>The keys are destroyed, but some files could not be removed: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="43"/>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="71"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="54"/>
        <source>Also re-encrypt under a new key</source>
        <translation>Also re-encrypt under a new key</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="58"/>
        <source>When an old passphrase or recovery code may be known. You get a new recovery code; the old one stops working.</source>
        <translation>When an old passphrase or recovery code may be known. You get a new recovery code; the old one stops working.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="83"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="84"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="86"/>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="110"/>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="141"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>The current passphrase is not right. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="145"/>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>The passphrase could not be changed. Nothing was changed.</translation>
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
        <translation>Type the vault&apos;s passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="47"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="49"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="71"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="90"/>
        <source>That passphrase does not open this vault. Nothing was done.</source>
        <translation>That passphrase does not open this vault. Nothing was done.</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="35"/>
        <source>Too short. Use at least 10 characters; four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Too short. Use at least 10 characters; four or five unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="42"/>
        <source>Weak. Add another word or two.</source>
        <translation>Weak. Add another word or two.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="44"/>
        <source>Good. One more word makes it strong.</source>
        <translation>Good. One more word makes it strong.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="47"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
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
        <translation>Chapter / organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="75"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="76"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="96"/>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="123"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="151"/>
        <source>(walk-in)</source>
        <translation>(walk-in)</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="32"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="34"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="36"/>
        <source>not verified yet</source>
        <translation>not verified yet</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="57"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="71"/>
        <source>Add peer from card…</source>
        <translation>Add peer from card…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="74"/>
        <source>My identity card…</source>
        <translation>My identity card…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="82"/>
        <source>No peers yet.
Ask a trusted coordinator for their identity card (.pslid) and add it here; give them yours.</source>
        <translation>No peers yet.
Ask a trusted coordinator for their identity card (.pslid) and add it here; give them yours.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="106"/>
        <source>Mark as verified…</source>
        <translation>Mark as verified…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="111"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="116"/>
        <source>Apply their bundles from the mailbox folder without a review</source>
        <translation>Apply their bundles from the mailbox folder without a review</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="138"/>
        <source>Choose a peer to see their fingerprint.</source>
        <translation>Choose a peer to see their fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="205"/>
        <source>Revoked: their bundles are refused, also when someone relays them.</source>
        <translation>Revoked: their bundles are refused, also when someone relays them.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="209"/>
        <source>Verified: you compared these digits with them in person.</source>
        <translation>Verified: you compared these digits with them in person.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="213"/>
        <source>Not verified yet. Meet them (or call on a channel you trust), compare every group of digits below, then mark them as verified.</source>
        <translation>Not verified yet. Meet them (or call on a channel you trust), compare every group of digits below, then mark them as verified.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="237"/>
        <source>Bundles from %1 in the mailbox are applied without a review.</source>
        <translation>Bundles from %1 in the mailbox are applied without a review.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="241"/>
        <source>Bundles from %1 in the mailbox wait for your review.</source>
        <translation>Bundles from %1 in the mailbox wait for your review.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="252"/>
        <source>A peer, once verified, can send you changes and receive your vault&apos;s records. Only the vault&apos;s owner may add one.</source>
        <translation>A peer, once verified, can send you changes and receive your vault&apos;s records. Only the vault&apos;s owner may add one.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="261"/>
        <source>Add peer from card</source>
        <translation>Add peer from card</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="262"/>
        <source>Identity cards (*.pslid);;All files (*)</source>
        <translation>Identity cards (*.pslid);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="270"/>
        <source>This card cannot be added: %1</source>
        <translation>This card cannot be added: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="279"/>
        <source>Added %1. Another peer has the same name: they are told apart by their fingerprints. Compare this one with them in person before you trust it.</source>
        <translation>Added %1. Another peer has the same name: they are told apart by their fingerprints. Compare this one with them in person before you trust it.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="287"/>
        <source>Added %1. Compare the fingerprint with them before you trust it.</source>
        <translation>Added %1. Compare the fingerprint with them before you trust it.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="298"/>
        <source>Mark as verified</source>
        <translation>Mark as verified</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="299"/>
        <source>Only continue if you read all 12 groups of digits with %1 in person (or on a call you trust) and every group matched.</source>
        <translation>Only continue if you read all 12 groups of digits with %1 in person (or on a call you trust) and every group matched.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="304"/>
        <source>I compared these digits with them in person</source>
        <translation>I compared these digits with them in person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="310"/>
        <source>A verified peer can receive everything you choose to send them.</source>
        <translation>A verified peer can receive everything you choose to send them.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="324"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="325"/>
        <source>From now on, bundles from %1 are refused, and so are their changes when someone else passes them on. What they sent before stays. This cannot be undone: to trust them again, they need a new identity.</source>
        <translation>From now on, bundles from %1 are refused, and so are their changes when someone else passes them on. What they sent before stays. This cannot be undone: to trust them again, they need a new identity.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="331"/>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="28"/>
        <source>No people yet.
Press Ctrl+N to add the first person.</source>
        <translation>No people yet.
Press Ctrl+N to add the first person.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="34"/>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="35"/>
        <source>Not registered for any event yet.</source>
        <translation>Not registered for any event yet.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="41"/>
        <source>Find duplicates…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="45"/>
        <source>People who may have been entered twice, to merge (Ctrl+Shift+D)</source>
        <translation>People who may have been entered twice, to merge (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="38"/>
        <source>Print attendees</source>
        <translation>Print attendees</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="44"/>
        <source>Attendee list, to tick people off (A4)</source>
        <translation>Attendee list, to tick people off (A4)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="49"/>
        <source>Name badges, 8 per A4 page</source>
        <translation>Name badges, 8 per A4 page</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="53"/>
        <source>Check-in list as CSV, for a spreadsheet (status, role, arrival)</source>
        <translation>Check-in list as CSV, for a spreadsheet (status, role, arrival)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="60"/>
        <source>A QR code on each badge (an attendance number only, no name)</source>
        <translation>A QR code on each badge (an attendance number only, no name)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="68"/>
        <source>Only people who have arrived</source>
        <translation>Only people who have arrived</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="72"/>
        <source>Include people marked restricted</source>
        <translation>Include people marked restricted</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="76"/>
        <source>Paper leaves no trace you can wipe: print only what the day needs, and collect the lists afterwards.</source>
        <translation>Paper leaves no trace you can wipe: print only what the day needs, and collect the lists afterwards.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="92"/>
        <location filename="../../src/pslapp/gui/event_print.py" line="126"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="97"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="124"/>
        <source>Save CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="132"/>
        <source>This CSV will include restricted people and fields (legal names, phone numbers).</source>
        <translation>This CSV will include restricted people and fields (legal names, phone numbers).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="136"/>
        <source>This PDF will include restricted people and fields (legal names, phone numbers).</source>
        <translation>This PDF will include restricted people and fields (legal names, phone numbers).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="150"/>
        <source>Save CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="160"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="198"/>
        <source>Writing the list…</source>
        <translation>Writing the list…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="200"/>
        <source>Drawing the PDF…</source>
        <translation>Drawing the PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="216"/>
        <source>Saved %1 people to %2.</source>
        <translation>Saved %1 people to %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="221"/>
        <source>%1 restricted people were left out.</source>
        <translation>%1 restricted people were left out.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="235"/>
        <source>The PDF could not be saved there (%1).</source>
        <translation>The PDF could not be saved there (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="241"/>
        <source>The PDF could not be drawn.</source>
        <translation>The PDF could not be drawn.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="43"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="46"/>
        <source>%1: %2 “%3”</source>
        <translation>%1: %2 “%3”</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="54"/>
        <source>conflict in %1</source>
        <translation>conflict in %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="62"/>
        <source>%1 new</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="63"/>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="64"/>
        <source>%1 deleted</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="66"/>
        <source>%1 conflicts to review</source>
        <translation>%1 conflicts to review</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="69"/>
        <source>%1 already up to date</source>
        <translation>%1 already up to date</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="73"/>
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="82"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="88"/>
        <source>Receive bundle</source>
        <translation>Receive bundle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="108"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="139"/>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="159"/>
        <source>From %1, a verified peer. The signature is valid.</source>
        <translation>From %1, a verified peer. The signature is valid.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="166"/>
        <source>You have received this bundle before. Nothing to do.</source>
        <translation>You have received this bundle before. Nothing to do.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="170"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="224"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="253"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="173"/>
        <source>The bundle is genuine. Review what it would change:</source>
        <translation>The bundle is genuine. Review what it would change:</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="183"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="193"/>
        <source>Some changes were written by people who are not your peers, passed on by this sender: %1. Their signatures are valid, but you have not verified who they are.</source>
        <translation>Some changes were written by people who are not your peers, passed on by this sender: %1. Their signatures are valid, but you have not verified who they are.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="207"/>
        <source>This bundle cannot be received.</source>
        <translation>This bundle cannot be received.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="212"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="218"/>
        <source>Something went wrong reading it. Nothing was changed.</source>
        <translation>Something went wrong reading it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="233"/>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="244"/>
        <source>Applied.</source>
        <translation>Applied.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="248"/>
        <source>Some fields were changed on both sides: review them under Conflicts.</source>
        <translation>Some fields were changed on both sides: review them under Conflicts.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="22"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="24"/>
        <source>Use a colour like #3366cc.</source>
        <translation>Use a colour like #3366cc.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="26"/>
        <source>Use a date like 2026-05-01.</source>
        <translation>Use a date like 2026-05-01.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="28"/>
        <source>Use a date like 2026-05-01 or a time like 2026-05-01 18:30.</source>
        <translation>Use a date like 2026-05-01 or a time like 2026-05-01 18:30.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="32"/>
        <source>This does not look like an email address.</source>
        <translation>This does not look like an email address.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="34"/>
        <source>This does not look like a phone number.</source>
        <translation>This does not look like a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="36"/>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="38"/>
        <source>“%1” is neither yes nor no.</source>
        <translation>“%1” is neither yes nor no.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="44"/>
        <source>%1 cells where the header has %2.</source>
        <translation>%1 cells where the header has %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="58"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="62"/>
        <source>Restricted: stays on this laptop unless you choose to send it.</source>
        <translation>Restricted: stays on this laptop unless you choose to send it.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="126"/>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="128"/>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="166"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="167"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>What you typed in this form has not been saved.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="170"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="96"/>
        <source>Select a row to see the details.</source>
        <translation>Select a row to see the details.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="196"/>
        <source>Nothing matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>Nothing matches “%1”. Check the spelling, or type fewer letters.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="263"/>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="286"/>
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="35"/>
        <source>Choose: %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="42"/>
        <source>Type part of a name</source>
        <translation>Type part of a name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="48"/>
        <source>Press Enter to choose the highlighted one.</source>
        <translation>Press Enter to choose the highlighted one.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/record_table.py" line="328"/>
        <source>%1 (sorting…)</source>
        <translation>%1 (sorting…)</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="34"/>
        <source>Checking every row</source>
        <translation>Checking every row</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="40"/>
        <source>Skip the bad rows and import the rest</source>
        <translation>Skip the bad rows and import the rest</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="60"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="71"/>
        <source>%1 rows are good, %2 are not. Fix the file and choose it again, or skip the bad rows.</source>
        <translation>Good rows: %1. Rows with a problem: %2. Fix the file and choose it again, or skip the bad rows.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="81"/>
        <source>All %1 rows are good.</source>
        <translation>Every row is good (%1 in all).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="57"/>
        <source>People who may be in the vault already</source>
        <translation>People who may be in the vault already</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="64"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="77"/>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="78"/>
        <source>Resembles</source>
        <translation>Resembles</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="79"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="80"/>
        <source>Or, after the import</source>
        <translation>Or, after the import</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="93"/>
        <source>All are new people</source>
        <translation>All are new people</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="98"/>
        <source>Same person where nearly identical</source>
        <translation>Same person where nearly identical</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="102"/>
        <source>Ticks the names that differ from someone known only by a letter or an accent</source>
        <translation>Ticks the names that differ from someone known only by a letter or an accent</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="113"/>
        <source>All are the same person</source>
        <translation>All are the same person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="147"/>
        <source>Comparing the list with the people in the vault…</source>
        <translation>Comparing the list with the people in the vault…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="178"/>
        <source>Comparing the list with the people in the vault: %1 of %2…</source>
        <translation>Comparing the list with the people in the vault: %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="192"/>
        <source>New people: %1. Known by email or phone, their details merged: %2. Names that resemble someone in the vault or earlier in the file: %3.</source>
        <translation>New people: %1. Known by email or phone, their details merged: %2. Names that resemble someone in the vault or earlier in the file: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="202"/>
        <source>Tick those who are the same person; if unsure, keep two.</source>
        <translation>Tick those who are the same person; if unsure, keep two.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="227"/>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (line %2 of this file)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="231"/>
        <source>%1 (in the vault)</source>
        <translation>%1 (in the vault)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="220"/>
        <source>%1 (line %2)</source>
        <translation>%1 (line %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="236"/>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="244"/>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="255"/>
        <source>Merge into %1</source>
        <translation>Merge into %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="260"/>
        <source>Imported as a new person, then merged into them: the spelling from the file is kept as an alias, and the merge can be undone.</source>
        <translation>Imported as a new person, then merged into them: the spelling from the file is kept as an alias, and the merge can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="306"/>
        <source>The list could not be read.</source>
        <translation>The list could not be read.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="43"/>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="101"/>
        <source>Registration list</source>
        <translation>Registration list</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="45"/>
        <source>A CSV file exported from a form or a spreadsheet: UTF-8, UTF-16 or Windows-1251; commas, semicolons or tabs.</source>
        <translation>A CSV file exported from a form or a spreadsheet: UTF-8, UTF-16 or Windows-1251; commas, semicolons or tabs.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="57"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="73"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="74"/>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="75"/>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="102"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="126"/>
        <source>Encoding %1 · delimiter %2 · %3 rows after the header</source>
        <translation>Encoding %1 · delimiter %2 · %3 rows after the header</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="172"/>
        <source>No column goes to a name. Choose Full name, or Given and Family name.</source>
        <translation>No column goes to a name. Choose Full name, or Given and Family name.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="27"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="52"/>
        <source>Writing %1 people…</source>
        <translation>Writing %1 people…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="73"/>
        <source>Done. New people: %1, merged with people already known: %2, registered: %3.</source>
        <translation>Done. New people: %1, merged with people already known: %2, registered: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="85"/>
        <source>Merged into the person they resemble: %1 (undo in People, Find duplicates…).</source>
        <translation>Merged into the person they resemble: %1 (undo in People, Find duplicates…).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="98"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="18"/>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="19"/>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="20"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="27"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="40"/>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="64"/>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="41"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="42"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="43"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="44"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="45"/>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="46"/>
        <source>Pronouns</source>
        <translation>Pronouns</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="47"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="48"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="49"/>
        <source>Country of origin</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="52"/>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="53"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="54"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="55"/>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Consent to contact</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="60"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="61"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="63"/>
        <source>Role at the event</source>
        <translation>Role at the event</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/wizard.py" line="23"/>
        <source>Import registration list</source>
        <translation>Import registration list</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="34"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="39"/>
        <source>Choose the backup file, then type the passphrase the vault had when the backup was made, or its recovery code.</source>
        <translation>Choose the backup file, then type the passphrase the vault had when the backup was made, or its recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="48"/>
        <source>Choose backup…</source>
        <translation>Choose backup…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="53"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="55"/>
        <source>I have the recovery code instead</source>
        <translation>I have the recovery code instead</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="66"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="91"/>
        <source>Choose backup</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="92"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>pslapp backups (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="106"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="131"/>
        <source>That does not open this backup. Nothing was changed.</source>
        <translation>That does not open this backup. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="135"/>
        <source>This file is not a pslapp backup, or it is damaged. Nothing was changed.</source>
        <translation>This file is not a pslapp backup, or it is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="140"/>
        <source>The backup could not be restored here. Nothing was changed.</source>
        <translation>The backup could not be restored here. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="144"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="77"/>
        <source>Only these chapters</source>
        <translation>Only these chapters</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="78"/>
        <source>Only these tags</source>
        <translation>Only these tags</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="79"/>
        <source>Only these events</source>
        <translation>Only these events</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="85"/>
        <source>Tick nothing in a list to send all of it.</source>
        <translation>Tick nothing in a list to send all of it.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="90"/>
        <source>Only changes since the last bundle to these peers</source>
        <translation>Only changes since the last bundle to these peers</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="97"/>
        <source>Everything in scope (for a new peer)</source>
        <translation>Everything in scope (for a new peer)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="102"/>
        <source>Include restricted data (restricted people, legal names, phone numbers)</source>
        <translation>Include restricted data (restricted people, legal names, phone numbers)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="110"/>
        <source>Careful: restricted data can put people in danger if the file or your peer&apos;s laptop is seized. Include it only if they really need it.</source>
        <translation>Careful: restricted data can put people in danger if the file or your peer&apos;s laptop is seized. Include it only if they really need it.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="37"/>
        <source>Nothing to send: these peers already have every change in this scope.</source>
        <translation>Nothing to send: these peers already have every change in this scope.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="43"/>
        <source>This bundle will carry: %1</source>
        <translation>This bundle will carry: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="54"/>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="63"/>
        <source>Send changes</source>
        <translation>Send changes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="90"/>
        <source>Save bundle…</source>
        <translation>Save bundle…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="106"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="108"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="134"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="136"/>
        <source>not verified yet: compare fingerprints under Peers first</source>
        <translation>not verified yet: compare fingerprints under Peers first</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="164"/>
        <source>No peers yet. Add someone&apos;s identity card under Peers first.</source>
        <translation>No peers yet. Add someone&apos;s identity card under Peers first.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="168"/>
        <source>Tick at least one verified peer.</source>
        <translation>Tick at least one verified peer.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="174"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="197"/>
        <source>Save the bundle</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="198"/>
        <source>Bundles (*.pslb)</source>
        <translation>Bundles (*.pslb)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="211"/>
        <location filename="../../src/pslapp/gui/safety_screenshots.py" line="25"/>
        <source>This bundle includes restricted data (restricted people, legal names, phone numbers).</source>
        <translation>This bundle includes restricted data (restricted people, legal names, phone numbers).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="217"/>
        <source>This is the first bundle to one of these peers.</source>
        <translation>This is the first bundle to one of these peers.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="228"/>
        <source>Sealing the bundle…</source>
        <translation>Sealing the bundle…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="243"/>
        <source>Saved %1 (%2 records). Pass the file on any way you like: only %3 can open it.</source>
        <translation>Saved %1 (%2 records). Pass the file on any way you like: only %3 can open it.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="251"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="258"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelled. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="264"/>
        <source>Something went wrong; nothing was sent.</source>
        <translation>Something went wrong; nothing was sent.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="78"/>
        <source>The vault cannot be opened</source>
        <translation>The vault cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="124"/>
        <source>Other users of this computer could read the vault files; they are private again.</source>
        <translation>Other users of this computer could read the vault files; they are private again.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="147"/>
        <source>No backup of this vault yet: ⋯ → Back up the vault…</source>
        <translation>No backup of this vault yet: ⋯ → Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="150"/>
        <source>The last backup is %1 days old: ⋯ → Back up the vault…</source>
        <translation>The last backup is %1 days old: ⋯ → Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="190"/>
        <source>The passphrase is changed.</source>
        <translation>The passphrase is changed.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="208"/>
        <source>Re-encrypting the vault under a new key…</source>
        <translation>Re-encrypting the vault under a new key…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="228"/>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="229"/>
        <source>The vault is re-encrypted under a new key. The old recovery code no longer works; write this one down and keep it apart from the laptop:

%1</source>
        <translation>The vault is re-encrypted under a new key. The old recovery code no longer works; write this one down and keep it apart from the laptop:

%1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="241"/>
        <source>The vault could not be re-encrypted</source>
        <translation>The vault could not be re-encrypted</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="277"/>
        <source>Mailbox folder</source>
        <translation>Mailbox folder</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="278"/>
        <source>That folder cannot be used: it is missing or not writable.</source>
        <translation>That folder cannot be used: it is missing or not writable.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="60"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="61"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="67"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="74"/>
        <source>A new language applies the next time you start pslapp.</source>
        <translation>A new language applies the next time you start pslapp.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="82"/>
        <source>Lock after this long without use</source>
        <translation>Lock after this long without use</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="86"/>
        <source>Remind me to back up after</source>
        <translation>Remind me to back up after</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="89"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="91"/>
        <source>Mailbox folder</source>
        <translation>Mailbox folder</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="109"/>
        <source>A folder Syncthing (or Nextcloud, or a USB stick) shares with your peers: pslapp puts its sealed bundles there and picks up theirs by itself.</source>
        <translation>A folder Syncthing (or Nextcloud, or a USB stick) shares with your peers: pslapp puts its sealed bundles there and picks up theirs by itself.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="115"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="118"/>
        <source>No mailbox</source>
        <translation>No mailbox</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="137"/>
        <source>Choose the mailbox folder</source>
        <translation>Choose the mailbox folder</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="147"/>
        <source>none: bundles go by hand</source>
        <translation>none: bundles go by hand</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="23"/>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="25"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="28"/>
        <source>Add a record to the list shown</source>
        <translation>Add a record to the list shown</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="30"/>
        <source>Switch lists</source>
        <translation>Switch lists</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="31"/>
        <source>Open the selected record</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="32"/>
        <source>Delete the selected record</source>
        <translation>Delete the selected record</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="35"/>
        <source>Undo the last deletion or merge</source>
        <translation>Undo the last deletion or merge</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="39"/>
        <source>Find people entered twice</source>
        <translation>Find people entered twice</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="41"/>
        <source>Receive a bundle</source>
        <translation>Receive a bundle</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="42"/>
        <source>Send changes</source>
        <translation>Send changes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="43"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="44"/>
        <source>Lock the vault</source>
        <translation>Lock the vault</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="47"/>
        <source>Wipe the vault and quit (also in door mode)</source>
        <translation>Wipe the vault and quit (also in door mode)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="51"/>
        <source>This overview</source>
        <translation>This overview</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="55"/>
        <source>An event</source>
        <translation>An event</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="57"/>
        <source>Open door mode</source>
        <translation>Open door mode</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="58"/>
        <source>Import a registration list</source>
        <translation>Import a registration list</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="61"/>
        <source>Print or export the attendees</source>
        <translation>Print or export the attendees</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="63"/>
        <source>Add an attendee</source>
        <translation>Add an attendee</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="66"/>
        <source>Status, role or removal of the selected attendee</source>
        <translation>Status, role or removal of the selected attendee</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="73"/>
        <source>Door mode</source>
        <translation>Door mode</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="77"/>
        <source>Check in the highlighted person</source>
        <translation>Check in the highlighted person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="81"/>
        <source>Check in someone who cancelled or did not come</source>
        <translation>Check in someone who cancelled or did not come</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="85"/>
        <source>Move in the list</source>
        <translation>Move in the list</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="86"/>
        <source>Status, role or removal</source>
        <translation>Status, role or removal</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="87"/>
        <source>Take the last check-in back</source>
        <translation>Take the last check-in back</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="88"/>
        <source>Add a walk-in</source>
        <translation>Add a walk-in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="89"/>
        <source>Clear the search field</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="28"/>
        <source>That passphrase does not open this vault. Nothing was changed; try again.</source>
        <translation>That passphrase does not open this vault. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="33"/>
        <source>A wipe of this vault was interrupted. Run &apos;pslapp-cli wipe&apos; to finish it.</source>
        <translation>A wipe of this vault was interrupted. Run &apos;pslapp-cli wipe&apos; to finish it.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="38"/>
        <source>A vault file is damaged: %1. Nothing was changed. Restore the vault folder from a backup, or try the recovery code.</source>
        <translation>A vault file is damaged: %1. Nothing was changed. Restore the vault folder from a backup, or try the recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="45"/>
        <source>The vault could not be opened (%1).</source>
        <translation>The vault could not be opened (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="56"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="80"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="60"/>
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
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
        <translation>Use the recovery code instead</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="104"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="107"/>
        <source>Use the passphrase instead</source>
        <translation>Use the passphrase instead</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="115"/>
        <source>treasurer</source>
        <translation>treasurer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="114"/>
        <source>spokesperson</source>
        <translation>spokesperson</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="113"/>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="100"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="30"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="101"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="32"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="58"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="59"/>
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="60"/>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="62"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="63"/>
        <source>supporter</source>
        <translation>supporter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="64"/>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="65"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="66"/>
        <source>press</source>
        <translation>press</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="67"/>
        <source>lawyer</source>
        <translation>lawyer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="68"/>
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="69"/>
        <source>other</source>
        <translation>other</translation>
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
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="74"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="75"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="77"/>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="78"/>
        <source>union</source>
        <translation>union</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="79"/>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="80"/>
        <source>collective</source>
        <translation>collective</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="81"/>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="82"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="83"/>
        <source>human-rights group</source>
        <translation>human-rights group</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="84"/>
        <source>student group</source>
        <translation>student group</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="86"/>
        <source>ally</source>
        <translation>ally</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="87"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="88"/>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="90"/>
        <source>local chapter</source>
        <translation>local chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="91"/>
        <source>working group</source>
        <translation>working group</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="92"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="94"/>
        <source>demonstration</source>
        <translation>demonstration</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="95"/>
        <source>picket</source>
        <translation>picket</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="96"/>
        <source>rally</source>
        <translation>rally</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="97"/>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="98"/>
        <source>congress</source>
        <translation>congress</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="99"/>
        <source>camp</source>
        <translation>camp</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="100"/>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="101"/>
        <source>presentation</source>
        <translation>presentation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="102"/>
        <source>strike support</source>
        <translation>strike support</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="104"/>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="105"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="106"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="107"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="108"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="109"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="110"/>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="111"/>
        <source>delegate</source>
        <translation>delegate</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="117"/>
        <source>member of</source>
        <translation>member of</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="118"/>
        <source>contact person for</source>
        <translation>contact person for</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="119"/>
        <source>works with</source>
        <translation>works with</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="45"/>
        <source>Walk-in: someone who did not register</source>
        <translation>Walk-in: someone who did not register</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="51"/>
        <source>Name as they want it on their badge</source>
        <translation>Name as they want it on their badge</translation>
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
        <translation>Agrees to be contacted after the event</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="77"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Add and check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="87"/>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="121"/>
        <source>Write the name first.</source>
        <translation>Write the name first.</translation>
    </message>
</context>
</TS>
