<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>現在のパスフレーズ:</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check the recovery code</source>
        <translation>回復コードの確認</translation>
    </message>
    <message>
        <source>Type two groups from what you wrote down.</source>
        <translation>書き留めたコードから、指定の2つのグループを入力してください。</translation>
    </message>
    <message>
        <source>When both groups match, Sorakumo Desk creates your vault. This takes a few seconds.</source>
        <translation>2つとも一致すると、保管庫を作成します。数秒かかります。</translation>
    </message>
    <message>
        <source>Group %1 of %2:</source>
        <translation>%2 グループ中の第 %1 グループ:</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The key file (keys.json) is missing from the vault folder. Restore it from a backup of the folder; without it the records cannot be opened.</source>
        <translation>保管庫フォルダーに鍵ファイル(keys.json)がありません。フォルダーのバックアップから戻してください。鍵ファイルがないと記録を開くことはできません。</translation>
    </message>
    <message>
        <source>The key file (keys.json) is incomplete or not a key file. Nothing was changed; restore the folder from a backup.</source>
        <translation>鍵ファイル(keys.json)が途中で切れているか、鍵ファイルではありません。何も変更していません。フォルダーをバックアップから戻してください。</translation>
    </message>
    <message>
        <source>The key file (keys.json) has been changed or damaged. Nothing was changed; restore the folder from a backup.</source>
        <translation>鍵ファイル(keys.json)が書き換えられたか、破損しています。何も変更していません。フォルダーをバックアップから戻してください。</translation>
    </message>
    <message>
        <source>The key file (keys.json) and the database (vault.db) do not belong to the same vault. Nothing was changed.</source>
        <translation>鍵ファイル(keys.json)とデータベース(vault.db)が別々の保管庫のものです。何も変更していません。</translation>
    </message>
    <message>
        <source>The database (vault.db) is missing from the vault folder.</source>
        <translation>保管庫フォルダーにデータベース(vault.db)がありません。</translation>
    </message>
    <message>
        <source>The file vault.db is not an encrypted Sorakumo Desk database. Nothing was changed.</source>
        <translation>vault.db は Sorakumo Desk の暗号化データベースではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The database (vault.db) is damaged or has been altered. Nothing was changed; restore it from a backup.</source>
        <translation>データベース(vault.db)が破損しているか、書き換えられています。何も変更していません。バックアップから戻してください。</translation>
    </message>
    <message>
        <source>That passphrase is not correct. Please try again.</source>
        <translation>パスフレーズが正しくありません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>That recovery code is not correct. Check each group and try again.</source>
        <translation>回復コードが正しくありません。各グループを確かめて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>このフォルダーに保管庫はありません。</translation>
    </message>
    <message>
        <source>A vault already exists in this folder. It was left untouched.</source>
        <translation>このフォルダーにはすでに保管庫があります。既存の保管庫には手を加えていません。</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to: it is read-only or access is denied. Nothing was changed.</source>
        <translation>保管庫フォルダーに書き込めません。読み取り専用か、アクセスが許可されていません。何も変更していません。</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Nothing was lost; free some space and try again.</source>
        <translation>ディスクの空き容量がないため、変更を保存できませんでした。データは失われていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>保管庫はロックされています。続けるにはロックを解除してください。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was lost; please try again.</source>
        <translation>予期しない問題が起きました。データは失われていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Sorakumo Desk</source>
        <translation>Sorakumo Desk</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>The records are encrypted and nothing from them is on screen.</source>
        <translation>記録は暗号化されており、画面には何も表示していません。</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>ロックを解除…</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now (%1)</source>
        <translation>今すぐ保管庫をロックします(%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Sorakumo Desk</source>
        <translation>Sorakumo Desk について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sorakumo Desk</source>
        <translation>Sorakumo Desk</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>ロックを解除しました</translation>
    </message>
    <message>
        <source>About Sorakumo Desk</source>
        <translation>Sorakumo Desk について</translation>
    </message>
    <message>
        <source>Sorakumo Desk %1

Practice records for a solo counsellor, kept encrypted on this computer. It never connects to the internet.</source>
        <translation>Sorakumo Desk %1

個人で開業するカウンセラーのための記録管理ソフトです。記録はこのパソコンの中に暗号化して保管し、インターネットには一切接続しません。</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Very weak</source>
        <translation>とても弱い</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>とても強い</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新しいパスフレーズ:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>もう一度入力:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <source>A long phrase only you know</source>
        <translation>ご自身だけが知っている長めの文</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters; a short sentence works well.</source>
        <translation>10文字以上のパスフレーズを決めてください。短い文にすると覚えやすくなります。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>2つのパスフレーズがまだ一致していません。</translation>
    </message>
    <message>
        <source>Now type it once more to be sure.</source>
        <translation>確認のため、もう一度入力してください。</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>パスフレーズが一致しました。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>パスフレーズを決める</translation>
    </message>
    <message>
        <source>You will type it each time you open Sorakumo Desk.</source>
        <translation>Sorakumo Desk を開くたびに入力します。</translation>
    </message>
    <message>
        <source>Nobody can recover the records without this passphrase or the recovery code that follows. A short sentence that means something only to you is easy to remember and hard to guess.</source>
        <translation>このパスフレーズか、次の画面で表示する回復コードがなければ、誰も記録を開くことはできません。ご自身にだけ意味のある短い文にすると、覚えやすく推測されにくくなります。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available yet</source>
        <translation>まだご利用いただけません</translation>
    </message>
    <message>
        <source>%1 This section arrives in a later version of Sorakumo Desk.</source>
        <translation>%1この画面は今後のバージョンでご利用いただけるようになります。</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Welcome to Sorakumo Desk</source>
        <translation>Sorakumo Desk へようこそ</translation>
    </message>
    <message>
        <source>Let us set up your practice&apos;s encrypted vault.</source>
        <translation>相談室の記録を守る、暗号化された保管庫を準備します。</translation>
    </message>
    <message>
        <source>Every client record stays on this computer, encrypted. These names appear on confirmations and can be changed later in Settings.</source>
        <translation>ご利用者の記録はすべて、暗号化してこのパソコンの中だけに保管します。ここで入力する名前はご予約確認の文面などに使われ、あとから「設定」で変更できます。</translation>
    </message>
    <message>
        <source>Practice name:</source>
        <translation>相談室の名前:</translation>
    </message>
    <message>
        <source>Counsellor name:</source>
        <translation>カウンセラーの名前:</translation>
    </message>
    <message>
        <source>The vault will be kept in: %1</source>
        <translation>保管庫の場所: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>回復コードを書き留めてください</translation>
    </message>
    <message>
        <source>It is shown only this once.</source>
        <translation>このコードが表示されるのは今回だけです。</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this code is the only way back into your records. Write it on paper and keep it somewhere safe, away from this computer. Do not save it in a file or send it by email.</source>
        <translation>パスフレーズを忘れたとき、記録を開く手段はこのコードだけです。紙に書き写し、このパソコンとは別の安全な場所に保管してください。ファイルに保存したり、メールで送ったりしないでください。</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>回復コードを書き留めました</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Bookings by week, day and month, with the four-point booking checklist.</source>
        <translation>週・日・月ごとのご予約と、ご予約確定の4項目チェックリストを扱います。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>ご利用者</translation>
    </message>
    <message>
        <source>Client records and dated consultation notes.</source>
        <translation>ご利用者の情報と、日付付きの相談記録を扱います。</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Imported email and phone calls, and after-follow replies.</source>
        <translation>取り込んだメールと電話の記録、アフターフォローの返信を扱います。</translation>
    </message>
    <message>
        <source>Disclosures &amp; consents</source>
        <translation>開示と同意</translation>
    </message>
    <message>
        <source>Clients&apos; consents and the record of anything disclosed to others.</source>
        <translation>ご利用者からいただいた同意と、第三者への開示の記録を扱います。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <source>Every contact you made, with its reason.</source>
        <translation>こちらから差し上げた連絡を、その理由とともに記録します。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The practice, the language and security.</source>
        <translation>相談室の情報、表示言語、セキュリティを設定します。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>相談室</translation>
    </message>
    <message>
        <source>Practice name:</source>
        <translation>相談室の名前:</translation>
    </message>
    <message>
        <source>Counsellor name:</source>
        <translation>カウンセラーの名前:</translation>
    </message>
    <message>
        <source>Pick-up station:</source>
        <translation>送迎する駅:</translation>
    </message>
    <message>
        <source>Email round-trip limit:</source>
        <translation>メール往復の上限:</translation>
    </message>
    <message>
        <source>Lock when idle for:</source>
        <translation>操作がないときにロックするまで:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> round trips</source>
        <translation> 往復</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムの設定に合わせる</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>表示言語:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>パスフレーズを変更…</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>保管庫を検査</translation>
    </message>
    <message>
        <source>Remember the vault key on this device</source>
        <translation>このパソコンで保管庫の鍵を記憶する</translation>
    </message>
    <message>
        <source>Not available: this computer has no secure keyring. You will be asked for the passphrase each time.</source>
        <translation>ご利用いただけません。このパソコンには安全なキーリングがないため、毎回パスフレーズをお尋ねします。</translation>
    </message>
    <message>
        <source>Off by default. When on, the system keyring unlocks the vault for you, so anyone signed in to this computer can open the records. The passphrase itself is never stored.</source>
        <translation>初期設定ではオフです。オンにするとシステムのキーリングが保管庫のロックを解除するため、このパソコンにサインインできる人は誰でも記録を開けるようになります。パスフレーズそのものは保存しません。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>検査しています…</translation>
    </message>
    <message numerus="yes">
        <source>All checks passed: encryption, database structure and the audit trail (%n event(s)).</source>
        <translation>
            <numerusform>暗号化、データベース構造、監査記録(%n 件)のすべての検査に合格しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>A check failed. Make a copy of the vault folder and restore from a backup.</source>
        <translation>検査で問題が見つかりました。保管庫フォルダーを複製してから、バックアップから戻してください。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Sorakumo Desk</source>
        <translation>Sorakumo Desk の準備</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>暗号化された保管庫を作成しています…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Sorakumo Desk</source>
        <translation>Sorakumo Desk のロック解除</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>保管庫はロックされています</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>保管庫: %1</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロックを解除</translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery code…</source>
        <translation>お忘れの場合は回復コードを使う…</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down at set-up, then choose a new passphrase.</source>
        <translation>準備のときに書き留めた回復コードを入力し、新しいパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>回復コード:</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation>ロックを解除してパスフレーズを設定</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Use at least %1 characters for the passphrase.</source>
        <translation>パスフレーズは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The passphrase must not begin or end with a space.</source>
        <translation>パスフレーズの最初と最後に空白は使えません。</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: add more words, or mix in digits, symbols or Japanese characters.</source>
        <translation>このパスフレーズは推測されやすいものです。言葉を足すか、数字・記号・日本語を混ぜてください。</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Practice name</source>
        <translation>相談室の名前</translation>
    </message>
    <message>
        <source>Counsellor name</source>
        <translation>カウンセラーの名前</translation>
    </message>
    <message>
        <source>Pick-up station</source>
        <translation>送迎する駅</translation>
    </message>
    <message>
        <source>Email round-trip limit</source>
        <translation>メール往復の上限</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>自動ロックまでの分数</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>「%1」を入力してください。</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters.</source>
        <translation>「%1」は %2 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>「%1」は %2 から %3 の範囲で指定してください。</translation>
    </message>
</context>
</TS>
