<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CertificatePrompt</name>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="41"/>
        <source>New server</source>
        <translation>Servidor nuevo</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="42"/>
        <source>This is the first connection to %1. No certificate authority vouches for its certificate, so compare its fingerprint with the one the server&apos;s administrator gives you (the server prints it when it starts).</source>
        <translation>Esta es la primera conexión con %1. Ninguna autoridad de certificación avala su certificado, así que compare su huella con la que le dé la administración del servidor (el servidor la muestra al arrancar).</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="46"/>
        <source>SHA-256 fingerprint:
%1</source>
        <translation>Huella SHA-256:
%1</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="47"/>
        <source>Trust and connect</source>
        <translation>Confiar y conectar</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="52"/>
        <source>Server certificate changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="53"/>
        <source>The certificate of %1 is not the one it showed before. That happens when the server is reinstalled or its certificate is replaced, but it is also what someone intercepting your connection would cause. Do not go on unless the server&apos;s administrator confirms the new fingerprint.</source>
        <translation>El certificado de %1 no es el que mostraba antes. Eso ocurre cuando el servidor se reinstala o se sustituye su certificado, pero también es lo que causaría alguien que intercepte su conexión. No continúe a menos que la administración del servidor confirme la nueva huella.</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="58"/>
        <source>New SHA-256 fingerprint:
%1

Previously:
%2</source>
        <translation>Nueva huella SHA-256:
%1

Anterior:
%2</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="60"/>
        <source>Accept the new certificate</source>
        <translation>Aceptar el certificado nuevo</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="61"/>
        <source>Do not connect</source>
        <translation>No conectar</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="54"/>
        <source>Not sent: the client is no longer connected to the server.</source>
        <translation>No enviado: el cliente ya no está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="131"/>
        <source>No encrypted connection could be set up (%1). If the server runs without TLS (--no-tls), start the client with --no-tls too.</source>
        <translation>No se pudo establecer una conexión cifrada (%1). Si el servidor funciona sin TLS (--no-tls), inicie también el cliente con --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="135"/>
        <source>The system says: %1.</source>
        <translation>El sistema indica: %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="177"/>
        <source>The server&apos;s certificate cannot be used: %1</source>
        <translation>El certificado del servidor no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="203"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>No conectado: no se confió en el certificado del servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="219"/>
        <source>The connection dropped before the server confirmed this message; it may not have arrived.</source>
        <translation>La conexión se cortó antes de que el servidor confirmara este mensaje; puede que no haya llegado.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="236"/>
        <source>Cannot reach the server at %1.</source>
        <translation>No se puede contactar con el servidor en %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="237"/>
        <source>Cannot reach the server at %1. %2</source>
        <translation>No se puede contactar con el servidor en %1. %2</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="240"/>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="315"/>
        <source>The server is shutting down.</source>
        <translation>El servidor se está apagando.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="527"/>
        <source>Not sent: the client is not connected to the server.</source>
        <translation>No enviado: el cliente no está conectado al servidor.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="29"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="34"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="38"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="42"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>TCP fallback</source>
        <translation>TCP (alternativa)</translation>
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
        <translation>Tiempo real: %1   Ida y vuelta: %2   Pérdida: %3</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="15"/>
        <source>End session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="18"/>
        <source>Your devices</source>
        <translation>Tus dispositivos</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="26"/>
        <source>Ending a session logs that device out; it needs the password to log in again.</source>
        <translation>Cerrar una sesión desconecta ese dispositivo; necesitará la contraseña para volver a entrar.</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="63"/>
        <source>%1 is logged out; it needs the password to log in again.</source>
        <translation>%1 ha cerrado sesión; necesitará la contraseña para volver a entrar.</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="64"/>
        <source>The unnamed device</source>
        <translation>El dispositivo sin nombre</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="78"/>
        <source>this device</source>
        <translation>este dispositivo</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online since %1</source>
        <translation>conectado desde %1</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>last seen %1</source>
        <translation>visto por última vez %1</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="84"/>
        <source>(unnamed device)</source>
        <translation>(dispositivo sin nombre)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="23"/>
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="24"/>
        <source>Create a new account</source>
        <translation>Crear una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="27"/>
        <source>Chat Room – Log in</source>
        <translation>Chat Room – Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="37"/>
        <source>The name your other devices see this one by; you can end its session from them.</source>
        <translation>El nombre con el que tus otros dispositivos ven este; desde ellos puedes cerrar su sesión.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="60"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="61"/>
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="62"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="64"/>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="138"/>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="145"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Escribe la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="147"/>
        <source>Enter your username.</source>
        <translation>Escribe tu nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="149"/>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="152"/>
        <source>A username has 2 to 32 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras a–z, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;, y empieza por una letra.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="155"/>
        <source>A password has at least %1 characters.</source>
        <translation>Una contraseña tiene al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="157"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="160"/>
        <source>Name this device (up to %1 characters), for example &quot;work laptop&quot;.</source>
        <translation>Ponle un nombre a este dispositivo (hasta %1 caracteres), por ejemplo «portátil del trabajo».</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="170"/>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="170"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="216"/>
        <source>Wrong username or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="218"/>
        <source>That username is taken; choose another.</source>
        <translation>Ese nombre de usuario ya existe; elige otro.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="220"/>
        <source>The server refused that username: %1</source>
        <translation>El servidor rechazó ese nombre de usuario: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="222"/>
        <source>The server refused that password: %1</source>
        <translation>El servidor rechazó esa contraseña: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="224"/>
        <source>Your session expired; log in again.</source>
        <translation>Tu sesión ha caducado; inicia sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="226"/>
        <source>This client is too old or too new for the server: %1</source>
        <translation>Este programa es demasiado antiguo o nuevo para el servidor: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="230"/>
        <source>The server accepts encrypted connections only: start the client without --no-tls.</source>
        <translation>El servidor solo acepta conexiones cifradas: inicie el cliente sin --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="232"/>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>Demasiados intentos; espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="234"/>
        <source>You are logged in on too many devices. End a session on one of them (/devices), then try again.</source>
        <translation>Has iniciado sesión en demasiados dispositivos. Cierra la sesión en uno de ellos (/devices) e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="237"/>
        <source>That room is private: ask one of its members to invite you (/invite).</source>
        <translation>Esa sala es privada: pide a uno de sus miembros que te invite (/invite).</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="239"/>
        <source>None of your devices has that name; /devices lists them.</source>
        <translation>Ninguno de tus dispositivos se llama así; /devices los muestra.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="240"/>
        <source>The server said: %1</source>
        <translation>El servidor dice: %1</translation>
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
        <translation>Escribe un mensaje, o /help para ver los comandos</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="169"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n miembro)</numerusform>
            <numerusform>%1 (%n miembros)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="170"/>
        <source>Rooms: %1</source>
        <translation>Salas: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="188"/>
        <source>Reconnected.</source>
        <translation>Conectado de nuevo.</translation>
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
            <numerusform>Llegó %n mensaje mientras no estabas.</numerusform>
            <numerusform>Llegaron %n mensajes mientras no estabas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="675"/>
        <source>Direct messages</source>
        <translation>Mensajes directos</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="673"/>
        <source>New messages from %1</source>
        <translation>Mensajes nuevos de %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="480"/>
        <source>Notifications in %1: only when you are mentioned.</source>
        <translation>Notificaciones en %1: solo cuando te mencionan.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="482"/>
        <source>Notifications in %1: none.</source>
        <translation>Notificaciones en %1: ninguna.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="483"/>
        <source>Notifications in %1: every message.</source>
        <translation>Notificaciones en %1: cada mensaje.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="625"/>
        <source>That message is no longer there.</source>
        <translation>Ese mensaje ya no está.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="702"/>
        <source>%1 cleared the topic.</source>
        <translation>%1 ha borrado el tema.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="703"/>
        <source>%1 set the topic: %2</source>
        <translation>%1 ha puesto el tema: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="712"/>
        <source>%1 invited you to the private room %2. Type /join %2 to enter.</source>
        <translation>%1 te ha invitado a la sala privada %2. Escribe /join %2 para entrar.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="714"/>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="716"/>
        <source>%1 may now join %2.</source>
        <translation>%1 ya puede entrar en %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="779"/>
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation>
            <numerusform>Estás enviando demasiado rápido; espera %n segundo y vuelve a enviarlo.</numerusform>
            <numerusform>Estás enviando demasiado rápido; espera %n segundos y vuelve a enviarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="781"/>
        <source>There is no user called %1, so the message was not delivered.</source>
        <translation>No existe ningún usuario llamado %1, así que el mensaje no se entregó.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="826"/>
        <source>There is no user called %1.</source>
        <translation>No existe ningún usuario llamado %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="804"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="805"/>
        <source>In %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="805"/>
        <source>Online: %1</source>
        <translation>En línea: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="815"/>
        <source>Join a room first: /join &lt;room&gt;</source>
        <translation>Entra primero en una sala: /join &lt;sala&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="828"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation>Eres tú: un mensaje directo va a otra persona.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="836"/>
        <source>Commands: /join &lt;room&gt;, /private &lt;room&gt;, /leave, /topic [text], /invite &lt;user&gt;, /msg &lt;user&gt; [text], /me &lt;action&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /clear, /exit. Tab completes @names; Ctrl+F searches; right-click a message to reply, react, edit or delete it. Start a message with // to send a line beginning with /.</source>
        <translation>Órdenes: /join &lt;sala&gt;, /private &lt;sala&gt;, /leave, /topic [texto], /invite &lt;usuario&gt;, /msg &lt;usuario&gt; [texto], /me &lt;acción&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /clear, /exit. Tab completa @nombres; Ctrl+F busca; con el botón derecho sobre un mensaje se responde, se reacciona, se edita o se elimina. Empieza un mensaje con // para enviar una línea que comience por /.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="846"/>
        <source>A topic belongs to a room: open one first.</source>
        <translation>Un tema pertenece a una sala: abre una primero.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="849"/>
        <source>%1 has no topic. /topic &lt;text&gt; sets one.</source>
        <translation>%1 no tiene tema. /topic &lt;texto&gt; pone uno.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="850"/>
        <source>The topic of %1: %2</source>
        <translation>El tema de %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="852"/>
        <source>A topic has at most %1 characters.</source>
        <translation>Un tema tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="859"/>
        <source>Invitations are for private rooms: open one first (/private &lt;room&gt; makes one).</source>
        <translation>Las invitaciones son para salas privadas: abre una primero (/private &lt;sala&gt; crea una).</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="865"/>
        <source>Notifications are set per room: open one first.</source>
        <translation>Las notificaciones se ajustan por sala: abre una primero.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="920"/>
        <source>A room name has 1 to 32 characters: letters a–z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un nombre de sala tiene de 1 a 32 caracteres: letras a–z, dígitos, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="902"/>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation>No existe el comando /%1. Escribe /help para ver la lista.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="911"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="10"/>
        <location filename="../gui-client/memberlist.cpp" line="103"/>
        <source>People here</source>
        <translation>Personas aquí</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="92"/>
        <source>Not known while disconnected</source>
        <translation>Desconocido mientras no hay conexión</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="99"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="103"/>
        <source>People here (%n)</source>
        <translation>
            <numerusform>Personas aquí (%n)</numerusform>
            <numerusform>Personas aquí (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="45"/>
        <source>Cancel (Escape)</source>
        <translation>Cancelar (Escape)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="46"/>
        <source>Cancel the reply or edit</source>
        <translation>Cancelar la respuesta o la edición</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="74"/>
        <source>Copy text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="85"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="86"/>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="90"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="93"/>
        <location filename="../gui-client/messageactions.cpp" line="141"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="93"/>
        <source>Delete (you own this room)</source>
        <translation>Eliminar (esta sala es tuya)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="115"/>
        <source>Replying to %1: %2</source>
        <translation>Respondiendo a %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="124"/>
        <source>Editing your message; Enter saves it, Escape cancels.</source>
        <translation>Editando tu mensaje; Intro lo guarda, Escape cancela.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="136"/>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="137"/>
        <source>Delete your message for everyone?</source>
        <translation>¿Eliminar tu mensaje para todos?</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="138"/>
        <source>Delete %1&apos;s message for everyone in this room?</source>
        <translation>¿Eliminar el mensaje de %1 para todos en esta sala?</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="81"/>
        <source>── New messages ──</source>
        <translation>── Mensajes nuevos ──</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="90"/>
        <source>(deleted message)</source>
        <translation>(mensaje eliminado)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="111"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="123"/>
        <source>This message was deleted.</source>
        <translation>Este mensaje fue eliminado.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="148"/>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="152"/>
        <source>(waiting to be sent)</source>
        <translation>(esperando para enviarse)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="158"/>
        <source>(not delivered)</source>
        <translation>(no entregado)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="178"/>
        <source>You reacted with this; click to take it back.</source>
        <translation>Reaccionaste con esto; haz clic para retirarlo.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="179"/>
        <source>Click to react with this too.</source>
        <translation>Haz clic para reaccionar también con esto.</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="28"/>
        <source>Message %1, %2</source>
        <translation>Mensaje %1, %2</translation>
    </message>
</context>
<context>
    <name>ReconnectBanner</name>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="10"/>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="64"/>
        <source>%1 Reconnecting…</source>
        <translation>%1 Reconectando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/reconnectbanner.cpp" line="68"/>
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>%1 Reconectando en %n segundo…</numerusform>
            <numerusform>%1 Reconectando en %n segundos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="52"/>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="69"/>
        <source>%1 (private)</source>
        <translation>%1 (privada)</translation>
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
        <translation>Salas</translation>
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
        <translation>Conversación privada con %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="136"/>
        <source>Private messages</source>
        <translation>Mensajes privados</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="84"/>
        <source>Older results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="85"/>
        <location filename="../gui-client/searchdialog.cpp" line="173"/>
        <source>Mentions of me</source>
        <translation>Menciones de mí</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="88"/>
        <location filename="../gui-client/searchdialog.cpp" line="182"/>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="90"/>
        <source>Words, and from:name, in:room, in:@name, before:2026-12-31, after:2026-01-01</source>
        <translation>Palabras, y from:nombre, in:sala, in:@nombre, before:2026-12-31, after:2026-01-01</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="97"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="117"/>
        <location filename="../gui-client/searchdialog.cpp" line="162"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="174"/>
        <source>Looking for your mentions…</source>
        <translation>Buscando tus menciones…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="186"/>
        <source>No messages you can read match “%1”.</source>
        <translation>Ningún mensaje que puedas leer coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="187"/>
        <source>%n message(s), the newest first.</source>
        <translation>
            <numerusform>%n mensaje, el más reciente primero.</numerusform>
            <numerusform>%n mensajes, los más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="203"/>
        <source>Nobody has mentioned you in your rooms.</source>
        <translation>Nadie te ha mencionado en tus salas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="204"/>
        <source>%n mention(s), the newest first.</source>
        <translation>
            <numerusform>%n mención, la más reciente primero.</numerusform>
            <numerusform>%n menciones, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="210"/>
        <source>with %1</source>
        <translation>con %1</translation>
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
        <translation>/join &lt;sala&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="77"/>
        <source>/msg &lt;user&gt; [text]</source>
        <translation>/msg &lt;usuario&gt; [texto]</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="79"/>
        <source>/me &lt;action&gt;</source>
        <translation>/me &lt;acción&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="81"/>
        <source>/invite &lt;user&gt;</source>
        <translation>/invite &lt;usuario&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="83"/>
        <source>/private &lt;room&gt;</source>
        <translation>/private &lt;sala&gt;</translation>
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
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="76"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="78"/>
        <source>Several people are typing…</source>
        <translation>Varias personas están escribiendo…</translation>
    </message>
</context>
</TS>
