<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>CertificatePrompt</name>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="41"/>
        <source>New server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="42"/>
        <source>This is the first connection to %1. No certificate authority vouches for its certificate, so compare its fingerprint with the one the server&apos;s administrator gives you (the server prints it when it starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="46"/>
        <source>SHA-256 fingerprint:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="47"/>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="52"/>
        <source>Server certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="53"/>
        <source>The certificate of %1 is not the one it showed before. That happens when the server is reinstalled or its certificate is replaced, but it is also what someone intercepting your connection would cause. Do not go on unless the server&apos;s administrator confirms the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="58"/>
        <source>New SHA-256 fingerprint:
%1

Previously:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="60"/>
        <source>Accept the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="61"/>
        <source>Do not connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="54"/>
        <source>Not sent: the client is no longer connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="131"/>
        <source>No encrypted connection could be set up (%1). If the server runs without TLS (--no-tls), start the client with --no-tls too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="135"/>
        <source>The system says: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="177"/>
        <source>The server&apos;s certificate cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="203"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="219"/>
        <source>The connection dropped before the server confirmed this message; it may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="236"/>
        <source>Cannot reach the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="237"/>
        <source>Cannot reach the server at %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="240"/>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="315"/>
        <source>The server is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="505"/>
        <location filename="../gui-client/chatclient.cpp" line="536"/>
        <source>Not sent: the client is not connected to the server.</source>
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
    <name>DevicesDialog</name>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="15"/>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="18"/>
        <source>Your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="26"/>
        <source>Ending a session logs that device out; it needs the password to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="63"/>
        <source>%1 is logged out; it needs the password to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="64"/>
        <source>The unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="78"/>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="84"/>
        <source>(unnamed device)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="24"/>
        <source>Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="25"/>
        <source>Create a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="28"/>
        <source>Chat Room – Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="38"/>
        <source>The name your other devices see this one by; you can end its session from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="61"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="62"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="63"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="65"/>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="139"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="146"/>
        <source>Enter the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="148"/>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="150"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="153"/>
        <source>A username has 2 to 32 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="156"/>
        <source>A password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="158"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="161"/>
        <source>Name this device (up to %1 characters), for example &quot;work laptop&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="171"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="171"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="185"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="67"/>
        <source>Chat Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="80"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="82"/>
        <source>The messages of the room on screen. Ctrl+C copies the selected ones; the menu key acts on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="83"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="84"/>
        <source>Enter sends; Tab completes a name; Up recalls what you sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="85"/>
        <source>Who is typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="88"/>
        <source>Type a message, or /help for commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="195"/>
        <source>%1 (%n member(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="196"/>
        <source>Rooms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="215"/>
        <source>Reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="216"/>
        <source>Chat Room – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="508"/>
        <source>Notifications in %1: only when you are mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="510"/>
        <source>Notifications in %1: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="511"/>
        <source>Notifications in %1: every message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="580"/>
        <source>%n message(s) arrived while you were away.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="677"/>
        <source>That message is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="726"/>
        <source>New messages from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="728"/>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="755"/>
        <source>%1 cleared the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="756"/>
        <source>%1 set the topic: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="765"/>
        <source>%1 invited you to the private room %2. Type /join %2 to enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="767"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="769"/>
        <source>%1 may now join %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="838"/>
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="840"/>
        <source>There is no user called %1, so the message was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="853"/>
        <source>Not edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="875"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="876"/>
        <source>In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="876"/>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="886"/>
        <source>Join a room first: /join &lt;room&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="898"/>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="900"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="908"/>
        <source>Commands: /join &lt;room&gt;, /private &lt;room&gt;, /leave, /topic [text], /invite &lt;user&gt;, /msg &lt;user&gt; [text], /me &lt;action&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /clear, /exit. Tab completes @names; Ctrl+F searches; right-click a message to reply, react, edit or delete it. Start a message with // to send a line beginning with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="918"/>
        <source>A topic belongs to a room: open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="921"/>
        <source>%1 has no topic. /topic &lt;text&gt; sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="922"/>
        <source>The topic of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="924"/>
        <source>A topic has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="931"/>
        <source>Invitations are for private rooms: open one first (/private &lt;room&gt; makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="937"/>
        <source>Notifications are set per room: open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="974"/>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="983"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="992"/>
        <source>A room name has 1 to 32 characters: letters a–z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="1065"/>
        <source>Join a Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="1066"/>
        <source>Room name (a new name creates the room):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="1081"/>
        <source>Direct Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="1082"/>
        <source>To whom (a username):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="1149"/>
        <source>About Chat Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="1150"/>
        <source>Chat Room %1

A chat for your team, club or class, on your own server.

Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="12"/>
        <location filename="../gui-client/memberlist.cpp" line="150"/>
        <source>People here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="16"/>
        <source>People in this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="17"/>
        <source>Enter opens a direct conversation; the menu key offers more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="42"/>
        <source>Send a &amp;Direct Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="43"/>
        <source>&amp;Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="45"/>
        <source>&amp;Who Is This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="46"/>
        <source>Who is %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="60"/>
        <source>That is you. You are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="61"/>
        <source>%1 is in %n room(s) you are in: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="139"/>
        <source>Not known while disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="146"/>
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="150"/>
        <source>People here (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="46"/>
        <source>Cancel (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="47"/>
        <source>Cancel the reply or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/messageactions.cpp" line="104"/>
        <source>Copy %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="107"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="124"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="132"/>
        <source>Send %1 a direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="134"/>
        <source>Mention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="145"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="149"/>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="156"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="162"/>
        <location filename="../gui-client/messageactions.cpp" line="223"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="162"/>
        <source>Delete (you own this room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="186"/>
        <source>Replying to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="196"/>
        <location filename="../gui-client/messageactions.cpp" line="206"/>
        <source>Editing your message; Enter saves it, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="218"/>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="219"/>
        <source>Delete your message for everyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="220"/>
        <source>Delete %1&apos;s message for everyone in this room?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="157"/>
        <source>── New messages ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="172"/>
        <source>(deleted message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="214"/>
        <source>Announcement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="233"/>
        <source>This message was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="254"/>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="258"/>
        <source>(waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="264"/>
        <source>(not delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="286"/>
        <source>You reacted with this; click to take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="287"/>
        <source>Click to react with this too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="27"/>
        <source>%1: this message was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="31"/>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="32"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="37"/>
        <source>Message %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="98"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="100"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../gui-client/notifier.cpp" line="28"/>
        <source>Chat Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/notifier.cpp" line="86"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="20"/>
        <location filename="../gui-client/quickswitcher.cpp" line="24"/>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="23"/>
        <source>Room, conversation or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="25"/>
        <source>Type part of a name; Up and Down choose, Enter goes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="26"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="28"/>
        <source>Enter goes there, Escape goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="76"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="79"/>
        <source>%1 (direct messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="82"/>
        <source>%1 (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/quickswitcher.cpp" line="86"/>
        <source>%1 – %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconnectBanner</name>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="10"/>
        <source>Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="64"/>
        <source>%1 Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/reconnectbanner.cpp" line="68"/>
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="62"/>
        <source>Conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="79"/>
        <source>%1 (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/roomheader.cpp" line="81"/>
        <source>%1 · %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="90"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="20"/>
        <source>&amp;Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="22"/>
        <source>Rooms and conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="23"/>
        <source>Alt+1 to Alt+9 and Ctrl+Page Up or Down switch between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="132"/>
        <source>999+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="133"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="135"/>
        <source>%1 @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="144"/>
        <source>Private conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="152"/>
        <source>Private messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="72"/>
        <source>Older results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="73"/>
        <location filename="../gui-client/searchdialog.cpp" line="175"/>
        <source>Mentions of me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="76"/>
        <location filename="../gui-client/searchdialog.cpp" line="148"/>
        <location filename="../gui-client/searchdialog.cpp" line="184"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="78"/>
        <source>Words, and from:name, in:room, in:@name, before:2026-12-31, after:2026-01-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="85"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="105"/>
        <location filename="../gui-client/searchdialog.cpp" line="164"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="176"/>
        <source>Looking for your mentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="188"/>
        <source>No messages you can read match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="189"/>
        <source>%n message(s), the newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="205"/>
        <source>Nobody has mentioned you in your rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="206"/>
        <source>%n mention(s), the newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="212"/>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="223"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="39"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <location filename="../gui-client/servertext.cpp" line="14"/>
        <location filename="../gui-client/servertext.cpp" line="74"/>
        <source>The server refused this (code &quot;%1&quot;); this client does not know why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="22"/>
        <source>The server could not read what this client sent (%1). Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="24"/>
        <source>This client is too old or too new for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="26"/>
        <source>You are not logged in; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="28"/>
        <source>You are already logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="30"/>
        <source>A username has %1 to %2 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="35"/>
        <source>A password has %1 to %2 characters, not only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="39"/>
        <source>That username is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="41"/>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="43"/>
        <source>Your session expired; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="45"/>
        <source>A room name has 1 to 32 characters: letters a–z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="47"/>
        <source>You are not in that room; /join it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="49"/>
        <source>There is no user by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="51"/>
        <source>You are in as many rooms as the server allows; leave one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="53"/>
        <source>You are logged in on too many devices. End a session on one of them (/devices), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="56"/>
        <source>None of your devices has that name; /devices lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="58"/>
        <source>That room is private: ask one of its members to invite you (/invite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="60"/>
        <source>That message is not there (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="62"/>
        <source>You may not do that here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="64"/>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="66"/>
        <source>The server is full right now; try again in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="68"/>
        <source>Something went wrong on the server; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="70"/>
        <location filename="../gui-client/servertext.cpp" line="102"/>
        <source>The server is shutting down; you will be reconnected when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="72"/>
        <source>The server accepts encrypted connections only: start the client without --no-tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="87"/>
        <source>%1 joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="89"/>
        <source>%1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="91"/>
        <source>%1 lost the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="94"/>
        <source>%1 was removed by the server&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="95"/>
        <source>The server&apos;s operator disconnected you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="97"/>
        <source>You logged in again from another window with this device&apos;s name, so this one was logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="99"/>
        <source>This device was logged out from another of your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="103"/>
        <source>The server is shutting down: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="20"/>
        <source>Show when people &amp;join and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="21"/>
        <source>Desktop &amp;notifications for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="25"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="27"/>
        <location filename="../gui-client/settingsdialog.cpp" line="34"/>
        <location filename="../gui-client/settingsdialog.cpp" line="50"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="28"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="29"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="35"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="39"/>
        <source>24 hours (13:05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="40"/>
        <source>12 hours (1:05 PM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="47"/>
        <source>Each room&apos;s own level (/notify) still decides which messages notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="68"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="69"/>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="70"/>
        <source>T&amp;imes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="73"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="74"/>
        <source>A new language shows from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="77"/>
        <source>This &amp;device&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="79"/>
        <source>Your other devices see this one by its name; it changes at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="93"/>
        <source>A device&apos;s name has 1 to %1 characters, not only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlashCommand</name>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="75"/>
        <source>/join &lt;room&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="77"/>
        <source>/msg &lt;user&gt; [text]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="79"/>
        <source>/me &lt;action&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="81"/>
        <source>/invite &lt;user&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="83"/>
        <source>/private &lt;room&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="85"/>
        <source>/notify all|mentions|nothing</source>
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
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="26"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="27"/>
        <source>&amp;Join a Room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="28"/>
        <source>&amp;Leave This Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="29"/>
        <source>&amp;Direct Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="31"/>
        <source>Your De&amp;vices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="32"/>
        <source>Log &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="36"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="37"/>
        <source>&amp;Copy Selected Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="39"/>
        <source>&amp;Search Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="41"/>
        <source>&amp;Mentions of Me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="43"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="46"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="47"/>
        <source>&amp;Go To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="48"/>
        <source>&amp;Next Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="49"/>
        <source>&amp;Previous Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="50"/>
        <source>&amp;Room by Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="52"/>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="53"/>
        <source>&amp;Message Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="55"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="56"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="60"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="61"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="62"/>
        <source>&amp;About Chat Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="82"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="85"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="87"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="87"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="94"/>
        <source>Room 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="94"/>
        <source>Alt+1 … Alt+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="95"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="95"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="96"/>
        <source>Complete a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="96"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="97"/>
        <source>Earlier lines you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="97"/>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="98"/>
        <source>Cancel a reply or edit; back to the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="98"/>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="99"/>
        <source>Reply, react, edit or delete a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="99"/>
        <source>Menu key or right click on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="100"/>
        <source>Select messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="100"/>
        <source>Shift or Ctrl with arrows or a click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="101"/>
        <source>Open the menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="101"/>
        <source>Alt and the underlined letter, or F10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
