<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../app/gui/announcer.cpp" line="19"/>
        <source>%1 says: %2</source>
        <translation>%1 dit : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/announcer.cpp" line="32"/>
        <source>New messages: %1</source>
        <translation>Nouveaux messages : %1</translation>
    </message>
</context>
<context>
    <name>BenchCli</name>
    <message>
        <location filename="../bench/main.cpp" line="61"/>
        <source>Measures ShmChat&apos;s shared-memory transport against QLocalSocket: throughput without loss (1 to 1 and 1 to 8 readers), one-way latency per poll interval, CPU use of an idle member, and event-loop stalls of the chat window and of a bare reader under a flood. Targets are reported, never asserted.</source>
        <translation>Mesure le transport par mémoire partagée de ShmChat face à QLocalSocket : débit sans perte (1 vers 1 et 1 vers 8 lecteurs), latence aller simple selon l&apos;intervalle d&apos;interrogation, charge CPU d&apos;un membre inactif, et blocages de la boucle d&apos;événements de la fenêtre de discussion et d&apos;un simple lecteur sous un déluge de messages. Les objectifs sont rapportés, jamais imposés.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="66"/>
        <source>Shorter runs; finishes in under a minute.</source>
        <translation>Exécutions plus courtes ; se termine en moins d&apos;une minute.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="67"/>
        <source>Print one JSON object per result line instead of a table.</source>
        <translation>Afficher un objet JSON par ligne de résultat au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="69"/>
        <source>Run only these scenarios (comma-separated): throughput, latency, idle, flood, costs, picture.</source>
        <translation>N&apos;exécuter que ces scénarios (séparés par des virgules) : throughput, latency, idle, flood, costs, picture.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="70"/>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="72"/>
        <source>Also write the JSON lines to this file, so one run gives both forms.</source>
        <translation>Écrire aussi les lignes JSON dans ce fichier, pour obtenir les deux formes en une seule exécution.</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="73"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
</context>
<context>
    <name>BridgeCli</name>
    <message>
        <location filename="../app/bridge/main.cpp" line="42"/>
        <source>Joins a ShmChat room on this machine to the same room on other machines through a NATS JetStream cluster.</source>
        <translation>Relie un salon ShmChat de cette machine au même salon sur d’autres machines via un cluster NATS JetStream.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="45"/>
        <source>The room to join.</source>
        <translation>Le salon à rejoindre.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="47"/>
        <source>NATS servers, comma-separated (nats://HOST:PORT or tls://HOST:PORT).</source>
        <translation>Serveurs NATS, séparés par des virgules (nats://HÔTE:PORT ou tls://HÔTE:PORT).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="50"/>
        <source>A file holding &quot;user:password&quot;, a token, or a NATS .creds file.</source>
        <translation>Un fichier contenant « utilisateur:mot de passe », un jeton, ou un fichier .creds de NATS.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="53"/>
        <source>Use TLS, trusting the certificate authority in FILE.</source>
        <translation>Utiliser TLS, en faisant confiance à l’autorité de certification de FILE.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="55"/>
        <source>This machine&apos;s name as other machines show it (default: the host name).</source>
        <translation>Le nom de cette machine tel que les autres l’affichent (par défaut : le nom d’hôte).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="58"/>
        <source>How many messages the room&apos;s stream keeps, when the bridge creates it.</source>
        <translation>Combien de messages le flux du salon conserve, quand le pont le crée.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="61"/>
        <source>Copies of the room&apos;s stream in the cluster, when the bridge creates it.</source>
        <translation>Copies du flux du salon dans le cluster, quand le pont le crée.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="73"/>
        <source>--server is required (nats://HOST:PORT, several separated by commas).</source>
        <translation>--server est requis (nats://HÔTE:PORT, plusieurs séparés par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="79"/>
        <source>&quot;%1&quot; cannot be a machine name: at most %2 bytes, one line, visible characters (choose one with --machine).</source>
        <translation>« %1 » ne peut pas être un nom de machine : %2 octets au plus, une ligne, des caractères visibles (choisissez-en un avec --machine).</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="87"/>
        <source>--stream-max-messages takes a whole number of 1 or more.</source>
        <translation>--stream-max-messages attend un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <location filename="../app/bridge/main.cpp" line="90"/>
        <source>--replicas takes a number from 1 to 5.</source>
        <translation>--replicas attend un nombre de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="220"/>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="246"/>
        <location filename="../app/gui/chatwindow.cpp" line="147"/>
        <source>Change &amp;Nickname…</source>
        <translation>Changer de &amp;pseudo…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="254"/>
        <source>Switch &amp;Room…</source>
        <translation>Changer de &amp;salon…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="262"/>
        <source>New &amp;Window</source>
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="267"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="275"/>
        <source>&amp;About ShmChat</source>
        <translation>À &amp;propos de ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="38"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="45"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="10"/>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="110"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="107"/>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="98"/>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>Écrivez un message… (Entrée envoie, Maj+Entrée ajoute une ligne)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="95"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="80"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="191"/>
        <source>&amp;Members</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="204"/>
        <source>Members</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="153"/>
        <source>Send error</source>
        <translation>Erreur d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.ui" line="123"/>
        <source>Remaining message length</source>
        <translation>Longueur restante du message</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="148"/>
        <source>&amp;Find in Messages…</source>
        <translation>&amp;Rechercher dans les messages…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="149"/>
        <source>Send &amp;Picture…</source>
        <translation>Envoyer une &amp;image…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="285"/>
        <source>ShmChat — %1 — %2</source>
        <comment>window title: room, nickname</comment>
        <translation>ShmChat — %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="287"/>
        <source>(%1) %2</source>
        <comment>window title: unread count, title</comment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="335"/>
        <location filename="../app/gui/chatwindow.cpp" line="342"/>
        <source>Change Nickname</source>
        <translation>Changer de pseudo</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="335"/>
        <source>New nickname:</source>
        <translation>Nouveau pseudo :</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="363"/>
        <source>Switch Room</source>
        <translation>Changer de salon</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>New Window</source>
        <translation>Nouvelle fenêtre</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>Nickname for the new window:</source>
        <translation>Pseudo pour la nouvelle fenêtre :</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="386"/>
        <source>Could not start a new window.</source>
        <translation>Impossible d&apos;ouvrir une nouvelle fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="391"/>
        <source>About ShmChat</source>
        <translation>À propos de ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="392"/>
        <source>ShmChat %1

Chat between programs on this computer through shared memory.</source>
        <translation>ShmChat %1

Discussion entre programmes de cet ordinateur par mémoire partagée.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowextras.cpp" line="80"/>
        <source>Could not open %1: no web browser or other program for links is set up.</source>
        <translation>Impossible d’ouvrir %1 : aucun navigateur web ni autre programme pour les liens n’est configuré.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="47"/>
        <source>&amp;Direct Message…</source>
        <translation>Message &amp;direct…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="80"/>
        <source>%1 is typing…</source>
        <translation>%1 est en train d&apos;écrire…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="82"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 sont en train d&apos;écrire…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="84"/>
        <source>Several people are typing…</source>
        <translation>Plusieurs personnes sont en train d&apos;écrire…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="152"/>
        <source>member %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="166"/>
        <source>%1 sent you a direct message.</source>
        <translation>%1 vous a envoyé un message direct.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowdirect.cpp" line="212"/>
        <source>Nobody called &quot;%1&quot; is in the room besides you: /msg takes a member&apos;s name, then the message.</source>
        <translation>Personne d&apos;autre que vous ne s&apos;appelle « %1 » dans ce salon : /msg attend le nom d&apos;un participant, puis le message.</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="71"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="80"/>
        <source>Send Picture</source>
        <translation>Envoyer une image</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindowpictures.cpp" line="81"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="280"/>
        <source>timed out after %1 s with %2 messages</source>
        <translation>délai dépassé après %1 s avec %2 messages</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="213"/>
        <source>nobody called &quot;%1&quot; is in room &quot;%2&quot; (see who).</source>
        <translation>personne ne s&apos;appelle « %1 » dans le salon « %2 » (voir who).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="324"/>
        <source>this system offers no list of rooms.</source>
        <translation>ce système ne fournit pas de liste des salons.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="358"/>
        <source>The room to use.</source>
        <translation>Le salon à utiliser.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="358"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="359"/>
        <source>Your nickname (listen: join as a member under this name).</source>
        <translation>Votre pseudo (listen : rejoindre le salon comme participant sous ce nom).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="359"/>
        <location filename="../app/cli/main.cpp" line="363"/>
        <source>nickname</source>
        <translation>pseudo</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="361"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="362"/>
        <source>listen: exit 1 if the count is not reached after this many seconds.</source>
        <translation>listen : quitter avec 1 si le nombre n&apos;est pas atteint après ce nombre de secondes.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="362"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="363"/>
        <source>send: a direct message to this member alone (not secret: any program of your user can read the room).</source>
        <translation>send : un message direct à ce seul participant (pas secret : tout programme de votre utilisateur peut lire le salon).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="364"/>
        <source>listen: print the room&apos;s recent history first.</source>
        <translation>listen : afficher d&apos;abord l&apos;historique récent du salon.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="365"/>
        <source>listen: poll every this many milliseconds (default %1).</source>
        <translation>listen : interroger toutes les N millisecondes (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="365"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="367"/>
        <source>send, listen, who or rooms.</source>
        <translation>send, listen, who ou rooms.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="454"/>
        <source>unknown command &quot;%1&quot;; use send, listen, who or rooms (see --help).</source>
        <translation>commande « %1 » inconnue ; utilisez send, listen, who ou rooms (voir --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="368"/>
        <source>send: the message.</source>
        <translation>send : le message.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="170"/>
        <location filename="../app/cli/main.cpp" line="175"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="348"/>
        <source>Talk to a ShmChat room from a terminal.

Commands:
  send --room R --name N TEXT...   post one message
  send ... --to MEMBER TEXT...     post it to that member alone
  send --room R --name N --image FILE   post one picture (PNG, JPEG, GIF)
  listen --room R [--name N]       print messages as JSON lines
  who --room R                     print the members as JSON lines
  rooms                            print your rooms with members now, as JSON lines</source>
        <translation>Discuter dans un salon ShmChat depuis un terminal.

Commandes :
  send --room R --name N TEXT...   envoyer un message
  send ... --to MEMBER TEXT...     l&apos;envoyer à ce seul participant
  send --room R --name N --image FILE   envoyer une image (PNG, JPEG, GIF)
  listen --room R [--name N]       afficher les messages en lignes JSON
  who --room R                     afficher les participants en lignes JSON
  rooms                            afficher vos salons qui ont des participants, en lignes JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="360"/>
        <source>send: post this picture file (PNG, JPEG or GIF) instead of text.</source>
        <translation>send : envoyer ce fichier image (PNG, JPEG ou GIF) au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="360"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="361"/>
        <source>listen: exit 0 after this many text messages and pictures (received or reported missed).</source>
        <translation>listen : quitter avec 0 après ce nombre de messages texte et d&apos;images (reçus ou signalés manqués).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="368"/>
        <source>[TEXT...]</source>
        <translation>[TEXTE...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="385"/>
        <source>--count takes a whole number of 0 or more.</source>
        <translation>--count attend un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="392"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 86400.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="399"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval attend un nombre de millisecondes entre 1 et 1000.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="405"/>
        <source>rooms takes no room, name or text.</source>
        <translation>rooms ne prend ni salon, ni nom, ni texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="411"/>
        <source>--room is required.</source>
        <translation>--room est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="417"/>
        <source>send needs --name.</source>
        <translation>send nécessite --name.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="422"/>
        <source>--image needs a file name.</source>
        <translation>--image demande un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="426"/>
        <source>send --image takes no message text.</source>
        <translation>send --image ne prend pas de texte de message.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="431"/>
        <source>--to cannot be used with --image: pictures go to the whole room.</source>
        <translation>--to ne peut pas être utilisé avec --image : les images vont à tout le salon.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="437"/>
        <source>send needs the message text.</source>
        <translation>send nécessite le texte du message.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="443"/>
        <source>--to belongs to send.</source>
        <translation>--to s&apos;utilise avec send.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="447"/>
        <source>unexpected arguments: %1</source>
        <translation>arguments inattendus : %1</translation>
    </message>
</context>
<context>
    <name>DirectConversation</name>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="90"/>
        <source>%1 wrote from outside the room (a program that is not a member): there is nobody to answer.</source>
        <translation>%1 a écrit depuis l&apos;extérieur du salon (un programme qui n&apos;est pas participant) : il n&apos;y a personne à qui répondre.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="95"/>
        <source>%1 has left the room: the message was not sent.</source>
        <translation>%1 a quitté le salon : le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="124"/>
        <source>Direct messages with %1 — ShmChat</source>
        <translation>Messages directs avec %1 — ShmChat</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="126"/>
        <source>Only you and %1 see these messages in ShmChat. They are not secret: any program running as your user can read the room&apos;s shared memory.</source>
        <translation>Seuls vous et %1 voyez ces messages dans ShmChat. Ils ne sont pas secrets : tout programme exécuté sous votre utilisateur peut lire la mémoire partagée du salon.</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="129"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="130"/>
        <source>Write to %1 alone…</source>
        <translation>Écrire à %1 seulement…</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="131"/>
        <source>Direct message to %1</source>
        <translation>Message direct à %1</translation>
    </message>
    <message>
        <location filename="../app/gui/directconversation.cpp" line="132"/>
        <source>Direct messages with %1</source>
        <translation>Messages directs avec %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="64"/>
        <source>Chat with other ShmChat windows on this computer.</source>
        <translation>Discuter avec d&apos;autres fenêtres ShmChat sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Your nickname (default: the last one you chose, else your user name).</source>
        <translation>Votre pseudo (par défaut : le dernier choisi, sinon votre nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>nickname</source>
        <translation>pseudo</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>The room to join (default: the last one this nickname was in, else %1).</source>
        <translation>Le salon à rejoindre (par défaut : le dernier salon de ce pseudo, sinon %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>The language of the user interface, such as de or ja (default: the system&apos;s).</source>
        <translation>La langue de l&apos;interface, par exemple de ou ja (par défaut : celle du système).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="69"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>Look for new messages every this many milliseconds (default %1).</source>
        <translation>Chercher de nouveaux messages toutes les N millisecondes (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="70"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Place the window in column I of N side by side, e.g. 2/3.</source>
        <translation>Placer la fenêtre dans la colonne I sur N, côte à côte, p. ex. 2/3.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>I/N</source>
        <translation>I/N</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval attend un nombre de millisecondes entre 1 et 1000.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>--tile takes a column and a count, such as 2/3.</source>
        <translation>--tile attend une colonne et un nombre, comme 2/3.</translation>
    </message>
</context>
<context>
    <name>IpcChannel</name>
    <message>
        <location filename="../core/ipcchannel.cpp" line="111"/>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="112"/>
        <source>The room name is empty.</source>
        <translation>Le nom du salon est vide.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="113"/>
        <source>The nickname is empty.</source>
        <translation>Le pseudo est vide.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="115"/>
        <source>The message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>Le message est trop long : au plus %1 octets en UTF-8 peuvent être envoyés.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="116"/>
        <source>The room name is too long: at most %1 bytes of UTF-8.</source>
        <translation>Le nom du salon est trop long : au plus %1 octets en UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="117"/>
        <source>The nickname is too long: at most %1 bytes of UTF-8.</source>
        <translation>Le pseudo est trop long : au plus %1 octets en UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="119"/>
        <source>The message contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Le message contient des caractères invalides (substituts UTF-16 non appariés).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="120"/>
        <source>The room name contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Le nom du salon contient des caractères invalides (substituts UTF-16 non appariés).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="121"/>
        <source>The nickname contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>Le pseudo contient des caractères invalides (substituts UTF-16 non appariés).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="123"/>
        <source>The message contains control characters (such as NUL) that cannot be sent.</source>
        <translation>Le message contient des caractères de contrôle (comme NUL) qui ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="124"/>
        <source>The room name may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>Le nom du salon ne doit contenir ni saut de ligne, ni caractère de contrôle, ni espace au début ou à la fin.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="125"/>
        <source>The nickname may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>Le pseudo ne doit contenir ni saut de ligne, ni caractère de contrôle, ni espace au début ou à la fin.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="127"/>
        <source>The room name must contain a visible character and may not begin with a combining mark.</source>
        <translation>Le nom du salon doit contenir un caractère visible et ne peut pas commencer par un signe diacritique combinant.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="128"/>
        <source>The nickname must contain a visible character and may not begin with a combining mark.</source>
        <translation>Le pseudo doit contenir un caractère visible et ne peut pas commencer par un signe diacritique combinant.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="130"/>
        <source>The room name may not contain invisible or direction-changing characters (such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).</source>
        <translation>Le nom du salon ne peut pas contenir de caractères invisibles ou qui changent le sens d’écriture (espaces sans chasse, contrôles bidirectionnels, séparateurs de ligne ou de paragraphe, caractères de remplissage vides, par exemple).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="132"/>
        <source>The nickname may not contain invisible or direction-changing characters (such as zero-width spaces, bidi controls, line or paragraph separators, or blank fillers).</source>
        <translation>Le pseudo ne peut pas contenir de caractères invisibles ou qui changent le sens d’écriture (espaces sans chasse, contrôles bidirectionnels, séparateurs de ligne ou de paragraphe, caractères de remplissage vides, par exemple).</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="178"/>
        <source>The direct message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>Le message direct est trop long : au plus %1 octets d&apos;UTF-8 peuvent être envoyés.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="221"/>
        <source>The picture is empty.</source>
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="226"/>
        <source>This is not a picture ShmChat can send: only PNG, JPEG and GIF files can be sent.</source>
        <translation>Ce n&apos;est pas une image que ShmChat peut envoyer : seuls les fichiers PNG, JPEG et GIF peuvent l&apos;être.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="228"/>
        <source>The picture is too large (%1 MiB): at most %2 MiB can be sent.</source>
        <translation>L&apos;image est trop grande (%1 Mio) : %2 Mio au plus peuvent être envoyés.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="232"/>
        <source>The picture has too many pixels (%1 x %2): at most %3 megapixels, and %4 on a side, can be sent.</source>
        <translation>L&apos;image a trop de pixels (%1 x %2) : %3 mégapixels au plus, et %4 par côté, peuvent être envoyés.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="390"/>
        <source>A direct message goes to another member of the room.</source>
        <translation>Un message direct s&apos;adresse à un autre participant du salon.</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="396"/>
        <source>That member is no longer in the room: the direct message was not sent.</source>
        <translation>Ce participant n&apos;est plus dans le salon : le message direct n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="792"/>
        <source>Newcomers can no longer find room &quot;%1&quot;: another program removed its folder in %2. Those already here can go on chatting.</source>
        <translation>Les nouveaux venus ne peuvent plus trouver le salon « %1 » : un autre programme a supprimé son dossier dans %2. Ceux qui sont déjà là peuvent continuer à discuter.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="96"/>
        <source>Cannot join room &quot;%1&quot;: %2</source>
        <translation>Impossible de rejoindre le salon « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="277"/>
        <location filename="../core/ipcchannel.cpp" line="367"/>
        <location filename="../core/ipcchannel.cpp" line="386"/>
        <source>Not in a room: join one before sending.</source>
        <translation>Vous n&apos;êtes dans aucun salon : rejoignez-en un avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="361"/>
        <location filename="../core/shmsession.cpp" line="369"/>
        <source>The room is busy; the nickname was not changed. Try again.</source>
        <translation>Le salon est occupé ; le pseudo n&apos;a pas été changé. Réessayez.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="214"/>
        <source>Cannot join room &quot;%1&quot;: it is full (%2 members).</source>
        <translation>Impossible de rejoindre le salon « %1 » : il est complet (%2 participants).</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="117"/>
        <source>another program holds the room&apos;s lock</source>
        <translation>un autre programme détient le verrou du salon</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="140"/>
        <source>Cannot join room &quot;%1&quot;: %2. It stayed so for %3 seconds; try again later.</source>
        <translation>Impossible de rejoindre le salon « %1 » : %2. La situation a persisté pendant %3 secondes ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="219"/>
        <source>The nickname &quot;%1&quot; is already taken in room &quot;%2&quot; (names are compared ignoring case and look-alike forms). Choose another one.</source>
        <translation>Le pseudo « %1 » est déjà pris dans le salon « %2 » (les noms sont comparés sans tenir compte de la casse ni des formes d’apparence identique). Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="284"/>
        <source>You left the room before the message could be sent.</source>
        <translation>Vous avez quitté le salon avant que le message puisse être envoyé.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="396"/>
        <source>The room stayed busy for too long: the message was not sent.</source>
        <translation>Le salon est resté occupé trop longtemps : le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="585"/>
        <source>The room was reset by another program; earlier messages are gone.</source>
        <translation>Le salon a été réinitialisé par un autre programme ; les messages précédents sont perdus.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="603"/>
        <source>Damaged data in the room&apos;s shared memory was skipped. Another program may be writing into it.</source>
        <translation>Des données endommagées dans la mémoire partagée du salon ont été ignorées. Un autre programme y écrit peut-être.</translation>
    </message>
    <message>
        <location filename="../core/shmsession.cpp" line="710"/>
        <source>The room&apos;s shared memory was overwritten with data this program cannot read; it was reset.</source>
        <translation>La mémoire partagée du salon a été écrasée par des données que ce programme ne sait pas lire ; elle a été réinitialisée.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/gui/languagemenu.cpp" line="90"/>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../app/gui/memberlist.cpp" line="41"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location filename="../app/gui/memberlist.cpp" line="43"/>
        <source>%1 (%2)</source>
        <comment>member on another machine</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/memberlist.cpp" line="50"/>
        <source>Double-click or press Enter to write to this member alone.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour écrire à ce seul participant.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="70"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="72"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="249"/>
        <source>Loading picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="254"/>
        <source>Picture no longer available</source>
        <translation>Image plus disponible</translation>
    </message>
    <message>
        <location filename="../app/gui/messagedelegate.cpp" line="259"/>
        <source>Picture could not be shown</source>
        <translation>L&apos;image ne peut pas être affichée</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="31"/>
        <source>%1 joined</source>
        <translation>%1 a rejoint le salon</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="33"/>
        <source>%1 left</source>
        <translation>%1 a quitté le salon</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="35"/>
        <source>%1 left (not responding)</source>
        <translation>%1 a quitté le salon (ne répond plus)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="37"/>
        <source>%1 is now known as %2</source>
        <translation>%1 s&apos;appelle désormais %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="39"/>
        <source>Messages missed: %1 (why? see the tooltip)</source>
        <translation>Messages manqués : %1 (pourquoi ? voir l’infobulle)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="41"/>
        <source>Earlier messages, from before you joined:</source>
        <translation>Messages précédents, d&apos;avant votre arrivée :</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="43"/>
        <source>You joined. Messages below are new.</source>
        <translation>Vous avez rejoint le salon. Les messages ci-dessous sont nouveaux.</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="45"/>
        <source>New since you were away</source>
        <translation>Nouveau depuis votre absence</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="69"/>
        <source>Picture (%1 x %2, %3, %4)</source>
        <translation>Image (%1 x %2, %3, %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="71"/>
        <source>Picture %1 (%2 x %3, %4, %5)</source>
        <translation>Image %1 (%2 x %3, %4, %5)</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="77"/>
        <source>The room keeps only its newest messages. These were overwritten before this window could read them, because the room was very busy or this program was paused.</source>
        <translation>Le salon ne garde que ses messages les plus récents. Ceux-ci ont été écrasés avant que cette fenêtre puisse les lire, parce que le salon était très actif ou que ce programme était suspendu.</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="132"/>
        <location filename="../app/gui/messagemodel.cpp" line="152"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="247"/>
        <source>%1 (%2)</source>
        <comment>sender on another machine</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../app/gui/messageview.cpp" line="97"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="99"/>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="170"/>
        <location filename="../app/gui/messageview.cpp" line="205"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="171"/>
        <source>New messages ↓</source>
        <translation>Nouveaux messages ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="172"/>
        <source>Scroll to new messages</source>
        <translation>Aller aux nouveaux messages</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="207"/>
        <source>&amp;Select Text…</source>
        <translation>&amp;Sélectionner le texte…</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="224"/>
        <source>Open Link %1</source>
        <translation>Ouvrir le lien %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="225"/>
        <source>Copy Link %1</source>
        <translation>Copier le lien %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="253"/>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/messageview.cpp" line="260"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../app/gui/notifier.cpp" line="121"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 vous a mentionné dans %2</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="122"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="125"/>
        <source>(and %1 more)</source>
        <translation>(et %1 de plus)</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="140"/>
        <source>ShmChat — %1</source>
        <translation>ShmChat — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="164"/>
        <source>ShmChat — %1 — unread: %2</source>
        <translation>ShmChat — %1 — non lus : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="176"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="177"/>
        <source>&amp;All Messages</source>
        <translation>&amp;Tous les messages</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="178"/>
        <source>&amp;Mentions Only</source>
        <translation>&amp;Mentions seulement</translation>
    </message>
    <message>
        <location filename="../app/gui/notifier.cpp" line="179"/>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
</context>
<context>
    <name>PictureStore</name>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="96"/>
        <source>Picture no longer available: the room has reused its space for newer pictures.</source>
        <translation>Image plus disponible : le salon a réutilisé sa place pour des images plus récentes.</translation>
    </message>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="99"/>
        <source>Picture could not be shown: its data in the room is damaged.</source>
        <translation>L&apos;image ne peut pas être affichée : ses données dans le salon sont endommagées.</translation>
    </message>
    <message>
        <location filename="../app/gui/picturestore.cpp" line="110"/>
        <source>Picture could not be shown: it is not a valid picture of the kind and size it claims to be.</source>
        <translation>L&apos;image ne peut pas être affichée : ce n&apos;est pas une image valide du type et de la taille annoncés.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="22"/>
        <source>Picture from %1</source>
        <translation>Image de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="22"/>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="33"/>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="47"/>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="54"/>
        <source>Could not save the picture to %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/pictureviewer.cpp" line="62"/>
        <location filename="../app/gui/pictureviewer.cpp" line="67"/>
        <source>Save Picture As</source>
        <translation>Enregistrer l&apos;image sous</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="234"/>
        <source>not UTF-8</source>
        <translation>pas de l’UTF-8</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="235"/>
        <source>not a message</source>
        <translation>pas un message</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="236"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="237"/>
        <source>bad sender name</source>
        <translation>nom d’expéditeur invalide</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="238"/>
        <source>bad text</source>
        <translation>texte invalide</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="239"/>
        <source>bad machine name</source>
        <translation>nom de machine invalide</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="240"/>
        <source>wrong room</source>
        <translation>mauvais salon</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="241"/>
        <source>forged origin</source>
        <translation>origine falsifiée</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="242"/>
        <source>unknown kind</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="244"/>
        <source>dropped a message from the network (%1); %2 dropped so far</source>
        <translation>un message venu du réseau a été écarté (%1) ; %2 écartés jusqu’ici</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="269"/>
        <source>another shmchat-bridge (pid %1) already joins room &quot;%2&quot; on this machine; only one may run per room and machine.</source>
        <translation>un autre shmchat-bridge (pid %1) relie déjà le salon « %2 » sur cette machine ; un seul peut tourner par salon et par machine.</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="278"/>
        <source>could not claim room &quot;%1&quot; for the bridge.</source>
        <translation>impossible de réserver le salon « %1 » pour le pont.</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="306"/>
        <source>connected to other machines through %1</source>
        <translation>connecté aux autres machines via %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="308"/>
        <source>not connected to other machines; local chat goes on, and what is written meanwhile is sent once a server answers</source>
        <translation>pas connecté aux autres machines ; le chat local continue, et ce qui est écrit entre-temps sera envoyé dès qu’un serveur répondra</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="323"/>
        <source>bad --server list: %1</source>
        <translation>liste --server invalide : %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="335"/>
        <source>cannot read the credentials file %1</source>
        <translation>impossible de lire le fichier d’identifiants %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="347"/>
        <source>the credentials file %1 is empty</source>
        <translation>le fichier d’identifiants %1 est vide</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="355"/>
        <source>cannot use the credentials file %1: %2</source>
        <translation>impossible d’utiliser le fichier d’identifiants %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="363"/>
        <source>cannot load the TLS certificate authority %1: %2</source>
        <translation>impossible de charger l’autorité de certification TLS %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="369"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="419"/>
        <source>cannot create the room&apos;s stream: %1</source>
        <translation>impossible de créer le flux du salon : %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="429"/>
        <source>cannot subscribe to the room&apos;s stream: %1</source>
        <translation>impossible de s’abonner au flux du salon : %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="445"/>
        <source>cannot open the room&apos;s presence bucket: %1</source>
        <translation>impossible d’ouvrir le compartiment de présence du salon : %1</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="473"/>
        <source>%1 local messages were overwritten before they could be sent to other machines</source>
        <translation>%1 messages locaux ont été écrasés avant de pouvoir être envoyés aux autres machines</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="527"/>
        <source>could not write to room &quot;%1&quot;: its lock stayed busy</source>
        <translation>impossible d’écrire dans le salon « %1 » : son verrou est resté pris</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="559"/>
        <source>%1 messages from other machines were no longer held by the stream</source>
        <translation>%1 messages d’autres machines n’étaient plus dans le flux</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="735"/>
        <source>joined room &quot;%1&quot; as machine &quot;%2&quot;</source>
        <translation>salon « %1 » rejoint en tant que machine « %2 »</translation>
    </message>
    <message>
        <location filename="../app/bridge/bridge.cpp" line="765"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>RemainingLabel</name>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="35"/>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="35"/>
        <source>Too long by %1: shorten it to send</source>
        <translation>Trop long de %1 : raccourcissez pour envoyer</translation>
    </message>
    <message>
        <location filename="../app/gui/remaininglabel.cpp" line="36"/>
        <source>A message may take %1 bytes. Most letters take one, accented letters two, Chinese, Japanese and Korean characters three and emoji four.</source>
        <translation>Un message peut occuper %1 octets. La plupart des lettres en prennent un, les lettres accentuées deux, les caractères chinois, japonais et coréens trois et les émojis quatre.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="19"/>
        <source>Switch Room</source>
        <translation>Changer de salon</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="20"/>
        <source>Room to join:</source>
        <translation>Salon à rejoindre :</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="24"/>
        <source>Your rooms with members now:</source>
        <translation>Vos salons où se trouvent des participants :</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="32"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/roomdialog.cpp" line="76"/>
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n participant)</numerusform>
            <numerusform>%1 (%n participants)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="81"/>
        <source>This system offers no list of rooms: type the name of the room to join.</source>
        <translation>Ce système ne fournit pas de liste des salons : saisissez le nom du salon à rejoindre.</translation>
    </message>
    <message>
        <location filename="../app/gui/roomdialog.cpp" line="83"/>
        <source>None of your rooms has members right now.</source>
        <translation>Aucun de vos salons n&apos;a de participants en ce moment.</translation>
    </message>
</context>
<context>
    <name>RoomSegment</name>
    <message>
        <location filename="../core/roomsegment.cpp" line="98"/>
        <source>%1, where ShmChat keeps its rooms, exists but is not a folder of its own (a file or a link). Remove it, then try again.</source>
        <translation>%1, où ShmChat conserve ses salons, existe mais n&apos;est pas un véritable dossier (c&apos;est un fichier ou un lien). Supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="100"/>
        <source>%1, where ShmChat keeps its rooms, belongs to another user (user id %2). Someone may be squatting it; remove it or ask the administrator.</source>
        <translation>%1, où ShmChat conserve ses salons, appartient à un autre utilisateur (identifiant utilisateur %2). Quelqu&apos;un l&apos;occupe peut-être délibérément ; supprimez-le ou contactez l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="102"/>
        <source>ShmChat may not create or use %1, where it keeps its rooms (permission denied).</source>
        <translation>ShmChat n&apos;a pas le droit de créer ni d&apos;utiliser %1, où il conserve ses salons (permission refusée).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="104"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: the file system is read-only.</source>
        <translation>ShmChat ne peut pas créer %1, où il conserve ses salons : le système de fichiers est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="106"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: no space is left on that file system.</source>
        <translation>ShmChat ne peut pas créer %1, où il conserve ses salons : il ne reste plus d&apos;espace sur ce système de fichiers.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="108"/>
        <source>ShmChat cannot create %1, where it keeps its rooms: its parent folder does not exist.</source>
        <translation>ShmChat ne peut pas créer %1, où il conserve ses salons : son dossier parent n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="110"/>
        <source>ShmChat cannot use %1, where it keeps its rooms (system error %2).</source>
        <translation>ShmChat ne peut pas utiliser %1, où il conserve ses salons (erreur système %2).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="120"/>
        <source>the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kern.sysv.shmmax, is lower; the default is 4 MB). Raise it with sysctl, or ask the administrator to.</source>
        <translation>le système n&apos;autorise pas un segment de mémoire partagée de %1 octets (sa limite de taille de segment, kern.sysv.shmmax, est plus basse ; elle vaut 4 Mo par défaut). Augmentez-la avec sysctl, ou demandez-le à l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="124"/>
        <source>the system does not allow a shared memory segment of %1 bytes (its limit on segment size, kernel.shmmax, is lower). Ask the administrator to raise it.</source>
        <translation>le système n&apos;autorise pas un segment de mémoire partagée de %1 octets (sa limite de taille de segment, kernel.shmmax, est plus basse). Demandez à l&apos;administrateur de l&apos;augmenter.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="133"/>
        <source>the system&apos;s limits on shared memory are reached: kern.sysv.shmall (all segments together, 4 MiB by default, about 2 rooms), kern.sysv.shmmni (segments, 32 by default) or kern.sysv.shmseg (segments one program may use, 8 by default). Leave a room, close programs that use shared memory, or raise the limits with sysctl.</source>
        <translation>les limites du système en matière de mémoire partagée sont atteintes : kern.sysv.shmall (tous les segments ensemble, 4 Mio par défaut, environ 2 salons), kern.sysv.shmmni (segments, 32 par défaut) ou kern.sysv.shmseg (segments qu&apos;un programme peut utiliser, 8 par défaut). Quittez un salon, fermez des programmes qui utilisent la mémoire partagée, ou augmentez les limites avec sysctl.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="136"/>
        <source>the system&apos;s limits on shared memory are reached (the number of segments, kernel.shmmni, the total size, kernel.shmall, or, with Qt 6.6 and later, the number of semaphores, kernel.sem). Close programs that use shared memory, or ask the administrator to raise the limits.</source>
        <translation>les limites du système en matière de mémoire partagée sont atteintes (le nombre de segments, kernel.shmmni, la taille totale, kernel.shmall, ou, avec Qt 6.6 et les versions ultérieures, le nombre de sémaphores, kernel.sem). Fermez des programmes qui utilisent la mémoire partagée, ou demandez à l&apos;administrateur d&apos;augmenter les limites.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="149"/>
        <source>the room&apos;s shared memory changed while joining</source>
        <translation>la mémoire partagée du salon a changé pendant la connexion</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="152"/>
        <source>the system refused to create the room&apos;s shared memory (permission denied).</source>
        <translation>le système a refusé de créer la mémoire partagée du salon (permission refusée).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="153"/>
        <source>the system refused access to the room&apos;s shared memory (permission denied).</source>
        <translation>le système a refusé l&apos;accès à la mémoire partagée du salon (permission refusée).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="157"/>
        <source>the system refused the room&apos;s shared memory.</source>
        <translation>le système a refusé la mémoire partagée du salon.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="215"/>
        <source>ShmChat cannot open rooms inside the macOS App Sandbox: sandboxed programs may not use System V shared memory, which ShmChat&apos;s rooms are made of. Use a build of ShmChat that is not sandboxed.</source>
        <translation>ShmChat ne peut pas ouvrir de salons dans la sandbox d&apos;apps de macOS (App Sandbox) : les programmes en sandbox ne peuvent pas utiliser la mémoire partagée System V, dont sont faits les salons de ShmChat. Utilisez une version de ShmChat qui n&apos;est pas en sandbox.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="229"/>
        <source>another ShmChat program of yours is joining or leaving a room</source>
        <translation>un autre de vos programmes ShmChat est en train de rejoindre ou de quitter un salon</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="260"/>
        <source>every key tried for the room leads to shared memory of another user or program.</source>
        <translation>chaque clé essayée pour le salon mène à la mémoire partagée d&apos;un autre utilisateur ou programme.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="271"/>
        <source>the room&apos;s key folder was removed meanwhile</source>
        <translation>le dossier de clé du salon a été supprimé entre-temps</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="280"/>
        <source>the system refused to look at the room&apos;s shared memory (system error %1).</source>
        <translation>le système a refusé d&apos;examiner la mémoire partagée du salon (erreur système %1).</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="307"/>
        <source>the room&apos;s name is taken by shared memory of another user or program.</source>
        <translation>le nom du salon est pris par la mémoire partagée d&apos;un autre utilisateur ou programme.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="311"/>
        <source>the room is in use by an incompatible version of ShmChat (layout %1; this program uses %2). Close that version&apos;s windows, or use another room name.</source>
        <translation>le salon est utilisé par une version incompatible de ShmChat (format %1 ; ce programme utilise %2). Fermez les fenêtres de cette version, ou utilisez un autre nom de salon.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="316"/>
        <source>the room is in use by an incompatible version of ShmChat.</source>
        <translation>le salon est utilisé par une version incompatible de ShmChat.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="330"/>
        <source>The room had been left behind by instances that did not exit cleanly; it was reset.</source>
        <translation>Le salon avait été laissé par des instances qui ne se sont pas terminées proprement ; il a été réinitialisé.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="335"/>
        <source>the room is in use by programs in another container (another PID or time namespace). ShmChat cannot tell whether they are alive, so it does not share a room with them.</source>
        <translation>le salon est utilisé par des programmes d&apos;un autre conteneur (autre espace de noms PID ou temporel). ShmChat ne peut pas savoir s&apos;ils sont encore actifs, il ne partage donc pas de salon avec eux.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="337"/>
        <source>The room had been left behind by programs in another container; it was reset.</source>
        <translation>Le salon avait été laissé par des programmes d&apos;un autre conteneur ; il a été réinitialisé.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="340"/>
        <source>The room&apos;s shared memory held data this version cannot read (layout version %1, this program uses %2); it was reset.</source>
        <translation>La mémoire partagée du salon contenait des données que cette version ne sait pas lire (version de format %1, ce programme utilise %2) ; elle a été réinitialisée.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="350"/>
        <source>the room&apos;s shared memory is being repaired</source>
        <translation>la mémoire partagée du salon est en cours de réparation</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="352"/>
        <source>The room&apos;s shared memory held data this version cannot read; it was reset.</source>
        <translation>La mémoire partagée du salon contenait des données que cette version ne sait pas lire ; elle a été réinitialisée.</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="362"/>
        <source>another program holds the room&apos;s lock</source>
        <translation>un autre programme détient le verrou du salon</translation>
    </message>
</context>
<context>
    <name>RoomStatusBar</name>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="50"/>
        <source>Room: %1</source>
        <translation>Salon : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="53"/>
        <source>Joining room %1…</source>
        <translation>Connexion au salon %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="56"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="59"/>
        <source>Members: %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="66"/>
        <source>Linked to other machines</source>
        <translation>Relié aux autres machines</translation>
    </message>
    <message>
        <location filename="../app/gui/roomstatusbar.cpp" line="69"/>
        <source>Not connected to other machines</source>
        <translation>Pas connecté aux autres machines</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="140"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="142"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="177"/>
        <location filename="../app/gui/searchbar.cpp" line="178"/>
        <source>Find in messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="179"/>
        <source>Older match (Enter)</source>
        <translation>Résultat plus ancien (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="180"/>
        <source>Older match</source>
        <translation>Résultat plus ancien</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="181"/>
        <source>Newer match (Shift+Enter)</source>
        <translation>Résultat plus récent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="182"/>
        <source>Newer match</source>
        <translation>Résultat plus récent</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="183"/>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../app/gui/searchbar.cpp" line="184"/>
        <source>Close search</source>
        <translation>Fermer la recherche</translation>
    </message>
</context>
</TS>
