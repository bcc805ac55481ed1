<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>Убрать из списка мероприятия…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="74"/>
        <source>Remove from this event</source>
        <translation>Убрать из списка мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="75"/>
        <source>Take %1 off this event&apos;s list? Their record stays in the vault.</source>
        <translation>Убрать %1 из списка этого мероприятия? Запись о человеке останется в хранилище.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/attendee_menu.py" line="79"/>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/attendee_table.py" line="83"/>
        <source>Arrived</source>
        <translation>Приход</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="32"/>
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="36"/>
        <source>Writes the whole vault to one encrypted file, for example on a USB stick kept away from this laptop. Only this vault&apos;s passphrase or recovery code opens it. If the laptop is seized or broken, restore it on another computer.</source>
        <translation>Записывает всё хранилище в один зашифрованный файл, например на флешку, которая хранится отдельно от ноутбука. Открыть его можно только парольной фразой или кодом восстановления этого хранилища. Если ноутбук изъят или сломан, восстановите хранилище на другом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="55"/>
        <source>Choose a file and back up…</source>
        <translation>Выбрать файл и сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="76"/>
        <source>Save the backup</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="77"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>Резервные копии pslapp (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="91"/>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="108"/>
        <source>Backup written to %1. Keep it away from this laptop.</source>
        <translation>Резервная копия записана в %1. Храните её отдельно от этого ноутбука.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="125"/>
        <source>The backup could not be written; nothing was saved. (%1)</source>
        <translation>Не удалось записать резервную копию; ничего не сохранено. (%1)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/backup_dialog.py" line="131"/>
        <source>The backup could not be written; nothing was saved.</source>
        <translation>Не удалось записать резервную копию; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="45"/>
        <source>Peers</source>
        <translation>Доверенные контакты</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="46"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="47"/>
        <source>Bundle history</source>
        <translation>История пакетов</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="63"/>
        <source>Send changes…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="66"/>
        <source>Seal your changes for verified peers (Ctrl+Shift+S)</source>
        <translation>Запечатать ваши изменения для проверенных контактов (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="72"/>
        <source>Receive bundle…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="76"/>
        <source>Open a .pslb file from a peer (Ctrl+O), or drop it on this window</source>
        <translation>Открыть файл .pslb от контакта (Ctrl+O) или перетащить его в это окно</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="122"/>
        <source>Receive bundle</source>
        <translation>Принять пакет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="123"/>
        <source>Bundles (*.pslb);;All files (*)</source>
        <translation>Пакеты (*.pslb);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/window_actions.py" line="149"/>
        <source>Bundle applied.</source>
        <translation>Пакет применён.</translation>
    </message>
</context>
<context>
    <name>BundleHistoryView</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="39"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="44"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новая</numerusform>
            <numerusform>%n новые</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="45"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n изменена</numerusform>
            <numerusform>%n изменены</numerusform>
            <numerusform>%n изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="46"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n удалена</numerusform>
            <numerusform>%n удалены</numerusform>
            <numerusform>%n удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="47"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="50"/>
        <source>no changes</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="63"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="64"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="65"/>
        <source>Peer</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="66"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="78"/>
        <source>No bundles yet.
Use “Send changes…” to pass your changes to a verified peer.</source>
        <translation>Пакетов пока нет.
Чтобы передать изменения проверенному контакту, нажмите «Отправить…».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="115"/>
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n получатель</numerusform>
            <numerusform>%n получателя</numerusform>
            <numerusform>%n получателей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="122"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/bundle_history.py" line="124"/>
        <source>received</source>
        <translation>получен</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="18"/>
        <source>This bundle was not made for this vault: it cannot be opened here.</source>
        <translation>Этот пакет предназначен не для этого хранилища: здесь его не открыть.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="21"/>
        <source>This file is damaged or was altered after it was made. Nothing was changed; ask the sender for a new one.</source>
        <translation>Файл повреждён или изменён после создания. Ничего не изменено; попросите отправителя прислать новый.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="26"/>
        <source>This bundle comes from someone who is not among your peers. Add their card under Peers first.</source>
        <translation>Этот пакет от человека, которого нет среди ваших доверенных контактов. Сначала добавьте его карточку в разделе «Доверенные контакты».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="31"/>
        <source>The sender is not verified yet. Compare the fingerprint digits with them in person under Peers, then try again.</source>
        <translation>Отправитель ещё не проверен. Сверьте с ним лично цифры отпечатка в разделе «Доверенные контакты» и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="36"/>
        <source>This bundle comes from a peer you have revoked. It was refused.</source>
        <translation>Этот пакет от контакта, которого вы отозвали. Он отклонён.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="39"/>
        <source>The sender did not address this bundle to you; it may have been forwarded. It was refused.</source>
        <translation>Отправитель адресовал этот пакет не вам; возможно, его переслали. Он отклонён.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="44"/>
        <source>This file is too large to be a bundle. It was refused.</source>
        <translation>Файл слишком велик для пакета. Он отклонён.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="47"/>
        <source>This file is not a valid bundle. Nothing was changed.</source>
        <translation>Файл не является корректным пакетом. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="50"/>
        <source>You made this bundle yourself: there is nothing to receive.</source>
        <translation>Этот пакет создали вы сами: принимать нечего.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="53"/>
        <source>The file cannot be read. Check that it is still there.</source>
        <translation>Не удаётся прочитать файл. Проверьте, что он на месте.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="56"/>
        <source>This bundle was made by another version of pslapp. Nothing was changed; use the same version on both computers and ask the sender for a new one.</source>
        <translation>Этот пакет создан другой версией pslapp. Ничего не изменено; используйте одну и ту же версию на обоих компьютерах и попросите отправителя прислать новый.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="61"/>
        <source>The sender&apos;s clock is more than 5 minutes ahead of yours. Ask them to check their computer&apos;s date and time (or check yours), then send again.</source>
        <translation>Часы отправителя спешат больше чем на 5 минут относительно ваших. Попросите проверить дату и время на компьютере (или проверьте свои) и отправить снова.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="66"/>
        <source>A change in this bundle is not signed by the person it names as its author: someone altered it or wrote it in another&apos;s name. It was refused; nothing was changed. Tell the sender.</source>
        <translation>Одно из изменений в пакете не подписано тем, кто назван его автором: кто-то изменил его или записал от чужого имени. Пакет отклонён, ничего не изменено. Сообщите отправителю.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="76"/>
        <source>The bundle was refused: %1</source>
        <translation>Пакет отклонён: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="83"/>
        <source>new</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="84"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="85"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/wording.py" line="86"/>
        <source>edited on both sides</source>
        <translation>изменено с обеих сторон</translation>
    </message>
</context>
<context>
    <name>ChaptersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="25"/>
        <source>No chapters yet.
Press Ctrl+N to add your local chapter.</source>
        <translation>Отделений пока нет.
Нажмите Ctrl+N, чтобы добавить своё отделение.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="31"/>
        <source>People in this chapter: %1</source>
        <translation>Люди этого отделения: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/chapters.py" line="32"/>
        <source>Nobody has this chapter in their details yet.</source>
        <translation>Пока ни у кого не указано это отделение.</translation>
    </message>
</context>
<context>
    <name>CoalitionsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="167"/>
        <source>No role</source>
        <translation>Без роли</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="67"/>
        <source>What they are in this coalition (Enter)</source>
        <translation>Роль в этой коалиции (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="64"/>
        <source>Role…</source>
        <translation>Роль…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="50"/>
        <source>Add organisation…</source>
        <translation>Добавить организацию…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="53"/>
        <source>Add person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="57"/>
        <source>Remove from coalition</source>
        <translation>Исключить из коалиции</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="61"/>
        <source>The record itself stays (Delete)</source>
        <translation>Сама запись останется (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="104"/>
        <source>Members: %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="110"/>
        <source>No members yet. Add an organisation or a person.</source>
        <translation>Участников пока нет. Добавьте организацию или человека.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="136"/>
        <source>Already a member of this coalition.</source>
        <translation>Уже входит в эту коалицию.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/coalitions.py" line="207"/>
        <source>No coalitions yet.
Press Ctrl+N to start one, then add its members.</source>
        <translation>Коалиций пока нет.
Нажмите Ctrl+N, чтобы создать коалицию, затем добавьте участников.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../src/pslapp/gui/confirm.py" line="27"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="52"/>
        <source>Two people changed the same field without seeing each other&apos;s change. The value shown first is the one in use everywhere; take the other one if it is right.</source>
        <translation>Два человека изменили одно и то же поле, не видя изменений друг друга. Первое значение действует везде; выберите другое, если верно оно.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="66"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="67"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="68"/>
        <source>In use</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="69"/>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="70"/>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="87"/>
        <source>No conflicts to review. Everything agrees.</source>
        <translation>Конфликтов нет. Всё совпадает.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="95"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="241"/>
        <source>Keep the value in use</source>
        <translation>Оставить действующее</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="100"/>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="244"/>
        <source>Take the other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="137"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
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
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="178"/>
        <source>a protected person</source>
        <translation>защищённый человек</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="183"/>
        <source>A peer merged %1 into %2, who is less protected.</source>
        <translation>Доверенный контакт объединил запись (%1) с записью «%2», которая защищена слабее.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="196"/>
        <source>Merge</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="220"/>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="235"/>
        <source>Keep them apart</source>
        <translation>Оставить раздельно</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="237"/>
        <source>Accept the merge</source>
        <translation>Принять объединение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="259"/>
        <source>Done. The chosen value is now in use.</source>
        <translation>Готово. Выбранное значение теперь действует.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="263"/>
        <source>Merged, as the peer did.</source>
        <translation>Объединено, как у доверенного контакта.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/conflicts.py" line="265"/>
        <source>Kept apart, here and on every laptop this change reaches.</source>
        <translation>Оставлено раздельно — здесь и на каждом ноутбуке, куда дойдёт это изменение.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="53"/>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="70"/>
        <source>Welcome. Let us create your vault.</source>
        <translation>Добро пожаловать. Создадим ваше хранилище.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="74"/>
        <source>Everything you keep here is encrypted on this computer. Choose a passphrase only you know: without it, nobody can open the vault, including you.</source>
        <translation>Всё, что вы здесь храните, зашифровано на этом компьютере. Выберите парольную фразу, которую знаете только вы: без неё никто не откроет хранилище, в том числе вы сами.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="85"/>
        <source>e.g. Cologne chapter</source>
        <translation>напр. Отделение Кёльн</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="108"/>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="118"/>
        <source>Your name or your chapter&apos;s name, as others will see it</source>
        <translation>Ваше имя или название отделения, как его увидят другие</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="123"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="126"/>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="135"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="179"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="184"/>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>Парольная фраза должна содержать не менее 10 символов.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="191"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Фразы не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="232"/>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="235"/>
        <source>If you forget the passphrase, this code is the only way back in. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once; do not photograph it or save it in a file.</source>
        <translation>Если вы забудете парольную фразу, только этот код позволит войти. Запишите его на бумаге прямо сейчас и храните в надёжном месте, отдельно от компьютера. Он показывается только один раз; не фотографируйте его и не сохраняйте в файл.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="254"/>
        <source>I have written it down</source>
        <translation>Я записал(а) код</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/create_vault.py" line="258"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="23"/>
        <source>Preparing the demo with sample data…</source>
        <translation>Готовим демо с примерными данными…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="34"/>
        <source>Demo passphrase: %1</source>
        <translation>Парольная фраза демо: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/start.py" line="46"/>
        <source>The demo could not start</source>
        <translation>Не удалось запустить демо</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="72"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="75"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="161"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/detail_pane.py" line="164"/>
        <source>Copies it for 30 seconds, hidden from clipboard history.</source>
        <translation>Копирует на 30 секунд, без записи в историю буфера обмена.</translation>
    </message>
</context>
<context>
    <name>DoorCounts</name>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="32"/>
        <source>registered</source>
        <translation>зарегистрированы</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="35"/>
        <source>checked in</source>
        <translation>отмечены</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/counts_bar.py" line="37"/>
        <source>walk-ins</source>
        <translation>без регистрации</translation>
    </message>
</context>
<context>
    <name>DoorLeave</name>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="18"/>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="37"/>
        <source>Leave door mode</source>
        <translation>Выйти из режима входа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="21"/>
        <source>The rest of the vault opens again with the vault&apos;s passphrase. Volunteers at the door without it stay here.</source>
        <translation>Остальное хранилище откроется только с паролем хранилища. Волонтёры на входе без него остаются здесь.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="32"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="41"/>
        <source>Stay at the door (Esc)</source>
        <translation>Остаться на входе (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="68"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/leave_panel.py" line="74"/>
        <source>That is not the passphrase. You are still in door mode.</source>
        <translation>Это не пароль. Режим входа остаётся включённым.</translation>
    </message>
</context>
<context>
    <name>DoorList</name>
    <message>
        <location filename="../../src/pslapp/gui/door/results_list.py" line="42"/>
        <source>✓ arrived %1</source>
        <translation>✓ на месте %1</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="59"/>
        <source>pslapp: door</source>
        <translation>pslapp: вход</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="86"/>
        <source>Leave door mode…</source>
        <translation>Выйти из режима входа…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="21"/>
        <source>Type a name: any script, any part</source>
        <translation>Введите имя: любым алфавитом, любую часть</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="37"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="234"/>
        <source>Check in (Enter)</source>
        <translation>Отметить (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="42"/>
        <source>Status, role… (F2)</source>
        <translation>Статус, роль… (F2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="46"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Отменить последнюю отметку (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/check_in_page.py" line="50"/>
        <source>Walk-in (Ctrl+W)</source>
        <translation>Без регистрации (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="189"/>
        <source>The list could not be loaded. Leave door mode and open it again.</source>
        <translation>Не удалось загрузить список. Выйдите из режима входа и откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="199"/>
        <location filename="../../src/pslapp/gui/door/window.py" line="200"/>
        <source>Loading the list…</source>
        <translation>Загрузка списка…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="211"/>
        <source>…and %1 more. Type more of the name to narrow the list.</source>
        <translation>…и ещё %1. Введите больше букв, чтобы сузить список.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="265"/>
        <source>Nobody on the list by that name. Ctrl+W adds them as a walk-in.</source>
        <translation>В списке нет такого имени. Ctrl+W добавит человека без регистрации.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="16"/>
        <source>%1 is checked in already (%2).</source>
        <translation>%1 уже отмечен(а) (%2).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="25"/>
        <source>The registration of %1 was cancelled. Ctrl+Enter checks them in anyway.</source>
        <translation>Регистрация %1 отменена. Ctrl+Enter всё равно отметит приход.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="30"/>
        <source>%1 is marked as not having come (no-show). Ctrl+Enter checks them in anyway.</source>
        <translation>%1: отмечено как неявка. Ctrl+Enter всё равно отметит приход.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="38"/>
        <source>%1 is no longer on the list.</source>
        <translation>%1 больше нет в списке.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/wording.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="287"/>
        <source>✓ %1 is checked in. Ctrl+Z takes it back.</source>
        <translation>✓ %1 отмечен(а). Ctrl+Z отменит.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="298"/>
        <source>Check in anyway (Ctrl+Enter)</source>
        <translation>Всё равно отметить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="340"/>
        <source>Check-in of %1 taken back.</source>
        <translation>Отметка %1 отменена.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/window.py" line="377"/>
        <source>✓ %1 added as a walk-in and checked in.</source>
        <translation>✓ %1 добавлен(а) без регистрации и отмечен(а).</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="55"/>
        <source>People entered twice</source>
        <translation>Люди, внесённые дважды</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="62"/>
        <source>People who may have been entered twice, most certain first. “Merge…” shows both records side by side; “Not now” hides a pair until the vault is locked.</source>
        <translation>Люди, которые, возможно, внесены дважды; самые вероятные — первыми. «Объединить…» показывает обе записи рядом; «Не сейчас» скрывает пару до блокировки хранилища.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="77"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="81"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="91"/>
        <source>Merges made here</source>
        <translation>Объединения, сделанные здесь</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="97"/>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="101"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="104"/>
        <source>The merged person comes back with what was theirs</source>
        <translation>Объединённая запись вернётся со всем, что к ней относилось</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="167"/>
        <source>Looking for people entered twice…</source>
        <translation>Ищем людей, внесённых дважды…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="204"/>
        <source>The people could not be compared: %1</source>
        <translation>Не удалось сравнить людей: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="214"/>
        <source>%n pair(s) to look at.</source>
        <translation>
            <numerusform>%n пара для проверки.</numerusform>
            <numerusform>%n пары для проверки.</numerusform>
            <numerusform>%n пар для проверки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/duplicates_dialog.py" line="219"/>
        <source>Nobody seems to be entered twice. Nothing to merge.</source>
        <translation>Похоже, никто не внесён дважды. Объединять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="14"/>
        <source>same email address</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="16"/>
        <source>same phone number</source>
        <translation>тот же номер телефона</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="17"/>
        <source>names alike: %1</source>
        <translation>похожие имена: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="27"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/wording.py" line="32"/>
        <source>%1 merged into %2, %3</source>
        <translation>Запись «%1» объединена с «%2», %3</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="26"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="27"/>
        <source>Perhaps the same as</source>
        <translation>Возможно, это же лицо</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="28"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/models/pair_table.py" line="29"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>EventStats</name>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="28"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="35"/>
        <source>others %1</source>
        <translation>другие %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="55"/>
        <source>Status: %1 (walk-ins %2)</source>
        <translation>Статус: %1 (без регистрации %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="58"/>
        <source>Chapters: %1</source>
        <translation>Отделения: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/event_stats.py" line="61"/>
        <source>Countries of origin: %1</source>
        <translation>Страны происхождения: %1</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="99"/>
        <source>Add attendee…</source>
        <translation>Добавить участника…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="102"/>
        <source>Check in / undo</source>
        <translation>Отметить приход / отменить</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="105"/>
        <source>Status, role…</source>
        <translation>Статус, роль…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="108"/>
        <source>Status, role, or remove from this event (Enter on the row)</source>
        <translation>Статус, роль или удаление из списка мероприятия (Enter на строке)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="113"/>
        <source>Open door mode</source>
        <translation>Режим входа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="117"/>
        <source>A full-screen check-in for volunteers at the door: this event&apos;s names only.</source>
        <translation>Полноэкранная отметка для волонтёров на входе: только имена этого события.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="124"/>
        <source>Import registration list…</source>
        <translation>Импорт списка регистрации…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="128"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="131"/>
        <source>Attendee list or name badges as PDF</source>
        <translation>Список участников или бейджи в PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="170"/>
        <source>Nobody is registered yet. Add the first attendee.</source>
        <translation>Пока никто не записан. Добавьте первого участника.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="176"/>
        <source>Attendees: %1 registered, %2 checked in</source>
        <translation>Участники: записано %1, пришло %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="262"/>
        <source>No events yet.
Press Ctrl+N to plan one.</source>
        <translation>Мероприятий пока нет.
Нажмите Ctrl+N, чтобы запланировать.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/events.py" line="299"/>
        <location filename="../../src/pslapp/gui/views/events.py" line="306"/>
        <source>Delete event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/views/events.py" line="300"/>
        <source>Delete “%1” and its list of %n attendee(s)? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Удалить «%1» и список из %n участника? Ctrl+Z вернёт всё обратно.</numerusform>
            <numerusform>Удалить «%1» и список из %n участников? Ctrl+Z вернёт всё обратно.</numerusform>
            <numerusform>Удалить «%1» и список из %n участников? Ctrl+Z вернёт всё обратно.</numerusform>
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
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="12"/>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="13"/>
        <source>Legal name</source>
        <translation>Имя по документам</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="14"/>
        <source>Pronouns</source>
        <translation>Местоимения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="15"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="16"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="17"/>
        <source>Country of origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="18"/>
        <source>Chapter</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="19"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="20"/>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="21"/>
        <source>Contact channels</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="22"/>
        <source>Agrees to be contacted</source>
        <translation>Согласие на связь</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="23"/>
        <source>Consent given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="24"/>
        <source>Consent recorded how</source>
        <translation>Как получено согласие</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="25"/>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="26"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="27"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="29"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="30"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="31"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="32"/>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="33"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="34"/>
        <source>Founded on</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="35"/>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="36"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="37"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="38"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="39"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="40"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="41"/>
        <source>Ends</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="42"/>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="43"/>
        <source>Organising chapters</source>
        <translation>Организующие отделения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="44"/>
        <source>Organising organisations</source>
        <translation>Организующие организации</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="45"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="46"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="47"/>
        <source>Delegate of</source>
        <translation>Делегат от</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="48"/>
        <source>Checked in at</source>
        <translation>Время регистрации</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="49"/>
        <source>Walk-in</source>
        <translation>Без записи</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="50"/>
        <source>Agrees to follow-up</source>
        <translation>Согласие на дальнейшую связь</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="51"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="52"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="53"/>
        <source>Colour</source>
        <translation>Цвет</translation>
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
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="158"/>
        <source>Add a contact channel</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="177"/>
        <source>Remove</source>
        <translation>Убрать</translation>
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
        <translation>Выбрать дату</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <location filename="../../src/pslapp/gui/fingerprint_panel.py" line="42"/>
        <source>Read the digits aloud with them, or let them scan the code. Every group must match.</source>
        <translation>Прочитайте цифры вслух вместе или дайте отсканировать код. Каждая группа должна совпасть.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="123"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="123"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="125"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="126"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="129"/>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="130"/>
        <source>Coalitions</source>
        <translation>Коалиции</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapter</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="132"/>
        <source>Chapters</source>
        <translation>Отделения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="133"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="134"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="136"/>
        <source>Coalition membership</source>
        <translation>Участие в коалиции</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="137"/>
        <source>Coalition memberships</source>
        <translation>Участие в коалициях</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="140"/>
        <source>Attendance</source>
        <translation>Участие в мероприятии</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="141"/>
        <source>Attendances</source>
        <translation>Участие в мероприятиях</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="143"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
</context>
<context>
    <name>KindCount</name>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="177"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="179"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="181"/>
        <source>%n coalition(s)</source>
        <translation>
            <numerusform>%n коалиция</numerusform>
            <numerusform>%n коалиции</numerusform>
            <numerusform>%n коалиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="183"/>
        <source>%n coalition membership(s)</source>
        <translation>
            <numerusform>%n членство в коалиции</numerusform>
            <numerusform>%n членства в коалициях</numerusform>
            <numerusform>%n членств в коалициях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="185"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n отделение</numerusform>
            <numerusform>%n отделения</numerusform>
            <numerusform>%n отделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="187"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="189"/>
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n запись об участии</numerusform>
            <numerusform>%n записи об участии</numerusform>
            <numerusform>%n записей об участии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="191"/>
        <source>%n link(s) between records</source>
        <translation>
            <numerusform>%n связь между записями</numerusform>
            <numerusform>%n связи между записями</numerusform>
            <numerusform>%n связей между записями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pslapp/gui/labels.py" line="192"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n метка</numerusform>
            <numerusform>%n метки</numerusform>
            <numerusform>%n меток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxSync</name>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="128"/>
        <source>The mailbox round failed: %1</source>
        <translation>Обмен через папку не удался: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/mailbox_sync.py" line="139"/>
        <source>Mailbox: %1 applied, %2 waiting for your review, %3 sent.</source>
        <translation>Папка обмена: применено %1, ждут вашей проверки %2, отправлено %3.</translation>
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
        <translation>Поиск по именам, городам, навыкам…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="111"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="115"/>
        <source>Add a record here (Ctrl+N)</source>
        <translation>Добавить запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="118"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="121"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="129"/>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="133"/>
        <source>DEMO: sample data, deleted on exit</source>
        <translation>ДЕМО: примерные данные, удаляются при выходе</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="152"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="188"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="194"/>
        <source>Wipe the vault and quit…</source>
        <translation>Уничтожить хранилище и выйти…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="200"/>
        <source>Back up the vault…</source>
        <translation>Резервная копия хранилища…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="203"/>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="206"/>
        <source>Sync the mailbox now</source>
        <translation>Синхронизировать папку обмена сейчас</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="212"/>
        <source>Keyboard shortcuts…</source>
        <translation>Сочетания клавиш…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="229"/>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/main_window.py" line="325"/>
        <source>No mailbox folder yet: choose one in ⋯ → Settings… (a folder Syncthing or the like shares with your peers).</source>
        <translation>Папка обмена ещё не выбрана: выберите её в ⋯ → Настройки… (папка, которую Syncthing или подобная программа делит с вашими партнёрами).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="39"/>
        <source>Deleted. You can undo this.</source>
        <translation>Удалено. Это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="53"/>
        <source>Brought back.</source>
        <translation>Восстановлено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="88"/>
        <source>Merged. You can undo this.</source>
        <translation>Объединено. Это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/undo_actions.py" line="111"/>
        <source>Merge undone: both records are back.</source>
        <translation>Объединение отменено: обе записи снова на месте.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="61"/>
        <source>Merge two records</source>
        <translation>Объединить две записи</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="68"/>
        <source>One person entered twice becomes one record. Where the two differ, choose the value to keep; lists and notes are joined, the stricter sensitivity stays, and the other spelling of the name goes to the alias.</source>
        <translation>Человек, внесённый дважды, становится одной записью. Где записи различаются, выберите, что оставить; списки и заметки объединяются, остаётся более строгая чувствительность, а другое написание имени попадает в псевдоним.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="78"/>
        <source>Keep the other record</source>
        <translation>Оставить другую запись</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="82"/>
        <source>Swap which record is kept</source>
        <translation>Поменять, какая запись остаётся</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="102"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="134"/>
        <source>Kept: %1</source>
        <translation>Остаётся: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="135"/>
        <source>Merged into it: %1</source>
        <translation>Присоединяется: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="138"/>
        <source>After the merge</source>
        <translation>После объединения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="192"/>
        <source>Ctrl+Z undoes the merge.</source>
        <translation>Ctrl+Z отменяет объединение.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="194"/>
        <source>%1 has no attendances, links or memberships to move.</source>
        <translation>У записи «%1» нет участий, связей или членств для переноса.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="199"/>
        <source>%1 will move to %2.</source>
        <translation>К записи «%2» перейдут: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/duplicates/merge_dialog.py" line="229"/>
        <source>Nothing was merged: %1</source>
        <translation>Ничего не объединено: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="25"/>
        <source>No organisations yet.
Press Ctrl+N to add a partner organisation.</source>
        <translation>Организаций пока нет.
Нажмите Ctrl+N, чтобы добавить партнёрскую организацию.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="32"/>
        <source>People linked to it: %1</source>
        <translation>Связанные люди: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/organisations.py" line="33"/>
        <source>Nobody is linked to this organisation yet.</source>
        <translation>С этой организацией пока никто не связан.</translation>
    </message>
</context>
<context>
    <name>OwnCardDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="19"/>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="22"/>
        <source>My identity card</source>
        <translation>Моя карточка</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="25"/>
        <source>Give the card file to the coordinators you exchange bundles with, then read these digits together in person so they can mark you as verified. The card holds no secret.</source>
        <translation>Передайте файл карточки координаторам, с которыми обмениваетесь пакетами, затем прочитайте эти цифры вместе при личной встрече, чтобы они отметили вас как проверенный контакт. В карточке нет секретов.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="39"/>
        <source>Save card to a file…</source>
        <translation>Сохранить карточку в файл…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="44"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="63"/>
        <source>Save my identity card</source>
        <translation>Сохранить мою карточку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="64"/>
        <source>Identity cards (*.pslid)</source>
        <translation>Карточки (*.pslid)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="75"/>
        <source>The card could not be saved: %1</source>
        <translation>Не удалось сохранить карточку: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/own_card_dialog.py" line="81"/>
        <source>Saved. Give this file to your peers.</source>
        <translation>Сохранено. Передайте этот файл своим контактам.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="30"/>
        <source>Wipe the vault</source>
        <translation>Уничтожить хранилище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="31"/>
        <source>Destroy this vault for good and quit? Everything not sent to a peer or kept in a backup is lost. This cannot be undone.</source>
        <translation>Уничтожить это хранилище навсегда и выйти? Всё, что не отправлено доверенным людям и не сохранено в резервной копии, будет потеряно. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="36"/>
        <source>Wipe and quit</source>
        <translation>Уничтожить и выйти</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="47"/>
        <source>The wipe did not finish</source>
        <translation>Уничтожение не завершено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/panic_wipe.py" line="48"/>
        <source>The keys are destroyed, but some files could not be removed: %1</source>
        <translation>Ключи уничтожены, но некоторые файлы удалить не удалось: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="43"/>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="71"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="54"/>
        <source>Also re-encrypt under a new key</source>
        <translation>Также перешифровать новым ключом</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="58"/>
        <source>When an old passphrase or recovery code may be known. You get a new recovery code; the old one stops working.</source>
        <translation>Если старая парольная фраза или код восстановления могли стать известны. Вы получите новый код восстановления; старый перестанет действовать.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="83"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="84"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="86"/>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="110"/>
        <source>The two new passphrases differ.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="141"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_dialog.py" line="145"/>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>Не удалось сменить парольную фразу. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>PassphraseGate</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="28"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="36"/>
        <source>Type the vault&apos;s passphrase to continue.</source>
        <translation>Введите парольную фразу хранилища, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="47"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="49"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="71"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_gate.py" line="90"/>
        <source>That passphrase does not open this vault. Nothing was done.</source>
        <translation>Эта парольная фраза не открывает хранилище. Ничего не сделано.</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="35"/>
        <source>Too short. Use at least 10 characters; four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Слишком коротко. Нужно не менее 10 символов; четыре-пять не связанных между собой слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="42"/>
        <source>Weak. Add another word or two.</source>
        <translation>Слабая. Добавьте ещё одно-два слова.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="44"/>
        <source>Good. One more word makes it strong.</source>
        <translation>Хорошая. Ещё одно слово сделает её надёжной.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/passphrase_hint.py" line="47"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
</context>
<context>
    <name>PdfSheets</name>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="73"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="74"/>
        <source>Chapter / organisation</source>
        <translation>Отделение / организация</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="75"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="76"/>
        <source>Arrived</source>
        <translation>Приход</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="96"/>
        <source>%1 people</source>
        <translation>человек: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="123"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/pdf_sheets.py" line="151"/>
        <source>(walk-in)</source>
        <translation>(без рег.)</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="32"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="34"/>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="36"/>
        <source>not verified yet</source>
        <translation>ещё не проверен</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="56"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="57"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="71"/>
        <source>Add peer from card…</source>
        <translation>Добавить по карточке…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="74"/>
        <source>My identity card…</source>
        <translation>Моя карточка…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="82"/>
        <source>No peers yet.
Ask a trusted coordinator for their identity card (.pslid) and add it here; give them yours.</source>
        <translation>Доверенных контактов пока нет.
Попросите у координатора, которому доверяете, его карточку (.pslid) и добавьте её здесь; дайте ему свою.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="106"/>
        <source>Mark as verified…</source>
        <translation>Отметить как проверенный…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="111"/>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="116"/>
        <source>Apply their bundles from the mailbox folder without a review</source>
        <translation>Применять их пакеты из папки обмена без проверки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="138"/>
        <source>Choose a peer to see their fingerprint.</source>
        <translation>Выберите контакт, чтобы увидеть его отпечаток.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="205"/>
        <source>Revoked: their bundles are refused, also when someone relays them.</source>
        <translation>Отозван: его пакеты отклоняются, даже если их пересылает кто-то другой.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="209"/>
        <source>Verified: you compared these digits with them in person.</source>
        <translation>Проверен: вы сверили эти цифры лично.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="213"/>
        <source>Not verified yet. Meet them (or call on a channel you trust), compare every group of digits below, then mark them as verified.</source>
        <translation>Ещё не проверен. Встретьтесь (или созвонитесь по каналу, которому доверяете), сверьте каждую группу цифр ниже и отметьте контакт как проверенный.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="237"/>
        <source>Bundles from %1 in the mailbox are applied without a review.</source>
        <translation>Пакеты от %1 в папке обмена применяются без проверки.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="241"/>
        <source>Bundles from %1 in the mailbox wait for your review.</source>
        <translation>Пакеты от %1 в папке обмена ждут вашей проверки.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="252"/>
        <source>A peer, once verified, can send you changes and receive your vault&apos;s records. Only the vault&apos;s owner may add one.</source>
        <translation>Проверенный контакт может присылать вам изменения и получать записи вашего хранилища. Добавлять контакты может только владелец хранилища.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="261"/>
        <source>Add peer from card</source>
        <translation>Добавить по карточке</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="262"/>
        <source>Identity cards (*.pslid);;All files (*)</source>
        <translation>Карточки (*.pslid);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="270"/>
        <source>This card cannot be added: %1</source>
        <translation>Эту карточку нельзя добавить: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="279"/>
        <source>Added %1. Another peer has the same name: they are told apart by their fingerprints. Compare this one with them in person before you trust it.</source>
        <translation>%1 добавлен(а). Другой контакт носит то же имя: их различают по отпечаткам ключей. Сверьте этот отпечаток с человеком лично, прежде чем доверять ему.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="287"/>
        <source>Added %1. Compare the fingerprint with them before you trust it.</source>
        <translation>Добавлено: %1. Прежде чем доверять, сверьте отпечаток с этим человеком.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="298"/>
        <source>Mark as verified</source>
        <translation>Отметить как проверенный</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="299"/>
        <source>Only continue if you read all 12 groups of digits with %1 in person (or on a call you trust) and every group matched.</source>
        <translation>Продолжайте, только если вы вместе с %1 лично (или в звонке, которому доверяете) прочитали все 12 групп цифр и каждая группа совпала.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="304"/>
        <source>I compared these digits with them in person</source>
        <translation>Я сверил(а) эти цифры с ним/ней лично</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="310"/>
        <source>A verified peer can receive everything you choose to send them.</source>
        <translation>Проверенный контакт может получить всё, что вы решите ему отправить.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="324"/>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="325"/>
        <source>From now on, bundles from %1 are refused, and so are their changes when someone else passes them on. What they sent before stays. This cannot be undone: to trust them again, they need a new identity.</source>
        <translation>Отныне пакеты от %1 будут отклоняться, как и его изменения, переданные через других. Присланное ранее останется. Отменить это нельзя: чтобы снова доверять, ему понадобится новая карточка.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/peers.py" line="331"/>
        <source>Revoke %1</source>
        <translation>Отозвать: %1</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="28"/>
        <source>No people yet.
Press Ctrl+N to add the first person.</source>
        <translation>Людей пока нет.
Нажмите Ctrl+N, чтобы добавить первого человека.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="34"/>
        <source>Events: %1</source>
        <translation>Мероприятия: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="35"/>
        <source>Not registered for any event yet.</source>
        <translation>Пока нет регистраций на мероприятия.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="41"/>
        <source>Find duplicates…</source>
        <translation>Найти дубликаты…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/people.py" line="45"/>
        <source>People who may have been entered twice, to merge (Ctrl+Shift+D)</source>
        <translation>Люди, которые, возможно, внесены дважды, — чтобы объединить (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="38"/>
        <source>Print attendees</source>
        <translation>Печать участников</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="44"/>
        <source>Attendee list, to tick people off (A4)</source>
        <translation>Список участников для отметок (A4)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="49"/>
        <source>Name badges, 8 per A4 page</source>
        <translation>Бейджи, 8 на странице A4</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="53"/>
        <source>Check-in list as CSV, for a spreadsheet (status, role, arrival)</source>
        <translation>Список прихода в CSV, для таблицы (статус, роль, время прихода)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="60"/>
        <source>A QR code on each badge (an attendance number only, no name)</source>
        <translation>QR-код на каждом бейдже (только номер участия, без имени)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="68"/>
        <source>Only people who have arrived</source>
        <translation>Только пришедшие</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="72"/>
        <source>Include people marked restricted</source>
        <translation>Включить людей с пометкой «ограничено»</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="76"/>
        <source>Paper leaves no trace you can wipe: print only what the day needs, and collect the lists afterwards.</source>
        <translation>Бумагу нельзя стереть: печатайте только нужное на этот день и соберите списки после.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="92"/>
        <location filename="../../src/pslapp/gui/event_print.py" line="126"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="97"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="124"/>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="132"/>
        <source>This CSV will include restricted people and fields (legal names, phone numbers).</source>
        <translation>В этот CSV попадут закрытые люди и поля (паспортные имена, телефоны).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="136"/>
        <source>This PDF will include restricted people and fields (legal names, phone numbers).</source>
        <translation>В этот PDF попадут закрытые люди и поля (паспортные имена, телефоны).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="150"/>
        <source>Save CSV</source>
        <translation>Сохранить CSV</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="160"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="198"/>
        <source>Writing the list…</source>
        <translation>Запись списка…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="200"/>
        <source>Drawing the PDF…</source>
        <translation>Создание PDF…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="216"/>
        <source>Saved %1 people to %2.</source>
        <translation>Сохранено человек: %1, в %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="221"/>
        <source>%1 restricted people were left out.</source>
        <translation>Людей с ограничением не включено: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="235"/>
        <source>The PDF could not be saved there (%1).</source>
        <translation>Не удалось сохранить PDF туда (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/event_print.py" line="241"/>
        <source>The PDF could not be drawn.</source>
        <translation>Не удалось создать PDF.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="43"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="46"/>
        <source>%1: %2 “%3”</source>
        <translation>%1: %2 «%3»</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="54"/>
        <source>conflict in %1</source>
        <translation>конфликт: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="62"/>
        <source>%1 new</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="63"/>
        <source>%1 changed</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="64"/>
        <source>%1 deleted</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="66"/>
        <source>%1 conflicts to review</source>
        <translation>конфликтов для проверки: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="69"/>
        <source>%1 already up to date</source>
        <translation>уже актуальны: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="73"/>
        <source>no changes</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="82"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="88"/>
        <source>Receive bundle</source>
        <translation>Принять пакет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="108"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="139"/>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="159"/>
        <source>From %1, a verified peer. The signature is valid.</source>
        <translation>От: %1, проверенный контакт. Подпись верна.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="166"/>
        <source>You have received this bundle before. Nothing to do.</source>
        <translation>Этот пакет уже был принят раньше. Делать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="170"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="224"/>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="253"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="173"/>
        <source>The bundle is genuine. Review what it would change:</source>
        <translation>Пакет подлинный. Проверьте, что он изменит:</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="183"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="193"/>
        <source>Some changes were written by people who are not your peers, passed on by this sender: %1. Their signatures are valid, but you have not verified who they are.</source>
        <translation>Часть изменений написали люди, которых нет среди ваших контактов; их передал этот отправитель: %1. Их подписи действительны, но вы не проверяли, кто они.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="207"/>
        <source>This bundle cannot be received.</source>
        <translation>Этот пакет нельзя принять.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="212"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="218"/>
        <source>Something went wrong reading it. Nothing was changed.</source>
        <translation>При чтении что-то пошло не так. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="233"/>
        <source>Applying…</source>
        <translation>Применение…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="244"/>
        <source>Applied.</source>
        <translation>Применено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/receive_dialog.py" line="248"/>
        <source>Some fields were changed on both sides: review them under Conflicts.</source>
        <translation>Некоторые поля изменены с обеих сторон: проверьте их в разделе «Конфликты».</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="22"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="24"/>
        <source>Use a colour like #3366cc.</source>
        <translation>Укажите цвет в виде #3366cc.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="26"/>
        <source>Use a date like 2026-05-01.</source>
        <translation>Укажите дату в виде 2026-05-01.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="28"/>
        <source>Use a date like 2026-05-01 or a time like 2026-05-01 18:30.</source>
        <translation>Укажите дату (2026-05-01) или время (2026-05-01 18:30).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="32"/>
        <source>This does not look like an email address.</source>
        <translation>Это не похоже на адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="34"/>
        <source>This does not look like a phone number.</source>
        <translation>Это не похоже на номер телефона.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="36"/>
        <source>This is too long.</source>
        <translation>Слишком длинно.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="38"/>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» — ни «да», ни «нет».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="44"/>
        <source>%1 cells where the header has %2.</source>
        <translation>Ячеек: %1, а в заголовке: %2.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/refusal_words.py" line="58"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="62"/>
        <source>Restricted: stays on this laptop unless you choose to send it.</source>
        <translation>Ограниченное поле: остаётся на этом ноутбуке, если вы сами не решите его отправить.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="126"/>
        <source>Edit: %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="128"/>
        <source>New: %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="166"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="167"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Введённое в эту форму не сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_form.py" line="170"/>
        <source>Discard</source>
        <translation>Отменить изменения</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="96"/>
        <source>Select a row to see the details.</source>
        <translation>Выберите строку, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="196"/>
        <source>Nothing matches “%1”. Check the spelling, or type fewer letters.</source>
        <translation>По запросу «%1» ничего не найдено. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="263"/>
        <source>%1 added.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/views/record_list.py" line="286"/>
        <source>Changes saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="35"/>
        <source>Choose: %1</source>
        <translation>Выбор: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="42"/>
        <source>Type part of a name</source>
        <translation>Введите часть имени</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/record_picker.py" line="48"/>
        <source>Press Enter to choose the highlighted one.</source>
        <translation>Нажмите Enter, чтобы выбрать выделенное.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/pslapp/gui/models/record_table.py" line="328"/>
        <source>%1 (sorting…)</source>
        <translation>%1 (сортировка…)</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="34"/>
        <source>Checking every row</source>
        <translation>Проверка каждой строки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="40"/>
        <source>Skip the bad rows and import the rest</source>
        <translation>Пропустить ошибочные строки и импортировать остальные</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="60"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="71"/>
        <source>%1 rows are good, %2 are not. Fix the file and choose it again, or skip the bad rows.</source>
        <translation>Верных строк: %1, ошибочных: %2. Исправьте файл и выберите его снова или пропустите ошибочные строки.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/check_pages.py" line="81"/>
        <source>All %1 rows are good.</source>
        <translation>Все строки в порядке: %1.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="57"/>
        <source>People who may be in the vault already</source>
        <translation>Люди, которые, возможно, уже есть в хранилище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="64"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="77"/>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="78"/>
        <source>Resembles</source>
        <translation>Похоже на</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="79"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="80"/>
        <source>Or, after the import</source>
        <translation>Или после импорта</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="93"/>
        <source>All are new people</source>
        <translation>Все — новые люди</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="98"/>
        <source>Same person where nearly identical</source>
        <translation>Тот же человек, где почти совпадает</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="102"/>
        <source>Ticks the names that differ from someone known only by a letter or an accent</source>
        <translation>Отмечает имена, которые отличаются от известных только одной буквой или диакритикой</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="113"/>
        <source>All are the same person</source>
        <translation>Все — те же люди</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="147"/>
        <source>Comparing the list with the people in the vault…</source>
        <translation>Сравнение списка с людьми в хранилище…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="178"/>
        <source>Comparing the list with the people in the vault: %1 of %2…</source>
        <translation>Сравнение списка с людьми в хранилище: %1 из %2…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="192"/>
        <source>New people: %1. Known by email or phone, their details merged: %2. Names that resemble someone in the vault or earlier in the file: %3.</source>
        <translation>Новых людей: %1. Известных по email или телефону (данные объединены): %2. Имён, похожих на кого-то в хранилище или выше в файле: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="202"/>
        <source>Tick those who are the same person; if unsure, keep two.</source>
        <translation>Отметьте тех, кто — тот же человек; если не уверены, оставьте двоих.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="227"/>
        <source>%1 (line %2 of this file)</source>
        <translation>%1 (строка %2 этого файла)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="231"/>
        <source>%1 (in the vault)</source>
        <translation>%1 (в хранилище)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="220"/>
        <source>%1 (line %2)</source>
        <translation>%1 (строка %2)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="236"/>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="244"/>
        <source>Same person</source>
        <translation>Тот же человек</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="255"/>
        <source>Merge into %1</source>
        <translation>Объединить с «%1»</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="260"/>
        <source>Imported as a new person, then merged into them: the spelling from the file is kept as an alias, and the merge can be undone.</source>
        <translation>Импортируется как новый человек и затем объединяется с этой записью: написание из файла сохраняется как псевдоним, объединение можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/duplicates_page.py" line="306"/>
        <source>The list could not be read.</source>
        <translation>Не удалось прочитать список.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="43"/>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="101"/>
        <source>Registration list</source>
        <translation>Список регистрации</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="45"/>
        <source>A CSV file exported from a form or a spreadsheet: UTF-8, UTF-16 or Windows-1251; commas, semicolons or tabs.</source>
        <translation>CSV-файл из формы или таблицы: UTF-8, UTF-16 или Windows-1251; запятые, точки с запятой или табуляции.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="57"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="73"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="74"/>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="75"/>
        <source>Goes to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="102"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="126"/>
        <source>Encoding %1 · delimiter %2 · %3 rows after the header</source>
        <translation>Кодировка %1 · разделитель %2 · строк после заголовка: %3</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/file_page.py" line="172"/>
        <source>No column goes to a name. Choose Full name, or Given and Family name.</source>
        <translation>Ни один столбец не указан как имя. Выберите «Полное имя» или «Имя» и «Фамилия».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="27"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="52"/>
        <source>Writing %1 people…</source>
        <translation>Запись людей: %1…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="73"/>
        <source>Done. New people: %1, merged with people already known: %2, registered: %3.</source>
        <translation>Готово. Новых людей: %1, объединено с уже известными: %2, зарегистрировано: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="85"/>
        <source>Merged into the person they resemble: %1 (undo in People, Find duplicates…).</source>
        <translation>Объединено с похожими людьми: %1 (отменить можно в «Люди» → «Найти дубликаты…»).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/import_page.py" line="98"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="18"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="19"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="20"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="27"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="40"/>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="64"/>
        <source>(leave out)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="41"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="42"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="43"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="44"/>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="45"/>
        <source>Legal name</source>
        <translation>Официальное имя</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="46"/>
        <source>Pronouns</source>
        <translation>Местоимения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="47"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="48"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="49"/>
        <source>Country of origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="52"/>
        <source>Chapter</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="53"/>
        <source>Skills</source>
        <translation>Навыки</translation>
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
        <translation>Согласие на связь</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="60"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="61"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="62"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/state.py" line="63"/>
        <source>Role at the event</source>
        <translation>Роль на событии</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/registration_wizard/wizard.py" line="23"/>
        <source>Import registration list</source>
        <translation>Импорт списка регистрации</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="34"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="39"/>
        <source>Choose the backup file, then type the passphrase the vault had when the backup was made, or its recovery code.</source>
        <translation>Выберите файл резервной копии и введите парольную фразу, которая была у хранилища в момент создания копии, или его код восстановления.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="48"/>
        <source>Choose backup…</source>
        <translation>Выбрать копию…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="53"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="55"/>
        <source>I have the recovery code instead</source>
        <translation>У меня вместо этого код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="66"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="91"/>
        <source>Choose backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="92"/>
        <source>pslapp backups (*.pslbackup)</source>
        <translation>Резервные копии pslapp (*.pslbackup)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="106"/>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="131"/>
        <source>That does not open this backup. Nothing was changed.</source>
        <translation>Это не открывает резервную копию. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="135"/>
        <source>This file is not a pslapp backup, or it is damaged. Nothing was changed.</source>
        <translation>Этот файл не является резервной копией pslapp или повреждён. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="140"/>
        <source>The backup could not be restored here. Nothing was changed.</source>
        <translation>Не удалось восстановить копию сюда. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/restore_dialog.py" line="144"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Что-то пошло не так. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="77"/>
        <source>Only these chapters</source>
        <translation>Только эти отделения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="78"/>
        <source>Only these tags</source>
        <translation>Только эти метки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="79"/>
        <source>Only these events</source>
        <translation>Только эти события</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="85"/>
        <source>Tick nothing in a list to send all of it.</source>
        <translation>Ничего не отмечено — отправляется всё.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="90"/>
        <source>Only changes since the last bundle to these peers</source>
        <translation>Только изменения с последнего пакета этим контактам</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="97"/>
        <source>Everything in scope (for a new peer)</source>
        <translation>Всё выбранное (для нового контакта)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="102"/>
        <source>Include restricted data (restricted people, legal names, phone numbers)</source>
        <translation>Включить закрытые данные (закрытые люди, паспортные имена, телефоны)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/scope_picker.py" line="110"/>
        <source>Careful: restricted data can put people in danger if the file or your peer&apos;s laptop is seized. Include it only if they really need it.</source>
        <translation>Осторожно: закрытые данные могут подвергнуть людей опасности, если файл или ноутбук получателя изымут. Включайте их, только если это действительно нужно.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="37"/>
        <source>Nothing to send: these peers already have every change in this scope.</source>
        <translation>Отправлять нечего: у этих контактов уже есть все изменения в выбранном объёме.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="43"/>
        <source>This bundle will carry: %1</source>
        <translation>Пакет будет содержать: %1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="54"/>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="63"/>
        <source>Send changes</source>
        <translation>Отправить изменения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="90"/>
        <source>Save bundle…</source>
        <translation>Сохранить пакет…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="106"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="108"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="134"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="136"/>
        <source>not verified yet: compare fingerprints under Peers first</source>
        <translation>ещё не проверен: сначала сверьте отпечатки в разделе «Доверенные контакты»</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="164"/>
        <source>No peers yet. Add someone&apos;s identity card under Peers first.</source>
        <translation>Доверенных контактов пока нет. Сначала добавьте чью-нибудь карточку в разделе «Доверенные контакты».</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="168"/>
        <source>Tick at least one verified peer.</source>
        <translation>Отметьте хотя бы один проверенный контакт.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="174"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="197"/>
        <source>Save the bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="198"/>
        <source>Bundles (*.pslb)</source>
        <translation>Пакеты (*.pslb)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="211"/>
        <location filename="../../src/pslapp/gui/safety_screenshots.py" line="25"/>
        <source>This bundle includes restricted data (restricted people, legal names, phone numbers).</source>
        <translation>Этот пакет содержит закрытые данные (закрытые люди, паспортные имена, телефоны).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="217"/>
        <source>This is the first bundle to one of these peers.</source>
        <translation>Это первый пакет для одного из этих контактов.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="228"/>
        <source>Sealing the bundle…</source>
        <translation>Пакет запечатывается…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="243"/>
        <source>Saved %1 (%2 records). Pass the file on any way you like: only %3 can open it.</source>
        <translation>Сохранено: %1 (записей: %2). Передайте файл любым удобным способом: открыть его смогут только получатели: %3.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="251"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="258"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/bundles/send_dialog.py" line="264"/>
        <source>Something went wrong; nothing was sent.</source>
        <translation>Что-то пошло не так; ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="78"/>
        <source>The vault cannot be opened</source>
        <translation>Хранилище не открывается</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="124"/>
        <source>Other users of this computer could read the vault files; they are private again.</source>
        <translation>Другие пользователи этого компьютера могли читать файлы хранилища; теперь они снова закрыты.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="147"/>
        <source>No backup of this vault yet: ⋯ → Back up the vault…</source>
        <translation>Резервной копии этого хранилища ещё нет: ⋯ → Резервная копия хранилища…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="150"/>
        <source>The last backup is %1 days old: ⋯ → Back up the vault…</source>
        <translation>Последней резервной копии уже %1 дн.: ⋯ → Резервная копия хранилища…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="190"/>
        <source>The passphrase is changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="208"/>
        <source>Re-encrypting the vault under a new key…</source>
        <translation>Перешифрование хранилища новым ключом…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="228"/>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="229"/>
        <source>The vault is re-encrypted under a new key. The old recovery code no longer works; write this one down and keep it apart from the laptop:

%1</source>
        <translation>Хранилище перешифровано новым ключом. Старый код восстановления больше не действует; запишите этот и храните отдельно от ноутбука:

%1</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="241"/>
        <source>The vault could not be re-encrypted</source>
        <translation>Не удалось перешифровать хранилище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="277"/>
        <source>Mailbox folder</source>
        <translation>Папка обмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/session.py" line="278"/>
        <source>That folder cannot be used: it is missing or not writable.</source>
        <translation>Эту папку нельзя использовать: её нет или в неё нельзя писать.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="55"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="60"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="61"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="67"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="74"/>
        <source>A new language applies the next time you start pslapp.</source>
        <translation>Новый язык применится при следующем запуске pslapp.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="82"/>
        <source>Lock after this long without use</source>
        <translation>Блокировать после бездействия</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="86"/>
        <source>Remind me to back up after</source>
        <translation>Напоминать о резервной копии через</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="89"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="91"/>
        <source>Mailbox folder</source>
        <translation>Папка обмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="109"/>
        <source>A folder Syncthing (or Nextcloud, or a USB stick) shares with your peers: pslapp puts its sealed bundles there and picks up theirs by itself.</source>
        <translation>Папка, которую Syncthing (или Nextcloud, или флешка) делит с вашими партнёрами: pslapp сам кладёт туда свои запечатанные пакеты и забирает их пакеты.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="115"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="118"/>
        <source>No mailbox</source>
        <translation>Без папки обмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="137"/>
        <source>Choose the mailbox folder</source>
        <translation>Выберите папку обмена</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/settings_dialog.py" line="147"/>
        <source>none: bundles go by hand</source>
        <translation>нет: пакеты передаются вручную</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="23"/>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="25"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="28"/>
        <source>Add a record to the list shown</source>
        <translation>Добавить запись в открытый список</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="30"/>
        <source>Switch lists</source>
        <translation>Переключить список</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="31"/>
        <source>Open the selected record</source>
        <translation>Открыть выбранную запись</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="32"/>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="35"/>
        <source>Undo the last deletion or merge</source>
        <translation>Отменить последнее удаление или объединение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="39"/>
        <source>Find people entered twice</source>
        <translation>Найти людей, внесённых дважды</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="41"/>
        <source>Receive a bundle</source>
        <translation>Принять пакет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="42"/>
        <source>Send changes</source>
        <translation>Отправить изменения</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="43"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="44"/>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="47"/>
        <source>Wipe the vault and quit (also in door mode)</source>
        <translation>Уничтожить хранилище и выйти (и в режиме входа)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="51"/>
        <source>This overview</source>
        <translation>Этот обзор</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="55"/>
        <source>An event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="57"/>
        <source>Open door mode</source>
        <translation>Открыть режим входа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="58"/>
        <source>Import a registration list</source>
        <translation>Импортировать список регистрации</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="61"/>
        <source>Print or export the attendees</source>
        <translation>Напечатать или выгрузить участников</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="63"/>
        <source>Add an attendee</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="66"/>
        <source>Status, role or removal of the selected attendee</source>
        <translation>Статус, роль или удаление выбранного участника из списка</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="73"/>
        <source>Door mode</source>
        <translation>Режим входа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="77"/>
        <source>Check in the highlighted person</source>
        <translation>Отметить приход выделенного человека</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="81"/>
        <source>Check in someone who cancelled or did not come</source>
        <translation>Отметить приход с отменённой регистрацией или неявкой</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="85"/>
        <source>Move in the list</source>
        <translation>Двигаться по списку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="86"/>
        <source>Status, role or removal</source>
        <translation>Статус, роль или удаление из списка</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="87"/>
        <source>Take the last check-in back</source>
        <translation>Отменить последнюю отметку</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="88"/>
        <source>Add a walk-in</source>
        <translation>Добавить без регистрации</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="89"/>
        <source>Clear the search field</source>
        <translation>Очистить поле поиска</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/shortcut_overview.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="28"/>
        <source>That passphrase does not open this vault. Nothing was changed; try again.</source>
        <translation>Эта парольная фраза не открывает хранилище. Ничего не изменено; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="33"/>
        <source>A wipe of this vault was interrupted. Run &apos;pslapp-cli wipe&apos; to finish it.</source>
        <translation>Уничтожение этого хранилища было прервано. Запустите «pslapp-cli wipe», чтобы его завершить.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="38"/>
        <source>A vault file is damaged: %1. Nothing was changed. Restore the vault folder from a backup, or try the recovery code.</source>
        <translation>Файл хранилища повреждён: %1. Ничего не изменено. Восстановите папку хранилища из резервной копии или попробуйте код восстановления.</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="45"/>
        <source>The vault could not be opened (%1).</source>
        <translation>Не удалось открыть хранилище (%1).</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="56"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="80"/>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="60"/>
        <source>Unlock your vault</source>
        <translation>Откройте хранилище</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="62"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="110"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="75"/>
        <location filename="../../src/pslapp/gui/unlock.py" line="113"/>
        <source>Use the recovery code instead</source>
        <translation>Войти с кодом восстановления</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="104"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/unlock.py" line="107"/>
        <source>Use the passphrase instead</source>
        <translation>Войти с парольной фразой</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="115"/>
        <source>treasurer</source>
        <translation>казначей</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="114"/>
        <source>spokesperson</source>
        <translation>пресс-секретарь</translation>
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
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/forms/field_editors.py" line="101"/>
        <location filename="../../src/pslapp/gui/models/display.py" line="32"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="58"/>
        <source>normal</source>
        <translation>обычная</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="59"/>
        <source>sensitive</source>
        <translation>чувствительная</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="60"/>
        <source>restricted</source>
        <translation>ограниченная</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="62"/>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="63"/>
        <source>supporter</source>
        <translation>сторонник</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="64"/>
        <source>volunteer</source>
        <translation>волонтёр</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="65"/>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="66"/>
        <source>press</source>
        <translation>пресса</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="67"/>
        <source>lawyer</source>
        <translation>юрист</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="68"/>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="69"/>
        <source>other</source>
        <translation>другое</translation>
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
        <translation>эл. почта</translation>
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
        <translation>партия</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="78"/>
        <source>union</source>
        <translation>профсоюз</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="79"/>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="80"/>
        <source>collective</source>
        <translation>коллектив</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="81"/>
        <source>initiative</source>
        <translation>инициатива</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="82"/>
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="83"/>
        <source>human-rights group</source>
        <translation>правозащитная группа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="84"/>
        <source>student group</source>
        <translation>студенческая группа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="86"/>
        <source>ally</source>
        <translation>союзник</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="87"/>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="88"/>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="90"/>
        <source>local chapter</source>
        <translation>местное отделение</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="91"/>
        <source>working group</source>
        <translation>рабочая группа</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="92"/>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="94"/>
        <source>demonstration</source>
        <translation>демонстрация</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="95"/>
        <source>picket</source>
        <translation>пикет</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="96"/>
        <source>rally</source>
        <translation>митинг</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="97"/>
        <source>forum</source>
        <translation>форум</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="98"/>
        <source>congress</source>
        <translation>съезд</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="99"/>
        <source>camp</source>
        <translation>лагерь</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="100"/>
        <source>meeting</source>
        <translation>собрание</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="101"/>
        <source>presentation</source>
        <translation>презентация</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="102"/>
        <source>strike support</source>
        <translation>поддержка забастовки</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="104"/>
        <source>invited</source>
        <translation>приглашён(а)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="105"/>
        <source>registered</source>
        <translation>зарегистрирован(а)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="106"/>
        <source>checked in</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="107"/>
        <source>no-show</source>
        <translation>не пришли</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="108"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="109"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="110"/>
        <source>speaker</source>
        <translation>спикер</translation>
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
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/labels.py" line="119"/>
        <source>works with</source>
        <translation>сотрудничает с</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="45"/>
        <source>Walk-in: someone who did not register</source>
        <translation>Без регистрации: человек не записывался заранее</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="51"/>
        <source>Name as they want it on their badge</source>
        <translation>Имя, как оно должно быть на бейдже</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="59"/>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="69"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="64"/>
        <source>Agrees to be contacted after the event</source>
        <translation>Согласен(на) на связь после события</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="77"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="78"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="80"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="82"/>
        <source>Add and check in (Enter)</source>
        <translation>Добавить и отметить (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="87"/>
        <source>Back to the list (Esc)</source>
        <translation>Назад к списку (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/pslapp/gui/door/walk_in_form.py" line="121"/>
        <source>Write the name first.</source>
        <translation>Сначала введите имя.</translation>
    </message>
</context>
</TS>
