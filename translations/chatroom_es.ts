<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="129" />
        <source>Cannot reach the server at %1.</source>
        <translation>No se puede contactar con el servidor en %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="132" />
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="29" />
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="34" />
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="38" />
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="42" />
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51" />
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51" />
        <source>TCP fallback</source>
        <translation>TCP (alternativa)</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="52" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="52" />
        <location filename="../gui-client/connectionstatus.cpp" line="53" />
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="53" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="54" />
        <source>Real-time: %1   Round trip: %2   Loss: %3</source>
        <translation>Tiempo real: %1   Ida y vuelta: %2   Pérdida: %3</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="21" />
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="22" />
        <source>Create a new account</source>
        <translation>Crear una cuenta nueva</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="25" />
        <source>Chat Room – Log in</source>
        <translation>Chat Room – Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="54" />
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="55" />
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="56" />
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="119" />
        <source>Enter the server's address.</source>
        <translation>Escribe la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="121" />
        <source>Enter your username.</source>
        <translation>Escribe tu nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="123" />
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="126" />
        <source>A username has 2 to 32 characters: letters a–z, digits, '_', '-' and '.', starting with a letter.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras a–z, dígitos, '_', '-' y '.', y empieza por una letra.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="128" />
        <source>A password has at least %1 characters.</source>
        <translation>Una contraseña tiene al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="130" />
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="140" />
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="140" />
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="153" />
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="184" />
        <source>Wrong username or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="186" />
        <source>That username is taken; choose another.</source>
        <translation>Ese nombre de usuario ya existe; elige otro.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="188" />
        <source>The server refused that username: %1</source>
        <translation>El servidor rechazó ese nombre de usuario: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="190" />
        <source>The server refused that password: %1</source>
        <translation>El servidor rechazó esa contraseña: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="192" />
        <source>Your session expired; log in again.</source>
        <translation>Tu sesión ha caducado; inicia sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="194" />
        <source>This client is too old or too new for the server: %1</source>
        <translation>Este programa es demasiado antiguo o nuevo para el servidor: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="198" />
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>Demasiados intentos; espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="199" />
        <source>The server said: %1</source>
        <translation>El servidor dice: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="43" />
        <source>Chat Room</source>
        <translation>Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="59" />
        <source>Type a message, or /help for commands</source>
        <translation>Escribe un mensaje, o /help para ver los comandos</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="64" />
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="69" />
        <source>People here</source>
        <translation>Personas aquí</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="119" />
        <source>%1 (%n member(s))</source>
        <translation><numerusform>%1 (%n miembro)</numerusform><numerusform>%1 (%n miembros)</numerusform></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="120" />
        <source>Rooms: %1</source>
        <translation>Salas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="124" />
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation><numerusform>%1 Reconectando en %n segundo…</numerusform><numerusform>%1 Reconectando en %n segundos…</numerusform></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="129" />
        <source>Reconnected.</source>
        <translation>Conectado de nuevo.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="130" />
        <source>Chat Room – %1</source>
        <translation>Chat Room – %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="263" />
        <source>The server is shutting down: %1</source>
        <translation>El servidor se está apagando: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="292" />
        <source>%n message(s) arrived while you were away.</source>
        <translation><numerusform>Llegó %n mensaje mientras no estabas.</numerusform><numerusform>Llegaron %n mensajes mientras no estabas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/mainwindow.cpp" line="307" />
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation><numerusform>Estás enviando demasiado rápido; espera %n segundo y vuelve a enviarlo.</numerusform><numerusform>Estás enviando demasiado rápido; espera %n segundos y vuelve a enviarlo.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="319" />
        <source>In %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="320" />
        <source>Online: %1</source>
        <translation>En línea: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="330" />
        <source>Join a room first: /join &lt;room&gt;</source>
        <translation>Entra primero en una sala: /join &lt;sala&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="339" />
        <source>Commands: /join &lt;room&gt;, /leave, /msg &lt;user&gt; &lt;text&gt;, /me &lt;action&gt;, /users, /rooms, /clear, /exit. Start a message with // to send a line beginning with /.</source>
        <translation>Comandos: /join &lt;sala&gt;, /leave, /msg &lt;usuario&gt; &lt;texto&gt;, /me &lt;acción&gt;, /users, /rooms, /clear, /exit. Empieza un mensaje con // para enviar una línea que empiece por /.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="358" />
        <source>A room name has 1 to 32 characters: letters a–z, digits, '_' and '-'.</source>
        <translation>Un nombre de sala tiene de 1 a 32 caracteres: letras a–z, dígitos, '_' y '-'.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="369" />
        <source>There is no command /%1. Type /help for the list.</source>
        <translation>No existe el comando /%1. Escribe /help para ver la lista.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="375" />
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="387" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../gui-client/messagedelegate.cpp" line="72" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>SlashCommand</name>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="62" />
        <source>/join &lt;room&gt;</source>
        <translation>/join &lt;sala&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="64" />
        <source>/msg &lt;user&gt; &lt;text&gt;</source>
        <translation>/msg &lt;usuario&gt; &lt;texto&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="66" />
        <source>/me &lt;action&gt;</source>
        <translation>/me &lt;acción&gt;</translation>
    </message>
</context>
<context>
    <name>TypingTracker</name>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="74" />
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="76" />
        <source>%1 and %2 are typing…</source>
        <translation>%1 y %2 están escribiendo…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="78" />
        <source>Several people are typing…</source>
        <translation>Varias personas están escribiendo…</translation>
    </message>
</context>
</TS>