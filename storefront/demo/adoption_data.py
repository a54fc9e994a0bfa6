"""Demo adopters, their trees, the farmers' news of those trees, and booked tour seats.

Pure data, read by `storefront.demo.seed_adoptions` (part of `flask seed-demo`). Tree codes are
those of `tourism_data.TREES`, tour slugs those of `tourism_data.TOURS`. People, addresses and
phone numbers are invented; the two accounts log in with DEMO_PASSWORD (see README.md).
"""

DEMO_PASSWORD = "cay-xoai-nha-toi"
MINH_ANH = "nguoinuoi@demo.ocop-dongthap.vn"
THU_HA = "quatang@demo.ocop-dongthap.vn"

# Each buyer's harvest address: province and ward codes of storefront.places.
BUYERS: list[dict] = [
    {
        "email": MINH_ANH,
        "name": "Nguyễn Minh Anh",
        "phone": "0903 456 781",
        "province": 79,
        "ward": 26737,  # Phường Tân Định, Thành phố Hồ Chí Minh
        "street": "48 Trần Quang Khải",
    },
    {
        "email": THU_HA,
        "name": "Lê Thu Hà",
        "phone": "0986 214 357",
        "province": 1,
        "ward": 103,  # Phường Tây Hồ, Thành phố Hà Nội
        "street": "25 ngõ 52 Tô Ngọc Vân",
    },
]

# A farmer's update: (days ago, what the photos show, how many photos, the note). Stages are
# those of storefront.demo.updates_art.
ADOPTIONS: list[dict] = [
    {
        "tree": "CC005",
        "buyer": MINH_ANH,
        "plate": "Gia đình Minh Anh – Sài Gòn",
        "updates": [
            (26, "flowering", 2,
             "Cây vừa ra bông đợt đầu, bông đều khắp tán, màu vàng nhạt. Mấy bữa nay trời hanh "
             "nên tụi con tưới gốc cách ngày cho bông khỏi khô."),
            (15, "fruit_set", 1,
             "Bông đã đậu trái non cỡ đầu ngón tay. Tụi con tỉa bớt những chùm đậu dày, mỗi chùm "
             "chừa hai, ba trái để trái lớn đều."),
            (4, "growing", 2,
             "Đã bao trái xong: 46 trái, bao giấy vàng của hợp tác xã. Bao sớm vầy vỏ mới vàng "
             "đẹp, ruồi vàng không chích được. Khoảng hai tháng nữa là hái đợt đầu."),
        ],
    },
    {
        "tree": "TQ001",
        "buyer": MINH_ANH,
        "plate": "Bé Na và bé Bin",
        "updates": [
            (24, "flowering", 1,
             "Xoài tứ quý ra bông quanh năm: trên cây vừa có bông mới, vừa có trái già của đợt "
             "trước. Trái già tụi con để thêm chừng ba tuần nữa mới hái."),
            (4, "harvest", 2,
             "Hái đợt trái đầu cho anh chị rồi nè: được 8,4 kg, trái nào cũng già cây. Sáng mai "
             "tụi con gửi Giao Hàng Tiết Kiệm, chừng hai ngày là tới Sài Gòn."),
            (1, "growing", 1,
             "Đợt bông sau đậu trái đều, trái đã bằng quả trứng gà. Cây khỏe, lá non ra mạnh từ "
             "khi tụi con bón thêm phân hữu cơ."),
        ],
        # The all-season variety gave its first box early: it left three days ago.
        "shipped": {
            "grams": 8_400,
            "carrier": "GHTK",
            "tracking": "S20867354.SGP.A12.842317905",
            "days_ago": 3,
        },
    },
    {
        "tree": "DL002",
        "buyer": MINH_ANH,
        "plate": "Nhóm bạn Cao Lãnh 2010",
        "updates": [
            (20, "flowering", 2,
             "Cây xoài Đài Loan đang trổ bông rộ. Tụi con treo mấy bẫy ruồi vàng quanh gốc và "
             "sáng nào cũng đi coi rầy bông."),
            (8, "fruit_set", 1,
             "Trái non đậu nhiều, đã bằng ngón tay cái. Xoài Đài Loan không cần bao trái, tụi "
             "con chỉ tỉa bớt cho trái dài, thẳng."),
        ],
    },
    {
        "tree": "HL003",
        "buyer": THU_HA,
        "plate": "Tặng cô Ngọc Lan – lớp 12A1",
        "gift": {
            "recipient_name": "Phạm Ngọc Lan",
            "recipient_email": "ngoclan@demo.ocop-dongthap.vn",
            "message": (
                "Chúc mừng cô nghỉ hưu! Cả lớp 12A1 gửi cô cây xoài Hòa Lộc này, hè tới cô ăn "
                "xoài của chính cây nhà mình nha. Tụi em thương cô."
            ),
        },
        # The harvest goes to the teacher; the order's e-mails to the class who gave it.
        "contact": {
            "name": "Phạm Ngọc Lan",
            "phone": "0918 640 225",
            "province": 79,
            "ward": 26929,  # Phường Bình Thạnh, Thành phố Hồ Chí Minh
            "street": "112/7 Bùi Đình Túy",
        },
        "updates": [
            (22, "flowering", 1,
             "Cây vừa nhú bông đợt đầu, chùm bông dài và đều. Bảng tên đã treo lên cây, ai đi "
             "ngang vườn cũng dừng lại đọc."),
            (10, "fruit_set", 2,
             "Trái non đậu đều hai bên tán. Tuần rồi có mưa trái mùa nên tụi con phun ngừa thán "
             "thư một lần, có ghi trong sổ nhật ký VietGAP."),
            (3, "growing", 1,
             "Tụi con bắt đầu bao trái bằng bao giấy trắng, trái lớn cỡ nắm tay. Hòa Lộc bao "
             "vầy chín vàng tươi, thơm lắm."),
        ],
    },
    {
        "tree": "HL001",
        "buyer": THU_HA,
        "plate": "Thu Hà & Quang",
        "updates": [
            (18, "flowering", 2,
             "Cây ra bông trễ hơn mấy cây bên cạnh chừng một tuần nhưng bông dài, đẹp. Ong trong "
             "vườn bay rộn cả buổi sáng."),
            (6, "fruit_set", 1,
             "Đậu trái khá, chùm nhiều nhất có năm trái non. Tụi con cắt bỏ bông khô để cây dồn "
             "sức nuôi trái."),
        ],
    },
    {
        "tree": "CC016",
        "buyer": THU_HA,
        "plate": "Văn phòng Tây Hồ",
        "updates": [
            (25, "flowering", 1,
             "Cây cát chu của văn phòng mình vừa ra bông. Đợt này tụi con xử lý cho cả vườn ra "
             "bông đồng loạt nên cả tán trổ cùng lúc."),
            (12, "fruit_set", 1,
             "Trái non đậu dày. Tụi con đã tỉa chùm, mỗi chùm chừa hai trái; tuần sau bắt đầu "
             "bao trái."),
            (1, "growing", 2,
             "Bao trái xong rồi: 38 trái trong bao giấy vàng. Lần tới anh chị ghé vườn là thấy "
             "bảng tên văn phòng mình treo ngay lối đi."),
        ],
    },
]  # fmt: skip

# Paid seats on the first coming departure (two days ahead or later) that has room for them.
# `buyer` is a demo account, or None for a guest who books with `contact`.
BOOKINGS: list[dict] = [
    {"tour": "buoi-sang-vuon-xoai-my-xuong", "buyer": MINH_ANH, "adults": 2, "children": 2},
    {"tour": "xuong-ngam-dong-sen-thap-muoi", "buyer": THU_HA, "adults": 2, "children": 0},
    {
        "tour": "dao-lang-hoa-sa-dec",
        "buyer": None,
        "adults": 3,
        "children": 1,
        "contact": {
            "name": "Võ Hoàng Phúc",
            "phone": "0937 118 406",
            "email": "hoangphuc@demo.ocop-dongthap.vn",
        },
    },
]
BOOK_FROM_DAYS = 2

# Parties who filled the first departures of each tour (tourism_data's `seats_taken`), booked
# and paid through the real checkout so that every seat taken belongs to a booking.
TOUR_GUESTS: list[tuple[str, str]] = [
    ("Trần Quốc Bảo", "0908 214 335"),
    ("Nguyễn Thị Mai Anh", "0913 552 108"),
    ("Lê Văn Tâm", "0977 340 812"),
    ("Phạm Thu Trang", "0932 601 447"),
    ("Huỳnh Minh Khoa", "0919 226 503"),
    ("Đặng Ngọc Hân", "0986 713 290"),
    ("Võ Thanh Sơn", "0903 558 164"),
    ("Bùi Thị Kim Ngân", "0945 182 736"),
]
