<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BenchCli</name>
    <message>
        <location filename="../bench/main.cpp" line="60"/>
        <source>Measures ShmChat&apos;s shared-memory transport against QLocalSocket: throughput without loss (1 to 1 and 1 to 8 readers), one-way latency per poll interval, CPU use of an idle member, and event-loop stalls of the chat window and of a bare reader under a flood. Targets are reported, never asserted.</source>
        <translation>ShmChat の共有メモリ転送を QLocalSocket と比較して測定します：損失のないスループット（1 対 1 と 1 対 8 の読み手）、ポーリング間隔ごとの片道レイテンシ、待機中のメンバーの CPU 使用率、大量のメッセージを受けたときのチャットウィンドウと単純な読み手のイベントループの停止時間。目標値は報告するだけで、検証はしません。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="65"/>
        <source>Shorter runs; finishes in under a minute.</source>
        <translation>短い実行。1 分以内に終わります。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="66"/>
        <source>Print one JSON object per result line instead of a table.</source>
        <translation>表の代わりに、結果 1 行ごとに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="68"/>
        <source>Run only these scenarios (comma-separated): throughput, latency, idle, flood, costs.</source>
        <translation>これらのシナリオだけを実行します（カンマ区切り）：throughput, latency, idle, flood, costs。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="69"/>
        <source>list</source>
        <translation>一覧</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="71"/>
        <source>Also write the JSON lines to this file, so one run gives both forms.</source>
        <translation>JSON 行をこのファイルにも書き込みます。1 回の実行で両方の形式が得られます。</translation>
    </message>
    <message>
        <location filename="../bench/main.cpp" line="72"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="368"/>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="369"/>
        <source>Change &amp;Nickname…</source>
        <translation>ニックネームを変更(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="370"/>
        <source>Switch &amp;Room…</source>
        <translation>ルームを切り替え(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="371"/>
        <source>New &amp;Window</source>
        <translation>新しいウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="372"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="373"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="374"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="375"/>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="376"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="377"/>
        <source>&amp;About ShmChat</source>
        <translation>ShmChat について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="381"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="382"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="383"/>
        <source>Connection problem</source>
        <translation>接続の問題</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="384"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="385"/>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="386"/>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>メッセージを入力…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="387"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="388"/>
        <source>Messages</source>
        <translation>メッセージ一覧</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="389"/>
        <source>New messages ↓</source>
        <translation>新着メッセージ ↓</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="390"/>
        <source>Scroll to new messages</source>
        <translation>新着メッセージまでスクロール</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="392"/>
        <source>&amp;Members</source>
        <translation>メンバー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="393"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="394"/>
        <source>Send error</source>
        <translation>送信エラー</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="395"/>
        <source>Remaining message length</source>
        <translation>メッセージの残り長さ</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="508"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="510"/>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="526"/>
        <source>ShmChat — %1 — %2</source>
        <comment>window title: room, nickname</comment>
        <translation>ShmChat — %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="528"/>
        <source>(%1) %2</source>
        <comment>window title: unread count, title</comment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="544"/>
        <source>%1 (you)</source>
        <translation>%1（あなた）</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="553"/>
        <source>Members: %1</source>
        <translation>メンバー: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="573"/>
        <source>Bytes left: %1</source>
        <translation>残りバイト数: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="574"/>
        <source>Bytes over the limit: %1</source>
        <translation>上限超過バイト数: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="585"/>
        <source>Room: %1</source>
        <translation>ルーム: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="585"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="620"/>
        <location filename="../app/gui/chatwindow.cpp" line="627"/>
        <source>Change Nickname</source>
        <translation>ニックネームの変更</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="620"/>
        <source>New nickname:</source>
        <translation>新しいニックネーム:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="639"/>
        <location filename="../app/gui/chatwindow.cpp" line="647"/>
        <source>Switch Room</source>
        <translation>ルームの切り替え</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="639"/>
        <source>Room to join:</source>
        <translation>参加するルーム:</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="659"/>
        <source>Could not start a new window.</source>
        <translation>新しいウィンドウを起動できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="664"/>
        <source>About ShmChat</source>
        <translation>ShmChat について</translation>
    </message>
    <message>
        <location filename="../app/gui/chatwindow.cpp" line="665"/>
        <source>ShmChat %1

Chat between programs on this computer through shared memory.</source>
        <translation>ShmChat %1

共有メモリを使って、このコンピューター上のプログラム同士でチャットします。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="159"/>
        <source>timed out after %1 s with %2 messages</source>
        <translation>%1 秒でタイムアウトしました（メッセージ %2 件）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="211"/>
        <source>Talk to a ShmChat room from a terminal.

Commands:
  send --room R --name N TEXT...   post one message
  listen --room R [--name N]       print messages as JSON lines
  who --room R                     print the members as JSON lines</source>
        <translation>ターミナルから ShmChat のルームで会話します。

コマンド:
  send --room R --name N TEXT...   メッセージを 1 件送信
  listen --room R [--name N]       メッセージを JSON 行で出力
  who --room R                     メンバーを JSON 行で出力</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="218"/>
        <source>The room to use.</source>
        <translation>使用するルーム。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="218"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="219"/>
        <source>Your nickname (listen: join as a member under this name).</source>
        <translation>ニックネーム（listen: この名前でメンバーとして参加）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="219"/>
        <source>nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>listen: exit 0 after this many text messages (received or reported missed).</source>
        <translation>listen: この件数のテキストメッセージ（受信または取りこぼし通知）で終了コード 0 で終了。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="221"/>
        <source>listen: exit 1 if the count is not reached after this many seconds.</source>
        <translation>listen: この秒数が経っても件数に達しなければ終了コード 1 で終了。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="221"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="222"/>
        <source>listen: print the room&apos;s recent history first.</source>
        <translation>listen: 最初にルームの最近の履歴を出力。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="223"/>
        <source>listen: poll every this many milliseconds (default %1).</source>
        <translation>listen: このミリ秒ごとにポーリング（既定 %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="223"/>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="225"/>
        <source>send, listen or who.</source>
        <translation>send、listen、who のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="226"/>
        <source>send: the message.</source>
        <translation>send: メッセージ本文。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="226"/>
        <source>[TEXT...]</source>
        <translation>[テキスト...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="241"/>
        <source>--count takes a whole number of 0 or more.</source>
        <translation>--count には 0 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="248"/>
        <source>--timeout takes a number of seconds between 0 and 86400.</source>
        <translation>--timeout には 0 から 86400 までの秒数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="255"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval には 1 から 1000 までのミリ秒数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="260"/>
        <source>--room is required.</source>
        <translation>--room は必須です。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="266"/>
        <source>send needs --name.</source>
        <translation>send には --name が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="270"/>
        <source>send needs the message text.</source>
        <translation>send にはメッセージ本文が必要です。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="276"/>
        <source>unexpected arguments: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="283"/>
        <source>unknown command &quot;%1&quot;; use send, listen or who (see --help).</source>
        <translation>不明なコマンド「%1」です。send、listen、who のいずれかを使ってください（--help を参照）。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Chat with other ShmChat windows on this computer.</source>
        <translation>このコンピューター上の他の ShmChat ウィンドウとチャットします。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Your nickname (default: the last one you chose, else your user name).</source>
        <translation>ニックネーム（既定: 前回選んだもの、なければユーザー名）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>nickname</source>
        <translation>ニックネーム</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>The room to join (default: %1).</source>
        <translation>参加するルーム（既定: %1）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>The language of the user interface, such as de or ja (default: the system&apos;s).</source>
        <translation>ユーザーインターフェースの言語。de や ja など（既定: システムの言語）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Look for new messages every this many milliseconds (default %1).</source>
        <translation>このミリ秒ごとに新着メッセージを確認（既定 %1）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="80"/>
        <source>--poll-interval takes a number of milliseconds from 1 to 1000.</source>
        <translation>--poll-interval には 1 から 1000 までのミリ秒数を指定してください。</translation>
    </message>
</context>
<context>
    <name>IpcChannel</name>
    <message>
        <location filename="../core/ipcchannel.cpp" line="119"/>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="120"/>
        <source>The room name is empty.</source>
        <translation>ルーム名が空です。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="121"/>
        <source>The nickname is empty.</source>
        <translation>ニックネームが空です。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="123"/>
        <source>The message is too long: at most %1 bytes of UTF-8 can be sent.</source>
        <translation>メッセージが長すぎます。送信できるのは UTF-8 で最大 %1 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="124"/>
        <source>The room name is too long: at most %1 bytes of UTF-8.</source>
        <translation>ルーム名が長すぎます。UTF-8 で最大 %1 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="125"/>
        <source>The nickname is too long: at most %1 bytes of UTF-8.</source>
        <translation>ニックネームが長すぎます。UTF-8 で最大 %1 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="127"/>
        <source>The message contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>メッセージに壊れた文字（対になっていない UTF-16 サロゲート）が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="128"/>
        <source>The room name contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>ルーム名に壊れた文字（対になっていない UTF-16 サロゲート）が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="129"/>
        <source>The nickname contains broken characters (unpaired UTF-16 surrogates).</source>
        <translation>ニックネームに壊れた文字（対になっていない UTF-16 サロゲート）が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="131"/>
        <source>The message contains control characters (such as NUL) that cannot be sent.</source>
        <translation>メッセージに送信できない制御文字（NUL など）が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="132"/>
        <source>The room name may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>ルーム名には改行、制御文字、先頭または末尾の空白を含められません。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="133"/>
        <source>The nickname may not contain line breaks, control characters, or leading or trailing spaces.</source>
        <translation>ニックネームには改行、制御文字、先頭または末尾の空白を含められません。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="210"/>
        <source>Cannot join room &quot;%1&quot;: it is busy (%2). Try again in a few seconds.</source>
        <translation>ルーム「%1」に参加できません: ビジー状態です（%2）。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="213"/>
        <source>Cannot join room &quot;%1&quot;: %2 Refusing to use it; another user may be squatting its name. Choose another room name.</source>
        <translation>ルーム「%1」に参加できません: %2 このルームは使用しません。別のユーザーがこの名前を占有している可能性があります。別のルーム名を選んでください。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="219"/>
        <source>Cannot join room &quot;%1&quot;: %2</source>
        <translation>ルーム「%1」に参加できません: %2</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="263"/>
        <source>Not in a room: join one before sending.</source>
        <translation>ルームに参加していません。送信する前にルームに参加してください。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="293"/>
        <source>The room is busy; the nickname was not changed. Try again.</source>
        <translation>ルームがビジー状態のため、ニックネームは変更されませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="367"/>
        <source>Cannot join room &quot;%1&quot;: another program holds its lock. Try again in a few seconds.</source>
        <translation>ルーム「%1」に参加できません: 別のプログラムがロックを保持しています。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="379"/>
        <source>Cannot join room &quot;%1&quot;: it is full (%2 members).</source>
        <translation>ルーム「%1」に参加できません: 満員です（メンバー %2 人）。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="392"/>
        <source>You left the room before the message could be sent.</source>
        <translation>メッセージを送信する前にルームから退出しました。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="419"/>
        <source>The room is busy: another program has held its lock for too long. The message was not sent.</source>
        <translation>ルームがビジー状態です。別のプログラムが長時間ロックを保持しています。メッセージは送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="527"/>
        <source>The room was reset by another program; earlier messages are gone.</source>
        <translation>ルームが別のプログラムによってリセットされました。以前のメッセージは失われました。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="536"/>
        <source>Damaged data in the room&apos;s shared memory was skipped. Another program may be writing into it.</source>
        <translation>ルームの共有メモリ内の破損したデータをスキップしました。別のプログラムが書き込んでいる可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/ipcchannel.cpp" line="595"/>
        <source>The room&apos;s shared memory was overwritten with data this program cannot read; it was reset.</source>
        <translation>ルームの共有メモリがこのプログラムで読めないデータで上書きされていたため、リセットしました。</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="18"/>
        <source>%1 joined</source>
        <translation>%1 が参加しました</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="20"/>
        <source>%1 left</source>
        <translation>%1 が退出しました</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="22"/>
        <source>%1 left (not responding)</source>
        <translation>%1 が退出しました（応答なし）</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="24"/>
        <source>%1 is now known as %2</source>
        <translation>%1 は %2 に名前を変更しました</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="26"/>
        <source>Messages missed: %1 (they were overwritten before this window could read them)</source>
        <translation>取りこぼしたメッセージ: %1 件（このウィンドウが読む前に上書きされました）</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="29"/>
        <source>Earlier messages, from before you joined:</source>
        <translation>参加する前のメッセージ:</translation>
    </message>
    <message>
        <location filename="../app/gui/messagemodel.cpp" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomSegment</name>
    <message>
        <location filename="../core/roomsegment.cpp" line="172"/>
        <source>unknown contents</source>
        <translation>不明な内容</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="174"/>
        <source>layout version %1, this program uses %2</source>
        <translation>レイアウトバージョン %1（このプログラムは %2 を使用）</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="176"/>
        <source>inconsistent sizes</source>
        <translation>サイズの不整合</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="244"/>
        <source>The room&apos;s shared memory or its lock belongs to another user.</source>
        <translation>ルームの共有メモリまたはそのロックは別のユーザーのものです。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="277"/>
        <source>The room&apos;s shared memory was too small for this version and was replaced.</source>
        <translation>ルームの共有メモリがこのバージョンには小さすぎたため、置き換えました。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="280"/>
        <source>The room is in use by an incompatible version of ShmChat.</source>
        <translation>このルームは互換性のないバージョンの ShmChat が使用中です。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="297"/>
        <source>Another program holds the room&apos;s lock and does not release it.</source>
        <translation>別のプログラムがルームのロックを保持したまま解放しません。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="307"/>
        <source>The room&apos;s shared memory held data this version cannot read (%1); it was reset.</source>
        <translation>ルームの共有メモリにこのバージョンで読めないデータ（%1）があったため、リセットしました。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="313"/>
        <source>The room had been left behind by instances that did not exit cleanly; it was reset.</source>
        <translation>ルームは正常に終了しなかったインスタンスによって残されていたため、リセットしました。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="349"/>
        <source>The room&apos;s key file %1 belongs to another user.</source>
        <translation>ルームのキーファイル %1 は別のユーザーの所有です。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="357"/>
        <source>The room&apos;s shared memory could not be inspected.</source>
        <translation>ルームの共有メモリを調べられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/roomsegment.cpp" line="361"/>
        <source>The room&apos;s shared memory belongs to another user or is open to other users.</source>
        <translation>ルームの共有メモリは別のユーザーの所有であるか、他のユーザーにも開かれています。</translation>
    </message>
</context>
</TS>
