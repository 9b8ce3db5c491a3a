<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CertificatePrompt</name>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="41"/>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="42"/>
        <source>This is the first connection to %1. No certificate authority vouches for its certificate, so compare its fingerprint with the one the server&apos;s administrator gives you (the server prints it when it starts).</source>
        <translation>Dies ist die erste Verbindung zu %1. Keine Zertifizierungsstelle bürgt für sein Zertifikat. Vergleichen Sie daher seinen Fingerabdruck mit dem, den Ihnen die Administration des Servers nennt (der Server gibt ihn beim Start aus).</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="46"/>
        <source>SHA-256 fingerprint:
%1</source>
        <translation>SHA-256-Fingerabdruck:
%1</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="47"/>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="52"/>
        <source>Server certificate changed</source>
        <translation>Zertifikat des Servers geändert</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="53"/>
        <source>The certificate of %1 is not the one it showed before. That happens when the server is reinstalled or its certificate is replaced, but it is also what someone intercepting your connection would cause. Do not go on unless the server&apos;s administrator confirms the new fingerprint.</source>
        <translation>Das Zertifikat von %1 ist nicht das, welches der Server zuvor gezeigt hat. Das passiert, wenn der Server neu installiert oder sein Zertifikat ersetzt wurde, aber auch, wenn jemand Ihre Verbindung abfängt. Fahren Sie nur fort, wenn die Administration des Servers den neuen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="58"/>
        <source>New SHA-256 fingerprint:
%1

Previously:
%2</source>
        <translation>Neuer SHA-256-Fingerabdruck:
%1

Bisher:
%2</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="60"/>
        <source>Accept the new certificate</source>
        <translation>Neues Zertifikat annehmen</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="61"/>
        <source>Do not connect</source>
        <translation>Nicht verbinden</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="54"/>
        <source>Not sent: the client is no longer connected to the server.</source>
        <translation>Nicht gesendet: Der Client ist nicht mehr mit dem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="131"/>
        <source>No encrypted connection could be set up (%1). If the server runs without TLS (--no-tls), start the client with --no-tls too.</source>
        <translation>Es konnte keine verschlüsselte Verbindung aufgebaut werden (%1). Läuft der Server ohne TLS (--no-tls), starten Sie auch den Client mit --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="135"/>
        <source>The system says: %1.</source>
        <translation>Das System meldet: %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="177"/>
        <source>The server&apos;s certificate cannot be used: %1</source>
        <translation>Das Zertifikat des Servers ist unbrauchbar: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="203"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Nicht verbunden: Dem Zertifikat des Servers wurde nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="219"/>
        <source>The connection dropped before the server confirmed this message; it may not have arrived.</source>
        <translation>Die Verbindung brach ab, bevor der Server diese Nachricht bestätigt hat; sie ist vielleicht nicht angekommen.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="236"/>
        <source>Cannot reach the server at %1.</source>
        <translation>Der Server unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="237"/>
        <source>Cannot reach the server at %1. %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar. %2</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="240"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist unterbrochen.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="315"/>
        <source>The server is shutting down.</source>
        <translation>Der Server wird beendet.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="527"/>
        <source>Not sent: the client is not connected to the server.</source>
        <translation>Nicht gesendet: Der Client ist nicht mit dem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="29"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="34"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="38"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="42"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>TCP fallback</source>
        <translation>TCP (Ersatz)</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="52"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="52"/>
        <location filename="../gui-client/connectionstatus.cpp" line="53"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="53"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="54"/>
        <source>Real-time: %1   Round trip: %2   Loss: %3</source>
        <translation>Echtzeit: %1   Umlaufzeit: %2   Verlust: %3</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="15"/>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="18"/>
        <source>Your devices</source>
        <translation>Deine Geräte</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="26"/>
        <source>Ending a session logs that device out; it needs the password to log in again.</source>
        <translation>Eine Sitzung zu beenden meldet das Gerät ab; es braucht das Passwort, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="63"/>
        <source>%1 is logged out; it needs the password to log in again.</source>
        <translation>%1 ist abgemeldet; es braucht das Passwort, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="64"/>
        <source>The unnamed device</source>
        <translation>Das Gerät ohne Namen</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="78"/>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online since %1</source>
        <translation>online seit %1</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="84"/>
        <source>(unnamed device)</source>
        <translation>(Gerät ohne Namen)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="23"/>
        <source>Confirm:</source>
        <translation>Bestätigen:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="24"/>
        <source>Create a new account</source>
        <translation>Neues Konto anlegen</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="27"/>
        <source>Chat Room – Log in</source>
        <translation>Chat Room – Anmelden</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="37"/>
        <source>The name your other devices see this one by; you can end its session from them.</source>
        <translation>Der Name, unter dem deine anderen Geräte dieses sehen; von dort kannst du seine Sitzung beenden.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="60"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="61"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="62"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="64"/>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="138"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="145"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Gib die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="147"/>
        <source>Enter your username.</source>
        <translation>Gib deinen Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="149"/>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="152"/>
        <source>A username has 2 to 32 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>Ein Benutzername hat 2 bis 32 Zeichen: Buchstaben a–z, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;, und beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="155"/>
        <source>A password has at least %1 characters.</source>
        <translation>Ein Passwort hat mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="157"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="160"/>
        <source>Name this device (up to %1 characters), for example &quot;work laptop&quot;.</source>
        <translation>Gib diesem Gerät einen Namen (bis zu %1 Zeichen), zum Beispiel „Laptop im Büro“.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="170"/>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="170"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="216"/>
        <source>Wrong username or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="218"/>
        <source>That username is taken; choose another.</source>
        <translation>Dieser Benutzername ist vergeben; wähle einen anderen.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="220"/>
        <source>The server refused that username: %1</source>
        <translation>Der Server lehnt diesen Benutzernamen ab: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="222"/>
        <source>The server refused that password: %1</source>
        <translation>Der Server lehnt dieses Passwort ab: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="224"/>
        <source>Your session expired; log in again.</source>
        <translation>Deine Sitzung ist abgelaufen; melde dich erneut an.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="226"/>
        <source>This client is too old or too new for the server: %1</source>
        <translation>Dieses Programm ist zu alt oder zu neu für den Server: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="230"/>
        <source>The server accepts encrypted connections only: start the client without --no-tls.</source>
        <translation>Der Server nimmt nur verschlüsselte Verbindungen an: Starten Sie den Client ohne --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="232"/>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>Zu viele Versuche; warte einen Moment und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="234"/>
        <source>You are logged in on too many devices. End a session on one of them (/devices), then try again.</source>
        <translation>Du bist auf zu vielen Geräten angemeldet. Beende auf einem davon eine Sitzung (/devices) und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="237"/>
        <source>That room is private: ask one of its members to invite you (/invite).</source>
        <translation>Dieser Raum ist privat: Bitte ein Mitglied, dich einzuladen (/invite).</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="239"/>
        <source>None of your devices has that name; /devices lists them.</source>
        <translation>Keines deiner Geräte heißt so; /devices zeigt sie an.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="240"/>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="57"/>
        <source>Chat Room</source>
        <translation>Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="71"/>
        <source>Type a message, or /help for commands</source>
        <translation>Nachricht eingeben, oder /help für Befehle</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="169"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="170"/>
        <source>Rooms: %1</source>
        <translation>Räume: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="188"/>
        <source>Reconnected.</source>
        <translation>Wieder verbunden.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="189"/>
        <source>Chat Room – %1</source>
        <translation>Chat Room – %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="539"/>
        <source>%n message(s) arrived while you were away.</source>
        <translation>
            <numerusform>%n Nachricht kam, während du weg warst.</numerusform>
            <numerusform>%n Nachrichten kamen, während du weg warst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="675"/>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="673"/>
        <source>New messages from %1</source>
        <translation>Neue Nachrichten von %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="480"/>
        <source>Notifications in %1: only when you are mentioned.</source>
        <translation>Benachrichtigungen in %1: nur, wenn du erwähnt wirst.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="482"/>
        <source>Notifications in %1: none.</source>
        <translation>Benachrichtigungen in %1: keine.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="483"/>
        <source>Notifications in %1: every message.</source>
        <translation>Benachrichtigungen in %1: jede Nachricht.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="625"/>
        <source>That message is no longer there.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="702"/>
        <source>%1 cleared the topic.</source>
        <translation>%1 hat das Thema gelöscht.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="703"/>
        <source>%1 set the topic: %2</source>
        <translation>%1 hat das Thema gesetzt: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="712"/>
        <source>%1 invited you to the private room %2. Type /join %2 to enter.</source>
        <translation>%1 hat dich in den privaten Raum %2 eingeladen. Gib /join %2 ein, um ihn zu betreten.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="714"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="716"/>
        <source>%1 may now join %2.</source>
        <translation>%1 darf jetzt %2 betreten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="779"/>
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation>
            <numerusform>Du sendest zu schnell; warte %n Sekunde und sende es noch einmal.</numerusform>
            <numerusform>Du sendest zu schnell; warte %n Sekunden und sende es noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="781"/>
        <source>There is no user called %1, so the message was not delivered.</source>
        <translation>Es gibt keinen Benutzer namens %1, daher wurde die Nachricht nicht zugestellt.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="826"/>
        <source>There is no user called %1.</source>
        <translation>Es gibt keinen Benutzer namens %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="804"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="805"/>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="805"/>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="815"/>
        <source>Join a room first: /join &lt;room&gt;</source>
        <translation>Betritt zuerst einen Raum: /join &lt;Raum&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="828"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation>Das bist du: Eine Direktnachricht geht an jemand anderen.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="836"/>
        <source>Commands: /join &lt;room&gt;, /private &lt;room&gt;, /leave, /topic [text], /invite &lt;user&gt;, /msg &lt;user&gt; [text], /me &lt;action&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /clear, /exit. Tab completes @names; Ctrl+F searches; right-click a message to reply, react, edit or delete it. Start a message with // to send a line beginning with /.</source>
        <translation>Befehle: /join &lt;Raum&gt;, /private &lt;Raum&gt;, /leave, /topic [Text], /invite &lt;Benutzer&gt;, /msg &lt;Benutzer&gt; [Text], /me &lt;Aktion&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /clear, /exit. Tab ergänzt @Namen; Strg+F sucht; ein Rechtsklick auf eine Nachricht antwortet, reagiert, bearbeitet oder löscht sie. Beginne eine Nachricht mit //, um eine Zeile zu senden, die mit / anfängt.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="846"/>
        <source>A topic belongs to a room: open one first.</source>
        <translation>Ein Thema gehört zu einem Raum: Öffne zuerst einen.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="849"/>
        <source>%1 has no topic. /topic &lt;text&gt; sets one.</source>
        <translation>%1 hat kein Thema. /topic &lt;Text&gt; setzt eines.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="850"/>
        <source>The topic of %1: %2</source>
        <translation>Das Thema von %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="852"/>
        <source>A topic has at most %1 characters.</source>
        <translation>Ein Thema hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="859"/>
        <source>Invitations are for private rooms: open one first (/private &lt;room&gt; makes one).</source>
        <translation>Einladungen gibt es für private Räume: Öffne zuerst einen (/private &lt;Raum&gt; legt einen an).</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="865"/>
        <source>Notifications are set per room: open one first.</source>
        <translation>Benachrichtigungen gelten je Raum: Öffne zuerst einen.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="920"/>
        <source>A room name has 1 to 32 characters: letters a–z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Ein Raumname hat 1 bis 32 Zeichen: Buchstaben a–z, Ziffern, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="902"/>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation>Den Befehl /%1 gibt es nicht. /help zeigt die Liste.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="911"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="10"/>
        <location filename="../gui-client/memberlist.cpp" line="103"/>
        <source>People here</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="92"/>
        <source>Not known while disconnected</source>
        <translation>Ohne Verbindung unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="99"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="103"/>
        <source>People here (%n)</source>
        <translation>
            <numerusform>Anwesend (%n)</numerusform>
            <numerusform>Anwesend (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="45"/>
        <source>Cancel (Escape)</source>
        <translation>Abbrechen (Escape)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="46"/>
        <source>Cancel the reply or edit</source>
        <translation>Antwort oder Bearbeitung abbrechen</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="74"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="85"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="86"/>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="90"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="93"/>
        <location filename="../gui-client/messageactions.cpp" line="141"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="93"/>
        <source>Delete (you own this room)</source>
        <translation>Löschen (dir gehört dieser Raum)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="115"/>
        <source>Replying to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="124"/>
        <source>Editing your message; Enter saves it, Escape cancels.</source>
        <translation>Du bearbeitest deine Nachricht; Enter speichert, Escape bricht ab.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="136"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="137"/>
        <source>Delete your message for everyone?</source>
        <translation>Deine Nachricht für alle löschen?</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="138"/>
        <source>Delete %1&apos;s message for everyone in this room?</source>
        <translation>Die Nachricht von %1 für alle in diesem Raum löschen?</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="81"/>
        <source>── New messages ──</source>
        <translation>── Neue Nachrichten ──</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="90"/>
        <source>(deleted message)</source>
        <translation>(gelöschte Nachricht)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="111"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="123"/>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="148"/>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="152"/>
        <source>(waiting to be sent)</source>
        <translation>(wartet auf den Versand)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="158"/>
        <source>(not delivered)</source>
        <translation>(nicht zugestellt)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="178"/>
        <source>You reacted with this; click to take it back.</source>
        <translation>Du hast so reagiert; klicke, um es zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="179"/>
        <source>Click to react with this too.</source>
        <translation>Klicke, um auch so zu reagieren.</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="28"/>
        <source>Message %1, %2</source>
        <translation>Nachricht %1, %2</translation>
    </message>
</context>
<context>
    <name>ReconnectBanner</name>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="10"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="64"/>
        <source>%1 Reconnecting…</source>
        <translation>%1 Neuer Verbindungsversuch…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/reconnectbanner.cpp" line="68"/>
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="52"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="69"/>
        <source>%1 (private)</source>
        <translation>%1 (privat)</translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="78"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="20"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="116"/>
        <source>999+</source>
        <translation>999+</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="117"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="119"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="128"/>
        <source>Private conversation with %1</source>
        <translation>Private Unterhaltung mit %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="136"/>
        <source>Private messages</source>
        <translation>Private Nachrichten</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="84"/>
        <source>Older results</source>
        <translation>Ältere Treffer</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="85"/>
        <location filename="../gui-client/searchdialog.cpp" line="173"/>
        <source>Mentions of me</source>
        <translation>Erwähnungen von mir</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="88"/>
        <location filename="../gui-client/searchdialog.cpp" line="182"/>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="90"/>
        <source>Words, and from:name, in:room, in:@name, before:2026-12-31, after:2026-01-01</source>
        <translation>Wörter, und from:Name, in:Raum, in:@Name, before:2026-12-31, after:2026-01-01</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="97"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="117"/>
        <location filename="../gui-client/searchdialog.cpp" line="162"/>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="174"/>
        <source>Looking for your mentions…</source>
        <translation>Suche deine Erwähnungen…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="186"/>
        <source>No messages you can read match “%1”.</source>
        <translation>Keine Nachricht, die du lesen kannst, passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="187"/>
        <source>%n message(s), the newest first.</source>
        <translation>
            <numerusform>%n Nachricht, die neueste zuerst.</numerusform>
            <numerusform>%n Nachrichten, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="203"/>
        <source>Nobody has mentioned you in your rooms.</source>
        <translation>Niemand hat dich in deinen Räumen erwähnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="204"/>
        <source>%n mention(s), the newest first.</source>
        <translation>
            <numerusform>%n Erwähnung, die neueste zuerst.</numerusform>
            <numerusform>%n Erwähnungen, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="210"/>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="221"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="36"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>SlashCommand</name>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="75"/>
        <source>/join &lt;room&gt;</source>
        <translation>/join &lt;Raum&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="77"/>
        <source>/msg &lt;user&gt; [text]</source>
        <translation>/msg &lt;Benutzer&gt; [Text]</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="79"/>
        <source>/me &lt;action&gt;</source>
        <translation>/me &lt;Aktion&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="81"/>
        <source>/invite &lt;user&gt;</source>
        <translation>/invite &lt;Benutzer&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="83"/>
        <source>/private &lt;room&gt;</source>
        <translation>/private &lt;Raum&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="85"/>
        <source>/notify all|mentions|nothing</source>
        <translation>/notify all|mentions|nothing</translation>
    </message>
</context>
<context>
    <name>TypingTracker</name>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="74"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="76"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="78"/>
        <source>Several people are typing…</source>
        <translation>Mehrere Leute schreiben…</translation>
    </message>
</context>
</TS>
