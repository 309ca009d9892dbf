"""What the demo counsellor writes and where the demo clients live: pure data tables, no code.

Kept apart from the code that draws from them so the generator reads as
steps and the sentences can be read (and extended) in one place. The
templates' ``{slots}`` are filled from :data:`FILLERS` by
:meth:`desktop.demo.world.World.fill`.
"""

from __future__ import annotations

THEMES = (
    "職場の人間関係",
    "気分の落ち込み",
    "不眠",
    "漠然とした不安",
    "家族関係",
    "子育ての悩み",
    "夫婦関係",
    "進路の迷い",
    "休職からの復職",
    "親の介護の負担",
    "パニック発作",
    "対人緊張",
    "自己肯定感の低さ",
    "喪失体験",
    "学校への行きづらさ",
    "仕事のストレス",
    "怒りのコントロール",
    "食欲の低下",
    "転職の迷い",
    "生活リズムの乱れ",
)
INTAKE = (
    "初回面談。主訴は{theme}。",
    "初回。{theme}について相談したいとのこと。",
    "インテーク面接。{theme}を主訴に来談。",
)
BACKGROUND = (
    "{period}前から{symptom}が続いている。",
    "{referral}の勧めで来談。",
    "これまで相談歴はなし。",
    "{person}との関係が負担になっている様子。",
    "仕事は{work}。",
)
PROGRESS = (
    "前回からの様子を確認。{change}",
    "{theme}について引き続き話を聴く。",
    "{person}とのやりとりを振り返る。",
    "睡眠は{sleep}。",
    "表情は{mood}。",
    "{homework}の記録を一緒に見る。",
    "{technique}を実施。",
    "気持ちの整理が少しずつ進んでいる。",
    "語りが以前より具体的になってきた。",
    "{event}があり、気持ちが揺れたとのこと。",
)
PLAN = (
    "次回は{interval}後。",
    "{homework}を続けてもらう。",
    "次回は{topic}を扱う予定。",
    "必要に応じて医療機関の受診を勧める。",
    "頻度を{frequency}に変更。",
)
CLOSING = ("終結。{closing}", "本日で一区切り。{closing}", "終結面談。{closing}")
ADDENDUM = (
    "追記：{sentence}",
    "（補足）{sentence}",
)
FILLERS: dict[str, tuple[str, ...]] = {
    "period": ("半年", "1年", "数か月", "2年ほど", "3か月"),
    "symptom": ("寝つきの悪さ", "朝起きられない状態", "気分の波", "動悸", "疲れやすさ"),
    "referral": ("かかりつけ医", "職場の産業医", "家族", "友人", "学校の先生", "地域の相談窓口"),
    "person": ("上司", "同僚", "母親", "父親", "配偶者", "子ども", "友人", "義理の家族"),
    "work": ("事務職で残業が多い", "シフト勤務", "在宅勤務が中心", "休職中", "パート勤務"),
    "change": (
        "少し落ち着いてきたとのこと。",
        "大きな変化はない。",
        "調子の波がある。",
        "できることが増えてきた。",
        "週の後半に疲れが出やすい。",
    ),
    "sleep": ("おおむね取れている", "途中で目が覚めることが多い", "寝つきに時間がかかる", "改善傾向"),
    "mood": ("穏やか", "やや硬い", "明るい", "疲れた様子"),
    "homework": ("睡眠日誌", "気分の記録", "呼吸法の練習", "一日の振り返り"),
    "technique": ("呼吸法の練習", "認知の整理", "リラクセーション", "ロールプレイ", "問題の整理"),
    "event": ("職場での異動", "家族の入院", "引っ越し", "試験", "法事"),
    "interval": ("1週間", "2週間", "3週間", "1か月"),
    "topic": ("職場での伝え方", "家族との距離の取り方", "休み方", "今後の目標"),
    "frequency": ("隔週", "月1回", "週1回"),
    "closing": (
        "困ったときはまた連絡してよいと伝える。",
        "ここまでの変化を一緒に振り返った。",
        "セルフケアの方法を確認して終える。",
    ),
}
PRIVATE_NOTES = (
    "連絡はメール希望。",
    "平日夜のみ来談可。",
    "留守番電話に事業所名を残さないこと。",
    "紹介元：{referral}。",
    "土曜午前を希望。",
    "オンライン面談も可。",
    "駐車場の利用あり。",
    "筆談のほうが話しやすいとのこと。",
)
PROSPECT_NOTES = (
    "初回面談の日程を調整中。",
    "電話で問い合わせあり。資料を送付。",
    "初回は{interval}以内を希望。",
)
OCCUPATIONS = (
    "会社員",
    "公務員",
    "学生",
    "自営業",
    "パート",
    "主婦",
    "主夫",
    "無職",
    "看護師",
    "教員",
    "介護職",
    "保育士",
    "販売員",
    "事務員",
)
#: Towns near the practice (east Shizuoka); most clients live nearby, some come from further.
LOCAL_CITIES = (
    ("三島市", "411"),
    ("沼津市", "410"),
    ("駿東郡長泉町", "411"),
    ("駿東郡清水町", "411"),
    ("裾野市", "410"),
    ("田方郡函南町", "419"),
    ("御殿場市", "412"),
    ("富士市", "417"),
    ("伊豆の国市", "410"),
)
LOCAL_AREA_CODES = ("055", "0545", "0550")
#: Domains reserved for examples (RFC 2606, JPRS): no real mailbox can be reached.
EMAIL_DOMAINS = ("example.jp", "example.ne.jp", "example.co.jp", "example.com", "example.org")
