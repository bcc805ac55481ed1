<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ChaptersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="22" />
        <source>No chapters yet.
Press Ctrl+N to add your local chapter.</source>
        <translation>No chapters yet.
Press Ctrl+N to add your local chapter.</translation>
    </message>
</context>
<context>
    <name>CoalitionsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="39" />
        <source>Add organisation…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="42" />
        <source>Add person…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="71" />
        <source>Members: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="77" />
        <source>No members yet. Add an organisation or a person.</source>
        <translation>No members yet. Add an organisation or a person.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="109" />
        <source>No coalitions yet.
Press Ctrl+N to start one, then add its members.</source>
        <translation>No coalitions yet.
Press Ctrl+N to start one, then add its members.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="39" />
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="56" />
        <source>Welcome. Let us create your vault.</source>
        <translation>Welcome. Let us create your vault.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="60" />
        <source>Everything you keep here is encrypted on this computer. Choose a passphrase only you know: without it, nobody can open the vault, including you.</source>
        <translation>Everything you keep here is encrypted on this computer. Choose a passphrase only you know: without it, nobody can open the vault, including you.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="71" />
        <source>e.g. Cologne chapter</source>
        <translation>e.g. Cologne chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="101" />
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="111" />
        <source>Your name or your chapter's name, as others will see it</source>
        <translation>Your name or your chapter's name, as others will see it</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="116" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="119" />
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="158" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="163" />
        <source>The passphrase needs at least 10 characters.</source>
        <translation>The passphrase needs at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="170" />
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="208" />
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="211" />
        <source>If you forget the passphrase, this code is the only way back in. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once; do not photograph it or save it in a file.</source>
        <translation>If you forget the passphrase, this code is the only way back in. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once; do not photograph it or save it in a file.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="230" />
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="234" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="23" />
        <source>Preparing the demo with sample data…</source>
        <translation>Preparing the demo with sample data…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="34" />
        <source>Demo passphrase: %1</source>
        <translation>Demo passphrase: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="45" />
        <source>The demo could not start</source>
        <translation>The demo could not start</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="51" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="54" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="122" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="125" />
        <source>Copies it for 30 seconds, hidden from clipboard history.</source>
        <translation>Copies it for 30 seconds, hidden from clipboard history.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="55" />
        <source>Add attendee…</source>
        <translation>Add attendee…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="58" />
        <source>Check in / undo</source>
        <translation>Check in / undo</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="81" />
        <source>Nobody is registered yet. Add the first attendee.</source>
        <translation>Nobody is registered yet. Add the first attendee.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="87" />
        <source>Attendees: %1 registered, %2 checked in</source>
        <translation>Attendees: %1 registered, %2 checked in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="129" />
        <source>No events yet.
Press Ctrl+N to plan one.</source>
        <translation>No events yet.
Press Ctrl+N to plan one.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="11" />
        <location filename="../../src/pslapp/gui/labels.py" line="28" />
        <location filename="../../src/pslapp/gui/models/attendee_table.py" line="71" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="12" />
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="13" />
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="14" />
        <source>Pronouns</source>
        <translation>Pronouns</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="15" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="16" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="17" />
        <source>Country of origin</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="18" />
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="19" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="20" />
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="21" />
        <source>Contact channels</source>
        <translation>Contact channels</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="22" />
        <source>Agrees to be contacted</source>
        <translation>Agrees to be contacted</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="23" />
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="24" />
        <source>Consent recorded how</source>
        <translation>Consent recorded how</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="25" />
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="26" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="27" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="29" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="30" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="31" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="32" />
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="33" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="34" />
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="35" />
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="36" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="37" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="38" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="39" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="40" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="41" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="42" />
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="43" />
        <source>Organising chapters</source>
        <translation>Organising chapters</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="44" />
        <source>Organising organisations</source>
        <translation>Organising organisations</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="45" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="46" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="47" />
        <source>Delegate of</source>
        <translation>Delegate of</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="48" />
        <source>Checked in at</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="49" />
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="50" />
        <source>Agrees to follow-up</source>
        <translation>Agrees to follow-up</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="51" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="52" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="53" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="56" />
        <source>e.g. 2026-05-01</source>
        <translation>e.g. 2026-05-01</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="57" />
        <source>e.g. 2026-05-01 18:30</source>
        <translation>e.g. 2026-05-01 18:30</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="58" />
        <source>e.g. #3366cc</source>
        <translation>e.g. #3366cc</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="59" />
        <source>separate with commas</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="178" />
        <source>Add a contact channel</source>
        <translation>Add a contact channel</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="197" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="119" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="119" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="121" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="122" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="125" />
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="126" />
        <source>Coalitions</source>
        <translation>Coalitions</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="128" />
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="128" />
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="129" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="129" />
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="130" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="130" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="46" />
        <source>pslapp (demo)</source>
        <translation>pslapp (demo)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="78" />
        <source>Search names, cities, skills…</source>
        <translation>Search names, cities, skills…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="87" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="91" />
        <source>Add a record here (Ctrl+N)</source>
        <translation>Add a record here (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="94" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="97" />
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="100" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="108" />
        <source>DEMO: sample data, deleted on exit</source>
        <translation>DEMO: sample data, deleted on exit</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="120" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="203" />
        <source>Deleted. You can undo this.</source>
        <translation>Deleted. You can undo this.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="213" />
        <source>Brought back.</source>
        <translation>Brought back.</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="22" />
        <source>No organisations yet.
Press Ctrl+N to add a partner organisation.</source>
        <translation>No organisations yet.
Press Ctrl+N to add a partner organisation.</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="35" />
        <source>Too short. Use at least 10 characters; four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Too short. Use at least 10 characters; four or five unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="42" />
        <source>Weak. Add another word or two.</source>
        <translation>Weak. Add another word or two.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="44" />
        <source>Good. One more word makes it strong.</source>
        <translation>Good. One more word makes it strong.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="47" />
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="22" />
        <source>No people yet.
Press Ctrl+N to add the first person.</source>
        <translation>No people yet.
Press Ctrl+N to add the first person.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="31" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="32" />
        <source>Use a colour like #3366cc.</source>
        <translation>Use a colour like #3366cc.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="39" />
        <source>Use a date like 2026-05-01.</source>
        <translation>Use a date like 2026-05-01.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="41" />
        <source>Use a date like 2026-05-01 or a time like 2026-05-01 18:30.</source>
        <translation>Use a date like 2026-05-01 or a time like 2026-05-01 18:30.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="45" />
        <source>This does not look like an email address.</source>
        <translation>This does not look like an email address.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="47" />
        <source>This does not look like a phone number.</source>
        <translation>This does not look like a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="49" />
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="75" />
        <source>Restricted: stays on this laptop unless you choose to send it.</source>
        <translation>Restricted: stays on this laptop unless you choose to send it.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="148" />
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="150" />
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="102" />
        <source>Select a row to see the details.</source>
        <translation>Select a row to see the details.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="155" />
        <source>Nothing matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>Nothing matches “%1”. Check the spelling, or type fewer letters.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="216" />
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="238" />
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="34" />
        <source>Choose: %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="41" />
        <source>Type part of a name</source>
        <translation>Type part of a name</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="47" />
        <source>Press Enter to choose the highlighted one.</source>
        <translation>Press Enter to choose the highlighted one.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="68" />
        <source>The vault cannot be opened</source>
        <translation>The vault cannot be opened</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="37" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="43" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="50" />
        <source>A new language applies the next time you start pslapp.</source>
        <translation>A new language applies the next time you start pslapp.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="58" />
        <source>Lock after this long without use</source>
        <translation>Lock after this long without use</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="61" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="28" />
        <source>That passphrase does not open this vault. Nothing was changed; try again.</source>
        <translation>That passphrase does not open this vault. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="33" />
        <source>A vault file is damaged: %1. Nothing was changed. Restore the vault folder from a backup, or try the recovery code.</source>
        <translation>A vault file is damaged: %1. Nothing was changed. Restore the vault folder from a backup, or try the recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="40" />
        <source>The vault could not be opened (%1).</source>
        <translation>The vault could not be opened (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="51" />
        <location filename="../../src/pslapp/gui/unlock.py" line="84" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="55" />
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="57" />
        <location filename="../../src/pslapp/gui/unlock.py" line="114" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="79" />
        <location filename="../../src/pslapp/gui/unlock.py" line="117" />
        <source>Use the recovery code instead</source>
        <translation>Use the recovery code instead</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="108" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="111" />
        <source>Use the passphrase instead</source>
        <translation>Use the passphrase instead</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="120" />
        <location filename="../../src/pslapp/gui/models/display.py" line="26" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="121" />
        <location filename="../../src/pslapp/gui/models/display.py" line="28" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="58" />
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="59" />
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="60" />
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="62" />
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="63" />
        <source>supporter</source>
        <translation>supporter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="64" />
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="65" />
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="66" />
        <source>press</source>
        <translation>press</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="67" />
        <source>lawyer</source>
        <translation>lawyer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="68" />
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="69" />
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="71" />
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="72" />
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="73" />
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="74" />
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="75" />
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="77" />
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="78" />
        <source>union</source>
        <translation>union</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="79" />
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="80" />
        <source>collective</source>
        <translation>collective</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="81" />
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="82" />
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="83" />
        <source>human-rights group</source>
        <translation>human-rights group</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="84" />
        <source>student group</source>
        <translation>student group</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="86" />
        <source>ally</source>
        <translation>ally</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="87" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="88" />
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="90" />
        <source>local chapter</source>
        <translation>local chapter</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="91" />
        <source>working group</source>
        <translation>working group</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="92" />
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="94" />
        <source>demonstration</source>
        <translation>demonstration</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="95" />
        <source>picket</source>
        <translation>picket</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="96" />
        <source>rally</source>
        <translation>rally</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="97" />
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="98" />
        <source>congress</source>
        <translation>congress</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="99" />
        <source>camp</source>
        <translation>camp</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="100" />
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="101" />
        <source>presentation</source>
        <translation>presentation</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="102" />
        <source>strike support</source>
        <translation>strike support</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="104" />
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="105" />
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="106" />
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="107" />
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="108" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="109" />
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="110" />
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="111" />
        <source>delegate</source>
        <translation>delegate</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="113" />
        <source>member of</source>
        <translation>member of</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="114" />
        <source>contact person for</source>
        <translation>contact person for</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="115" />
        <source>works with</source>
        <translation>works with</translation>
    </message>
</context>
</TS>