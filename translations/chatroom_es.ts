<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="129"/>
        <source>Cannot reach the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="132"/>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="29"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="34"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="38"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="42"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>TCP fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="52"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="52"/>
        <location filename="../gui-client/connectionstatus.cpp" line="53"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="53"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="54"/>
        <source>Real-time: %1   Round trip: %2   Loss: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="21"/>
        <source>Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="22"/>
        <source>Create a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="25"/>
        <source>Chat Room – Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="54"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="55"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="56"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="119"/>
        <source>Enter the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="121"/>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="123"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="126"/>
        <source>A username has 2 to 32 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="128"/>
        <source>A password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="130"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="140"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="140"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="153"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="186"/>
        <source>That username is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="188"/>
        <source>The server refused that username: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="190"/>
        <source>The server refused that password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="192"/>
        <source>Your session expired; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="194"/>
        <source>This client is too old or too new for the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="198"/>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="199"/>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="43"/>
        <source>Chat Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="59"/>
        <source>Type a message, or /help for commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="64"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="69"/>
        <source>People here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="119"/>
        <source>%1 (%n member(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="120"/>
        <source>Rooms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="124"/>
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="129"/>
        <source>Reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="130"/>
        <source>Chat Room – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="263"/>
        <source>The server is shutting down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="292"/>
        <source>%n message(s) arrived while you were away.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="307"/>
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="319"/>
        <source>In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="320"/>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="330"/>
        <source>Join a room first: /join &lt;room&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="339"/>
        <source>Commands: /join &lt;room&gt;, /leave, /msg &lt;user&gt; &lt;text&gt;, /me &lt;action&gt;, /users, /rooms, /clear, /exit. Start a message with // to send a line beginning with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="358"/>
        <source>A room name has 1 to 32 characters: letters a–z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="369"/>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="375"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="387"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="72"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlashCommand</name>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="62"/>
        <source>/join &lt;room&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="64"/>
        <source>/msg &lt;user&gt; &lt;text&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="66"/>
        <source>/me &lt;action&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypingTracker</name>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="74"/>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="76"/>
        <source>%1 and %2 are typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="78"/>
        <source>Several people are typing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
