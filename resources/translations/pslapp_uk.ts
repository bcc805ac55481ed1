<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AttendeeMenu</name>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="31"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="36"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="48"/>
        <source>Remove from this event…</source>
        <translation>Прибрати зі списку заходу…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="74"/>
        <source>Remove from this event</source>
        <translation>Прибрати зі списку заходу</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="75"/>
        <source>Take %1 off this event&apos;s list? Their record stays in the vault.</source>
        <translation>Прибрати %1 зі списку цього заходу? Запис про людину залишиться у сховищі.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="79"/>
        <source>Remove from the list</source>
        <translation>Прибрати зі списку</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/attendee_table.py" line="83"/>
        <source>Arrived</source>
        <translation>Прихід</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="32"/>
        <source>Back up the vault</source>
        <translation>Резервна копія сховища</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="36"/>
        <source>Writes the whole vault to one encrypted file, for example on a USB stick kept away from this laptop. Only this vault&apos;s passphrase or recovery code opens it. If the laptop is seized or broken, restore it on another computer.</source>
        <translation>Записує все сховище в один зашифрований файл, наприклад на флешку, що зберігається окремо від ноутбука. Відкрити його можна лише парольною фразою або кодом відновлення цього сховища. Якщо ноутбук вилучено чи зламано, відновіть сховище на іншому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="55"/>
        <source>Choose a file and back up…</source>
        <translation>Вибрати файл і зберегти копію…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="76"/>
        <source>Save the backup</source>
        <translation>Зберегти резервну копію</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="77"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>Резервні копії pslapp (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="91"/>
        <source>Writing the backup…</source>
        <translation>Запис резервної копії…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="108"/>
        <source>Backup written to %1. Keep it away from this laptop.</source>
        <translation>Резервну копію записано в %1. Зберігайте її окремо від цього ноутбука.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="125"/>
        <source>The backup could not be written; nothing was saved. (%1)</source>
        <translation>Не вдалося записати резервну копію; нічого не збережено. (%1)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="131"/>
        <source>The backup could not be written; nothing was saved.</source>
        <translation>Не вдалося записати резервну копію; нічого не збережено.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="45"/>
        <source>Peers</source>
        <translation>Довірені контакти</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="46"/>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="47"/>
        <source>Bundle history</source>
        <translation>Історія пакетів</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="63"/>
        <source>Send changes…</source>
        <translation>Надіслати…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="66"/>
        <source>Seal your changes for verified peers (Ctrl+Shift+S)</source>
        <translation>Запечатати ваші зміни для перевірених контактів (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="72"/>
        <source>Receive bundle…</source>
        <translation>Прийняти…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="76"/>
        <source>Open a .pslb file from a peer (Ctrl+O), or drop it on this window</source>
        <translation>Відкрити файл .pslb від контакту (Ctrl+O) або перетягнути його в це вікно</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="122"/>
        <source>Receive bundle</source>
        <translation>Прийняти пакет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="123"/>
        <source>Bundles (*.pslb);;All files (*)</source>
        <translation>Пакети (*.pslb);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="149"/>
        <source>Bundle applied.</source>
        <translation>Пакет застосовано.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryView</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="39"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="44"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новий</numerusform>
            <numerusform>%n нові</numerusform>
            <numerusform>%n нових</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="45"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n змінено</numerusform>
            <numerusform>%n змінено</numerusform>
            <numerusform>%n змінено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="46"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n видалено</numerusform>
            <numerusform>%n видалено</numerusform>
            <numerusform>%n видалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="47"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфлікт</numerusform>
            <numerusform>%n конфлікти</numerusform>
            <numerusform>%n конфліктів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="50"/>
        <source>no changes</source>
        <translation>без змін</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="63"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="64"/>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="65"/>
        <source>Peer</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="66"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="78"/>
        <source>No bundles yet.
Use “Send changes…” to pass your changes to a verified peer.</source>
        <translation>Пакетів поки немає.
Щоб передати зміни перевіреному контакту, натисніть «Надіслати…».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="115"/>
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n отримувач</numerusform>
            <numerusform>%n отримувачі</numerusform>
            <numerusform>%n отримувачів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="122"/>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="124"/>
        <source>received</source>
        <translation>отримано</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="18"/>
        <source>This bundle was not made for this vault: it cannot be opened here.</source>
        <translation>Цей пакет призначено не для цього сховища: тут його не відкрити.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="21"/>
        <source>This file is damaged or was altered after it was made. Nothing was changed; ask the sender for a new one.</source>
        <translation>Файл пошкоджено або змінено після створення. Нічого не змінено; попросіть відправника надіслати новий.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="26"/>
        <source>This bundle comes from someone who is not among your peers. Add their card under Peers first.</source>
        <translation>Цей пакет від людини, якої немає серед ваших довірених контактів. Спершу додайте її картку в розділі «Довірені контакти».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="31"/>
        <source>The sender is not verified yet. Compare the fingerprint digits with them in person under Peers, then try again.</source>
        <translation>Відправника ще не перевірено. Звірте з ним особисто цифри відбитка в розділі «Довірені контакти» і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="36"/>
        <source>This bundle comes from a peer you have revoked. It was refused.</source>
        <translation>Цей пакет від контакту, якого ви відкликали. Його відхилено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="39"/>
        <source>The sender did not address this bundle to you; it may have been forwarded. It was refused.</source>
        <translation>Відправник адресував цей пакет не вам; можливо, його переслали. Його відхилено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="44"/>
        <source>This file is too large to be a bundle. It was refused.</source>
        <translation>Файл завеликий для пакета. Його відхилено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="47"/>
        <source>This file is not a valid bundle. Nothing was changed.</source>
        <translation>Файл не є коректним пакетом. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="50"/>
        <source>You made this bundle yourself: there is nothing to receive.</source>
        <translation>Цей пакет створили ви самі: приймати нічого.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="53"/>
        <source>The file cannot be read. Check that it is still there.</source>
        <translation>Не вдається прочитати файл. Перевірте, чи він на місці.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="56"/>
        <source>This bundle was made by another version of pslapp. Nothing was changed; use the same version on both computers and ask the sender for a new one.</source>
        <translation>Цей пакет створено іншою версією pslapp. Нічого не змінено; використовуйте ту саму версію на обох комп&apos;ютерах і попросіть відправника надіслати новий.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="61"/>
        <source>The sender&apos;s clock is more than 5 minutes ahead of yours. Ask them to check their computer&apos;s date and time (or check yours), then send again.</source>
        <translation>Годинник відправника поспішає більш ніж на 5 хвилин відносно вашого. Попросіть перевірити дату й час на комп’ютері (або перевірте свої) і надіслати знову.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="66"/>
        <source>A change in this bundle is not signed by the person it names as its author: someone altered it or wrote it in another&apos;s name. It was refused; nothing was changed. Tell the sender.</source>
        <translation>Одну зі змін у пакеті не підписано тим, кого названо її автором: хтось змінив її або записав від чужого імені. Пакет відхилено, нічого не змінено. Повідомте відправника.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="76"/>
        <source>The bundle was refused: %1</source>
        <translation>Пакет відхилено: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="83"/>
        <source>new</source>
        <translation>новий запис</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="84"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="85"/>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="86"/>
        <source>edited on both sides</source>
        <translation>змінено з обох боків</translation>
    </message>
</context>
<context>
    <name>ChaptersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="25"/>
        <source>No chapters yet.
Press Ctrl+N to add your local chapter.</source>
        <translation>Осередків ще немає.
Натисніть Ctrl+N, щоб додати свій осередок.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="31"/>
        <source>People in this chapter: %1</source>
        <translation>Люди цього осередку: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="32"/>
        <source>Nobody has this chapter in their details yet.</source>
        <translation>Поки ні в кого не вказано цей осередок.</translation>
    </message>
</context>
<context>
    <name>CoalitionsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="167"/>
        <source>No role</source>
        <translation>Без ролі</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="67"/>
        <source>What they are in this coalition (Enter)</source>
        <translation>Роль у цій коаліції (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="64"/>
        <source>Role…</source>
        <translation>Роль…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="50"/>
        <source>Add organisation…</source>
        <translation>Додати організацію…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="53"/>
        <source>Add person…</source>
        <translation>Додати людину…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="57"/>
        <source>Remove from coalition</source>
        <translation>Вилучити з коаліції</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="61"/>
        <source>The record itself stays (Delete)</source>
        <translation>Сам запис залишиться (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="104"/>
        <source>Members: %1</source>
        <translation>Учасники: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="110"/>
        <source>No members yet. Add an organisation or a person.</source>
        <translation>Учасників ще немає. Додайте організацію або людину.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="136"/>
        <source>Already a member of this coalition.</source>
        <translation>Вже входить до цієї коаліції.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="207"/>
        <source>No coalitions yet.
Press Ctrl+N to start one, then add its members.</source>
        <translation>Коаліцій ще немає.
Натисніть Ctrl+N, щоб створити коаліцію, потім додайте учасників.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/pslapp/gui/confirm.py" line="27"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="52"/>
        <source>Two people changed the same field without seeing each other&apos;s change. The value shown first is the one in use everywhere; take the other one if it is right.</source>
        <translation>Двоє людей змінили те саме поле, не бачачи змін одне одного. Перше значення діє всюди; виберіть інше, якщо правильне воно.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="66"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="67"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="68"/>
        <source>In use</source>
        <translation>Чинне</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="69"/>
        <source>Other value</source>
        <translation>Інше значення</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="70"/>
        <source>Found</source>
        <translation>Виявлено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="87"/>
        <source>No conflicts to review. Everything agrees.</source>
        <translation>Конфліктів немає. Усе збігається.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="95"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="241"/>
        <source>Keep the value in use</source>
        <translation>Залишити чинне</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="100"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="244"/>
        <source>Take the other value</source>
        <translation>Взяти інше значення</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="137"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="139"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="190"/>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="151"/>
        <source>you</source>
        <translation>ви</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="178"/>
        <source>a protected person</source>
        <translation>захищена людина</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="183"/>
        <source>A peer merged %1 into %2, who is less protected.</source>
        <translation>Довірений контакт об’єднав запис (%1) із записом «%2», який захищений слабше.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="196"/>
        <source>Merge</source>
        <translation>Об’єднання</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="220"/>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="235"/>
        <source>Keep them apart</source>
        <translation>Залишити окремо</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="237"/>
        <source>Accept the merge</source>
        <translation>Прийняти об’єднання</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="259"/>
        <source>Done. The chosen value is now in use.</source>
        <translation>Готово. Обране значення тепер чинне.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="263"/>
        <source>Merged, as the peer did.</source>
        <translation>Об’єднано, як у довіреного контакту.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="265"/>
        <source>Kept apart, here and on every laptop this change reaches.</source>
        <translation>Залишено окремо — тут і на кожному ноутбуці, куди дійде ця зміна.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="53"/>
        <source>Create a vault</source>
        <translation>Створення сховища</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="70"/>
        <source>Welcome. Let us create your vault.</source>
        <translation>Вітаємо. Створімо ваше сховище.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="74"/>
        <source>Everything you keep here is encrypted on this computer. Choose a passphrase only you know: without it, nobody can open the vault, including you.</source>
        <translation>Усе, що ви тут зберігаєте, зашифровано на цьому комп&apos;ютері. Оберіть парольну фразу, яку знаєте лише ви: без неї ніхто не відкриє сховище, навіть ви.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="85"/>
        <source>e.g. Cologne chapter</source>
        <translation>напр. Осередок Кельн</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="108"/>
        <source>Create vault</source>
        <translation>Створити сховище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="118"/>
        <source>Your name or your chapter&apos;s name, as others will see it</source>
        <translation>Ваше ім&apos;я або назва осередку, як її побачать інші</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="123"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="126"/>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="135"/>
        <source>Restore from a backup…</source>
        <translation>Відновити з резервної копії…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="179"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="184"/>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>Парольна фраза має містити щонайменше 10 символів.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="191"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Фрази не збігаються. Введіть їх ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="232"/>
        <source>Your recovery code</source>
        <translation>Ваш код відновлення</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="235"/>
        <source>If you forget the passphrase, this code is the only way back in. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once; do not photograph it or save it in a file.</source>
        <translation>Якщо ви забудете парольну фразу, лише цей код дозволить увійти. Запишіть його на папері зараз і зберігайте в надійному місці, окремо від комп&apos;ютера. Його показано лише один раз; не фотографуйте його і не зберігайте у файл.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="254"/>
        <source>I have written it down</source>
        <translation>Я записав(ла) код</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="258"/>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="23"/>
        <source>Preparing the demo with sample data…</source>
        <translation>Готуємо демо з прикладовими даними…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="34"/>
        <source>Demo passphrase: %1</source>
        <translation>Парольна фраза демо: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="46"/>
        <source>The demo could not start</source>
        <translation>Не вдалося запустити демо</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="72"/>
        <source>Edit</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="75"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="161"/>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="164"/>
        <source>Copies it for 30 seconds, hidden from clipboard history.</source>
        <translation>Копіює на 30 секунд, без запису в історію буфера обміну.</translation>
    </message>
</context>
<context>
    <name>DoorCounts</name>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="32"/>
        <source>registered</source>
        <translation>зареєстровані</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="35"/>
        <source>checked in</source>
        <translation>відмічені</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="37"/>
        <source>walk-ins</source>
        <translation>без реєстрації</translation>
    </message>
</context>
<context>
    <name>DoorLeave</name>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="18"/>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="37"/>
        <source>Leave door mode</source>
        <translation>Вийти з режиму входу</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="21"/>
        <source>The rest of the vault opens again with the vault&apos;s passphrase. Volunteers at the door without it stay here.</source>
        <translation>Решта сховища відкриється лише з паролем сховища. Волонтери на вході без нього залишаються тут.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="32"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="41"/>
        <source>Stay at the door (Esc)</source>
        <translation>Залишитися на вході (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="68"/>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="74"/>
        <source>That is not the passphrase. You are still in door mode.</source>
        <translation>Це не пароль. Режим входу залишається ввімкненим.</translation>
    </message>
</context>
<context>
    <name>DoorList</name>
    <message>
        <location filename="../../src/pslapp/gui/door/results_list.py" line="42"/>
        <source>✓ arrived %1</source>
        <translation>✓ на місці %1</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="59"/>
        <source>pslapp: door</source>
        <translation>pslapp: вхід</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="86"/>
        <source>Leave door mode…</source>
        <translation>Вийти з режиму входу…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="21"/>
        <source>Type a name: any script, any part</source>
        <translation>Введіть ім&apos;я: будь-якою абеткою, будь-яку частину</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="37"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="234"/>
        <source>Check in (Enter)</source>
        <translation>Відмітити (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="42"/>
        <source>Status, role… (F2)</source>
        <translation>Статус, роль… (F2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="46"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Скасувати останню відмітку (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="50"/>
        <source>Walk-in (Ctrl+W)</source>
        <translation>Без реєстрації (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="189"/>
        <source>The list could not be loaded. Leave door mode and open it again.</source>
        <translation>Не вдалося завантажити список. Вийдіть із режиму входу й відкрийте його знову.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="199"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="200"/>
        <source>Loading the list…</source>
        <translation>Завантаження списку…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="211"/>
        <source>…and %1 more. Type more of the name to narrow the list.</source>
        <translation>…і ще %1. Введіть більше літер, щоб звузити список.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="265"/>
        <source>Nobody on the list by that name. Ctrl+W adds them as a walk-in.</source>
        <translation>У списку немає такого імені. Ctrl+W додасть людину без реєстрації.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="16"/>
        <source>%1 is checked in already (%2).</source>
        <translation>%1 вже відмічено (%2).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="25"/>
        <source>The registration of %1 was cancelled. Ctrl+Enter checks them in anyway.</source>
        <translation>Реєстрацію %1 скасовано. Ctrl+Enter все одно позначить прихід.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="30"/>
        <source>%1 is marked as not having come (no-show). Ctrl+Enter checks them in anyway.</source>
        <translation>%1: позначено як неявку. Ctrl+Enter все одно позначить прихід.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="38"/>
        <source>%1 is no longer on the list.</source>
        <translation>%1 більше немає у списку.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="287"/>
        <source>✓ %1 is checked in. Ctrl+Z takes it back.</source>
        <translation>✓ %1 відмічено. Ctrl+Z скасує.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="298"/>
        <source>Check in anyway (Ctrl+Enter)</source>
        <translation>Все одно позначити (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="340"/>
        <source>Check-in of %1 taken back.</source>
        <translation>Відмітку %1 скасовано.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="377"/>
        <source>✓ %1 added as a walk-in and checked in.</source>
        <translation>✓ %1 додано без реєстрації та відмічено.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="55"/>
        <source>People entered twice</source>
        <translation>Люди, внесені двічі</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="62"/>
        <source>People who may have been entered twice, most certain first. “Merge…” shows both records side by side; “Not now” hides a pair until the vault is locked.</source>
        <translation>Люди, яких, можливо, внесено двічі; найімовірніші — першими. «Об’єднати…» показує обидва записи поруч; «Не зараз» приховує пару до блокування сховища.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="77"/>
        <source>Merge…</source>
        <translation>Об’єднати…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="81"/>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="91"/>
        <source>Merges made here</source>
        <translation>Об’єднання, зроблені тут</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="97"/>
        <source>None yet.</source>
        <translation>Поки немає.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="101"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="104"/>
        <source>The merged person comes back with what was theirs</source>
        <translation>Об’єднаний запис повернеться з усім, що до нього належало</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="167"/>
        <source>Looking for people entered twice…</source>
        <translation>Шукаємо людей, внесених двічі…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="204"/>
        <source>The people could not be compared: %1</source>
        <translation>Не вдалося порівняти людей: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="214"/>
        <source>%n pair(s) to look at.</source>
        <translation>
            <numerusform>%n пара для перевірки.</numerusform>
            <numerusform>%n пари для перевірки.</numerusform>
            <numerusform>%n пар для перевірки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="219"/>
        <source>Nobody seems to be entered twice. Nothing to merge.</source>
        <translation>Схоже, нікого не внесено двічі. Об’єднувати нічого.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="14"/>
        <source>same email address</source>
        <translation>та сама адреса ел. пошти</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="16"/>
        <source>same phone number</source>
        <translation>той самий номер телефону</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="17"/>
        <source>names alike: %1</source>
        <translation>схожі імена: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="27"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="32"/>
        <source>%1 merged into %2, %3</source>
        <translation>Запис «%1» об’єднано з «%2», %3</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="26"/>
        <source>Person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="27"/>
        <source>Perhaps the same as</source>
        <translation>Можливо, та сама особа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="28"/>
        <source>Confidence</source>
        <translation>Упевненість</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="29"/>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
</context>
<context>
    <name>EventStats</name>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="28"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="35"/>
        <source>others %1</source>
        <translation>інші %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="55"/>
        <source>Status: %1 (walk-ins %2)</source>
        <translation>Статус: %1 (без реєстрації %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="58"/>
        <source>Chapters: %1</source>
        <translation>Осередки: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="61"/>
        <source>Countries of origin: %1</source>
        <translation>Країни походження: %1</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="99"/>
        <source>Add attendee…</source>
        <translation>Додати учасника…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="102"/>
        <source>Check in / undo</source>
        <translation>Позначити прихід / скасувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="105"/>
        <source>Status, role…</source>
        <translation>Статус, роль…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="108"/>
        <source>Status, role, or remove from this event (Enter on the row)</source>
        <translation>Статус, роль або вилучення зі списку заходу (Enter на рядку)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="113"/>
        <source>Open door mode</source>
        <translation>Режим входу</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="117"/>
        <source>A full-screen check-in for volunteers at the door: this event&apos;s names only.</source>
        <translation>Повноекранна відмітка для волонтерів на вході: лише імена цієї події.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="124"/>
        <source>Import registration list…</source>
        <translation>Імпорт списку реєстрації…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="128"/>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="131"/>
        <source>Attendee list or name badges as PDF</source>
        <translation>Список учасників або бейджі в PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="170"/>
        <source>Nobody is registered yet. Add the first attendee.</source>
        <translation>Ще ніхто не записався. Додайте першого учасника.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="176"/>
        <source>Attendees: %1 registered, %2 checked in</source>
        <translation>Учасники: записано %1, прийшло %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="262"/>
        <source>No events yet.
Press Ctrl+N to plan one.</source>
        <translation>Заходів ще немає.
Натисніть Ctrl+N, щоб запланувати.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="299"/>
        <location filename="../../src/pslapp/gui/views/events.py" line="306"/>
        <source>Delete event</source>
        <translation>Видалити захід</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/events.py" line="300"/>
        <source>Delete “%1” and its list of %n attendee(s)? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Видалити «%1» і список з %n учасника? Ctrl+Z поверне все назад.</numerusform>
            <numerusform>Видалити «%1» і список з %n учасників? Ctrl+Z поверне все назад.</numerusform>
            <numerusform>Видалити «%1» і список з %n учасників? Ctrl+Z поверне все назад.</numerusform>
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
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="12"/>
        <source>Alias</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="13"/>
        <source>Legal name</source>
        <translation>Ім&apos;я за документами</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="14"/>
        <source>Pronouns</source>
        <translation>Займенники</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="15"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="16"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="17"/>
        <source>Country of origin</source>
        <translation>Країна походження</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="18"/>
        <source>Chapter</source>
        <translation>Осередок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="19"/>
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="20"/>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="21"/>
        <source>Contact channels</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="22"/>
        <source>Agrees to be contacted</source>
        <translation>Згода на зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="23"/>
        <source>Consent given on</source>
        <translation>Дата згоди</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="24"/>
        <source>Consent recorded how</source>
        <translation>Як отримано згоду</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="25"/>
        <source>Sensitivity</source>
        <translation>Чутливість</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="26"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="27"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="29"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="30"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="31"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="32"/>
        <source>Relationship</source>
        <translation>Стосунки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="33"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="34"/>
        <source>Founded on</source>
        <translation>Дата заснування</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="35"/>
        <source>Coalition</source>
        <translation>Коаліція</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="36"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="37"/>
        <source>Person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="38"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="39"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="40"/>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="41"/>
        <source>Ends</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="42"/>
        <source>Venue</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="43"/>
        <source>Organising chapters</source>
        <translation>Осередки-організатори</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="44"/>
        <source>Organising organisations</source>
        <translation>Організації-організатори</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="45"/>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="46"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="47"/>
        <source>Delegate of</source>
        <translation>Делегат від</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="48"/>
        <source>Checked in at</source>
        <translation>Час реєстрації</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="49"/>
        <source>Walk-in</source>
        <translation>Без запису</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="50"/>
        <source>Agrees to follow-up</source>
        <translation>Згода на подальший зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="51"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="52"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="53"/>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="40"/>
        <source>e.g. #3366cc</source>
        <translation>напр. #3366cc</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="41"/>
        <source>separate with commas</source>
        <translation>через кому</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="158"/>
        <source>Add a contact channel</source>
        <translation>Додати контакт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="177"/>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="74"/>
        <source>e.g. %1</source>
        <translation>напр. %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="91"/>
        <location filename="../../src/pslapp/gui/forms/date_editor.py" line="92"/>
        <source>Pick a date</source>
        <translation>Вибрати дату</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <location filename="../../src/pslapp/gui/fingerprint_panel.py" line="42"/>
        <source>Read the digits aloud with them, or let them scan the code. Every group must match.</source>
        <translation>Прочитайте цифри вголос разом або дайте відсканувати код. Кожна група має збігтися.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="123"/>
        <source>Person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="123"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="125"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="126"/>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="129"/>
        <source>Coalition</source>
        <translation>Коаліція</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="130"/>
        <source>Coalitions</source>
        <translation>Коаліції</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapter</source>
        <translation>Осередок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapters</source>
        <translation>Осередки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="136"/>
        <source>Coalition membership</source>
        <translation>Членство в коаліції</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="137"/>
        <source>Coalition memberships</source>
        <translation>Членство в коаліціях</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="140"/>
        <source>Attendance</source>
        <translation>Участь у заході</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="141"/>
        <source>Attendances</source>
        <translation>Участь у заходах</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Link</source>
        <translation>Зв’язок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Links</source>
        <translation>Зв’язки</translation>
    </message>
</context>
<context>
    <name>KindCount</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="177"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="179"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n організація</numerusform>
            <numerusform>%n організації</numerusform>
            <numerusform>%n організацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="181"/>
        <source>%n coalition(s)</source>
        <translation>
            <numerusform>%n коаліція</numerusform>
            <numerusform>%n коаліції</numerusform>
            <numerusform>%n коаліцій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="183"/>
        <source>%n coalition membership(s)</source>
        <translation>
            <numerusform>%n членство в коаліції</numerusform>
            <numerusform>%n членства в коаліціях</numerusform>
            <numerusform>%n членств у коаліціях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="185"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n осередок</numerusform>
            <numerusform>%n осередки</numerusform>
            <numerusform>%n осередків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="187"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n захід</numerusform>
            <numerusform>%n заходи</numerusform>
            <numerusform>%n заходів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="189"/>
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n запис про участь</numerusform>
            <numerusform>%n записи про участь</numerusform>
            <numerusform>%n записів про участь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="191"/>
        <source>%n link(s) between records</source>
        <translation>
            <numerusform>%n зв’язок між записами</numerusform>
            <numerusform>%n зв’язки між записами</numerusform>
            <numerusform>%n зв’язків між записами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="192"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n мітка</numerusform>
            <numerusform>%n мітки</numerusform>
            <numerusform>%n міток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxSync</name>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="128"/>
        <source>The mailbox round failed: %1</source>
        <translation>Обмін через теку не вдався: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="139"/>
        <source>Mailbox: %1 applied, %2 waiting for your review, %3 sent.</source>
        <translation>Тека обміну: застосовано %1, чекають вашої перевірки %2, надіслано %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="61"/>
        <source>pslapp (demo)</source>
        <translation>pslapp (демо)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="102"/>
        <source>Search names, cities, skills…</source>
        <translation>Пошук за іменами, містами, навичками…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="111"/>
        <source>New</source>
        <translation>Створити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="115"/>
        <source>Add a record here (Ctrl+N)</source>
        <translation>Додати запис (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="118"/>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="121"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокувати сховище зараз (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="129"/>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="133"/>
        <source>DEMO: sample data, deleted on exit</source>
        <translation>ДЕМО: прикладові дані, видаляються при виході</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="152"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Скасувати (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="188"/>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="194"/>
        <source>Wipe the vault and quit…</source>
        <translation>Знищити сховище й вийти…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="200"/>
        <source>Back up the vault…</source>
        <translation>Резервна копія сховища…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="203"/>
        <source>Change passphrase…</source>
        <translation>Змінити парольну фразу…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="206"/>
        <source>Sync the mailbox now</source>
        <translation>Синхронізувати теку обміну зараз</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="212"/>
        <source>Keyboard shortcuts…</source>
        <translation>Комбінації клавіш…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="229"/>
        <source>More actions</source>
        <translation>Інші дії</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="325"/>
        <source>No mailbox folder yet: choose one in ⋯ → Settings… (a folder Syncthing or the like shares with your peers).</source>
        <translation>Теку обміну ще не вибрано: виберіть її в ⋯ → Налаштування… (тека, яку Syncthing чи подібна програма ділить із вашими партнерами).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="39"/>
        <source>Deleted. You can undo this.</source>
        <translation>Видалено. Це можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="53"/>
        <source>Brought back.</source>
        <translation>Відновлено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="88"/>
        <source>Merged. You can undo this.</source>
        <translation>Об’єднано. Це можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="111"/>
        <source>Merge undone: both records are back.</source>
        <translation>Об’єднання скасовано: обидва записи знову на місці.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="61"/>
        <source>Merge two records</source>
        <translation>Об’єднати два записи</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="68"/>
        <source>One person entered twice becomes one record. Where the two differ, choose the value to keep; lists and notes are joined, the stricter sensitivity stays, and the other spelling of the name goes to the alias.</source>
        <translation>Людина, внесена двічі, стає одним записом. Де записи різняться, оберіть, що залишити; списки й нотатки об’єднуються, лишається суворіша чутливість, а інше написання імені потрапляє до псевдоніма.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="78"/>
        <source>Keep the other record</source>
        <translation>Залишити інший запис</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="82"/>
        <source>Swap which record is kept</source>
        <translation>Поміняти, який запис лишається</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="102"/>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="134"/>
        <source>Kept: %1</source>
        <translation>Лишається: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="135"/>
        <source>Merged into it: %1</source>
        <translation>Приєднується: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="138"/>
        <source>After the merge</source>
        <translation>Після об’єднання</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="192"/>
        <source>Ctrl+Z undoes the merge.</source>
        <translation>Ctrl+Z скасовує об’єднання.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="194"/>
        <source>%1 has no attendances, links or memberships to move.</source>
        <translation>У запису «%1» немає участей, зв’язків чи членств для перенесення.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="199"/>
        <source>%1 will move to %2.</source>
        <translation>До запису «%2» перейдуть: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="229"/>
        <source>Nothing was merged: %1</source>
        <translation>Нічого не об’єднано: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="25"/>
        <source>No organisations yet.
Press Ctrl+N to add a partner organisation.</source>
        <translation>Організацій ще немає.
Натисніть Ctrl+N, щоб додати організацію-партнера.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="32"/>
        <source>People linked to it: %1</source>
        <translation>Пов&apos;язані люди: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="33"/>
        <source>Nobody is linked to this organisation yet.</source>
        <translation>З цією організацією поки ніхто не пов&apos;язаний.</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="19"/>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="22"/>
        <source>My identity card</source>
        <translation>Моя картка</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="25"/>
        <source>Give the card file to the coordinators you exchange bundles with, then read these digits together in person so they can mark you as verified. The card holds no secret.</source>
        <translation>Передайте файл картки координаторам, з якими обмінюєтеся пакетами, потім прочитайте ці цифри разом при особистій зустрічі, щоб вони позначили вас як перевірений контакт. Картка не містить секретів.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="39"/>
        <source>Save card to a file…</source>
        <translation>Зберегти картку у файл…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="44"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="63"/>
        <source>Save my identity card</source>
        <translation>Зберегти мою картку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="64"/>
        <source>Identity cards (*.pslid)</source>
        <translation>Картки (*.pslid)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="75"/>
        <source>The card could not be saved: %1</source>
        <translation>Не вдалося зберегти картку: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="81"/>
        <source>Saved. Give this file to your peers.</source>
        <translation>Збережено. Передайте цей файл своїм контактам.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="30"/>
        <source>Wipe the vault</source>
        <translation>Знищити сховище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="31"/>
        <source>Destroy this vault for good and quit? Everything not sent to a peer or kept in a backup is lost. This cannot be undone.</source>
        <translation>Знищити це сховище назавжди й вийти? Усе, що не надіслано довіреним людям і не збережено в резервній копії, буде втрачено. Скасувати це неможливо.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="36"/>
        <source>Wipe and quit</source>
        <translation>Знищити й вийти</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="47"/>
        <source>The wipe did not finish</source>
        <translation>Знищення не завершено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="48"/>
        <source>The keys are destroyed, but some files could not be removed: %1</source>
        <translation>Ключі знищено, але деякі файли видалити не вдалося: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="43"/>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="71"/>
        <source>Change passphrase</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="54"/>
        <source>Also re-encrypt under a new key</source>
        <translation>Також перешифрувати новим ключем</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="58"/>
        <source>When an old passphrase or recovery code may be known. You get a new recovery code; the old one stops working.</source>
        <translation>Якщо стара парольна фраза чи код відновлення могли стати відомими. Ви отримаєте новий код відновлення; старий перестане діяти.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="83"/>
        <source>Current passphrase</source>
        <translation>Поточна парольна фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="84"/>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="86"/>
        <source>New passphrase again</source>
        <translation>Нова парольна фраза ще раз</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="110"/>
        <source>The two new passphrases differ.</source>
        <translation>Нові парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="141"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Поточна парольна фраза неправильна. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="145"/>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>Не вдалося змінити парольну фразу. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>PassphraseGate</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="28"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="36"/>
        <source>Type the vault&apos;s passphrase to continue.</source>
        <translation>Введіть парольну фразу сховища, щоб продовжити.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="47"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="49"/>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="71"/>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="90"/>
        <source>That passphrase does not open this vault. Nothing was done.</source>
        <translation>Ця парольна фраза не відкриває сховище. Нічого не зроблено.</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="35"/>
        <source>Too short. Use at least 10 characters; four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Закоротко. Потрібно щонайменше 10 символів; чотири-п&apos;ять не пов&apos;язаних між собою слів легко запам&apos;ятати й важко вгадати.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="42"/>
        <source>Weak. Add another word or two.</source>
        <translation>Слабка. Додайте ще одне-два слова.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="44"/>
        <source>Good. One more word makes it strong.</source>
        <translation>Добра. Ще одне слово зробить її надійною.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="47"/>
        <source>Strong.</source>
        <translation>Надійна.</translation>
    </message>
</context>
<context>
    <name>PdfSheets</name>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="73"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="74"/>
        <source>Chapter / organisation</source>
        <translation>Осередок / організація</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="75"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="76"/>
        <source>Arrived</source>
        <translation>Прихід</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="96"/>
        <source>%1 people</source>
        <translation>осіб: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="123"/>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="151"/>
        <source>(walk-in)</source>
        <translation>(без реєстр.)</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="32"/>
        <source>revoked</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="34"/>
        <source>verified</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="36"/>
        <source>not verified yet</source>
        <translation>ще не перевірено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="56"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="57"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="71"/>
        <source>Add peer from card…</source>
        <translation>Додати з картки…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="74"/>
        <source>My identity card…</source>
        <translation>Моя картка…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="82"/>
        <source>No peers yet.
Ask a trusted coordinator for their identity card (.pslid) and add it here; give them yours.</source>
        <translation>Довірених контактів поки немає.
Попросіть у координатора, якому довіряєте, його картку (.pslid) і додайте її тут; дайте йому свою.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="106"/>
        <source>Mark as verified…</source>
        <translation>Позначити як перевірений…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="111"/>
        <source>Revoke…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="116"/>
        <source>Apply their bundles from the mailbox folder without a review</source>
        <translation>Застосовувати їхні пакети з теки обміну без перевірки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="138"/>
        <source>Choose a peer to see their fingerprint.</source>
        <translation>Виберіть контакт, щоб побачити його відбиток.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="205"/>
        <source>Revoked: their bundles are refused, also when someone relays them.</source>
        <translation>Відкликано: його пакети відхиляються, навіть якщо їх пересилає хтось інший.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="209"/>
        <source>Verified: you compared these digits with them in person.</source>
        <translation>Перевірено: ви звірили ці цифри особисто.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="213"/>
        <source>Not verified yet. Meet them (or call on a channel you trust), compare every group of digits below, then mark them as verified.</source>
        <translation>Ще не перевірено. Зустріньтеся (або зателефонуйте каналом, якому довіряєте), звірте кожну групу цифр нижче й позначте контакт як перевірений.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="237"/>
        <source>Bundles from %1 in the mailbox are applied without a review.</source>
        <translation>Пакети від %1 у теці обміну застосовуються без перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="241"/>
        <source>Bundles from %1 in the mailbox wait for your review.</source>
        <translation>Пакети від %1 у теці обміну чекають вашої перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="252"/>
        <source>A peer, once verified, can send you changes and receive your vault&apos;s records. Only the vault&apos;s owner may add one.</source>
        <translation>Перевірений контакт може надсилати вам зміни й отримувати записи вашого сховища. Додавати контакти може лише власник сховища.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="261"/>
        <source>Add peer from card</source>
        <translation>Додати з картки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="262"/>
        <source>Identity cards (*.pslid);;All files (*)</source>
        <translation>Картки (*.pslid);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="270"/>
        <source>This card cannot be added: %1</source>
        <translation>Цю картку не можна додати: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="279"/>
        <source>Added %1. Another peer has the same name: they are told apart by their fingerprints. Compare this one with them in person before you trust it.</source>
        <translation>%1 додано. Інший контакт має те саме ім’я: їх розрізняють за відбитками ключів. Звірте цей відбиток із людиною особисто, перш ніж довіряти йому.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="287"/>
        <source>Added %1. Compare the fingerprint with them before you trust it.</source>
        <translation>Додано: %1. Перш ніж довіряти, звірте відбиток із цією людиною.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="298"/>
        <source>Mark as verified</source>
        <translation>Позначити як перевірений</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="299"/>
        <source>Only continue if you read all 12 groups of digits with %1 in person (or on a call you trust) and every group matched.</source>
        <translation>Продовжуйте, лише якщо ви разом із %1 особисто (або під час дзвінка, якому довіряєте) прочитали всі 12 груп цифр і кожна група збіглася.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="304"/>
        <source>I compared these digits with them in person</source>
        <translation>Я звірив(ла) ці цифри з ним/нею особисто</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="310"/>
        <source>A verified peer can receive everything you choose to send them.</source>
        <translation>Перевірений контакт може отримати все, що ви вирішите йому надіслати.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="324"/>
        <source>Revoke</source>
        <translation>Відкликати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="325"/>
        <source>From now on, bundles from %1 are refused, and so are their changes when someone else passes them on. What they sent before stays. This cannot be undone: to trust them again, they need a new identity.</source>
        <translation>Відтепер пакети від %1 відхилятимуться, як і його зміни, передані через інших. Надіслане раніше залишиться. Скасувати це не можна: щоб знову довіряти, йому знадобиться нова картка.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="331"/>
        <source>Revoke %1</source>
        <translation>Відкликати: %1</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="28"/>
        <source>No people yet.
Press Ctrl+N to add the first person.</source>
        <translation>Людей ще немає.
Натисніть Ctrl+N, щоб додати першу людину.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="34"/>
        <source>Events: %1</source>
        <translation>Заходи: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="35"/>
        <source>Not registered for any event yet.</source>
        <translation>Поки немає реєстрацій на заходи.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="41"/>
        <source>Find duplicates…</source>
        <translation>Знайти дублікати…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="45"/>
        <source>People who may have been entered twice, to merge (Ctrl+Shift+D)</source>
        <translation>Люди, яких, можливо, внесено двічі, — щоб об’єднати (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="38"/>
        <source>Print attendees</source>
        <translation>Друк учасників</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="44"/>
        <source>Attendee list, to tick people off (A4)</source>
        <translation>Список учасників для відміток (A4)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="49"/>
        <source>Name badges, 8 per A4 page</source>
        <translation>Бейджі, 8 на сторінці A4</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="53"/>
        <source>Check-in list as CSV, for a spreadsheet (status, role, arrival)</source>
        <translation>Список приходу в CSV, для таблиці (статус, роль, час приходу)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="60"/>
        <source>A QR code on each badge (an attendance number only, no name)</source>
        <translation>QR-код на кожному бейджі (лише номер участі, без імені)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="68"/>
        <source>Only people who have arrived</source>
        <translation>Лише ті, хто прийшов</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="72"/>
        <source>Include people marked restricted</source>
        <translation>Включити людей з позначкою «обмежено»</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="76"/>
        <source>Paper leaves no trace you can wipe: print only what the day needs, and collect the lists afterwards.</source>
        <translation>Папір не можна стерти: друкуйте лише потрібне на цей день і зберіть списки після.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="92"/>
        <location filename="../../src/pslapp/gui/event_print.py" line="126"/>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="97"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="124"/>
        <source>Save CSV…</source>
        <translation>Зберегти CSV…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="132"/>
        <source>This CSV will include restricted people and fields (legal names, phone numbers).</source>
        <translation>До цього CSV потраплять закриті люди й поля (паспортні імена, телефони).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="136"/>
        <source>This PDF will include restricted people and fields (legal names, phone numbers).</source>
        <translation>До цього PDF потраплять закриті люди й поля (паспортні імена, телефони).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="150"/>
        <source>Save CSV</source>
        <translation>Зберегти CSV</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="160"/>
        <source>Save PDF</source>
        <translation>Зберегти PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="198"/>
        <source>Writing the list…</source>
        <translation>Запис списку…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="200"/>
        <source>Drawing the PDF…</source>
        <translation>Створення PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="216"/>
        <source>Saved %1 people to %2.</source>
        <translation>Збережено осіб: %1, у %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="221"/>
        <source>%1 restricted people were left out.</source>
        <translation>Людей з обмеженням не включено: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="235"/>
        <source>The PDF could not be saved there (%1).</source>
        <translation>Не вдалося зберегти PDF туди (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="241"/>
        <source>The PDF could not be drawn.</source>
        <translation>Не вдалося створити PDF.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="43"/>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="46"/>
        <source>%1: %2 “%3”</source>
        <translation>%1: %2 «%3»</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="54"/>
        <source>conflict in %1</source>
        <translation>конфлікт: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="62"/>
        <source>%1 new</source>
        <translation>нових: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="63"/>
        <source>%1 changed</source>
        <translation>змінено: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="64"/>
        <source>%1 deleted</source>
        <translation>видалено: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="66"/>
        <source>%1 conflicts to review</source>
        <translation>конфліктів для перевірки: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="69"/>
        <source>%1 already up to date</source>
        <translation>вже актуальні: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="73"/>
        <source>no changes</source>
        <translation>без змін</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="82"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="88"/>
        <source>Receive bundle</source>
        <translation>Прийняти пакет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="108"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="139"/>
        <source>Checking the bundle…</source>
        <translation>Перевірка пакета…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="159"/>
        <source>From %1, a verified peer. The signature is valid.</source>
        <translation>Від: %1, перевірений контакт. Підпис дійсний.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="166"/>
        <source>You have received this bundle before. Nothing to do.</source>
        <translation>Цей пакет уже було прийнято раніше. Нічого робити не треба.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="170"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="224"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="253"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="173"/>
        <source>The bundle is genuine. Review what it would change:</source>
        <translation>Пакет справжній. Перегляньте, що він змінить:</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="183"/>
        <source>… and %1 more</source>
        <translation>… і ще %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="193"/>
        <source>Some changes were written by people who are not your peers, passed on by this sender: %1. Their signatures are valid, but you have not verified who they are.</source>
        <translation>Частину змін написали люди, яких немає серед ваших контактів; їх передав цей відправник: %1. Їхні підписи дійсні, але ви не перевіряли, хто вони.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="207"/>
        <source>This bundle cannot be received.</source>
        <translation>Цей пакет не можна прийняти.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="212"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Скасовано. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="218"/>
        <source>Something went wrong reading it. Nothing was changed.</source>
        <translation>Під час читання щось пішло не так. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="233"/>
        <source>Applying…</source>
        <translation>Застосування…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="244"/>
        <source>Applied.</source>
        <translation>Застосовано.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="248"/>
        <source>Some fields were changed on both sides: review them under Conflicts.</source>
        <translation>Деякі поля змінено з обох боків: перегляньте їх у розділі «Конфлікти».</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="22"/>
        <source>This field is required.</source>
        <translation>Це поле обов&apos;язкове.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="24"/>
        <source>Use a colour like #3366cc.</source>
        <translation>Вкажіть колір у вигляді #3366cc.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="26"/>
        <source>Use a date like 2026-05-01.</source>
        <translation>Вкажіть дату у вигляді 2026-05-01.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="28"/>
        <source>Use a date like 2026-05-01 or a time like 2026-05-01 18:30.</source>
        <translation>Вкажіть дату (2026-05-01) або час (2026-05-01 18:30).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="32"/>
        <source>This does not look like an email address.</source>
        <translation>Це не схоже на адресу ел. пошти.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="34"/>
        <source>This does not look like a phone number.</source>
        <translation>Це не схоже на номер телефону.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="36"/>
        <source>This is too long.</source>
        <translation>Задовго.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="38"/>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» — ні «так», ні «ні».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="44"/>
        <source>%1 cells where the header has %2.</source>
        <translation>Клітинок: %1, а в заголовку: %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="58"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="62"/>
        <source>Restricted: stays on this laptop unless you choose to send it.</source>
        <translation>Обмежене поле: залишається на цьому ноутбуці, якщо ви самі не вирішите його надіслати.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="126"/>
        <source>Edit: %1</source>
        <translation>Змінити: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="128"/>
        <source>New: %1</source>
        <translation>Новий запис: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="166"/>
        <source>Discard changes?</source>
        <translation>Скасувати зміни?</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="167"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Введене в цю форму не збережено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="170"/>
        <source>Discard</source>
        <translation>Скасувати зміни</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="96"/>
        <source>Select a row to see the details.</source>
        <translation>Оберіть рядок, щоб побачити подробиці.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="196"/>
        <source>Nothing matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>За запитом «%1» нічого не знайдено. Перевірте написання або введіть менше літер.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="263"/>
        <source>%1 added.</source>
        <translation>Додано: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="286"/>
        <source>Changes saved.</source>
        <translation>Зміни збережено.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="35"/>
        <source>Choose: %1</source>
        <translation>Вибір: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="42"/>
        <source>Type part of a name</source>
        <translation>Введіть частину імені</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="48"/>
        <source>Press Enter to choose the highlighted one.</source>
        <translation>Натисніть Enter, щоб обрати виділене.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/record_table.py" line="328"/>
        <source>%1 (sorting…)</source>
        <translation>%1 (сортування…)</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="34"/>
        <source>Checking every row</source>
        <translation>Перевірка кожного рядка</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="40"/>
        <source>Skip the bad rows and import the rest</source>
        <translation>Пропустити помилкові рядки й імпортувати решту</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="60"/>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="71"/>
        <source>%1 rows are good, %2 are not. Fix the file and choose it again, or skip the bad rows.</source>
        <translation>Правильних рядків: %1, помилкових: %2. Виправте файл і виберіть його знову або пропустіть помилкові рядки.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="81"/>
        <source>All %1 rows are good.</source>
        <translation>Усі рядки в порядку: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="57"/>
        <source>People who may be in the vault already</source>
        <translation>Люди, які, можливо, вже є у сховищі</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="64"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="77"/>
        <source>In the file</source>
        <translation>У файлі</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="78"/>
        <source>Resembles</source>
        <translation>Схоже на</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="79"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="80"/>
        <source>Or, after the import</source>
        <translation>Або після імпорту</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="93"/>
        <source>All are new people</source>
        <translation>Усі — нові люди</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="98"/>
        <source>Same person where nearly identical</source>
        <translation>Та сама людина, де майже збігається</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="102"/>
        <source>Ticks the names that differ from someone known only by a letter or an accent</source>
        <translation>Позначає імена, що відрізняються від відомих лише однією літерою чи діакритикою</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="113"/>
        <source>All are the same person</source>
        <translation>Усі — ті самі люди</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="147"/>
        <source>Comparing the list with the people in the vault…</source>
        <translation>Порівняння списку з людьми у сховищі…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="178"/>
        <source>Comparing the list with the people in the vault: %1 of %2…</source>
        <translation>Порівняння списку з людьми у сховищі: %1 з %2…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="192"/>
        <source>New people: %1. Known by email or phone, their details merged: %2. Names that resemble someone in the vault or earlier in the file: %3.</source>
        <translation>Нових людей: %1. Відомих за email або телефоном (дані об&apos;єднано): %2. Імен, схожих на когось у сховищі або вище у файлі: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="202"/>
        <source>Tick those who are the same person; if unsure, keep two.</source>
        <translation>Позначте тих, хто — та сама людина; якщо не впевнені, залиште двох.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="227"/>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (рядок %2 цього файлу)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="231"/>
        <source>%1 (in the vault)</source>
        <translation>%1 (у сховищі)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="220"/>
        <source>%1 (line %2)</source>
        <translation>%1 (рядок %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="236"/>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="244"/>
        <source>Same person</source>
        <translation>Та сама людина</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="255"/>
        <source>Merge into %1</source>
        <translation>Об’єднати з «%1»</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="260"/>
        <source>Imported as a new person, then merged into them: the spelling from the file is kept as an alias, and the merge can be undone.</source>
        <translation>Імпортується як нова людина, а потім об’єднується з цим записом: написання з файлу зберігається як псевдонім, об’єднання можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="306"/>
        <source>The list could not be read.</source>
        <translation>Не вдалося прочитати список.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="43"/>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="101"/>
        <source>Registration list</source>
        <translation>Список реєстрації</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="45"/>
        <source>A CSV file exported from a form or a spreadsheet: UTF-8, UTF-16 or Windows-1251; commas, semicolons or tabs.</source>
        <translation>CSV-файл із форми або таблиці: UTF-8, UTF-16 або Windows-1251; коми, крапки з комою або табуляції.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="57"/>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="73"/>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="74"/>
        <source>First rows</source>
        <translation>Перші рядки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="75"/>
        <source>Goes to</source>
        <translation>Куди</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="102"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.tsv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="126"/>
        <source>Encoding %1 · delimiter %2 · %3 rows after the header</source>
        <translation>Кодування %1 · роздільник %2 · рядків після заголовка: %3</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="172"/>
        <source>No column goes to a name. Choose Full name, or Given and Family name.</source>
        <translation>Жоден стовпець не вказано як ім&apos;я. Виберіть «Повне ім&apos;я» або «Ім&apos;я» та «Прізвище».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="27"/>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="52"/>
        <source>Writing %1 people…</source>
        <translation>Запис осіб: %1…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="73"/>
        <source>Done. New people: %1, merged with people already known: %2, registered: %3.</source>
        <translation>Готово. Нових людей: %1, об&apos;єднано з уже відомими: %2, зареєстровано: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="85"/>
        <source>Merged into the person they resemble: %1 (undo in People, Find duplicates…).</source>
        <translation>Об’єднано зі схожими людьми: %1 (скасувати можна в «Люди» → «Знайти дублікати…»).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="98"/>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="18"/>
        <source>comma</source>
        <translation>кома</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="19"/>
        <source>semicolon</source>
        <translation>крапка з комою</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="20"/>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="27"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 з BOM</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="40"/>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="64"/>
        <source>(leave out)</source>
        <translation>(не імпортувати)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="41"/>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="42"/>
        <source>Given name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="43"/>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="44"/>
        <source>Alias</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="45"/>
        <source>Legal name</source>
        <translation>Офіційне ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="46"/>
        <source>Pronouns</source>
        <translation>Займенники</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="47"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="48"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="49"/>
        <source>Country of origin</source>
        <translation>Країна походження</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="52"/>
        <source>Chapter</source>
        <translation>Осередок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="53"/>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="54"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="55"/>
        <source>Phone</source>
        <translation>Телефон</translation>
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
        <translation>Згода на зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="60"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="61"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="62"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="63"/>
        <source>Role at the event</source>
        <translation>Роль на події</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/wizard.py" line="23"/>
        <source>Import registration list</source>
        <translation>Імпорт списку реєстрації</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="34"/>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="39"/>
        <source>Choose the backup file, then type the passphrase the vault had when the backup was made, or its recovery code.</source>
        <translation>Виберіть файл резервної копії та введіть парольну фразу, яку мало сховище під час створення копії, або його код відновлення.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="48"/>
        <source>Choose backup…</source>
        <translation>Вибрати копію…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="53"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="55"/>
        <source>I have the recovery code instead</source>
        <translation>Натомість у мене код відновлення</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="66"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="91"/>
        <source>Choose backup</source>
        <translation>Вибір резервної копії</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="92"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>Резервні копії pslapp (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="106"/>
        <source>Checking the backup…</source>
        <translation>Перевірка резервної копії…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="131"/>
        <source>That does not open this backup. Nothing was changed.</source>
        <translation>Це не відкриває резервну копію. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="135"/>
        <source>This file is not a pslapp backup, or it is damaged. Nothing was changed.</source>
        <translation>Цей файл не є резервною копією pslapp або пошкоджений. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="140"/>
        <source>The backup could not be restored here. Nothing was changed.</source>
        <translation>Не вдалося відновити копію сюди. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="144"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Щось пішло не так. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="77"/>
        <source>Only these chapters</source>
        <translation>Лише ці осередки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="78"/>
        <source>Only these tags</source>
        <translation>Лише ці мітки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="79"/>
        <source>Only these events</source>
        <translation>Лише ці події</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="85"/>
        <source>Tick nothing in a list to send all of it.</source>
        <translation>Нічого не позначено — надсилається все.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="90"/>
        <source>Only changes since the last bundle to these peers</source>
        <translation>Лише зміни від останнього пакета цим контактам</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="97"/>
        <source>Everything in scope (for a new peer)</source>
        <translation>Усе обране (для нового контакту)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="102"/>
        <source>Include restricted data (restricted people, legal names, phone numbers)</source>
        <translation>Включити закриті дані (закриті люди, паспортні імена, телефони)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="110"/>
        <source>Careful: restricted data can put people in danger if the file or your peer&apos;s laptop is seized. Include it only if they really need it.</source>
        <translation>Обережно: закриті дані можуть наразити людей на небезпеку, якщо файл або ноутбук отримувача вилучать. Включайте їх, лише якщо це справді потрібно.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="37"/>
        <source>Nothing to send: these peers already have every change in this scope.</source>
        <translation>Надсилати нічого: ці контакти вже мають усі зміни в обраному обсязі.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="43"/>
        <source>This bundle will carry: %1</source>
        <translation>Пакет міститиме: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="54"/>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="63"/>
        <source>Send changes</source>
        <translation>Надіслати зміни</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="90"/>
        <source>Save bundle…</source>
        <translation>Зберегти пакет…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="106"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="108"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="134"/>
        <source>revoked</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="136"/>
        <source>not verified yet: compare fingerprints under Peers first</source>
        <translation>ще не перевірено: спершу звірте відбитки в розділі «Довірені контакти»</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="164"/>
        <source>No peers yet. Add someone&apos;s identity card under Peers first.</source>
        <translation>Довірених контактів поки немає. Спершу додайте чиюсь картку в розділі «Довірені контакти».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="168"/>
        <source>Tick at least one verified peer.</source>
        <translation>Позначте хоча б один перевірений контакт.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="174"/>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="197"/>
        <source>Save the bundle</source>
        <translation>Зберегти пакет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="198"/>
        <source>Bundles (*.pslb)</source>
        <translation>Пакети (*.pslb)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="211"/>
        <location filename="../../src/pslapp/gui/safety_screenshots.py" line="25"/>
        <source>This bundle includes restricted data (restricted people, legal names, phone numbers).</source>
        <translation>Цей пакет містить закриті дані (закриті люди, паспортні імена, телефони).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="217"/>
        <source>This is the first bundle to one of these peers.</source>
        <translation>Це перший пакет для одного з цих контактів.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="228"/>
        <source>Sealing the bundle…</source>
        <translation>Пакет запечатується…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="243"/>
        <source>Saved %1 (%2 records). Pass the file on any way you like: only %3 can open it.</source>
        <translation>Збережено: %1 (записів: %2). Передайте файл будь-яким зручним способом: відкрити його зможуть лише отримувачі: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="251"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="258"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Скасовано. Нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="264"/>
        <source>Something went wrong; nothing was sent.</source>
        <translation>Щось пішло не так; нічого не надіслано.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="78"/>
        <source>The vault cannot be opened</source>
        <translation>Сховище не відкривається</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="124"/>
        <source>Other users of this computer could read the vault files; they are private again.</source>
        <translation>Інші користувачі цього комп’ютера могли читати файли сховища; тепер вони знову закриті.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="147"/>
        <source>No backup of this vault yet: ⋯ → Back up the vault…</source>
        <translation>Резервної копії цього сховища ще немає: ⋯ → Резервна копія сховища…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="150"/>
        <source>The last backup is %1 days old: ⋯ → Back up the vault…</source>
        <translation>Останній резервній копії вже %1 дн.: ⋯ → Резервна копія сховища…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="190"/>
        <source>The passphrase is changed.</source>
        <translation>Парольну фразу змінено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="208"/>
        <source>Re-encrypting the vault under a new key…</source>
        <translation>Перешифрування сховища новим ключем…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="228"/>
        <source>New recovery code</source>
        <translation>Новий код відновлення</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="229"/>
        <source>The vault is re-encrypted under a new key. The old recovery code no longer works; write this one down and keep it apart from the laptop:

%1</source>
        <translation>Сховище перешифровано новим ключем. Старий код відновлення більше не діє; запишіть цей і зберігайте окремо від ноутбука:

%1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="241"/>
        <source>The vault could not be re-encrypted</source>
        <translation>Не вдалося перешифрувати сховище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="277"/>
        <source>Mailbox folder</source>
        <translation>Тека обміну</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="278"/>
        <source>That folder cannot be used: it is missing or not writable.</source>
        <translation>Цю теку не можна використати: її немає або в неї не можна писати.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="55"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="60"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="61"/>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="67"/>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="74"/>
        <source>A new language applies the next time you start pslapp.</source>
        <translation>Нова мова застосується під час наступного запуску pslapp.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="82"/>
        <source>Lock after this long without use</source>
        <translation>Блокувати після бездіяльності</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="86"/>
        <source>Remind me to back up after</source>
        <translation>Нагадувати про резервну копію через</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="89"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="91"/>
        <source>Mailbox folder</source>
        <translation>Тека обміну</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="109"/>
        <source>A folder Syncthing (or Nextcloud, or a USB stick) shares with your peers: pslapp puts its sealed bundles there and picks up theirs by itself.</source>
        <translation>Тека, яку Syncthing (або Nextcloud, або флешка) ділить із вашими партнерами: pslapp сам кладе туди свої запечатані пакети й забирає їхні.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="115"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="118"/>
        <source>No mailbox</source>
        <translation>Без теки обміну</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="137"/>
        <source>Choose the mailbox folder</source>
        <translation>Виберіть теку обміну</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="147"/>
        <source>none: bundles go by hand</source>
        <translation>немає: пакети передаються вручну</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="23"/>
        <source>Everywhere</source>
        <translation>Скрізь</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="25"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="28"/>
        <source>Add a record to the list shown</source>
        <translation>Додати запис до відкритого списку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="30"/>
        <source>Switch lists</source>
        <translation>Перемкнути список</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="31"/>
        <source>Open the selected record</source>
        <translation>Відкрити вибраний запис</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="32"/>
        <source>Delete the selected record</source>
        <translation>Видалити вибраний запис</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="35"/>
        <source>Undo the last deletion or merge</source>
        <translation>Скасувати останнє видалення чи об’єднання</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="39"/>
        <source>Find people entered twice</source>
        <translation>Знайти людей, внесених двічі</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="41"/>
        <source>Receive a bundle</source>
        <translation>Прийняти пакет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="42"/>
        <source>Send changes</source>
        <translation>Надіслати зміни</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="43"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="44"/>
        <source>Lock the vault</source>
        <translation>Заблокувати сховище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="47"/>
        <source>Wipe the vault and quit (also in door mode)</source>
        <translation>Знищити сховище й вийти (і в режимі входу)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="51"/>
        <source>This overview</source>
        <translation>Цей огляд</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="55"/>
        <source>An event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="57"/>
        <source>Open door mode</source>
        <translation>Відкрити режим входу</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="58"/>
        <source>Import a registration list</source>
        <translation>Імпортувати список реєстрації</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="61"/>
        <source>Print or export the attendees</source>
        <translation>Надрукувати або вивантажити учасників</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="63"/>
        <source>Add an attendee</source>
        <translation>Додати учасника</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="66"/>
        <source>Status, role or removal of the selected attendee</source>
        <translation>Статус, роль або вилучення вибраного учасника зі списку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="73"/>
        <source>Door mode</source>
        <translation>Режим входу</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="77"/>
        <source>Check in the highlighted person</source>
        <translation>Позначити прихід виділеної людини</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="81"/>
        <source>Check in someone who cancelled or did not come</source>
        <translation>Позначити прихід зі скасованою реєстрацією чи неявкою</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="85"/>
        <source>Move in the list</source>
        <translation>Рухатися списком</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="86"/>
        <source>Status, role or removal</source>
        <translation>Статус, роль або вилучення зі списку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="87"/>
        <source>Take the last check-in back</source>
        <translation>Скасувати останню відмітку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="88"/>
        <source>Add a walk-in</source>
        <translation>Додати без реєстрації</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="89"/>
        <source>Clear the search field</source>
        <translation>Очистити поле пошуку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="28"/>
        <source>That passphrase does not open this vault. Nothing was changed; try again.</source>
        <translation>Ця парольна фраза не відкриває сховище. Нічого не змінено; спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="33"/>
        <source>A wipe of this vault was interrupted. Run &apos;pslapp-cli wipe&apos; to finish it.</source>
        <translation>Знищення цього сховища було перервано. Запустіть «pslapp-cli wipe», щоб його завершити.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="38"/>
        <source>A vault file is damaged: %1. Nothing was changed. Restore the vault folder from a backup, or try the recovery code.</source>
        <translation>Файл сховища пошкоджено: %1. Нічого не змінено. Відновіть теку сховища з резервної копії або спробуйте код відновлення.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="45"/>
        <source>The vault could not be opened (%1).</source>
        <translation>Не вдалося відкрити сховище (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="56"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="80"/>
        <source>Unlock</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="60"/>
        <source>Unlock your vault</source>
        <translation>Відкрийте сховище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="62"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="110"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="75"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="113"/>
        <source>Use the recovery code instead</source>
        <translation>Увійти з кодом відновлення</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="104"/>
        <source>Recovery code</source>
        <translation>Код відновлення</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="107"/>
        <source>Use the passphrase instead</source>
        <translation>Увійти з парольною фразою</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="115"/>
        <source>treasurer</source>
        <translation>скарбник</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="114"/>
        <source>spokesperson</source>
        <translation>речник</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="113"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="100"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="30"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="101"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="32"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="58"/>
        <source>normal</source>
        <translation>звичайна</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="59"/>
        <source>sensitive</source>
        <translation>чутлива</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="60"/>
        <source>restricted</source>
        <translation>обмежена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="62"/>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="63"/>
        <source>supporter</source>
        <translation>прихильник</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="64"/>
        <source>volunteer</source>
        <translation>волонтер</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="65"/>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="66"/>
        <source>press</source>
        <translation>преса</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="67"/>
        <source>lawyer</source>
        <translation>юрист</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="68"/>
        <source>organiser</source>
        <translation>організатор</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="69"/>
        <source>other</source>
        <translation>інше</translation>
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
        <translation>ел. пошта</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="74"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="75"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="77"/>
        <source>party</source>
        <translation>партія</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="78"/>
        <source>union</source>
        <translation>профспілка</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="79"/>
        <source>NGO</source>
        <translation>ГО</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="80"/>
        <source>collective</source>
        <translation>колектив</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="81"/>
        <source>initiative</source>
        <translation>ініціатива</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="82"/>
        <source>media</source>
        <translation>медіа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="83"/>
        <source>human-rights group</source>
        <translation>правозахисна група</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="84"/>
        <source>student group</source>
        <translation>студентська група</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="86"/>
        <source>ally</source>
        <translation>союзник</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="87"/>
        <source>partner</source>
        <translation>партнер</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="88"/>
        <source>observer</source>
        <translation>спостерігач</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="90"/>
        <source>local chapter</source>
        <translation>місцевий осередок</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="91"/>
        <source>working group</source>
        <translation>робоча група</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="92"/>
        <source>project</source>
        <translation>проєкт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="94"/>
        <source>demonstration</source>
        <translation>демонстрація</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="95"/>
        <source>picket</source>
        <translation>пікет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="96"/>
        <source>rally</source>
        <translation>мітинг</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="97"/>
        <source>forum</source>
        <translation>форум</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="98"/>
        <source>congress</source>
        <translation>з&apos;їзд</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="99"/>
        <source>camp</source>
        <translation>табір</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="100"/>
        <source>meeting</source>
        <translation>збори</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="101"/>
        <source>presentation</source>
        <translation>презентація</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="102"/>
        <source>strike support</source>
        <translation>підтримка страйку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="104"/>
        <source>invited</source>
        <translation>запрошено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="105"/>
        <source>registered</source>
        <translation>зареєстровано</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="106"/>
        <source>checked in</source>
        <translation>на місці</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="107"/>
        <source>no-show</source>
        <translation>не прийшли</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="108"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="109"/>
        <source>participant</source>
        <translation>учасник</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="110"/>
        <source>speaker</source>
        <translation>доповідач</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="111"/>
        <source>delegate</source>
        <translation>делегат</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="117"/>
        <source>member of</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="118"/>
        <source>contact person for</source>
        <translation>контактна особа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="119"/>
        <source>works with</source>
        <translation>співпрацює з</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="45"/>
        <source>Walk-in: someone who did not register</source>
        <translation>Без реєстрації: людина не записувалася заздалегідь</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="51"/>
        <source>Name as they want it on their badge</source>
        <translation>Ім&apos;я, як воно має бути на бейджі</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="59"/>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="69"/>
        <source>Optional</source>
        <translation>Необов&apos;язково</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="64"/>
        <source>Agrees to be contacted after the event</source>
        <translation>Погоджується на зв&apos;язок після події</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="77"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="78"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="80"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="82"/>
        <source>Add and check in (Enter)</source>
        <translation>Додати й відмітити (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="87"/>
        <source>Back to the list (Esc)</source>
        <translation>Назад до списку (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="121"/>
        <source>Write the name first.</source>
        <translation>Спершу введіть ім&apos;я.</translation>
    </message>
</context>
</TS>
