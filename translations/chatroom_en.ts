<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FileCard</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/filecard.cpp" line="36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/memberlist.cpp" line="71"/>
        <source>%1 is in %n room(s) you are in: %2.</source>
        <translation>
            <numerusform>%1 is in %n room you are in: %2.</numerusform>
            <numerusform>%1 is in %n rooms you are in: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../gui-client/memberlist.cpp" line="156"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../gui-client/memberlist.cpp" line="160"/>
        <source>People here (%n)</source>
        <translation>
            <numerusform>People here (%n)</numerusform>
            <numerusform>People here (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/messageactions.cpp" line="116"/>
        <source>Copy %n message(s)</source>
        <translation>
            <numerusform>Copy %n message</numerusform>
            <numerusform>Copy %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/notifier.cpp" line="123"/>
        <source>… and %n earlier message(s)</source>
        <translation>
            <numerusform>… and %n earlier message</numerusform>
            <numerusform>… and %n earlier messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutgoingMessages</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/outgoingmessages.cpp" line="67"/>
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation>
            <numerusform>You are sending too fast; wait %n second and send it again.</numerusform>
            <numerusform>You are sending too fast; wait %n seconds and send it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/quickswitcher.cpp" line="86"/>
        <source>%1 – %n unread</source>
        <translation>
            <numerusform>%1 – %n unread</numerusform>
            <numerusform>%1 – %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconnectBanner</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/reconnectbanner.cpp" line="68"/>
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>%1 Reconnecting in %n second…</numerusform>
            <numerusform>%1 Reconnecting in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/roomheader.cpp" line="81"/>
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n member</numerusform>
            <numerusform>%1 · %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/searchdialog.cpp" line="205"/>
        <source>%n message(s), the newest first.</source>
        <translation>
            <numerusform>%n message, the newest first.</numerusform>
            <numerusform>%n messages, the newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../gui-client/searchdialog.cpp" line="222"/>
        <source>%n mention(s), the newest first.</source>
        <translation>
            <numerusform>%n mention, the newest first.</numerusform>
            <numerusform>%n mentions, the newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/transferpanel.cpp" line="128"/>
        <source>%1, %n second(s) left</source>
        <translation>
            <numerusform>%1, %n second left</numerusform>
            <numerusform>%1, %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../gui-client/transferpanel.cpp" line="129"/>
        <source>%1, %n minute(s) left</source>
        <translation>
            <numerusform>%1, %n minute left</numerusform>
            <numerusform>%1, %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/windowcommands.cpp" line="159"/>
        <source>Exporting your messages: %n so far…</source>
        <translation>
            <numerusform>Exporting your messages: %n so far…</numerusform>
            <numerusform>Exporting your messages: %n so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../gui-client/windowcommands.cpp" line="165"/>
        <source>Exported %n message(s) you sent to %1.</source>
        <translation>
            <numerusform>Exported %n message you sent to %1.</numerusform>
            <numerusform>Exported %n messages you sent to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowFeed</name>
    <message numerus="yes">
        <location filename="../../../../gui-client/windowfeed.cpp" line="188"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../gui-client/windowfeed.cpp" line="162"/>
        <source>%n message(s) arrived while you were away.</source>
        <translation>
            <numerusform>%n message arrived while you were away.</numerusform>
            <numerusform>%n messages arrived while you were away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../gui-client/windowfeed.cpp" line="180"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
