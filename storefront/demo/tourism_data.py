"""Demo farm tourism: mango orchards, their trees and adoption plans, tours and departures.

Pure data, read by `storefront.demo.seed_tourism` (part of `flask seed-demo`). Orchards belong
to the demo mango producers of `storefront.demo.data` (`producer` is a PRODUCERS slug) and lie
in real wards of Đồng Tháp; their coordinates are approximate, their owners, growing-area codes
and stories are invented. Dates are counted from the day the seed runs, so that a plan is on
sale and departures lie ahead whenever the demo is loaded.
"""

from datetime import time

# An adoption plan runs from PLAN_STARTED_DAYS_AGO days before the seed to PLAN_LASTS_DAYS
# later; its owners may renew for next season during its last RENEWAL_DAYS. The mango season
# of Cao Lãnh runs about December to July and is named after the year of its harvest.
PLAN_STARTED_DAYS_AGO = 30
PLAN_LASTS_DAYS = 230
RENEWAL_DAYS = 45
PLAN_INCLUDES_VI = (
    "Bảng tên có tên bạn và mã QR treo trên cây suốt mùa\n"
    "Hai lần đến thăm vườn, tự tay chăm cây và hái trái\n"
    "Ảnh cây gửi hằng tháng qua Zalo hoặc e-mail\n"
    "Giấy chứng nhận nhận nuôi, có thể tặng người thân\n"
    "Quyền gia hạn cây cho mùa sau trước khi mở cho khách mới\n"
    "Mất mùa vì thời tiết: phần trái không giao được hoàn thành tín dụng"
)
PLAN_INCLUDES_EN = (
    "A name plate with your name and a QR code on the tree all season\n"
    "Two visits to the orchard to tend your tree and pick its fruit\n"
    "A photo of the tree every month by Zalo or e-mail\n"
    "An adoption certificate, which can be given as a gift\n"
    "The right to renew the tree for next season before it is offered to others\n"
    "If the weather ruins the crop, what could not be delivered becomes credit"
)

ORCHARDS: list[dict] = [
    {
        "slug": "vuon-xoai-tu-thanh",
        "producer": "xoai-my-xuong",
        "name": "Vườn xoài Tư Thành",
        "ward_code": 30076,
        "address": "Ấp 3",
        "latitude": 10.4318,
        "longitude": 105.6912,
        "growing_area_code": "VN-DTOR-0012",
        "vietgap": True,
        "variety": "cat_chu",
        "story_vi": (
            "Ông Tư Thành trồng những cây xoài cát chu đầu tiên trên mảnh vườn này năm 2005, khi "
            "xã còn mang tên Mỹ Xương. Gần một héc-ta đất được lên liếp cao, xen giữa là mương "
            "nước: mùa khô lấy nước tưới, mùa lũ giữ cho gốc cây khô ráo.\n"
            "Cả vườn canh tác theo VietGAP. Trái được bao giấy từ khi mới bằng ngón tay cái, mỗi "
            "lần bón phân, phun thuốc đều ghi vào sổ nhật ký. Từ khi hợp tác xã mở mô hình “Cây "
            "xoài nhà tôi”, vườn có thêm nhiều người chủ ở xa; hằng tháng con gái ông đi một vòng "
            "vườn, chụp ảnh từng cây gửi cho người nhận nuôi."
        ),
        "story_en": (
            "Mr Tư Thành planted the first cát chu mango trees here in 2005, when the commune was "
            "still called Mỹ Xương. Nearly a hectare of land is raised into high beds with water "
            "ditches between them: they water the trees in the dry season and keep the roots dry "
            "in the flood season.\n"
            "The whole orchard is farmed to VietGAP. Every fruit is bagged in paper when it is no "
            "bigger than a thumb, and every feeding and spraying goes into the farm diary. Since "
            "the cooperative started “My mango tree”, the orchard has gained many owners far "
            "away; every month his daughter walks the rows and photographs each tree for them."
        ),
        "plan": {
            "price": 5_500_000,
            "harvest_kg": 35,
            "deliveries": 4,
            "delivery_after_days": (75, 110, 145, 180),
        },
    },
    {
        "slug": "vuon-xoai-nam-hoa",
        "producer": "xoai-my-xuong",
        "name": "Vườn xoài Năm Hòa",
        "ward_code": 30076,
        "address": "Ấp 1",
        "latitude": 10.4265,
        "longitude": 105.6987,
        "growing_area_code": "VN-DTOR-0015",
        "vietgap": True,
        "variety": "cat_hoa_loc",
        "story_vi": (
            "Năm 2008, bà Năm Hòa ghép nửa vườn cát chu sang cát Hòa Lộc bằng mắt ghép mang về "
            "từ Cái Bè. Hòa Lộc khó tính hơn: cần nhiều nắng, phải tỉa tán cho thoáng và bao trái "
            "thật kỹ, nhưng trái chín vàng, thơm lừng và được giá.\n"
            "Vườn nằm sát đường đal, có chòi lá cho khách nghỉ chân uống nước dừa. Những cây cát "
            "chu còn lại ở cuối vườn vẫn cho trái đều, bà giữ lại để khách so hai giống xoài nổi "
            "tiếng nhất vùng ngay trên một cái bàn."
        ),
        "story_en": (
            "In 2008 Mrs Năm Hòa top-worked half of her cát chu trees to cát Hòa Lộc with buds "
            "brought from Cái Bè. Hòa Lộc is fussier: it wants plenty of sun, an open, pruned "
            "crown and careful bagging, but it ripens golden and fragrant and fetches a good "
            "price.\n"
            "The orchard lies by the concrete lane, with a thatched hut where visitors rest over "
            "a coconut. The cát chu trees left at the far end still crop well; she keeps them so "
            "guests can taste the region's two famous mangoes side by side."
        ),
        "plan": {
            "price": 6_500_000,
            "harvest_kg": 30,
            "deliveries": 3,
            "delivery_after_days": (90, 135, 180),
        },
    },
    {
        "slug": "vuon-xoai-ut-hau",
        "producer": "xoai-my-hiep",
        "name": "Vườn xoài Út Hậu",
        "ward_code": 30112,
        "address": "Ấp 2",
        "latitude": 10.3864,
        "longitude": 105.7795,
        "growing_area_code": "VN-DTOR-0047",
        "vietgap": True,
        "variety": "dai_loan",
        "story_vi": (
            "Vườn của anh Út Hậu nằm trên cù lao Mỹ Hiệp, ba mặt giáp sông, đất được phù sa bồi "
            "thêm sau mỗi mùa nước nổi. Năm 2012 anh chuyển sang xoài Đài Loan vì trái to, ăn "
            "xanh hay chín đều ngon, vừa bán cho thương lái vừa bán được cho khách lẻ.\n"
            "Tổ hợp tác giúp anh ghi nhật ký canh tác và đạt VietGAP. Muốn vào vườn, khách qua đò "
            "từ bến Mỹ Hiệp chừng mười phút; vào mùa, anh hái xoài ngay tại cây cho khách ăn thử."
        ),
        "story_en": (
            "Mr Út Hậu's orchard lies on the Mỹ Hiệp islet, with the river on three sides and "
            "fresh silt left after every flood season. In 2012 he moved to the Taiwanese variety: "
            "its fruit is large and good both green and ripe, and it sells to traders and to "
            "visitors alike.\n"
            "The cooperative group helped him keep a farm diary and reach VietGAP. The orchard is "
            "a ten-minute ferry ride from the Mỹ Hiệp landing; in season he picks a mango straight "
            "from the tree for every guest to taste."
        ),
        "plan": {
            "price": 3_800_000,
            "harvest_kg": 40,
            "deliveries": 4,
            "delivery_after_days": (70, 105, 140, 175),
        },
    },
]

# What sets a tree apart, in both languages: its fruit, its place, or why it rests this season.
TRAITS = {
    "big": ("Trái to, ngọt đậm, thịt vàng mịn", "Large fruit, richly sweet, smooth golden flesh"),
    "grafted": ("Gốc ghép năm 2010, sai trái đều năm", "Grafted in 2010; bears well every year"),
    "mother": (
        "Cây đầu dòng: hợp tác xã lấy mắt ghép từ cây này để nhân giống",
        "A mother tree: the cooperative takes its buds for grafting",
    ),
    "oldest": (
        "Cây lớn tuổi nhất vườn, gốc to hai người ôm",
        "The oldest tree in the orchard; it takes two people to hug its trunk",
    ),
    "low": (
        "Tán thấp, dễ hái, hợp với gia đình có trẻ nhỏ",
        "Low crown, easy picking: good for families with small children",
    ),
    "ditch": (
        "Đứng sát bờ mương, trái thơm, vỏ mỏng",
        "Right by the ditch; fragrant, thin-skinned",
    ),
    "even": ("Trái đều cỡ 400–500 g, ít xơ", "Even 400–500 g fruit with hardly any fibre"),
    "path": (
        "Cành thấp bên lối đi, khách hay dừng lại chụp ảnh",
        "Low branches over the path, where visitors stop for a photo",
    ),
    "early": ("Cây sớm, thường được hái đầu vụ", "An early tree, usually picked first"),
    "best": ("Cây sai trái nhất vườn mùa vừa rồi", "The orchard's best cropper last season"),
    "scent": (
        "Chín vàng tươi, mùi thơm lừng cả góc vườn",
        "Ripens bright yellow; its scent fills that corner of the orchard",
    ),
    "long": (
        "Trái dài tới 30 cm, ăn xanh vẫn giòn ngọt",
        "Fruit up to 30 cm long, crisp and sweet even green",
    ),
    "green": (
        "Vỏ vẫn xanh khi chín, ngọt thanh, ít chua",
        "Stays green when ripe; mildly sweet, little acidity",
    ),
    "all_year": (
        "Ra hoa quanh năm, cho trái nhiều đợt",
        "Flowers all year round and fruits in several flushes",
    ),
    "pruned": (
        "Tỉa cành mạnh sau mùa trước, năm nay nghỉ dưỡng cây",
        "Pruned hard after last season; resting this year",
    ),
    "young": (
        "Mới ghép lại, chưa đủ trái để nhận nuôi",
        "Newly top-worked; not yet bearing enough to adopt",
    ),
    "treated": (
        "Đang chữa bệnh thán thư, tạm nghỉ một mùa",
        "Being treated for anthracnose; resting for a season",
    ),
}

# (orchard, code, variety, planted year, height in metres, kg last season, trait, status)
# How many photos some trees have besides their main one (orchards and tours all have two).
EXTRA_TREE_PHOTOS = {"CC001": 2, "CC002": 1, "HL001": 2, "DL001": 1}
TREES: list[tuple[str, str, str, int, float, int, str, str]] = [
    ("vuon-xoai-tu-thanh", "CC001", "cat_chu", 2005, 5.5, 72, "oldest", "available"),
    ("vuon-xoai-tu-thanh", "CC002", "cat_chu", 2005, 5.0, 64, "mother", "available"),
    ("vuon-xoai-tu-thanh", "CC003", "cat_chu", 2006, 4.8, 58, "big", "available"),
    ("vuon-xoai-tu-thanh", "CC004", "cat_chu", 2006, 4.5, 55, "grafted", "available"),
    ("vuon-xoai-tu-thanh", "CC005", "cat_chu", 2007, 4.6, 61, "best", "available"),
    ("vuon-xoai-tu-thanh", "CC006", "cat_chu", 2007, 4.2, 49, "ditch", "available"),
    ("vuon-xoai-tu-thanh", "CC007", "cat_chu", 2008, 4.0, 47, "even", "available"),
    ("vuon-xoai-tu-thanh", "CC008", "cat_chu", 2008, 3.8, 44, "low", "available"),
    ("vuon-xoai-tu-thanh", "CC009", "cat_chu", 2009, 4.4, 12, "pruned", "resting"),
    ("vuon-xoai-tu-thanh", "CC010", "cat_chu", 2010, 4.1, 52, "path", "available"),
    ("vuon-xoai-tu-thanh", "CC011", "cat_chu", 2010, 3.9, 46, "early", "available"),
    ("vuon-xoai-tu-thanh", "CC012", "cat_chu", 2011, 3.7, 43, "big", "available"),
    ("vuon-xoai-tu-thanh", "CC013", "cat_chu", 2012, 3.6, 40, "even", "available"),
    ("vuon-xoai-tu-thanh", "CC014", "cat_chu", 2013, 3.4, 38, "low", "available"),
    ("vuon-xoai-tu-thanh", "CC015", "cat_chu", 2014, 3.2, 35, "ditch", "available"),
    ("vuon-xoai-tu-thanh", "TQ001", "tu_quy", 2016, 3.0, 33, "all_year", "available"),
    ("vuon-xoai-tu-thanh", "TQ002", "tu_quy", 2018, 2.6, 18, "all_year", "available"),
    ("vuon-xoai-nam-hoa", "HL001", "cat_hoa_loc", 2008, 4.6, 52, "scent", "available"),
    ("vuon-xoai-nam-hoa", "HL002", "cat_hoa_loc", 2008, 4.4, 48, "big", "available"),
    ("vuon-xoai-nam-hoa", "HL003", "cat_hoa_loc", 2009, 4.3, 50, "best", "available"),
    ("vuon-xoai-nam-hoa", "HL004", "cat_hoa_loc", 2009, 4.1, 45, "path", "available"),
    ("vuon-xoai-nam-hoa", "HL005", "cat_hoa_loc", 2011, 3.9, 41, "even", "available"),
    ("vuon-xoai-nam-hoa", "HL006", "cat_hoa_loc", 2012, 3.5, 9, "young", "resting"),
    ("vuon-xoai-nam-hoa", "HL007", "cat_hoa_loc", 2014, 3.4, 36, "low", "available"),
    ("vuon-xoai-nam-hoa", "HL008", "cat_hoa_loc", 2015, 3.2, 34, "early", "available"),
    ("vuon-xoai-nam-hoa", "CC016", "cat_chu", 2006, 4.7, 57, "big", "available"),
    ("vuon-xoai-nam-hoa", "CC017", "cat_chu", 2007, 4.5, 53, "grafted", "available"),
    ("vuon-xoai-ut-hau", "DL001", "dai_loan", 2012, 4.0, 66, "long", "available"),
    ("vuon-xoai-ut-hau", "DL002", "dai_loan", 2012, 3.9, 62, "best", "available"),
    ("vuon-xoai-ut-hau", "DL003", "dai_loan", 2013, 3.8, 58, "green", "available"),
    ("vuon-xoai-ut-hau", "DL004", "dai_loan", 2014, 3.6, 55, "long", "available"),
    ("vuon-xoai-ut-hau", "DL005", "dai_loan", 2015, 3.5, 20, "treated", "resting"),
    ("vuon-xoai-ut-hau", "DL006", "dai_loan", 2016, 3.3, 49, "ditch", "available"),
    ("vuon-xoai-ut-hau", "DL007", "dai_loan", 2017, 3.1, 45, "green", "available"),
    ("vuon-xoai-ut-hau", "DL008", "dai_loan", 2018, 2.9, 41, "low", "available"),
    ("vuon-xoai-ut-hau", "DL009", "dai_loan", 2019, 2.7, 36, "early", "available"),
    ("vuon-xoai-ut-hau", "TQ003", "tu_quy", 2017, 2.8, 31, "all_year", "available"),
    ("vuon-xoai-ut-hau", "TQ004", "tu_quy", 2019, 2.4, 14, "young", "resting"),
]

# Every departure leaves at this local time (Vietnam), within DEPARTURE_DAYS of the seed, on
# the tour's weekdays (Monday is 0); `seats_taken` is how many seats demo guests book and pay
# on its first departures (seed_departures), so every seat taken belongs to a booking.
DEPARTURE_TIME = time(7, 30)
DEPARTURE_DAYS = 60

TOURS: list[dict] = [
    {
        "slug": "buoi-sang-vuon-xoai-my-xuong",
        "producer": "xoai-my-xuong",
        "orchard": "vuon-xoai-tu-thanh",
        "kind": "orchard",
        "title_vi": "Buổi sáng ở vườn xoài Mỹ Xương",
        "title_en": "A morning in the Mỹ Xương mango orchards",
        "description_vi": (
            "Khách tập trung lúc 7 giờ 30, khi nắng còn dịu. Người của hợp tác xã dẫn đoàn đi "
            "dọc những liếp xoài cát chu, kể chuyện bao trái, giữ nước mương và vì sao xoài Cao "
            "Lãnh được bảo hộ chỉ dẫn địa lý.\n"
            "Khách thử bao trái bằng túi giấy, hái xoài đúng độ già khi vào vụ, rồi ghé những cây "
            "của chương trình “Cây xoài nhà tôi”: ai đã nhận nuôi cây được dẫn tới tận gốc, chụp "
            "ảnh bên bảng tên và trò chuyện với người chăm cây.\n"
            "Buổi sáng khép lại trong chòi lá với nước dừa, xoài chín cắt sẵn và xoài xanh chấm "
            "muối ớt."
        ),
        "description_en": (
            "We meet at 7:30, while the sun is still gentle. A cooperative member leads the group "
            "along the raised beds of cát chu mango trees and explains fruit bagging, the water "
            "ditches and why Cao Lãnh mangoes carry a protected geographical indication.\n"
            "Guests try bagging young fruit in paper, pick mangoes at the right maturity when in "
            "season, then visit the trees of “My mango tree”: adopters are taken to their own "
            "tree for a photo by its name plate and a chat with the farmer who tends it.\n"
            "The morning ends in a thatched hut with coconut water, sliced ripe mango and green "
            "mango dipped in chilli salt."
        ),
        "duration_minutes": 240,
        "meeting_point_vi": "Nhà văn hóa ấp 3, xã Mỹ Thọ (vùng Mỹ Xương cũ), Đồng Tháp",
        "meeting_point_en": "Hamlet 3 community hall, Mỹ Thọ commune (former Mỹ Xương), Đồng Tháp",
        "includes_vi": (
            "Hướng dẫn viên của hợp tác xã\n"
            "Nước dừa, xoài chín và xoài xanh chấm muối ớt tại vườn\n"
            "Tự tay bao trái và hái xoài (khi vào vụ)\n"
            "Thăm cây đã nhận nuôi, chụp ảnh bên bảng tên\n"
            "Một ký xoài cát chu mang về"
        ),
        "includes_en": (
            "A cooperative guide\n"
            "Coconut water, ripe mango and green mango with chilli salt in the orchard\n"
            "Bagging fruit and picking mangoes yourself (in season)\n"
            "A visit to adopted trees, with a photo by the name plate\n"
            "One kilo of cát chu mangoes to take home"
        ),
        "adult_price": 450_000,
        "child_price": 220_000,
        "min_age": None,
        "notes_vi": (
            "Nên mang giày bệt, nón và kem chống nắng. Vườn có nhiều mương nước, trẻ em luôn cần "
            "người lớn đi kèm.\n"
            "Nếu bạn đã nhận nuôi cây, hãy ghi mã cây khi đặt chỗ để hợp tác xã chuẩn bị."
        ),
        "notes_en": (
            "Bring flat shoes, a hat and sunscreen. The orchard has many water ditches: children "
            "must stay with an adult at all times.\n"
            "If you have adopted a tree, give its code when you book so the cooperative can "
            "prepare."
        ),
        "cancellation_policy": [[7, 100], [3, 50], [0, 0]],
        "visits_adopted_trees": True,
        "weekdays": (1, 3, 5),
        "capacity": 20,
        "seats_taken": (8, 20, 4, 12, 0, 6),
    },
    {
        "slug": "xuong-ngam-dong-sen-thap-muoi",
        "producer": "sen-hong-thap-muoi",
        "orchard": None,
        "kind": "lotus",
        "title_vi": "Đi xuồng ngắm đồng sen Tháp Mười",
        "title_en": "By sampan through the Tháp Mười lotus fields",
        "description_vi": (
            "Xuồng ba lá rời bến lúc 7 giờ 30, len giữa những lá sen còn đọng sương. Người chèo "
            "là xã viên hợp tác xã, vừa chèo vừa kể chuyện trồng sen luân canh với lúa giữa vùng "
            "trũng Đồng Tháp Mười.\n"
            "Khách học cách chọn bông, hái sen không làm gãy cuống và lấy gạo sen để ướp trà. "
            "Cuối chuyến, cả đoàn nghỉ trong nhà sàn bên đầm, thưởng trà sen với mứt hạt sen."
        ),
        "description_en": (
            "Three-plank sampans leave the landing at 7:30 and glide between lotus leaves still "
            "wet with dew. The rowers are cooperative members who tell how lotus is grown in "
            "rotation with rice in the low heart of the Plain of Reeds.\n"
            "Guests learn to choose a flower, pick it without breaking the stem and collect the "
            "stamens used to scent tea. The trip ends in a stilt house by the pond over lotus "
            "tea and candied lotus seeds."
        ),
        "duration_minutes": 180,
        "meeting_point_vi": "Bến xuồng của hợp tác xã, ấp 4, xã Tháp Mười, Đồng Tháp",
        "meeting_point_en": "The cooperative's landing, Hamlet 4, Tháp Mười commune, Đồng Tháp",
        "includes_vi": (
            "Xuồng ba lá và người chèo\n"
            "Áo phao cho mọi khách\n"
            "Hướng dẫn hái sen và lấy gạo sen ướp trà\n"
            "Trà sen và mứt hạt sen"
        ),
        "includes_en": (
            "A sampan and its rower\n"
            "Life jackets for every guest\n"
            "Lotus picking and stamen collecting with a grower\n"
            "Lotus tea and candied lotus seeds"
        ),
        "adult_price": 390_000,
        "child_price": 190_000,
        "min_age": 6,
        "notes_vi": (
            "Dành cho trẻ từ 6 tuổi; mọi người đều mặc áo phao trên xuồng, mỗi xuồng chở tối đa "
            "ba khách.\n"
            "Sen nở rộ nhất từ tháng Năm đến tháng Mười. Những tháng khác đồng thưa hoa hơn, "
            "chuyến đi dành nhiều thời gian hơn cho trà sen và chuyện nghề.\n"
            "Khi có mưa dông, hợp tác xã hủy chuyến và hoàn tiền đầy đủ."
        ),
        "notes_en": (
            "For children aged 6 and over; everyone wears a life jacket on board, and each "
            "sampan takes at most three guests.\n"
            "The lotus blooms best from May to October. In other months there are fewer flowers "
            "and the trip gives more time to lotus tea and the growers' stories.\n"
            "If a thunderstorm comes, the cooperative cancels the trip with a full refund."
        ),
        "cancellation_policy": [[5, 100], [2, 50], [0, 0]],
        "visits_adopted_trees": False,
        "weekdays": (2, 5),
        "capacity": 12,
        "seats_taken": (5, 0, 9, 3),
    },
    {
        "slug": "dao-lang-hoa-sa-dec",
        "producer": "hoa-kieng-sa-dec-xanh",
        "orchard": None,
        "kind": "flowers",
        "title_vi": "Dạo làng hoa Sa Đéc",
        "title_en": "A walk through the Sa Đéc flower village",
        "description_vi": (
            "Một nhà vườn trong làng đón khách ở cổng lúc 7 giờ 30 và dẫn đi giữa những giàn hoa "
            "đặt trên cao để tránh nước lên, nét riêng của làng hoa hơn trăm năm tuổi này.\n"
            "Khách ngắm cúc mâm xôi, hồng, hoa giấy và kiểng bonsai, nghe chuyện nhân giống, "
            "uốn kiểng, rồi ngồi xuống cùng chủ vườn cắm một giỏ hoa nhỏ. Chuyến đi kết thúc "
            "bằng ly trà đá bên bờ kênh và một chậu hoa nhỏ mang về."
        ),
        "description_en": (
            "A grower meets you at the village gate at 7:30 and walks you between flower beds "
            "raised on trellises above the flood water, the mark of this century-old village.\n"
            "See mounded chrysanthemums, roses, bougainvillea and bonsai, hear how plants are "
            "propagated and trained, then sit down with the grower to arrange a small basket of "
            "flowers. The walk ends with iced tea by the canal and a small pot to take home."
        ),
        "duration_minutes": 150,
        "meeting_point_vi": "Cổng làng hoa, khóm 3, phường Sa Đéc, Đồng Tháp",
        "meeting_point_en": "The flower village gate, Quarter 3, Sa Đéc ward, Đồng Tháp",
        "includes_vi": (
            "Hướng dẫn viên là người làng hoa\n"
            "Xe đạp cho khách muốn đạp xe giữa các vườn\n"
            "Lớp cắm hoa ngắn với chủ vườn\n"
            "Trà đá và một chậu hoa nhỏ mang về"
        ),
        "includes_en": (
            "A guide from the flower village\n"
            "A bicycle for guests who would rather ride between the gardens\n"
            "A short flower-arranging class with the grower\n"
            "Iced tea and a small pot of flowers to take home"
        ),
        "adult_price": 250_000,
        "child_price": 120_000,
        "min_age": None,
        "notes_vi": (
            "Tháng Chạp là lúc làng hoa đẹp và đông khách nhất, khi các vườn chuẩn bị hoa Tết. "
            "Nên mang giày đế bằng: lối đi giữa các giàn hoa hẹp và có đoạn lát ván."
        ),
        "notes_en": (
            "The last lunar month, when the gardens get ready for Tết, is the village's most "
            "beautiful and busiest time. Wear flat shoes: the paths between the beds are narrow "
            "and partly boarded."
        ),
        "cancellation_policy": [[3, 100], [1, 50], [0, 0]],
        "visits_adopted_trees": False,
        "weekdays": (4, 6),
        "capacity": 25,
        "seats_taken": (14, 3, 0, 7),
    },
]
