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
        <translation>Dies ist die erste Verbindung zu %1. Keine Zertifizierungsstelle bürgt für sein Zertifikat. Vergleiche daher seinen Fingerabdruck mit dem, den dir die Administration des Servers nennt (der Server gibt ihn beim Start aus).</translation>
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
        <translation>Das Zertifikat von %1 ist nicht das, welches der Server zuvor gezeigt hat. Das passiert, wenn der Server neu installiert oder sein Zertifikat ersetzt wurde, aber auch, wenn jemand deine Verbindung abfängt. Fahre nur fort, wenn die Administration des Servers den neuen Fingerabdruck bestätigt.</translation>
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
        <location filename="../gui-client/chatclient.cpp" line="55"/>
        <source>Not sent: the client is no longer connected to the server.</source>
        <translation>Nicht gesendet: Der Client ist nicht mehr mit dem Server verbunden.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="135"/>
        <source>No encrypted connection could be set up (%1). If the server runs without TLS (--no-tls), start the client with --no-tls too.</source>
        <translation>Es konnte keine verschlüsselte Verbindung aufgebaut werden (%1). Läuft der Server ohne TLS (--no-tls), starte auch den Client mit --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="139"/>
        <source>The system says: %1.</source>
        <translation>Das System meldet: %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="181"/>
        <source>The server&apos;s certificate cannot be used: %1</source>
        <translation>Das Zertifikat des Servers ist unbrauchbar: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="210"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Nicht verbunden: Dem Zertifikat des Servers wurde nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="228"/>
        <source>The connection dropped before the server confirmed this message; it may not have arrived.</source>
        <translation>Die Verbindung brach ab, bevor der Server diese Nachricht bestätigt hat; sie ist vielleicht nicht angekommen.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="245"/>
        <source>Cannot reach the server at %1.</source>
        <translation>Der Server unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="246"/>
        <source>Cannot reach the server at %1. %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar. %2</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="249"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist unterbrochen.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="325"/>
        <source>The server is shutting down.</source>
        <translation>Der Server wird beendet.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="591"/>
        <location filename="../gui-client/chatclient.cpp" line="622"/>
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
    <name>DownloadJob</name>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="30"/>
        <location filename="../gui-client/downloadjob.cpp" line="89"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="40"/>
        <source>The download keeps breaking off; try again later.</source>
        <translation>Der Download bricht immer wieder ab; versuche es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="54"/>
        <source>The server offered other content than the message names.</source>
        <translation>Der Server bot anderen Inhalt an, als die Nachricht nennt.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="76"/>
        <source>The server sent the file from the wrong place.</source>
        <translation>Der Server hat die Datei von der falschen Stelle an gesendet.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="127"/>
        <source>The file arrived damaged; try again.</source>
        <translation>Die Datei kam beschädigt an; versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="170"/>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DownloadNames</name>
    <message>
        <location filename="../gui-client/downloadnames.cpp" line="110"/>
        <source>There are %1 copies of %2 already.</source>
        <translation>Es gibt schon %1 Kopien von %2.</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="18"/>
        <location filename="../gui-client/emojipicker.cpp" line="24"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="20"/>
        <source>Search by name, e.g. “thumbs up”</source>
        <translation>Nach englischem Namen suchen, z. B. „thumbs up“</translation>
    </message>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="21"/>
        <source>Search emoji</source>
        <translation>Emoji suchen</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../gui-client/emptyhint.cpp" line="18"/>
        <source>No messages here yet. Say hello!</source>
        <translation>Hier gibt es noch keine Nachrichten. Sag hallo!</translation>
    </message>
</context>
<context>
    <name>FileCache</name>
    <message>
        <location filename="../gui-client/filecache.cpp" line="66"/>
        <source>The cache folder cannot be written.</source>
        <translation>Der Cache-Ordner kann nicht beschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <location filename="../gui-client/filecard.cpp" line="34"/>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 Pixel</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/filecard.cpp" line="36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="60"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="60"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="86"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="86"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="88"/>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="89"/>
        <source>Fetching %1…</source>
        <translation>%1 wird geholt…</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="112"/>
        <source>Smaller (−)</source>
        <translation>Kleiner (−)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="114"/>
        <source>Larger (+)</source>
        <translation>Größer (+)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="117"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="117"/>
        <source>Fit the window (0)</source>
        <translation>An das Fenster anpassen (0)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="124"/>
        <source>Real size (1)</source>
        <translation>Originalgröße (1)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="136"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="136"/>
        <source>Save to the download folder (Ctrl+S)</source>
        <translation>Im Download-Ordner speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="156"/>
        <source>Fetching %1… %2%</source>
        <translation>%1 wird geholt… %2 %</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="161"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="175"/>
        <source>This image is damaged and cannot be shown.</source>
        <translation>Dieses Bild ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="192"/>
        <source>The file is not readable.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="280"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="29"/>
        <source>Confirm:</source>
        <translation>Bestätigen:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="30"/>
        <source>Create a new account</source>
        <translation>Neues Konto anlegen</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="43"/>
        <source>The name your other devices see this one by; you can end its session from them.</source>
        <translation>Der Name, unter dem deine anderen Geräte dieses sehen; von dort kannst du seine Sitzung beenden.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="69"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="70"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="71"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="73"/>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="150"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="157"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Gib die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="159"/>
        <source>Enter your username.</source>
        <translation>Gib deinen Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="161"/>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="164"/>
        <source>A username has 2 to 32 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>Ein Benutzername hat 2 bis 32 Zeichen: Buchstaben a–z, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;, und beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="167"/>
        <source>A password has at least %1 characters.</source>
        <translation>Ein Passwort hat mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="169"/>
        <source>Type the password again to confirm it.</source>
        <translation>Gib das Passwort zur Bestätigung noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="171"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="174"/>
        <source>Name this device (up to %1 characters), for example &quot;work laptop&quot;.</source>
        <translation>Gib diesem Gerät einen Namen (bis zu %1 Zeichen), zum Beispiel „Laptop im Büro“.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="33"/>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="200"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="66"/>
        <source>Chat Room</source>
        <translation>Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="75"/>
        <source>Type a message, or /help for commands</source>
        <translation>Nachricht eingeben, oder /help für Befehle</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="208"/>
        <source>Reconnected.</source>
        <translation>Wieder verbunden.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="70"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="71"/>
        <source>Enter sends; Tab completes a name; Up recalls what you sent.</source>
        <translation>Enter sendet; Tab ergänzt einen Namen; Pfeil hoch holt zurück, was du gesendet hast.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="72"/>
        <source>Who is typing</source>
        <translation>Wer gerade schreibt</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="110"/>
        <source>Insert an emoji (Ctrl+;)</source>
        <translation>Ein Emoji einfügen (Strg+;)</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="111"/>
        <source>Insert an emoji</source>
        <translation>Ein Emoji einfügen</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="149"/>
        <source>That message is no longer there.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="455"/>
        <source>A message has at most %1 characters; this one has %2. Shorten it, or send it in parts.</source>
        <translation>Eine Nachricht hat höchstens %1 Zeichen; diese hat %2. Kürze sie oder sende sie in Teilen.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="493"/>
        <source>Not edited: %1</source>
        <translation>Nicht bearbeitet: %1</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="13"/>
        <location filename="../gui-client/memberlist.cpp" line="160"/>
        <source>People here</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="17"/>
        <source>People in this room</source>
        <translation>Personen in diesem Raum</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="18"/>
        <source>Enter opens a direct conversation; the menu key offers more.</source>
        <translation>Enter öffnet eine direkte Unterhaltung; die Menütaste bietet mehr.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="44"/>
        <source>Send a &amp;Direct Message</source>
        <translation>&amp;Direktnachricht senden</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="45"/>
        <source>&amp;Mention</source>
        <translation>&amp;Erwähnen</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="47"/>
        <source>&amp;Who Is This?</source>
        <translation>&amp;Wer ist das?</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="48"/>
        <source>Who is %1?</source>
        <translation>Wer ist %1?</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="68"/>
        <source>That is you. You are in %1.</source>
        <translation>Das bist du. Du bist in %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="68"/>
        <source>That is you.</source>
        <translation>Das bist du.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="70"/>
        <source>%1 is in none of the rooms you are in.</source>
        <translation>%1 ist in keinem deiner Räume.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="71"/>
        <source>%1 is in %n room(s) you are in: %2.</source>
        <translation>
            <numerusform>%1 ist in %n Raum, in dem du auch bist: %2.</numerusform>
            <numerusform>%1 ist in %n Räumen, in denen du auch bist: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="149"/>
        <source>Not known while disconnected</source>
        <translation>Ohne Verbindung unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="156"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="160"/>
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
        <location filename="../gui-client/messageactions.cpp" line="49"/>
        <source>Cancel (Escape)</source>
        <translation>Abbrechen (Escape)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="50"/>
        <source>Cancel the reply or edit</source>
        <translation>Antwort oder Bearbeitung abbrechen</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="59"/>
        <source>&amp;Copy Selected Messages</source>
        <translation>Ausgewählte Nachrichten &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/messageactions.cpp" line="116"/>
        <source>Copy %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht kopieren</numerusform>
            <numerusform>%n Nachrichten kopieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="119"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="138"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="146"/>
        <source>Send %1 a direct message</source>
        <translation>%1 eine Direktnachricht senden</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="148"/>
        <source>Mention %1</source>
        <translation>%1 erwähnen</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="155"/>
        <source>Send Again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="168"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="172"/>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="173"/>
        <source>Other Emoji…</source>
        <translation>Anderes Emoji …</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="192"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="198"/>
        <location filename="../gui-client/messageactions.cpp" line="260"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="198"/>
        <source>Delete (you own this room)</source>
        <translation>Löschen (dir gehört dieser Raum)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="222"/>
        <source>Replying to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="232"/>
        <location filename="../gui-client/messageactions.cpp" line="242"/>
        <source>Editing your message; Enter saves it, Escape cancels.</source>
        <translation>Du bearbeitest deine Nachricht; Enter speichert, Escape bricht ab.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="254"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="255"/>
        <source>Delete your message for everyone?</source>
        <translation>Deine Nachricht für alle löschen?</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="256"/>
        <source>Delete %1&apos;s message for everyone in this room?</source>
        <translation>Die Nachricht von %1 für alle in diesem Raum löschen?</translation>
    </message>
</context>
<context>
    <name>MessageDocument</name>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="62"/>
        <source>── New messages ──</source>
        <translation>── Neue Nachrichten ──</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="94"/>
        <source>(deleted message)</source>
        <translation>(gelöschte Nachricht)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="120"/>
        <source>Announcement:</source>
        <translation>Ankündigung:</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="139"/>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="161"/>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="165"/>
        <source>(waiting to be sent)</source>
        <translation>(wartet auf den Versand)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="171"/>
        <source>(not delivered)</source>
        <translation>(nicht zugestellt)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="199"/>
        <source>Show %1 full size</source>
        <translation>%1 in voller Größe zeigen</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="226"/>
        <source>You reacted with this; click to take it back.</source>
        <translation>Du hast so reagiert; klicke, um es zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="227"/>
        <source>Click to react with this too.</source>
        <translation>Klicke, um auch so zu reagieren.</translation>
    </message>
</context>
<context>
    <name>MessageExporter</name>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="19"/>
        <location filename="../gui-client/messageexporter.cpp" line="62"/>
        <source>The connection was lost, so nothing was saved. Export again once connected.</source>
        <translation>Die Verbindung ist abgebrochen, daher wurde nichts gespeichert. Exportiere erneut, sobald du verbunden bist.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="26"/>
        <source>Not connected: export once the window is connected again.</source>
        <translation>Nicht verbunden: Exportiere, sobald das Fenster wieder verbunden ist.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="32"/>
        <location filename="../gui-client/messageexporter.cpp" line="68"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="59"/>
        <source>The server sent an empty part of the export, so nothing was saved.</source>
        <translation>Der Server hat einen leeren Teil des Exports gesendet, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="76"/>
        <source>The server could not export your messages: %1</source>
        <translation>Der Server konnte deine Nachrichten nicht exportieren: %1</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="33"/>
        <source>%1: this message was deleted.</source>
        <translation>%1: Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="37"/>
        <source>%1 to %2: %3</source>
        <translation>%1 an %2: %3</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="43"/>
        <source>Message %1, %2</source>
        <translation>Nachricht %1, %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="141"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="143"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../gui-client/messageview.cpp" line="35"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../gui-client/messageview.cpp" line="37"/>
        <source>The messages of the room on screen. Ctrl+C copies the selected ones; the menu key acts on one.</source>
        <translation>Die Nachrichten des angezeigten Raums. Strg+C kopiert die ausgewählten; die Menütaste bietet Aktionen für eine davon.</translation>
    </message>
</context>
<context>
    <name>NarrowLayout</name>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="20"/>
        <source>☰ Rooms</source>
        <translation>☰ Räume</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="21"/>
        <source>Show the rooms</source>
        <translation>Die Räume zeigen</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="24"/>
        <source>People</source>
        <translation>Leute</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="25"/>
        <source>Show the people in this room</source>
        <translation>Die Leute in diesem Raum zeigen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../gui-client/notifier.cpp" line="59"/>
        <source>Chat Room</source>
        <translation>Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/notifier.cpp" line="117"/>
        <location filename="../gui-client/notifier.cpp" line="147"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/notifier.cpp" line="123"/>
        <source>… and %n earlier message(s)</source>
        <translation>
            <numerusform>… und %n frühere Nachricht</numerusform>
            <numerusform>… und %n frühere Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/notifier.cpp" line="143"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>OutgoingMessages</name>
    <message numerus="yes">
        <location filename="../gui-client/outgoingmessages.cpp" line="67"/>
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation>
            <numerusform>Du sendest zu schnell; warte %n Sekunde und sende es noch einmal.</numerusform>
            <numerusform>Du sendest zu schnell; warte %n Sekunden und sende es noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/outgoingmessages.cpp" line="69"/>
        <source>There is no user called %1, so the message was not delivered.</source>
        <translation>Es gibt keinen Benutzer namens %1, daher wurde die Nachricht nicht zugestellt.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="20"/>
        <location filename="../gui-client/quickswitcher.cpp" line="24"/>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="23"/>
        <source>Room, conversation or person</source>
        <translation>Raum, Unterhaltung oder Person</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="25"/>
        <source>Type part of a name; Up and Down choose, Enter goes there.</source>
        <translation>Gib einen Teil eines Namens ein; Pfeil hoch und runter wählen aus, Enter springt dorthin.</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="26"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="28"/>
        <source>Enter goes there, Escape goes back.</source>
        <translation>Enter springt dorthin, Escape geht zurück.</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="76"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="79"/>
        <source>%1 (direct messages)</source>
        <translation>%1 (Direktnachrichten)</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="82"/>
        <source>%1 (person)</source>
        <translation>%1 (Person)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/quickswitcher.cpp" line="86"/>
        <source>%1 – %n unread</source>
        <translation>
            <numerusform>%1 – %n ungelesen</numerusform>
            <numerusform>%1 – %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedImage</name>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="13"/>
        <source>This is not an image this program can show.</source>
        <translation>Dies ist kein Bild, das dieses Programm zeigen kann.</translation>
    </message>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="23"/>
        <source>This image is too large to show (%1 × %2 pixels).</source>
        <translation>Dieses Bild ist zu groß zum Anzeigen (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="19"/>
        <location filename="../gui-client/receivedimage.cpp" line="38"/>
        <source>This image is damaged and cannot be shown.</source>
        <translation>Dieses Bild ist beschädigt und kann nicht angezeigt werden.</translation>
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
        <location filename="../gui-client/roomheader.cpp" line="62"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="79"/>
        <source>%1 (private)</source>
        <translation>%1 (privat)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/roomheader.cpp" line="81"/>
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n Mitglied</numerusform>
            <numerusform>%1 · %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="90"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="23"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Räume</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="25"/>
        <source>Rooms and conversations</source>
        <translation>Räume und Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="26"/>
        <source>Alt+1 to Alt+9 and Ctrl+Page Up or Down switch between them.</source>
        <translation>Alt+1 bis Alt+9 und Strg+Bild auf oder ab wechseln zwischen ihnen.</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="135"/>
        <source>999+</source>
        <translation>999+</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="136"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="138"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="147"/>
        <source>Private conversation with %1</source>
        <translation>Private Unterhaltung mit %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="155"/>
        <source>Private messages</source>
        <translation>Private Nachrichten</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="73"/>
        <source>Older results</source>
        <translation>Ältere Treffer</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="74"/>
        <location filename="../gui-client/searchdialog.cpp" line="191"/>
        <source>Mentions of me</source>
        <translation>Erwähnungen von mir</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="77"/>
        <location filename="../gui-client/searchdialog.cpp" line="164"/>
        <location filename="../gui-client/searchdialog.cpp" line="200"/>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="79"/>
        <source>Words, and from:name, in:room, in:@name, before:2026-12-31, after:2026-01-01</source>
        <translation>Wörter, und from:Name, in:Raum, in:@Name, before:2026-12-31, after:2026-01-01</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="86"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="107"/>
        <location filename="../gui-client/searchdialog.cpp" line="180"/>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="192"/>
        <source>Looking for your mentions…</source>
        <translation>Suche deine Erwähnungen…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="204"/>
        <source>No messages you can read match “%1”.</source>
        <translation>Keine Nachricht, die du lesen kannst, passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="205"/>
        <source>%n message(s), the newest first.</source>
        <translation>
            <numerusform>%n Nachricht, die neueste zuerst.</numerusform>
            <numerusform>%n Nachrichten, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="221"/>
        <source>Nobody has mentioned you in your rooms.</source>
        <translation>Niemand hat dich in deinen Räumen erwähnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="222"/>
        <source>%n mention(s), the newest first.</source>
        <translation>
            <numerusform>%n Erwähnung, die neueste zuerst.</numerusform>
            <numerusform>%n Erwähnungen, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="228"/>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="239"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="40"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <location filename="../gui-client/servertext.cpp" line="14"/>
        <location filename="../gui-client/servertext.cpp" line="90"/>
        <source>The server refused this (code &quot;%1&quot;); this client does not know why.</source>
        <translation>Der Server hat das abgelehnt (Code „%1“); dieser Client kennt den Grund nicht.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="22"/>
        <source>The server could not read what this client sent (%1). Please report this.</source>
        <translation>Der Server konnte nicht lesen, was dieser Client gesendet hat (%1). Bitte melde das.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="24"/>
        <source>This client is too old or too new for the server.</source>
        <translation>Dieser Client ist zu alt oder zu neu für den Server.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="26"/>
        <source>You are not logged in; log in again.</source>
        <translation>Du bist nicht angemeldet; melde dich erneut an.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="28"/>
        <source>You are already logged in.</source>
        <translation>Du bist bereits angemeldet.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="30"/>
        <source>A username has %1 to %2 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>Ein Benutzername hat %1 bis %2 Zeichen: Buchstaben a–z, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;, und beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="35"/>
        <source>A password has %1 to %2 characters, not only spaces.</source>
        <translation>Ein Passwort hat %1 bis %2 Zeichen und besteht nicht nur aus Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="39"/>
        <source>That username is taken; choose another.</source>
        <translation>Dieser Benutzername ist vergeben; wähle einen anderen.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="41"/>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="43"/>
        <source>Your session expired; log in again.</source>
        <translation>Deine Sitzung ist abgelaufen; melde dich erneut an.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="45"/>
        <source>The administrator of this server has banned you.</source>
        <translation>Die Verwaltung dieses Servers hat dich gesperrt.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="47"/>
        <source>A room name has %1 to %2 characters: letters a–z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Ein Raumname hat %1 bis %2 Zeichen: Buchstaben a–z, Ziffern, „_“ und „-“.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="51"/>
        <source>You are not in that room; /join it first.</source>
        <translation>Du bist nicht in diesem Raum; betritt ihn zuerst mit /join.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="53"/>
        <source>There is no user by that name.</source>
        <translation>Es gibt keinen Benutzer mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="55"/>
        <source>You are in as many rooms as the server allows; leave one first.</source>
        <translation>Du bist in so vielen Räumen, wie der Server erlaubt; verlasse zuerst einen.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="57"/>
        <source>You are logged in on too many devices. End a session on one of them (/devices), then try again.</source>
        <translation>Du bist auf zu vielen Geräten angemeldet. Beende die Sitzung auf einem davon (/devices) und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="60"/>
        <source>None of your devices has that name; /devices lists them.</source>
        <translation>Keines deiner Geräte hat diesen Namen; /devices listet sie auf.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="62"/>
        <source>That room is private: ask one of its members to invite you (/invite).</source>
        <translation>Dieser Raum ist privat: Bitte eines seiner Mitglieder, dich einzuladen (/invite).</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="64"/>
        <source>That message is not there (any more).</source>
        <translation>Diese Nachricht gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="66"/>
        <source>You may not do that here.</source>
        <translation>Das darfst du hier nicht.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="68"/>
        <source>That file is larger than this server takes.</source>
        <translation>Diese Datei ist größer, als dieser Server annimmt.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="70"/>
        <source>Your files on this server have reached their limit.</source>
        <translation>Deine Dateien auf diesem Server haben ihr Limit erreicht.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="72"/>
        <source>Too many of your files are on their way at once; wait for one to finish.</source>
        <translation>Zu viele deiner Dateien sind gleichzeitig unterwegs; warte, bis eine fertig ist.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="74"/>
        <source>That upload is no longer on the server; send the file again.</source>
        <translation>Dieser Upload ist nicht mehr auf dem Server; sende die Datei noch einmal.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="76"/>
        <source>The file arrived damaged; send it again.</source>
        <translation>Die Datei kam beschädigt an; sende sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="78"/>
        <source>The download expired; start it again.</source>
        <translation>Der Download ist abgelaufen; starte ihn neu.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="80"/>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>Zu viele Versuche; warte einen Moment und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="82"/>
        <source>The server is full right now; try again in a while.</source>
        <translation>Der Server ist gerade voll; versuche es später erneut.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="84"/>
        <source>Something went wrong on the server; try again.</source>
        <translation>Auf dem Server ist etwas schiefgegangen; versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="86"/>
        <location filename="../gui-client/servertext.cpp" line="118"/>
        <source>The server is shutting down; you will be reconnected when it is back.</source>
        <translation>Der Server wird beendet; du wirst wieder verbunden, sobald er zurück ist.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="88"/>
        <source>The server accepts encrypted connections only: start the client without --no-tls.</source>
        <translation>Der Server akzeptiert nur verschlüsselte Verbindungen: Starte den Client ohne --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="103"/>
        <source>%1 joined.</source>
        <translation>%1 hat den Raum betreten.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="105"/>
        <source>%1 left.</source>
        <translation>%1 hat den Raum verlassen.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="107"/>
        <source>%1 lost the connection.</source>
        <translation>%1 hat die Verbindung verloren.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="110"/>
        <source>%1 was removed by the server&apos;s operator.</source>
        <translation>%1 wurde vom Betreiber des Servers entfernt.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="111"/>
        <source>The server&apos;s operator disconnected you.</source>
        <translation>Der Betreiber des Servers hat deine Verbindung getrennt.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="113"/>
        <source>You logged in again from another window with this device&apos;s name, so this one was logged out.</source>
        <translation>Du hast dich in einem anderen Fenster mit dem Namen dieses Geräts erneut angemeldet, daher wurde dieses Fenster abgemeldet.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="115"/>
        <source>This device was logged out from another of your devices.</source>
        <translation>Dieses Gerät wurde von einem deiner anderen Geräte aus abgemeldet.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="119"/>
        <source>The server is shutting down: %1</source>
        <translation>Der Server wird beendet: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="20"/>
        <source>Show when people &amp;join and leave</source>
        <translation>Anzeigen, wenn jemand einen Raum &amp;betritt oder verlässt</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="21"/>
        <source>Desktop &amp;notifications for new messages</source>
        <translation>Desktop-Be&amp;nachrichtigungen für neue Nachrichten</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="25"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="27"/>
        <location filename="../gui-client/settingsdialog.cpp" line="34"/>
        <location filename="../gui-client/settingsdialog.cpp" line="51"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="28"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="29"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="36"/>
        <source> pt</source>
        <extracomment>The unit after a font size, with its leading space: &quot;12 pt&quot;.</extracomment>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="40"/>
        <source>24 hours (13:05)</source>
        <translation>24 Stunden (13:05)</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="41"/>
        <source>12 hours (1:05 PM)</source>
        <translation>12 Stunden (1:05 PM)</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="48"/>
        <source>Each room&apos;s own level (/notify) still decides which messages notify.</source>
        <translation>Welche Nachrichten benachrichtigen, entscheidet weiterhin die Stufe des jeweiligen Raums (/notify).</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="69"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="70"/>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="71"/>
        <source>T&amp;imes:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="75"/>
        <source>A new language shows from the next start.</source>
        <translation>Eine neue Sprache erscheint ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="78"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>Name dieses &amp;Geräts:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="80"/>
        <source>Your other devices see this one by its name; it changes at the next login.</source>
        <translation>Deine anderen Geräte sehen dieses unter seinem Namen; er ändert sich bei der nächsten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="94"/>
        <source>A device&apos;s name has 1 to %1 characters, not only spaces.</source>
        <translation>Ein Gerätename hat 1 bis %1 Zeichen und besteht nicht nur aus Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>SlashCommand</name>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="77"/>
        <source>/join &lt;room&gt;</source>
        <translation>/join &lt;Raum&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="79"/>
        <source>/msg &lt;user&gt; [text]</source>
        <translation>/msg &lt;Benutzer&gt; [Text]</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="81"/>
        <source>/me &lt;action&gt;</source>
        <translation>/me &lt;Aktion&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="83"/>
        <source>/invite &lt;user&gt;</source>
        <translation>/invite &lt;Benutzer&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="85"/>
        <source>/private &lt;room&gt;</source>
        <translation>/private &lt;Raum&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="87"/>
        <source>/notify all|mentions|nothing</source>
        <translation>/notify all|mentions|nothing</translation>
    </message>
</context>
<context>
    <name>TransferLink</name>
    <message>
        <location filename="../gui-client/transferlink.cpp" line="37"/>
        <source>The server&apos;s certificate is not the one you trust.</source>
        <translation>Das Zertifikat des Servers ist nicht das, dem du vertraust.</translation>
    </message>
    <message>
        <location filename="../gui-client/transferlink.cpp" line="53"/>
        <source>The system says: %1.</source>
        <translation>Das System meldet: %1.</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="45"/>
        <source>Files on their way</source>
        <translation>Dateien unterwegs</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="91"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="98"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="106"/>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="123"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="125"/>
        <source>%1/⁠s</source>
        <translation>%1/⁠s</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="151"/>
        <location filename="../gui-client/transferpanel.cpp" line="167"/>
        <source>%1% done, %2</source>
        <translation>%1 % erledigt, %2</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="211"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="219"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="220"/>
        <source>Dismiss %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/transferpanel.cpp" line="128"/>
        <source>%1, %n second(s) left</source>
        <translation>
            <numerusform>%1, noch %n Sekunde</numerusform>
            <numerusform>%1, noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/transferpanel.cpp" line="129"/>
        <source>%1, %n minute(s) left</source>
        <translation>
            <numerusform>%1, noch %n Minute</numerusform>
            <numerusform>%1, noch %n Minuten</numerusform>
        </translation>
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
<context>
    <name>UploadJob</name>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="80"/>
        <source>%1 is no longer there; it was not sent.</source>
        <translation>%1 ist nicht mehr da; es wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="105"/>
        <source>%1 is empty: there is nothing to send.</source>
        <translation>%1 ist leer: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="108"/>
        <source>This server does not take files.</source>
        <translation>Dieser Server nimmt keine Dateien an.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="111"/>
        <source>%1 is too large: this server takes files of up to %2.</source>
        <translation>%1 ist zu groß: Dieser Server nimmt Dateien bis %2 an.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="114"/>
        <location filename="../gui-client/uploadjob.cpp" line="186"/>
        <location filename="../gui-client/uploadjob.cpp" line="229"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="249"/>
        <source>The connection for %1 keeps breaking off.</source>
        <translation>Die Verbindung für %1 bricht immer wieder ab.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="264"/>
        <source>%1 changed while it was being sent; send it again.</source>
        <translation>%1 hat sich beim Senden verändert; sende es noch einmal.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="267"/>
        <source>The server could not store %1.</source>
        <translation>Der Server konnte %1 nicht speichern.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="284"/>
        <source>%1 changed since you chose to send it, so it was not sent; send it again.</source>
        <translation>%1 hat sich geändert, seit du es zum Senden gewählt hast, und wurde daher nicht gesendet; sende es erneut.</translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <location filename="../gui-client/voiceplayer.cpp" line="36"/>
        <source>This recording cannot be played: %1</source>
        <translation>Diese Aufnahme kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="92"/>
        <source>The last recording is still being finished; try again in a moment.</source>
        <translation>Die letzte Aufnahme wird noch abgeschlossen; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="96"/>
        <source>No microphone is connected.</source>
        <translation>Es ist kein Mikrofon angeschlossen.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="100"/>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="119"/>
        <location filename="../gui-client/voicerecorder.cpp" line="122"/>
        <source>Voice message %1</source>
        <translation>Sprachnachricht %1</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="152"/>
        <source>The recording failed.</source>
        <translation>Die Aufnahme ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="153"/>
        <source>The recording failed: %1</source>
        <translation>Die Aufnahme ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="178"/>
        <source>Hold the button while you speak; release it to send.</source>
        <translation>Halte die Taste gedrückt, während du sprichst; lass sie los, um zu senden.</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="39"/>
        <source>Join a room first: /join &lt;room&gt;</source>
        <translation>Betritt zuerst einen Raum: /join &lt;Raum&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="48"/>
        <source>There is no user called %1.</source>
        <translation>Es gibt keinen Benutzer namens %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="50"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation>Das bist du: Eine Direktnachricht geht an jemand anderen.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="58"/>
        <source>Commands: /join &lt;room&gt;, /private &lt;room&gt;, /leave, /topic [text], /invite &lt;user&gt;, /msg &lt;user&gt; [text], /me &lt;action&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /export [file], /clear, /exit. Tab completes @names; Ctrl+F searches; right-click a message to reply, react, edit or delete it. Start a message with // to send a line beginning with /.</source>
        <translation>Befehle: /join &lt;Raum&gt;, /private &lt;Raum&gt;, /leave, /topic [Text], /invite &lt;Benutzer&gt;, /msg &lt;Benutzer&gt; [Text], /me &lt;Aktion&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /export [Datei], /clear, /exit. Tab ergänzt @Namen; Strg+F sucht; ein Rechtsklick auf eine Nachricht antwortet, reagiert, bearbeitet oder löscht sie. Beginne eine Nachricht mit //, um eine Zeile zu senden, die mit / anfängt.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="73"/>
        <source>Invitations are for private rooms: open one first (/private &lt;room&gt; makes one).</source>
        <translation>Einladungen gibt es für private Räume: Öffne zuerst einen (/private &lt;Raum&gt; legt einen an).</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="79"/>
        <source>Notifications are set per room: open one first.</source>
        <translation>Benachrichtigungen gelten je Raum: Öffne zuerst einen.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="112"/>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation>Den Befehl /%1 gibt es nicht. /help zeigt die Liste.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="121"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="130"/>
        <source>Your messages are being exported already; wait until that is done.</source>
        <translation>Deine Nachrichten werden bereits exportiert; warte, bis das fertig ist.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="135"/>
        <source>Export Your Messages</source>
        <translation>Deine Nachrichten exportieren</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="135"/>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="148"/>
        <source>%1 exists already; give the export a new name.</source>
        <translation>%1 gibt es schon; gib dem Export einen neuen Namen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowcommands.cpp" line="159"/>
        <source>Exporting your messages: %n so far…</source>
        <translation>
            <numerusform>Exportiere deine Nachrichten: bisher %n …</numerusform>
            <numerusform>Exportiere deine Nachrichten: bisher %n …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowcommands.cpp" line="165"/>
        <source>Exported %n message(s) you sent to %1.</source>
        <translation>
            <numerusform>%n Nachricht, die du gesendet hast, nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten, die du gesendet hast, nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="171"/>
        <source>Exporting your messages…</source>
        <translation>Exportiere deine Nachrichten…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="178"/>
        <source>A topic belongs to a room: open one first.</source>
        <translation>Ein Thema gehört zu einem Raum: Öffne zuerst einen.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="181"/>
        <source>%1 has no topic. /topic &lt;text&gt; sets one.</source>
        <translation>%1 hat kein Thema. /topic &lt;Text&gt; setzt eines.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="182"/>
        <source>The topic of %1: %2</source>
        <translation>Das Thema von %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="184"/>
        <source>A topic has at most %1 characters.</source>
        <translation>Ein Thema hat höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="68"/>
        <source>Join a Room</source>
        <translation>Raum betreten</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="69"/>
        <source>Room name (a new name creates the room):</source>
        <translation>Raumname (ein neuer Name legt den Raum an):</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="84"/>
        <source>Direct Message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="85"/>
        <source>To whom (a username):</source>
        <translation>An wen (ein Benutzername):</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="102"/>
        <source>There is no user called %1.</source>
        <translation>Es gibt niemanden mit dem Namen %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="104"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation>Das bist du: Eine Direktnachricht geht an jemand anderen.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="160"/>
        <source>About Chat Room</source>
        <translation>Über Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="161"/>
        <source>Chat Room %1

A chat for your team, club or class, on your own server.

Built with Qt %2.</source>
        <translation>Chat Room %1

Ein Chat für dein Team, deinen Verein oder deine Klasse, auf deinem eigenen Server.

Erstellt mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>WindowFeed</name>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="188"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="189"/>
        <source>Rooms: %1</source>
        <translation>Räume: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="162"/>
        <source>%n message(s) arrived while you were away.</source>
        <translation>
            <numerusform>%n Nachricht kam, während du weg warst.</numerusform>
            <numerusform>%n Nachrichten kamen, während du weg warst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="211"/>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="208"/>
        <source>New messages from %1</source>
        <translation>Neue Nachrichten von %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="281"/>
        <source>Notifications in %1: only when you are mentioned.</source>
        <translation>Benachrichtigungen in %1: nur, wenn du erwähnt wirst.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="283"/>
        <source>Notifications in %1: none.</source>
        <translation>Benachrichtigungen in %1: keine.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="284"/>
        <source>Notifications in %1: every message.</source>
        <translation>Benachrichtigungen in %1: jede Nachricht.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="236"/>
        <source>%1 cleared the topic.</source>
        <translation>%1 hat das Thema gelöscht.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="237"/>
        <source>%1 set the topic: %2</source>
        <translation>%1 hat das Thema gesetzt: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="246"/>
        <source>%1 invited you to the private room %2. Type /join %2 to enter.</source>
        <translation>%1 hat dich in den privaten Raum %2 eingeladen. Gib /join %2 ein, um ihn zu betreten.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="249"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="244"/>
        <source>%1 may now join %2.</source>
        <translation>%1 darf jetzt %2 betreten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="180"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="181"/>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="181"/>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="46"/>
        <source>Send files (Ctrl+Shift+O); you can also drop them on the window or paste an image</source>
        <translation>Dateien senden (Strg+Umschalt+O); du kannst sie auch auf das Fenster ziehen oder ein Bild einfügen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="47"/>
        <location filename="../gui-client/windowfiles.cpp" line="64"/>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="51"/>
        <location filename="../gui-client/windowfiles.cpp" line="95"/>
        <source>Sending %1</source>
        <translation>Sende %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="56"/>
        <source>waiting for the server…</source>
        <translation>warte auf den Server…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="104"/>
        <source>Sending a voice message</source>
        <translation>Sprachnachricht wird gesendet</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="117"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="181"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="184"/>
        <source>It cannot be saved in the download folder.</source>
        <translation>Es kann nicht im Download-Ordner gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="186"/>
        <source>Saved to the download folder</source>
        <translation>Im Download-Ordner gespeichert</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="191"/>
        <source>The picture was not fetched.</source>
        <translation>Das Bild wurde nicht geholt.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="209"/>
        <source>%1 cannot be saved in %2: %3</source>
        <translation>%1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="211"/>
        <location filename="../gui-client/windowfiles.cpp" line="229"/>
        <source>Saving %1</source>
        <translation>Speichere %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="241"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="254"/>
        <source>Open a program?</source>
        <translation>Ein Programm öffnen?</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="255"/>
        <source>%1 could run as a program on this computer. Open it only if you trust whoever sent it. Open it?</source>
        <translation>%1 könnte auf diesem Computer als Programm laufen. Öffne es nur, wenn du der Person vertraust, die es geschickt hat. Öffnen?</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="263"/>
        <source>No program on this computer opens it; it is in %1.</source>
        <translation>Kein Programm auf diesem Computer öffnet die Datei; sie liegt in %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="269"/>
        <source>Opening %1</source>
        <translation>Öffne %1</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="36"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="37"/>
        <source>&amp;Join a Room…</source>
        <translation>Raum be&amp;treten…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="38"/>
        <source>&amp;Leave This Room</source>
        <translation>Diesen Raum &amp;verlassen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="39"/>
        <source>&amp;Direct Message…</source>
        <translation>&amp;Direktnachricht…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="40"/>
        <source>Send &amp;Files…</source>
        <translation>&amp;Dateien senden…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="41"/>
        <source>&amp;Record a Voice Message (again to send)</source>
        <translation>Sprachnachricht auf&amp;nehmen (nochmals zum Senden)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="44"/>
        <source>Your De&amp;vices…</source>
        <translation>Deine &amp;Geräte…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="45"/>
        <source>&amp;Export Your Messages…</source>
        <translation>Deine Nachrichten &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="46"/>
        <source>Log &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="50"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="52"/>
        <source>&amp;Search Messages…</source>
        <translation>Nachrichten &amp;durchsuchen…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="54"/>
        <source>&amp;Mentions of Me…</source>
        <translation>&amp;Erwähnungen von mir…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="55"/>
        <source>Insert &amp;Emoji…</source>
        <translation>&amp;Emoji einfügen …</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="57"/>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="60"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="61"/>
        <source>&amp;Go To…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="62"/>
        <source>&amp;Next Room</source>
        <translation>&amp;Nächster Raum</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="63"/>
        <source>&amp;Previous Room</source>
        <translation>&amp;Vorheriger Raum</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="64"/>
        <source>&amp;Room by Number</source>
        <translation>&amp;Raum nach Nummer</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="66"/>
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="67"/>
        <source>&amp;Message Input</source>
        <translation>Nachrichten&amp;eingabe</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="69"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="70"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="74"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="75"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="76"/>
        <source>&amp;About Chat Room</source>
        <translation>&amp;Über Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="103"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="106"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="108"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="108"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="115"/>
        <source>Room 1 to 9</source>
        <translation>Raum 1 bis 9</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="116"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="118"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="118"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="119"/>
        <source>Complete a name</source>
        <translation>Namen ergänzen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="119"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="120"/>
        <source>Earlier lines you sent</source>
        <translation>Früher gesendete Zeilen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="120"/>
        <source>Up, Down</source>
        <translation>Pfeil hoch, Pfeil runter</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="121"/>
        <source>Cancel a reply or edit; back to the input</source>
        <translation>Antwort oder Bearbeitung abbrechen; zurück zur Eingabe</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="121"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="122"/>
        <source>Reply, react, edit or delete a message</source>
        <translation>Auf eine Nachricht antworten, reagieren, sie bearbeiten oder löschen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="122"/>
        <source>Menu key or right click on it</source>
        <translation>Menütaste oder Rechtsklick darauf</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="123"/>
        <source>Select messages</source>
        <translation>Nachrichten auswählen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="123"/>
        <source>Shift or Ctrl with arrows or a click</source>
        <translation>Umschalt oder Strg mit Pfeiltasten oder einem Klick</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="124"/>
        <source>Open the menus</source>
        <translation>Menüs öffnen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="124"/>
        <source>Alt and the underlined letter, or F10</source>
        <translation>Alt und der unterstrichene Buchstabe, oder F10</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="125"/>
        <source>Record a voice message while held</source>
        <translation>Sprachnachricht aufnehmen, solange gedrückt</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="125"/>
        <source>Hold the 🎤 button; release off it or Escape to throw away</source>
        <translation>🎤-Taste gedrückt halten; daneben loslassen oder Escape zum Verwerfen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="126"/>
        <source>Picture viewer: larger, smaller, real size, fit</source>
        <translation>Bildbetrachter: größer, kleiner, Originalgröße, einpassen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="126"/>
        <source>+, −, 1, 0 (or Ctrl and the wheel)</source>
        <translation>+, −, 1, 0 (oder Strg und das Mausrad)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="127"/>
        <source>Picture viewer: save</source>
        <translation>Bildbetrachter: speichern</translation>
    </message>
</context>
<context>
    <name>WindowVoice</name>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="41"/>
        <source>● Recording 0:00 — release to send, Esc to throw away</source>
        <translation>● Aufnahme 0:00 — loslassen zum Senden, Esc zum Verwerfen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="47"/>
        <source>● Recording %1 — release to send, Esc to throw away</source>
        <translation>● Aufnahme %1 — loslassen zum Senden, Esc zum Verwerfen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="78"/>
        <source>Hold to record a voice message, release to send (or Ctrl+Shift+R to start and again to send)</source>
        <translation>Gedrückt halten, um eine Sprachnachricht aufzunehmen, loslassen zum Senden (oder Strg+Umschalt+R zum Starten und nochmals zum Senden)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="80"/>
        <source>Record a voice message</source>
        <translation>Sprachnachricht aufnehmen</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="82"/>
        <source>No microphone is connected: connect one to send voice messages</source>
        <translation>Es ist kein Mikrofon angeschlossen: schließe eines an, um Sprachnachrichten zu senden</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="83"/>
        <source>Record a voice message (no microphone is connected)</source>
        <translation>Sprachnachricht aufnehmen (kein Mikrofon angeschlossen)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="106"/>
        <source>Open a room or a conversation to send a voice message.</source>
        <translation>Öffne einen Raum oder eine Unterhaltung, um eine Sprachnachricht zu senden.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="127"/>
        <source>The recording was thrown away.</source>
        <translation>Die Aufnahme wurde verworfen.</translation>
    </message>
</context>
</TS>
