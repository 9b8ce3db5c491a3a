<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CertificatePrompt</name>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="41"/>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="42"/>
        <source>This is the first connection to %1. No certificate authority vouches for its certificate, so compare its fingerprint with the one the server&apos;s administrator gives you (the server prints it when it starts).</source>
        <translation>C&apos;est la première connexion à %1. Aucune autorité de certification ne garantit son certificat&#xa0;: comparez donc son empreinte avec celle que vous communique l&apos;administration du serveur (le serveur l&apos;affiche au démarrage).</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="46"/>
        <source>SHA-256 fingerprint:
%1</source>
        <translation>Empreinte SHA-256&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="47"/>
        <source>Trust and connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="52"/>
        <source>Server certificate changed</source>
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="53"/>
        <source>The certificate of %1 is not the one it showed before. That happens when the server is reinstalled or its certificate is replaced, but it is also what someone intercepting your connection would cause. Do not go on unless the server&apos;s administrator confirms the new fingerprint.</source>
        <translation>Le certificat de %1 n&apos;est pas celui qu&apos;il présentait auparavant. Cela arrive quand le serveur est réinstallé ou que son certificat est remplacé, mais c&apos;est aussi ce que provoquerait une personne interceptant votre connexion. Ne continuez pas sans que l&apos;administration du serveur confirme la nouvelle empreinte.</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="58"/>
        <source>New SHA-256 fingerprint:
%1

Previously:
%2</source>
        <translation>Nouvelle empreinte SHA-256&#xa0;:
%1

Auparavant&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="60"/>
        <source>Accept the new certificate</source>
        <translation>Accepter le nouveau certificat</translation>
    </message>
    <message>
        <location filename="../gui-client/certificateprompt.cpp" line="61"/>
        <source>Do not connect</source>
        <translation>Ne pas se connecter</translation>
    </message>
</context>
<context>
    <name>ChatClient</name>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="55"/>
        <source>Not sent: the client is no longer connected to the server.</source>
        <translation>Non envoyé&#xa0;: le client n&apos;est plus connecté au serveur.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="135"/>
        <source>No encrypted connection could be set up (%1). If the server runs without TLS (--no-tls), start the client with --no-tls too.</source>
        <translation>Impossible d&apos;établir une connexion chiffrée (%1). Si le serveur fonctionne sans TLS (--no-tls), démarrez aussi le client avec --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="139"/>
        <source>The system says: %1.</source>
        <translation>Message du système&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="181"/>
        <source>The server&apos;s certificate cannot be used: %1</source>
        <translation>Le certificat du serveur est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="210"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Non connecté&#xa0;: le certificat du serveur n&apos;a pas été approuvé.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="228"/>
        <source>The connection dropped before the server confirmed this message; it may not have arrived.</source>
        <translation>La connexion a été coupée avant que le serveur ne confirme ce message&#xa0;; il n&apos;est peut-être pas arrivé.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="245"/>
        <source>Cannot reach the server at %1.</source>
        <translation>Impossible de joindre le serveur à l&apos;adresse %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="246"/>
        <source>Cannot reach the server at %1. %2</source>
        <translation>Impossible de joindre le serveur à l&apos;adresse %1. %2</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="249"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="325"/>
        <source>The server is shutting down.</source>
        <translation>Le serveur s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../gui-client/chatclient.cpp" line="591"/>
        <location filename="../gui-client/chatclient.cpp" line="622"/>
        <source>Not sent: the client is not connected to the server.</source>
        <translation>Non envoyé&#xa0;: le client n&apos;est pas connecté au serveur.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="29"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="34"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="38"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="42"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="51"/>
        <source>TCP fallback</source>
        <translation>TCP (repli)</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../gui-client/connectionstatus.cpp" line="54"/>
        <source>Real-time: %1   Round trip: %2   Loss: %3</source>
        <translation>Temps réel&#xa0;: %1   Aller-retour&#xa0;: %2   Perte&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="15"/>
        <source>End session</source>
        <translation>Fermer la session</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="18"/>
        <source>Your devices</source>
        <translation>Vos appareils</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="21"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="26"/>
        <source>Ending a session logs that device out; it needs the password to log in again.</source>
        <translation>Fermer une session déconnecte cet appareil&#xa0;; il lui faudra le mot de passe pour se reconnecter.</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="63"/>
        <source>%1 is logged out; it needs the password to log in again.</source>
        <translation>%1 est déconnecté&#xa0;; il lui faudra le mot de passe pour se reconnecter.</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="64"/>
        <source>The unnamed device</source>
        <translation>L&apos;appareil sans nom</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="78"/>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="80"/>
        <source>online since %1</source>
        <translation>en ligne depuis %1</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="82"/>
        <source>last seen %1</source>
        <translation>vu pour la dernière fois %1</translation>
    </message>
    <message>
        <location filename="../gui-client/devicesdialog.cpp" line="84"/>
        <source>(unnamed device)</source>
        <translation>(appareil sans nom)</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="30"/>
        <location filename="../gui-client/downloadjob.cpp" line="89"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="40"/>
        <source>The download keeps breaking off; try again later.</source>
        <translation>Le téléchargement s’interrompt sans cesse&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="54"/>
        <source>The server offered other content than the message names.</source>
        <translation>Le serveur a proposé un autre contenu que celui qu’indique le message.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="76"/>
        <source>The server sent the file from the wrong place.</source>
        <translation>Le serveur a envoyé le fichier à partir du mauvais endroit.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="127"/>
        <source>The file arrived damaged; try again.</source>
        <translation>Le fichier est arrivé endommagé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../gui-client/downloadjob.cpp" line="170"/>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>DownloadNames</name>
    <message>
        <location filename="../gui-client/downloadnames.cpp" line="110"/>
        <source>There are %1 copies of %2 already.</source>
        <translation>Il existe déjà %1 copies de %2.</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="18"/>
        <location filename="../gui-client/emojipicker.cpp" line="24"/>
        <source>Emoji</source>
        <translation>Émoji</translation>
    </message>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="20"/>
        <source>Search by name, e.g. “thumbs up”</source>
        <translation>Rechercher par nom anglais, p. ex. « thumbs up »</translation>
    </message>
    <message>
        <location filename="../gui-client/emojipicker.cpp" line="21"/>
        <source>Search emoji</source>
        <translation>Rechercher un émoji</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../gui-client/emptyhint.cpp" line="18"/>
        <source>No messages here yet. Say hello!</source>
        <translation>Pas encore de messages ici. Dites bonjour !</translation>
    </message>
</context>
<context>
    <name>FileCache</name>
    <message>
        <location filename="../gui-client/filecache.cpp" line="66"/>
        <source>The cache folder cannot be written.</source>
        <translation>Impossible d’écrire dans le dossier de cache.</translation>
    </message>
</context>
<context>
    <name>FileCard</name>
    <message>
        <location filename="../gui-client/filecard.cpp" line="34"/>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 pixels</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/filecard.cpp" line="36"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="86"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="86"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../gui-client/filecard.cpp" line="88"/>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="89"/>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="112"/>
        <source>Smaller (−)</source>
        <translation>Plus petit (−)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="114"/>
        <source>Larger (+)</source>
        <translation>Plus grand (+)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="117"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="117"/>
        <source>Fit the window (0)</source>
        <translation>Ajuster à la fenêtre (0)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="124"/>
        <source>Real size (1)</source>
        <translation>Taille réelle (1)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="136"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="136"/>
        <source>Save to the download folder (Ctrl+S)</source>
        <translation>Enregistrer dans le dossier de téléchargements (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="156"/>
        <source>Fetching %1… %2%</source>
        <translation>Récupération de %1… %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="161"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="175"/>
        <source>This image is damaged and cannot be shown.</source>
        <translation>Cette image est endommagée et ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="192"/>
        <source>The file is not readable.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../gui-client/imageviewer.cpp" line="280"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="29"/>
        <source>Confirm:</source>
        <translation>Confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="30"/>
        <source>Create a new account</source>
        <translation>Créer un nouveau compte</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="43"/>
        <source>The name your other devices see this one by; you can end its session from them.</source>
        <translation>Le nom sous lequel vos autres appareils voient celui-ci&#xa0;; vous pouvez fermer sa session depuis ces appareils.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="69"/>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="70"/>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="71"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="73"/>
        <source>This device:</source>
        <translation>Cet appareil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="150"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="157"/>
        <source>Enter the server&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="159"/>
        <source>Enter your username.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="161"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="164"/>
        <source>A username has 2 to 32 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>Un nom d&apos;utilisateur comporte de 2 à 32 caractères&#xa0;: lettres a–z, chiffres, &apos;_&apos;, &apos;-&apos; et &apos;.&apos;, et commence par une lettre.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="167"/>
        <source>A password has at least %1 characters.</source>
        <translation>Un mot de passe comporte au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="169"/>
        <source>Type the password again to confirm it.</source>
        <translation>Saisissez le mot de passe une seconde fois pour le confirmer.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="171"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="174"/>
        <source>Name this device (up to %1 characters), for example &quot;work laptop&quot;.</source>
        <translation>Donnez un nom à cet appareil (jusqu&apos;à %1 caractères), par exemple «&#xa0;portable du bureau&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="33"/>
        <location filename="../gui-client/logindialog.cpp" line="184"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../gui-client/logindialog.cpp" line="200"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
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
        <location filename="../gui-client/mainwindow.cpp" line="70"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="71"/>
        <source>Enter sends; Tab completes a name; Up recalls what you sent.</source>
        <translation>Enter envoie&#xa0;; Tab complète un nom&#xa0;; Flèche haut rappelle ce que vous avez envoyé.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="72"/>
        <source>Who is typing</source>
        <translation>Qui est en train d&apos;écrire</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="75"/>
        <source>Type a message, or /help for commands</source>
        <translation>Saisissez un message, ou /help pour les commandes</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="110"/>
        <source>Insert an emoji (Ctrl+;)</source>
        <translation>Insérer un émoji (Ctrl+;)</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="111"/>
        <source>Insert an emoji</source>
        <translation>Insérer un émoji</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="208"/>
        <source>Reconnected.</source>
        <translation>Connexion rétablie.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="149"/>
        <source>That message is no longer there.</source>
        <translation>Ce message n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="455"/>
        <source>A message has at most %1 characters; this one has %2. Shorten it, or send it in parts.</source>
        <translation>Un message compte au plus %1 caractères ; celui-ci en compte %2. Raccourcissez-le ou envoyez-le en plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../gui-client/mainwindow.cpp" line="493"/>
        <source>Not edited: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="13"/>
        <location filename="../gui-client/memberlist.cpp" line="160"/>
        <source>People here</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="17"/>
        <source>People in this room</source>
        <translation>Personnes dans ce salon</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="18"/>
        <source>Enter opens a direct conversation; the menu key offers more.</source>
        <translation>Enter ouvre une conversation directe&#xa0;; la touche Menu propose d&apos;autres actions.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="44"/>
        <source>Send a &amp;Direct Message</source>
        <translation>Envoyer un message &amp;direct</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="45"/>
        <source>&amp;Mention</source>
        <translation>&amp;Mentionner</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="47"/>
        <source>&amp;Who Is This?</source>
        <translation>&amp;Qui est-ce&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="48"/>
        <source>Who is %1?</source>
        <translation>Qui est %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="68"/>
        <source>That is you. You are in %1.</source>
        <translation>C&apos;est vous. Vous êtes dans %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="68"/>
        <source>That is you.</source>
        <translation>C&apos;est vous.</translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="70"/>
        <source>%1 is in none of the rooms you are in.</source>
        <translation>%1 n&apos;est dans aucun de vos salons.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="71"/>
        <source>%1 is in %n room(s) you are in: %2.</source>
        <translation>
            <numerusform>%1 est dans %n salon où vous êtes aussi&#xa0;: %2.</numerusform>
            <numerusform>%1 est dans %n salons où vous êtes aussi&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/memberlist.cpp" line="149"/>
        <source>Not known while disconnected</source>
        <translation>Inconnu hors connexion</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="156"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/memberlist.cpp" line="160"/>
        <source>People here (%n)</source>
        <translation>
            <numerusform>Personnes présentes (%n)</numerusform>
            <numerusform>Personnes présentes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="49"/>
        <source>Cancel (Escape)</source>
        <translation>Annuler (Escape)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="50"/>
        <source>Cancel the reply or edit</source>
        <translation>Annuler la réponse ou la modification</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="59"/>
        <source>&amp;Copy Selected Messages</source>
        <translation>&amp;Copier les messages sélectionnés</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/messageactions.cpp" line="116"/>
        <source>Copy %n message(s)</source>
        <translation>
            <numerusform>Copier %n message</numerusform>
            <numerusform>Copier %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="119"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="138"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="146"/>
        <source>Send %1 a direct message</source>
        <translation>Envoyer un message direct à %1</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="148"/>
        <source>Mention %1</source>
        <translation>Mentionner %1</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="155"/>
        <source>Send Again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="168"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="172"/>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="173"/>
        <source>Other Emoji…</source>
        <translation>Autre émoji…</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="192"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="198"/>
        <location filename="../gui-client/messageactions.cpp" line="260"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="198"/>
        <source>Delete (you own this room)</source>
        <translation>Supprimer (ce salon vous appartient)</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="222"/>
        <source>Replying to %1: %2</source>
        <translation>Réponse à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="232"/>
        <location filename="../gui-client/messageactions.cpp" line="242"/>
        <source>Editing your message; Enter saves it, Escape cancels.</source>
        <translation>Modification de votre message&#xa0;; Enter l&apos;enregistre, Escape annule.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="254"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="255"/>
        <source>Delete your message for everyone?</source>
        <translation>Supprimer votre message pour tout le monde&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui-client/messageactions.cpp" line="256"/>
        <source>Delete %1&apos;s message for everyone in this room?</source>
        <translation>Supprimer le message de %1 pour tout le monde dans ce salon&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MessageDocument</name>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="62"/>
        <source>── New messages ──</source>
        <translation>── Nouveaux messages ──</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="94"/>
        <source>(deleted message)</source>
        <translation>(message supprimé)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="120"/>
        <source>Announcement:</source>
        <translation>Annonce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="139"/>
        <source>This message was deleted.</source>
        <translation>Ce message a été supprimé.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="161"/>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="165"/>
        <source>(waiting to be sent)</source>
        <translation>(en attente d&apos;envoi)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="171"/>
        <source>(not delivered)</source>
        <translation>(non remis)</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="199"/>
        <source>Show %1 full size</source>
        <translation>Afficher %1 en taille réelle</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="226"/>
        <source>You reacted with this; click to take it back.</source>
        <translation>Vous avez réagi ainsi&#xa0;; cliquez pour annuler.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagedocument.cpp" line="227"/>
        <source>Click to react with this too.</source>
        <translation>Cliquez pour réagir ainsi vous aussi.</translation>
    </message>
</context>
<context>
    <name>MessageExporter</name>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="19"/>
        <location filename="../gui-client/messageexporter.cpp" line="62"/>
        <source>The connection was lost, so nothing was saved. Export again once connected.</source>
        <translation>La connexion a été perdue, rien n’a donc été enregistré. Exportez de nouveau une fois connecté.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="26"/>
        <source>Not connected: export once the window is connected again.</source>
        <translation>Pas connecté&#xa0;: exportez quand la fenêtre sera de nouveau connectée.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="32"/>
        <location filename="../gui-client/messageexporter.cpp" line="68"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="59"/>
        <source>The server sent an empty part of the export, so nothing was saved.</source>
        <translation>Le serveur a envoyé une partie vide de l’export, rien n’a donc été enregistré.</translation>
    </message>
    <message>
        <location filename="../gui-client/messageexporter.cpp" line="76"/>
        <source>The server could not export your messages: %1</source>
        <translation>Le serveur n’a pas pu exporter vos messages&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="33"/>
        <source>%1: this message was deleted.</source>
        <translation>%1&#xa0;: ce message a été supprimé.</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="37"/>
        <source>%1 to %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="43"/>
        <source>Message %1, %2</source>
        <translation>Message %1, %2</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="141"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../gui-client/messagemodel.cpp" line="143"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../gui-client/messageview.cpp" line="35"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../gui-client/messageview.cpp" line="37"/>
        <source>The messages of the room on screen. Ctrl+C copies the selected ones; the menu key acts on one.</source>
        <translation>Les messages du salon affiché. Ctrl+C copie les messages sélectionnés&#xa0;; la touche Menu agit sur l&apos;un d&apos;eux.</translation>
    </message>
</context>
<context>
    <name>NarrowLayout</name>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="20"/>
        <source>☰ Rooms</source>
        <translation>☰ Salons</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="21"/>
        <source>Show the rooms</source>
        <translation>Afficher les salons</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="24"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../gui-client/narrowlayout.cpp" line="25"/>
        <source>Show the people in this room</source>
        <translation>Afficher les personnes de ce salon</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/notifier.cpp" line="123"/>
        <source>… and %n earlier message(s)</source>
        <translation>
            <numerusform>… et %n message précédent</numerusform>
            <numerusform>… et %n messages précédents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/notifier.cpp" line="143"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>OutgoingMessages</name>
    <message numerus="yes">
        <location filename="../gui-client/outgoingmessages.cpp" line="67"/>
        <source>You are sending too fast; wait %n second(s) and send it again.</source>
        <translation>
            <numerusform>Vous envoyez trop vite&#xa0;; attendez %n seconde et renvoyez-le.</numerusform>
            <numerusform>Vous envoyez trop vite&#xa0;; attendez %n secondes et renvoyez-le.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/outgoingmessages.cpp" line="69"/>
        <source>There is no user called %1, so the message was not delivered.</source>
        <translation>Il n&apos;existe aucun utilisateur nommé %1&#xa0;; le message n&apos;a donc pas été remis.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="20"/>
        <location filename="../gui-client/quickswitcher.cpp" line="24"/>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="23"/>
        <source>Room, conversation or person</source>
        <translation>Salon, conversation ou personne</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="25"/>
        <source>Type part of a name; Up and Down choose, Enter goes there.</source>
        <translation>Saisissez une partie d&apos;un nom&#xa0;; les flèches haut et bas choisissent, Enter s&apos;y rend.</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="26"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="28"/>
        <source>Enter goes there, Escape goes back.</source>
        <translation>Enter s&apos;y rend, Escape revient en arrière.</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="76"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="79"/>
        <source>%1 (direct messages)</source>
        <translation>%1 (messages directs)</translation>
    </message>
    <message>
        <location filename="../gui-client/quickswitcher.cpp" line="82"/>
        <source>%1 (person)</source>
        <translation>%1 (personne)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/quickswitcher.cpp" line="86"/>
        <source>%1 – %n unread</source>
        <translation>
            <numerusform>%1 – %n non lu</numerusform>
            <numerusform>%1 – %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedImage</name>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="13"/>
        <source>This is not an image this program can show.</source>
        <translation>Ce n’est pas une image que ce programme peut afficher.</translation>
    </message>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="23"/>
        <source>This image is too large to show (%1 × %2 pixels).</source>
        <translation>Cette image est trop grande pour être affichée (%1 × %2 pixels).</translation>
    </message>
    <message>
        <location filename="../gui-client/receivedimage.cpp" line="19"/>
        <location filename="../gui-client/receivedimage.cpp" line="38"/>
        <source>This image is damaged and cannot be shown.</source>
        <translation>Cette image est endommagée et ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>ReconnectBanner</name>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="10"/>
        <source>Reconnect now</source>
        <translation>Se reconnecter maintenant</translation>
    </message>
    <message>
        <location filename="../gui-client/reconnectbanner.cpp" line="64"/>
        <source>%1 Reconnecting…</source>
        <translation>%1 Reconnexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/reconnectbanner.cpp" line="68"/>
        <source>%1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>%1 Reconnexion dans %n seconde…</numerusform>
            <numerusform>%1 Reconnexion dans %n secondes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="62"/>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomheader.cpp" line="79"/>
        <source>%1 (private)</source>
        <translation>%1 (privé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/roomheader.cpp" line="81"/>
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n membre</numerusform>
            <numerusform>%1 · %n membres</numerusform>
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
        <translation>&amp;Salons</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="25"/>
        <source>Rooms and conversations</source>
        <translation>Salons et conversations</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="26"/>
        <source>Alt+1 to Alt+9 and Ctrl+Page Up or Down switch between them.</source>
        <translation>Alt+1 à Alt+9 et Ctrl+Page préc. ou Page suiv. permettent de passer de l&apos;un à l&apos;autre.</translation>
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
        <translation>Conversation privée avec %1</translation>
    </message>
    <message>
        <location filename="../gui-client/roomlist.cpp" line="155"/>
        <source>Private messages</source>
        <translation>Messages privés</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="73"/>
        <source>Older results</source>
        <translation>Résultats plus anciens</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="74"/>
        <location filename="../gui-client/searchdialog.cpp" line="191"/>
        <source>Mentions of me</source>
        <translation>Mes mentions</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="77"/>
        <location filename="../gui-client/searchdialog.cpp" line="164"/>
        <location filename="../gui-client/searchdialog.cpp" line="200"/>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="79"/>
        <source>Words, and from:name, in:room, in:@name, before:2026-12-31, after:2026-01-01</source>
        <translation>Mots, et from:nom, in:salon, in:@nom, before:2026-12-31, after:2026-01-01</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="86"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="107"/>
        <location filename="../gui-client/searchdialog.cpp" line="180"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="192"/>
        <source>Looking for your mentions…</source>
        <translation>Recherche de vos mentions…</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="204"/>
        <source>No messages you can read match “%1”.</source>
        <translation>Aucun message que vous pouvez lire ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="205"/>
        <source>%n message(s), the newest first.</source>
        <translation>
            <numerusform>%n message, le plus récent en premier.</numerusform>
            <numerusform>%n messages, les plus récents en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="221"/>
        <source>Nobody has mentioned you in your rooms.</source>
        <translation>Aucune mention de vous dans vos salons.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/searchdialog.cpp" line="222"/>
        <source>%n mention(s), the newest first.</source>
        <translation>
            <numerusform>%n mention, la plus récente en premier.</numerusform>
            <numerusform>%n mentions, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="228"/>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <location filename="../gui-client/searchdialog.cpp" line="239"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
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
        <translation>Le serveur a refusé (code «&#xa0;%1&#xa0;»)&#xa0;; ce client ne sait pas pourquoi.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="22"/>
        <source>The server could not read what this client sent (%1). Please report this.</source>
        <translation>Le serveur n&apos;a pas pu lire ce que ce client a envoyé (%1). Merci de le signaler.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="24"/>
        <source>This client is too old or too new for the server.</source>
        <translation>Ce client est trop ancien ou trop récent pour le serveur.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="26"/>
        <source>You are not logged in; log in again.</source>
        <translation>Vous n&apos;avez pas de session ouverte&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="28"/>
        <source>You are already logged in.</source>
        <translation>Vous avez déjà une session ouverte.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="30"/>
        <source>A username has %1 to %2 characters: letters a–z, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>Un nom d&apos;utilisateur comporte de %1 à %2 caractères&#xa0;: lettres a–z, chiffres, &apos;_&apos;, &apos;-&apos; et &apos;.&apos;, et commence par une lettre.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="35"/>
        <source>A password has %1 to %2 characters, not only spaces.</source>
        <translation>Un mot de passe comporte de %1 à %2 caractères, pas uniquement des espaces.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="39"/>
        <source>That username is taken; choose another.</source>
        <translation>Ce nom d&apos;utilisateur est déjà pris&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="41"/>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="43"/>
        <source>Your session expired; log in again.</source>
        <translation>Votre session a expiré&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="45"/>
        <source>The administrator of this server has banned you.</source>
        <translation>L’administrateur de ce serveur vous a banni.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="47"/>
        <source>A room name has %1 to %2 characters: letters a–z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un nom de salon compte de %1 à %2 caractères : lettres a–z, chiffres, « _ » et « - ».</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="51"/>
        <source>You are not in that room; /join it first.</source>
        <translation>Vous n&apos;êtes pas dans ce salon&#xa0;; rejoignez-le d&apos;abord avec /join.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="53"/>
        <source>There is no user by that name.</source>
        <translation>Il n&apos;existe aucun utilisateur de ce nom.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="55"/>
        <source>You are in as many rooms as the server allows; leave one first.</source>
        <translation>Vous êtes dans autant de salons que le serveur le permet&#xa0;; quittez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="57"/>
        <source>You are logged in on too many devices. End a session on one of them (/devices), then try again.</source>
        <translation>Vous avez des sessions ouvertes sur trop d&apos;appareils. Fermez la session de l&apos;un d&apos;eux (/devices), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="60"/>
        <source>None of your devices has that name; /devices lists them.</source>
        <translation>Aucun de vos appareils ne porte ce nom&#xa0;; /devices les affiche.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="62"/>
        <source>That room is private: ask one of its members to invite you (/invite).</source>
        <translation>Ce salon est privé&#xa0;: demandez à l&apos;un de ses membres de vous inviter (/invite).</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="64"/>
        <source>That message is not there (any more).</source>
        <translation>Ce message n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="66"/>
        <source>You may not do that here.</source>
        <translation>Vous n&apos;avez pas le droit de faire cela ici.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="68"/>
        <source>That file is larger than this server takes.</source>
        <translation>Ce fichier est plus gros que ce que ce serveur accepte.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="70"/>
        <source>Your files on this server have reached their limit.</source>
        <translation>Vos fichiers sur ce serveur ont atteint leur limite.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="72"/>
        <source>Too many of your files are on their way at once; wait for one to finish.</source>
        <translation>Trop de vos fichiers sont en route en même temps ; attendez qu’un envoi se termine.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="74"/>
        <source>That upload is no longer on the server; send the file again.</source>
        <translation>Cet envoi n’est plus sur le serveur ; envoyez le fichier à nouveau.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="76"/>
        <source>The file arrived damaged; send it again.</source>
        <translation>Le fichier est arrivé endommagé ; envoyez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="78"/>
        <source>The download expired; start it again.</source>
        <translation>Le téléchargement a expiré&#xa0;; relancez-le.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="80"/>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>Trop de tentatives&#xa0;; attendez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="82"/>
        <source>The server is full right now; try again in a while.</source>
        <translation>Le serveur est plein pour le moment&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="84"/>
        <source>Something went wrong on the server; try again.</source>
        <translation>Une erreur s&apos;est produite sur le serveur&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="86"/>
        <location filename="../gui-client/servertext.cpp" line="118"/>
        <source>The server is shutting down; you will be reconnected when it is back.</source>
        <translation>Le serveur s&apos;arrête&#xa0;; la connexion sera rétablie à son retour.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="88"/>
        <source>The server accepts encrypted connections only: start the client without --no-tls.</source>
        <translation>Le serveur n&apos;accepte que les connexions chiffrées&#xa0;: démarrez le client sans --no-tls.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="103"/>
        <source>%1 joined.</source>
        <translation>%1 a rejoint le salon.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="105"/>
        <source>%1 left.</source>
        <translation>%1 a quitté le salon.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="107"/>
        <source>%1 lost the connection.</source>
        <translation>%1 a perdu la connexion.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="110"/>
        <source>%1 was removed by the server&apos;s operator.</source>
        <translation>L&apos;opérateur du serveur a exclu %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="111"/>
        <source>The server&apos;s operator disconnected you.</source>
        <translation>L&apos;opérateur du serveur a fermé votre connexion.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="113"/>
        <source>You logged in again from another window with this device&apos;s name, so this one was logged out.</source>
        <translation>Une nouvelle session a été ouverte depuis une autre fenêtre sous le nom de cet appareil&#xa0;; celle-ci a donc été fermée.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="115"/>
        <source>This device was logged out from another of your devices.</source>
        <translation>Cet appareil a été déconnecté depuis un autre de vos appareils.</translation>
    </message>
    <message>
        <location filename="../gui-client/servertext.cpp" line="119"/>
        <source>The server is shutting down: %1</source>
        <translation>Le serveur s&apos;arrête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="20"/>
        <source>Show when people &amp;join and leave</source>
        <translation>Afficher quand des personnes &amp;rejoignent ou quittent un salon</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="21"/>
        <source>Desktop &amp;notifications for new messages</source>
        <translation>&amp;Notifications de bureau pour les nouveaux messages</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="25"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="27"/>
        <location filename="../gui-client/settingsdialog.cpp" line="34"/>
        <location filename="../gui-client/settingsdialog.cpp" line="51"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="28"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="29"/>
        <source>Dark</source>
        <translation>Sombre</translation>
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
        <translation>24 heures (13:05)</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="41"/>
        <source>12 hours (1:05 PM)</source>
        <translation>12 heures (1:05 PM)</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="48"/>
        <source>Each room&apos;s own level (/notify) still decides which messages notify.</source>
        <translation>Le niveau propre à chaque salon (/notify) détermine toujours quels messages déclenchent une notification.</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="69"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="70"/>
        <source>&amp;Font size:</source>
        <translation>Taille de &amp;police&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="71"/>
        <source>T&amp;imes:</source>
        <translation>Format de l&apos;&amp;heure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="75"/>
        <source>A new language shows from the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="78"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>Nom de cet &amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="80"/>
        <source>Your other devices see this one by its name; it changes at the next login.</source>
        <translation>Vos autres appareils voient celui-ci sous son nom&#xa0;; il change à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../gui-client/settingsdialog.cpp" line="94"/>
        <source>A device&apos;s name has 1 to %1 characters, not only spaces.</source>
        <translation>Le nom d&apos;un appareil comporte de 1 à %1 caractères, pas uniquement des espaces.</translation>
    </message>
</context>
<context>
    <name>SlashCommand</name>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="77"/>
        <source>/join &lt;room&gt;</source>
        <translation>/join &lt;salon&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="79"/>
        <source>/msg &lt;user&gt; [text]</source>
        <translation>/msg &lt;utilisateur&gt; [texte]</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="81"/>
        <source>/me &lt;action&gt;</source>
        <translation>/me &lt;action&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="83"/>
        <source>/invite &lt;user&gt;</source>
        <translation>/invite &lt;utilisateur&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/slashcommand.cpp" line="85"/>
        <source>/private &lt;room&gt;</source>
        <translation>/private &lt;salon&gt;</translation>
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
        <translation>Le certificat du serveur n’est pas celui auquel vous faites confiance.</translation>
    </message>
    <message>
        <location filename="../gui-client/transferlink.cpp" line="53"/>
        <source>The system says: %1.</source>
        <translation>Le système indique&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="45"/>
        <source>Files on their way</source>
        <translation>Fichiers en cours de transfert</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="91"/>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="98"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="106"/>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="123"/>
        <source>waiting…</source>
        <translation>en attente…</translation>
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
        <translation>%1 % effectué, %2</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="211"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="219"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../gui-client/transferpanel.cpp" line="220"/>
        <source>Dismiss %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/transferpanel.cpp" line="128"/>
        <source>%1, %n second(s) left</source>
        <translation>
            <numerusform>%1, %n seconde restante</numerusform>
            <numerusform>%1, %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/transferpanel.cpp" line="129"/>
        <source>%1, %n minute(s) left</source>
        <translation>
            <numerusform>%1, %n minute restante</numerusform>
            <numerusform>%1, %n minutes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypingTracker</name>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="74"/>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="76"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 écrivent…</translation>
    </message>
    <message>
        <location filename="../gui-client/typingtracker.cpp" line="78"/>
        <source>Several people are typing…</source>
        <translation>Plusieurs personnes écrivent…</translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="80"/>
        <source>%1 is no longer there; it was not sent.</source>
        <translation>%1 n’existe plus&#xa0;; il n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="105"/>
        <source>%1 is empty: there is nothing to send.</source>
        <translation>%1 est vide&#xa0;: il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="108"/>
        <source>This server does not take files.</source>
        <translation>Ce serveur n’accepte pas de fichiers.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="111"/>
        <source>%1 is too large: this server takes files of up to %2.</source>
        <translation>%1 est trop volumineux&#xa0;: ce serveur accepte des fichiers jusqu’à %2.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="114"/>
        <location filename="../gui-client/uploadjob.cpp" line="186"/>
        <location filename="../gui-client/uploadjob.cpp" line="229"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="249"/>
        <source>The connection for %1 keeps breaking off.</source>
        <translation>La connexion pour %1 s’interrompt sans cesse.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="264"/>
        <source>%1 changed while it was being sent; send it again.</source>
        <translation>%1 a changé pendant l’envoi&#xa0;; envoyez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="267"/>
        <source>The server could not store %1.</source>
        <translation>Le serveur n’a pas pu enregistrer %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/uploadjob.cpp" line="284"/>
        <source>%1 changed since you chose to send it, so it was not sent; send it again.</source>
        <translation>%1 a changé depuis que vous l’avez choisi, il n’a donc pas été envoyé&#xa0;; envoyez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <location filename="../gui-client/voiceplayer.cpp" line="36"/>
        <source>This recording cannot be played: %1</source>
        <translation>Cet enregistrement ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="92"/>
        <source>The last recording is still being finished; try again in a moment.</source>
        <translation>Le dernier enregistrement est encore en cours de finalisation&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="96"/>
        <source>No microphone is connected.</source>
        <translation>Aucun micro n’est branché.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="100"/>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="119"/>
        <location filename="../gui-client/voicerecorder.cpp" line="122"/>
        <source>Voice message %1</source>
        <translation>Message vocal %1</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="152"/>
        <source>The recording failed.</source>
        <translation>L’enregistrement a échoué.</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="153"/>
        <source>The recording failed: %1</source>
        <translation>L’enregistrement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/voicerecorder.cpp" line="178"/>
        <source>Hold the button while you speak; release it to send.</source>
        <translation>Maintenez le bouton enfoncé pendant que vous parlez&#xa0;; relâchez-le pour envoyer.</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="39"/>
        <source>Join a room first: /join &lt;room&gt;</source>
        <translation>Rejoignez d&apos;abord un salon&#xa0;: /join &lt;salon&gt;</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="48"/>
        <source>There is no user called %1.</source>
        <translation>Il n&apos;existe aucun utilisateur nommé %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="50"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation>C&apos;est vous&#xa0;: un message direct s&apos;adresse à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="58"/>
        <source>Commands: /join &lt;room&gt;, /private &lt;room&gt;, /leave, /topic [text], /invite &lt;user&gt;, /msg &lt;user&gt; [text], /me &lt;action&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /export [file], /clear, /exit. Tab completes @names; Ctrl+F searches; right-click a message to reply, react, edit or delete it. Start a message with // to send a line beginning with /.</source>
        <translation>Commandes&#xa0;: /join &lt;salon&gt;, /private &lt;salon&gt;, /leave, /topic [texte], /invite &lt;utilisateur&gt;, /msg &lt;utilisateur&gt; [texte], /me &lt;action&gt;, /notify all|mentions|nothing, /mentions, /users, /rooms, /devices, /export [fichier], /clear, /exit. Tab complète les @noms&#xa0;; Ctrl+F lance une recherche&#xa0;; un clic droit sur un message permet d&apos;y répondre, d&apos;y réagir, de le modifier ou de le supprimer. Commencez un message par // pour envoyer une ligne qui commence par /.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="73"/>
        <source>Invitations are for private rooms: open one first (/private &lt;room&gt; makes one).</source>
        <translation>Les invitations concernent les salons privés&#xa0;: ouvrez-en un d&apos;abord (/private &lt;salon&gt; en crée un).</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="79"/>
        <source>Notifications are set per room: open one first.</source>
        <translation>Les notifications se règlent par salon&#xa0;: ouvrez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="112"/>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation>La commande /%1 n&apos;existe pas. Tapez /help pour voir la liste.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="121"/>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="130"/>
        <source>Your messages are being exported already; wait until that is done.</source>
        <translation>Vos messages sont déjà en cours d’export&#xa0;; attendez la fin.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="135"/>
        <source>Export Your Messages</source>
        <translation>Exporter vos messages</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="135"/>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="148"/>
        <source>%1 exists already; give the export a new name.</source>
        <translation>%1 existe déjà&#xa0;; donnez un autre nom à l’export.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowcommands.cpp" line="159"/>
        <source>Exporting your messages: %n so far…</source>
        <translation>
            <numerusform>Export de vos messages&#xa0;: %n pour l’instant…</numerusform>
            <numerusform>Export de vos messages&#xa0;: %n pour l’instant…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowcommands.cpp" line="165"/>
        <source>Exported %n message(s) you sent to %1.</source>
        <translation>
            <numerusform>%n message que vous avez envoyé exporté vers %1.</numerusform>
            <numerusform>%n messages que vous avez envoyés exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="171"/>
        <source>Exporting your messages…</source>
        <translation>Export de vos messages…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="178"/>
        <source>A topic belongs to a room: open one first.</source>
        <translation>Un sujet appartient à un salon&#xa0;: ouvrez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="181"/>
        <source>%1 has no topic. /topic &lt;text&gt; sets one.</source>
        <translation>%1 n&apos;a pas de sujet. /topic &lt;texte&gt; en définit un.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="182"/>
        <source>The topic of %1: %2</source>
        <translation>Le sujet de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowcommands.cpp" line="184"/>
        <source>A topic has at most %1 characters.</source>
        <translation>Un sujet comporte au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="68"/>
        <source>Join a Room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="69"/>
        <source>Room name (a new name creates the room):</source>
        <translation>Nom du salon (un nouveau nom crée le salon)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="84"/>
        <source>Direct Message</source>
        <translation>Message direct</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="85"/>
        <source>To whom (a username):</source>
        <translation>Destinataire (un nom d&apos;utilisateur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="102"/>
        <source>There is no user called %1.</source>
        <translation>Il n&apos;existe aucun utilisateur nommé %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="104"/>
        <source>That is you: a direct message goes to someone else.</source>
        <translation>C&apos;est vous&#xa0;: un message direct s&apos;adresse à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="160"/>
        <source>About Chat Room</source>
        <translation>À propos de Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/windowdialogs.cpp" line="161"/>
        <source>Chat Room %1

A chat for your team, club or class, on your own server.

Built with Qt %2.</source>
        <translation>Chat Room %1

Un chat pour votre équipe, votre club ou votre classe, sur votre propre serveur.

Compilé avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>WindowFeed</name>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="188"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="189"/>
        <source>Rooms: %1</source>
        <translation>Salons&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="281"/>
        <source>Notifications in %1: only when you are mentioned.</source>
        <translation>Notifications dans %1&#xa0;: uniquement quand on vous mentionne.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="283"/>
        <source>Notifications in %1: none.</source>
        <translation>Notifications dans %1&#xa0;: aucune.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="284"/>
        <source>Notifications in %1: every message.</source>
        <translation>Notifications dans %1&#xa0;: chaque message.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="162"/>
        <source>%n message(s) arrived while you were away.</source>
        <translation>
            <numerusform>%n message est arrivé pendant votre absence.</numerusform>
            <numerusform>%n messages sont arrivés pendant votre absence.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="208"/>
        <source>New messages from %1</source>
        <translation>Nouveaux messages de %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="211"/>
        <source>Direct messages</source>
        <translation>Messages directs</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="236"/>
        <source>%1 cleared the topic.</source>
        <translation>%1 a effacé le sujet.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="237"/>
        <source>%1 set the topic: %2</source>
        <translation>%1 a défini le sujet&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="246"/>
        <source>%1 invited you to the private room %2. Type /join %2 to enter.</source>
        <translation>%1 vous invite dans le salon privé %2. Tapez /join %2 pour y entrer.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="249"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="244"/>
        <source>%1 may now join %2.</source>
        <translation>%1 peut maintenant rejoindre %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui-client/windowfeed.cpp" line="180"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="181"/>
        <source>In %1: %2</source>
        <translation>Dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfeed.cpp" line="181"/>
        <source>Online: %1</source>
        <translation>En ligne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="46"/>
        <source>Send files (Ctrl+Shift+O); you can also drop them on the window or paste an image</source>
        <translation>Envoyer des fichiers (Ctrl+Maj+O)&#xa0;; vous pouvez aussi les déposer sur la fenêtre ou coller une image</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="47"/>
        <location filename="../gui-client/windowfiles.cpp" line="64"/>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="51"/>
        <location filename="../gui-client/windowfiles.cpp" line="95"/>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="56"/>
        <source>waiting for the server…</source>
        <translation>en attente du serveur…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="104"/>
        <source>Sending a voice message</source>
        <translation>Envoi d’un message vocal</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="117"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="181"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="184"/>
        <source>It cannot be saved in the download folder.</source>
        <translation>Impossible de l’enregistrer dans le dossier de téléchargements.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="186"/>
        <source>Saved to the download folder</source>
        <translation>Enregistré dans le dossier de téléchargements</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="191"/>
        <source>The picture was not fetched.</source>
        <translation>L’image n’a pas été récupérée.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="209"/>
        <source>%1 cannot be saved in %2: %3</source>
        <translation>Impossible d’enregistrer %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="211"/>
        <location filename="../gui-client/windowfiles.cpp" line="229"/>
        <source>Saving %1</source>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="241"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="254"/>
        <source>Open a program?</source>
        <translation>Ouvrir un programme&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="255"/>
        <source>%1 could run as a program on this computer. Open it only if you trust whoever sent it. Open it?</source>
        <translation>%1 pourrait s’exécuter comme un programme sur cet ordinateur. Ne l’ouvrez que si vous faites confiance à la personne qui l’a envoyé. L’ouvrir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="263"/>
        <source>No program on this computer opens it; it is in %1.</source>
        <translation>Aucun programme de cet ordinateur ne l’ouvre&#xa0;; il se trouve dans %1.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowfiles.cpp" line="269"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="36"/>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="37"/>
        <source>&amp;Join a Room…</source>
        <translation>&amp;Rejoindre un salon…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="38"/>
        <source>&amp;Leave This Room</source>
        <translation>&amp;Sortir de ce salon</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="39"/>
        <source>&amp;Direct Message…</source>
        <translation>&amp;Message direct…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="40"/>
        <source>Send &amp;Files…</source>
        <translation>Envoyer des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="41"/>
        <source>&amp;Record a Voice Message (again to send)</source>
        <translation>En&amp;registrer un message vocal (à nouveau pour envoyer)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="44"/>
        <source>Your De&amp;vices…</source>
        <translation>Vos &amp;appareils…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="45"/>
        <source>&amp;Export Your Messages…</source>
        <translation>&amp;Exporter vos messages…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="46"/>
        <source>Log &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="50"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="52"/>
        <source>&amp;Search Messages…</source>
        <translation>&amp;Rechercher des messages…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="54"/>
        <source>&amp;Mentions of Me…</source>
        <translation>Mes &amp;mentions…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="55"/>
        <source>Insert &amp;Emoji…</source>
        <translation>Insérer un &amp;émoji…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="57"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="60"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="61"/>
        <source>&amp;Go To…</source>
        <translation>&amp;Aller à…</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="62"/>
        <source>&amp;Next Room</source>
        <translation>Salon &amp;suivant</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="63"/>
        <source>&amp;Previous Room</source>
        <translation>Salon &amp;précédent</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="64"/>
        <source>&amp;Room by Number</source>
        <translation>Salon par &amp;numéro</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="66"/>
        <source>Room %1</source>
        <translation>Salon %1</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="67"/>
        <source>&amp;Message Input</source>
        <translation>Saisie du &amp;message</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="69"/>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="70"/>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="74"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="75"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="76"/>
        <source>&amp;About Chat Room</source>
        <translation>À &amp;propos de Chat Room</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="103"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="106"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="108"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="108"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="115"/>
        <source>Room 1 to 9</source>
        <translation>Salon 1 à 9</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="116"/>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="118"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="118"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="119"/>
        <source>Complete a name</source>
        <translation>Compléter un nom</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="119"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="120"/>
        <source>Earlier lines you sent</source>
        <translation>Lignes envoyées précédemment</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="120"/>
        <source>Up, Down</source>
        <translation>Flèche haut, flèche bas</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="121"/>
        <source>Cancel a reply or edit; back to the input</source>
        <translation>Annuler une réponse ou une modification&#xa0;; retour à la saisie</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="121"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="122"/>
        <source>Reply, react, edit or delete a message</source>
        <translation>Répondre à un message, y réagir, le modifier ou le supprimer</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="122"/>
        <source>Menu key or right click on it</source>
        <translation>Touche Menu ou clic droit dessus</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="123"/>
        <source>Select messages</source>
        <translation>Sélectionner des messages</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="123"/>
        <source>Shift or Ctrl with arrows or a click</source>
        <translation>Maj ou Ctrl avec les flèches ou un clic</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="124"/>
        <source>Open the menus</source>
        <translation>Ouvrir les menus</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="124"/>
        <source>Alt and the underlined letter, or F10</source>
        <translation>Alt et la lettre soulignée, ou F10</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="125"/>
        <source>Record a voice message while held</source>
        <translation>Enregistrer un message vocal tant que c’est maintenu</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="125"/>
        <source>Hold the 🎤 button; release off it or Escape to throw away</source>
        <translation>Maintenez le bouton 🎤&#xa0;; relâchez en dehors ou Échap pour abandonner</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="126"/>
        <source>Picture viewer: larger, smaller, real size, fit</source>
        <translation>Visionneuse d’images&#xa0;: plus grand, plus petit, taille réelle, ajuster</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="126"/>
        <source>+, −, 1, 0 (or Ctrl and the wheel)</source>
        <translation>+, −, 1, 0 (ou Ctrl et la molette)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowmenus.cpp" line="127"/>
        <source>Picture viewer: save</source>
        <translation>Visionneuse d’images&#xa0;: enregistrer</translation>
    </message>
</context>
<context>
    <name>WindowVoice</name>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="41"/>
        <source>● Recording 0:00 — release to send, Esc to throw away</source>
        <translation>● Enregistrement 0:00 — relâchez pour envoyer, Échap pour abandonner</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="47"/>
        <source>● Recording %1 — release to send, Esc to throw away</source>
        <translation>● Enregistrement %1 — relâchez pour envoyer, Échap pour abandonner</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="78"/>
        <source>Hold to record a voice message, release to send (or Ctrl+Shift+R to start and again to send)</source>
        <translation>Maintenez pour enregistrer un message vocal, relâchez pour envoyer (ou Ctrl+Maj+R pour commencer et à nouveau pour envoyer)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="80"/>
        <source>Record a voice message</source>
        <translation>Enregistrer un message vocal</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="82"/>
        <source>No microphone is connected: connect one to send voice messages</source>
        <translation>Aucun micro n’est branché&#xa0;: branchez-en un pour envoyer des messages vocaux</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="83"/>
        <source>Record a voice message (no microphone is connected)</source>
        <translation>Enregistrer un message vocal (aucun micro n’est branché)</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="106"/>
        <source>Open a room or a conversation to send a voice message.</source>
        <translation>Ouvrez un salon ou une conversation pour envoyer un message vocal.</translation>
    </message>
    <message>
        <location filename="../gui-client/windowvoice.cpp" line="127"/>
        <source>The recording was thrown away.</source>
        <translation>L’enregistrement a été abandonné.</translation>
    </message>
</context>
</TS>
