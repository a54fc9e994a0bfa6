"""Demo catalogue: OCOP producers and products of Đồng Tháp, in Vietnamese and English.

Pure data, read by `storefront.demo.seed` (`flask seed-demo`). Phone numbers, e-mail
addresses, websites, certificate numbers, growing-area codes and GTINs are fictional (phones
are well-formed 10-digit numbers, e-mail and web addresses use `.example.vn`, GTINs use
Vietnam's GS1 prefix 893 with a correct check digit). Producer names are invented, except
"HTX Xoài Mỹ Xương", named after the cooperative that runs "Cây xoài nhà tôi"; its details here
are made up too. The places are real: `ward_code` is a ward or commune code of Đồng Tháp
(province 82) in the `vietnam-provinces` package.

PRODUCERS: one dict per OCOP producer ("chủ thể OCOP"); `kind` is a ProducerKind value and
`address` is only the street or hamlet part (the ward and province come from `ward_code`).
An empty `story_en` is deliberate for a few producers, to exercise the Vietnamese fallback.

PRODUCTS: one dict per product; `producer` is a PRODUCERS slug and `category` a sub-category
slug of `storefront.catalog.groups`. `certified_days_ago` counts back from the day the seed
runs; the OCOP certificate is valid for 36 months, so four products are deliberately expired
(1110-1500 days) and three expire within 60 days (1040-1090 days). Prices are whole đồng.
Each product has 2-4 `variants` (package sizes or ticket types) with a unique `sku`.
"""

PRODUCERS: list[dict] = [
    {
        "slug": "xoai-my-xuong",
        "name": "HTX Xoài Mỹ Xương",
        "kind": "cooperative",
        "ward_code": 30076,
        "address": "Ấp 3",
        "phone": "0277385412",
        "email": "lienhe@xoaimyxuong.example.vn",
        "website": "https://xoaimyxuong.example.vn",
        "founded_year": 2010,
        "tagline_vi": "Xoài cát chu Cao Lãnh, từ vườn đến tay bạn",
        "tagline_en": "Cao Lãnh mangoes, from our orchards to your door",
        "story_vi": (
            "Hợp tác xã được các nhà vườn ven sông Tiền ở vùng Mỹ Xương cũ lập nên để cùng trồng "
            "xoài theo một quy trình chung. Mỗi trái xoài đều được bao từ khi còn nhỏ, canh tác "
            "theo VietGAP và thu hái đúng độ già. Từ năm 2016, hợp tác xã mở mô hình “Cây xoài nhà "
            "tôi”, cho khách ở xa nhận nuôi một cây xoài và nhận trọn mùa trái của cây."
        ),
        "story_en": (
            "The cooperative was founded by orchard families along the Tiền River in the former Mỹ "
            "Xương commune to grow mangoes to one shared standard. Every fruit is bagged while "
            "still small, farmed to VietGAP and picked at the right maturity. Since 2016 the "
            "cooperative has run “My mango tree”, letting customers far away adopt a tree and "
            "receive its whole crop."
        ),
    },
    {
        "slug": "xoai-my-hiep",
        "name": "Tổ hợp tác Xoài Bờ Sông Mỹ Hiệp",
        "kind": "cooperative_group",
        "ward_code": 30112,
        "address": "Ấp 2",
        "phone": "0918452730",
        "email": "tohoptac@xoaimyhiep.example.vn",
        "website": "",
        "founded_year": 2017,
        "tagline_vi": "Xoài chín cây từ cù lao Mỹ Hiệp",
        "tagline_en": "Tree-ripened mangoes from the Mỹ Hiệp islets",
        "story_vi": (
            "Tổ hợp tác gồm mười hai hộ trồng xoài trên những cù lao phù sa của xã Mỹ Hiệp. Các "
            "thành viên chuyển dần sang giống xoài Đài Loan và ghi chép nhật ký canh tác để đạt "
            "chứng nhận VietGAP. Những trái xoài chín cây nhưng không đẹp mã được ép thành nước, "
            "để không phí một trái ngon nào."
        ),
        "story_en": (
            "The group brings together twelve mango-growing households on the alluvial islets of "
            "Mỹ Hiệp commune. Members have moved step by step to the Taiwanese variety and keep "
            "farm diaries to meet VietGAP. Tree-ripened fruit that is less than perfect to look at "
            "is pressed into juice, so no good mango goes to waste."
        ),
    },
    {
        "slug": "huong-tra",
        "name": "Công ty TNHH Nông sản Sấy Hương Trà",
        "kind": "enterprise",
        "ward_code": 29888,
        "address": "27 Phạm Hữu Lầu",
        "phone": "0277389156",
        "email": "info@huongtrafood.example.vn",
        "website": "https://huongtrafood.example.vn",
        "founded_year": 2015,
        "tagline_vi": "Giữ trọn vị xoài Cao Lãnh quanh năm",
        "tagline_en": "The taste of Cao Lãnh mango, all year round",
        "story_vi": (
            "Hương Trà ra đời từ một xưởng sấy nhỏ của hai chị em ở Cao Lãnh, mong giữ lại vị xoài "
            "quê sau mùa thu hoạch rộ. Công ty thu mua xoài chín của các nhà vườn quanh vùng với "
            "giá ổn định, sấy ở nhiệt độ thấp để giữ màu và mùi tự nhiên. Xưởng hiện áp dụng HACCP "
            "và đóng gói theo từng mẻ để dễ truy xuất nguồn gốc."
        ),
        "story_en": (
            "Hương Trà began as a small drying workshop run by two sisters in Cao Lãnh who wanted "
            "to keep the taste of home-grown mango long after the harvest glut. The company buys "
            "ripe fruit from nearby orchards at stable prices and dries it at low temperature to "
            "keep its natural colour and aroma. The workshop now follows HACCP and packs every "
            "batch separately so it can be traced."
        ),
    },
    {
        "slug": "sen-hong-thap-muoi",
        "name": "HTX Sen Hồng Đồng Tháp Mười",
        "kind": "cooperative",
        "ward_code": 30037,
        "address": "Ấp 4",
        "phone": "0277382607",
        "email": "lienhe@senhongthapmuoi.example.vn",
        "website": "https://senhongthapmuoi.example.vn",
        "founded_year": 2012,
        "tagline_vi": "Hương sen hồng Tháp Mười trong từng tách trà",
        "tagline_en": "The scent of Tháp Mười's pink lotus in every cup",
        "story_vi": (
            "Giữa vùng trũng Đồng Tháp Mười, các xã viên trồng sen hồng trên những thửa ruộng luân "
            "canh với lúa. Hợp tác xã tự tay ướp trà với gạo sen, sấy hạt sen và sên mứt theo cách "
            "các bà, các mẹ vẫn làm. Mỗi mùa sen, hợp tác xã mở cửa đón khách đến hái sen và học "
            "ướp trà cùng nhà vườn."
        ),
        "story_en": (
            "In the low-lying heart of the Plain of Reeds, members grow pink lotus in fields "
            "rotated with rice. The cooperative scents its own tea with lotus stamens, dries the "
            "seeds and cooks candied lotus the way mothers and grandmothers always have. Every "
            "lotus season it welcomes visitors who want to pick flowers and learn tea scenting "
            "with the growers."
        ),
    },
    {
        "slug": "ngo-sen-ut-nhan",
        "name": "Hộ kinh doanh Ngó Sen Út Nhàn",
        "kind": "household",
        "ward_code": 30046,
        "address": "Ấp 1",
        "phone": "0939217458",
        "email": "lienhe@ngosenutnhan.example.vn",
        "website": "",
        "founded_year": 2018,
        "tagline_vi": "Ngó sen giòn ngọt, làm tay mỗi ngày",
        "tagline_en": "Crisp, sweet lotus shoots, prepared by hand every day",
        "story_vi": (
            "Chị Út Nhàn lớn lên bên những đầm sen ở Trường Xuân, nơi ngó sen vẫn được nhổ bằng "
            "tay mỗi sáng sớm. Từ món ngó sen ngâm chua ngọt quen thuộc trong nhà, chị mở cơ sở "
            "nhỏ và rủ thêm các chị em trong ấp cùng làm. Vào mùa sen, gia đình chị đưa khách ra "
            "đầm, chèo xuồng và nấu bữa trưa với các món từ sen."
        ),
        "story_en": "",
    },
    {
        "slug": "nem-ba-sau-hanh",
        "name": "Cơ sở Nem Lai Vung Bà Sáu Hạnh",
        "kind": "household",
        "ward_code": 30226,
        "address": "Ấp 2",
        "phone": "0277384590",
        "email": "lienhe@nembasauhanh.example.vn",
        "website": "https://nembasauhanh.example.vn",
        "founded_year": 1998,
        "tagline_vi": "Nem Lai Vung chua dịu, gói tay như ngày xưa",
        "tagline_en": "Lai Vung nem, gently sour and hand-wrapped as it always was",
        "story_vi": (
            "Bà Sáu Hạnh gói nem từ năm mười tám tuổi, theo công thức mẹ chồng truyền lại. Thịt "
            "heo được chọn trong ngày, quết nhuyễn, trộn bì thái sợi, tỏi, ớt rồi gói bằng lá vông "
            "và lá chuối tươi. Ngày nay con cháu cùng bà giữ nghề; xưởng đạt chuẩn HACCP nhưng mỗi "
            "chiếc nem vẫn được gói bằng tay."
        ),
        "story_en": (
            "Mrs Sáu Hạnh has been wrapping nem since she was eighteen, following the recipe her "
            "mother-in-law passed on. Pork bought the same morning is pounded fine, mixed with "
            "shredded pork skin, garlic and chilli, then wrapped in fresh vông leaves and banana "
            "leaf. Today her children and grandchildren keep the craft going; the workshop meets "
            "HACCP, yet every nem is still wrapped by hand."
        ),
    },
    {
        "slug": "quyt-hong-hoa-long",
        "name": "HTX Quýt Hồng Hòa Long",
        "kind": "cooperative",
        "ward_code": 30208,
        "address": "Ấp Hòa Định",
        "phone": "0277386124",
        "email": "lienhe@quythonghoalong.example.vn",
        "website": "",
        "founded_year": 2014,
        "tagline_vi": "Quýt hồng Lai Vung, sắc Tết miền Tây",
        "tagline_en": "Lai Vung pink mandarins, the colour of Tết in the Mekong",
        "story_vi": (
            "Quýt hồng là cây trái gắn với đất Lai Vung, chín rộ đúng dịp Tết nên được xem là loại "
            "trái mang lại may mắn. Hợp tác xã giúp các nhà vườn cải tạo đất, tỉa cành, bón phân "
            "hữu cơ và ghi nhật ký theo VietGAP. Những trái quýt to, vỏ hồng tươi được tuyển chọn "
            "kỹ trước khi đóng thùng."
        ),
        "story_en": (
            "The pink mandarin belongs to Lai Vung: it ripens just in time for Tết, so it is seen "
            "as a fruit that brings luck. The cooperative helps growers improve their soil, prune, "
            "feed with organic manure and keep VietGAP records. Large fruit with bright "
            "pink-orange skin is sorted carefully before it is packed."
        ),
    },
    {
        "slug": "vuon-quyt-tu-loc",
        "name": "Hộ kinh doanh Vườn Quýt Tư Lộc",
        "kind": "household",
        "ward_code": 30235,
        "address": "Ấp 1",
        "phone": "0907538216",
        "email": "lienhe@vuonquyttuloc.example.vn",
        "website": "",
        "founded_year": 2016,
        "tagline_vi": "Ghé vườn quýt hồng, hái lộc đầu xuân",
        "tagline_en": "Visit a pink-mandarin orchard and pick some luck for the new year",
        "story_vi": (
            "Vườn quýt của ông Tư Lộc đã qua ba đời, có những gốc quýt hơn hai mươi năm tuổi. Mỗi "
            "năm, từ tháng Mười đến Tết, gia đình mở vườn cho khách vào chụp ảnh, tự tay hái quýt "
            "và thưởng thức tại chỗ. Ông vẫn giữ thói quen tự chọn từng trái cho những giỏ quýt "
            "biếu."
        ),
        "story_en": (
            "Mr Tư Lộc's orchard has passed through three generations, and some of its trees are "
            "more than twenty years old. Every year from October until Tết the family opens the "
            "garden so visitors can take photos, pick mandarins themselves and taste them on the "
            "spot. He still chooses every fruit for the gift baskets himself."
        ),
    },
    {
        "slug": "phong-tom-huong-sa",
        "name": "Công ty TNHH Bánh Phồng Tôm Hương Sa",
        "kind": "enterprise",
        "ward_code": 29905,
        "address": "112 Nguyễn Sinh Sắc",
        "phone": "0277386705",
        "email": "info@phongtomhuongsa.example.vn",
        "website": "https://phongtomhuongsa.example.vn",
        "founded_year": 2003,
        "tagline_vi": "Bánh phồng tôm Sa Đéc, giòn thơm vị tôm thật",
        "tagline_en": "Sa Đéc shrimp chips with the taste of real shrimp",
        "story_vi": (
            "Sa Đéc nổi tiếng với bánh phồng tôm từ những năm 1960, và Hương Sa là một trong những "
            "cơ sở tiếp nối nghề ấy. Công ty dùng tôm tươi trong vùng, xay cùng bột năng rồi hấp, "
            "cắt lát và phơi nắng trước khi sấy. Dây chuyền đạt HACCP và ISO 22000, nhưng công "
            "thức vẫn giữ tỷ lệ tôm cao như thuở ban đầu."
        ),
        "story_en": (
            "Sa Đéc has been known for its shrimp chips since the 1960s, and Hương Sa is one of "
            "the workshops carrying on the craft. The company grinds fresh local shrimp with "
            "tapioca starch, then steams, slices and sun-dries the dough before finishing it in a "
            "dryer. The line is HACCP and ISO 22000 certified, but the recipe keeps the same high "
            "share of shrimp as in the early days."
        ),
    },
    {
        "slug": "hu-tieu-bay-thanh",
        "name": "Cơ sở Hủ Tiếu Bảy Thành",
        "kind": "household",
        "ward_code": 30214,
        "address": "Ấp Tân Lập",
        "phone": "0277387342",
        "email": "lienhe@hutieubaythanh.example.vn",
        "website": "",
        "founded_year": 1992,
        "tagline_vi": "Sợi hủ tiếu Sa Đéc dai trong, nấu không bở",
        "tagline_en": "Chewy Sa Đéc rice noodles that never turn mushy",
        "story_vi": (
            "Lò hủ tiếu của ông Bảy Thành đỏ lửa từ trước bình minh, như nhiều lò khác dọc sông Sa "
            "Đéc. Gạo cũ được ngâm, xay thành bột nước, tráng thành bánh mỏng rồi phơi trên giàn "
            "tre trước khi cắt sợi. Sợi hủ tiếu dai, trong, nấu không bở là niềm tự hào của cả nhà."
        ),
        "story_en": (
            "Mr Bảy Thành's noodle kiln is lit before dawn, like many others along the Sa Đéc "
            "river. Aged rice is soaked, ground into a batter, steamed into thin sheets and dried "
            "on bamboo racks before it is cut into strands. Chewy, translucent noodles that hold "
            "together in the pot are the whole family's pride."
        ),
    },
    {
        "slug": "hoa-kieng-sa-dec-xanh",
        "name": "HTX Hoa Kiểng Sa Đéc Xanh",
        "kind": "cooperative",
        "ward_code": 29905,
        "address": "Khóm 3",
        "phone": "0277386931",
        "email": "lienhe@hoakiengsadec.example.vn",
        "website": "https://hoakiengsadec.example.vn",
        "founded_year": 2011,
        "tagline_vi": "Sắc hoa trăm năm bên dòng sông Tiền",
        "tagline_en": "A century of flowers on the Tiền River",
        "story_vi": (
            "Làng hoa Sa Đéc đã có hơn một trăm năm tuổi, nổi tiếng với những luống hoa đặt trên "
            "giàn cao để tránh nước lên. Hợp tác xã quy tụ các nhà vườn trồng cúc, hồng, hoa giấy "
            "và kiểng bonsai, cùng chia sẻ giống tốt và kinh nghiệm chăm cây. Khách ghé làng có "
            "thể đạp xe giữa các vườn hoa, học cắm hoa và mang về một chậu hoa nhỏ làm kỷ niệm."
        ),
        "story_en": (
            "The Sa Đéc flower village is more than a hundred years old and famous for its flower "
            "beds raised on high trellises above the flood water. The cooperative gathers growers "
            "of chrysanthemums, roses, bougainvillea and bonsai, who share good stock and "
            "know-how. Visitors can cycle between the gardens, learn flower arranging and take a "
            "small pot home as a keepsake."
        ),
    },
    {
        "slug": "kho-ca-ba-nhung",
        "name": "Cơ sở Khô Cá Ba Nhung",
        "kind": "household",
        "ward_code": 30010,
        "address": "Ấp 5",
        "phone": "0918364027",
        "email": "lienhe@khocabanhung.example.vn",
        "website": "",
        "founded_year": 2009,
        "tagline_vi": "Khô cá đồng một nắng, đậm vị mùa nước nổi",
        "tagline_en": "One-sun dried fish with the taste of the flood season",
        "story_vi": (
            "Mỗi mùa nước nổi, cá đồng theo con nước tràn về Tam Nông, và gia đình bà Ba Nhung bắt "
            "đầu mùa làm khô. Ngoài mùa nước, cơ sở dùng cá lóc nuôi trong ao đất của các hộ quanh "
            "xã. Cơ sở không dùng phẩm màu hay chất bảo quản, chỉ có cá, muối, đường và nắng gió "
            "đồng quê."
        ),
        "story_en": (
            "Every flood season, wild fish ride the rising water into Tam Nông, and Mrs Ba Nhung's "
            "family starts its drying season. Outside the flood months, the workshop uses "
            "snakehead raised in earthen ponds by households around the commune. It uses no "
            "colouring or preservatives: only fish, salt, sugar, sunshine and the country breeze."
        ),
    },
    {
        "slug": "seu-xanh-tram-chim",
        "name": "Tổ hợp tác Du lịch Cộng đồng Sếu Xanh Tràm Chim",
        "kind": "cooperative_group",
        "ward_code": 30001,
        "address": "Khóm 2",
        "phone": "0277382118",
        "email": "lienhe@seuxanhtramchim.example.vn",
        "website": "https://seuxanhtramchim.example.vn",
        "founded_year": 2019,
        "tagline_vi": "Đồng Tháp Mười mùa nước nổi, kể bằng giọng người địa phương",
        "tagline_en": "The Plain of Reeds in flood season, told by the people who live there",
        "story_vi": (
            "Tổ hợp tác do những người từng sống bằng nghề đánh bắt quanh Vườn quốc gia Tràm Chim "
            "lập nên. Nay họ làm hướng dẫn viên, chèo xuồng đưa khách ngắm chim, kể chuyện mùa "
            "nước nổi và nấu những món ăn đồng quê. Một phần doanh thu được góp vào quỹ bảo vệ "
            "vùng đất ngập nước của địa phương."
        ),
        "story_en": (
            "The group was set up by people who once made their living fishing around Tràm Chim "
            "National Park. Today they work as guides, paddle visitors out to watch birds, tell "
            "stories of the flood season and cook country dishes. Part of the income goes to a "
            "local fund that protects the wetland."
        ),
    },
    {
        "slug": "dong-sen-tan-hong",
        "name": "HTX Nông nghiệp Đồng Sen Tân Hồng",
        "kind": "cooperative",
        "ward_code": 29926,
        "address": "Ấp 4",
        "phone": "0277383562",
        "email": "lienhe@dongsentanhong.example.vn",
        "website": "",
        "founded_year": 2013,
        "tagline_vi": "Hạt gạo phù sa Đồng Tháp Mười",
        "tagline_en": "Alluvial rice from the Plain of Reeds",
        "story_vi": (
            "Tân Hồng nằm ở rìa biên giới phía bắc Đồng Tháp Mười, nơi ruộng lúa được bồi phù sa "
            "sau mỗi mùa lũ. Hợp tác xã liên kết hơn 300 ha lúa, xuống giống cùng lịch thời vụ, "
            "giảm phân thuốc và có một khu sản xuất theo hướng hữu cơ. Gạo được xay xát tại địa "
            "phương và đóng túi ngay sau khi lau bóng để giữ mùi thơm."
        ),
        "story_en": (
            "Tân Hồng lies on the northern border of the Plain of Reeds, where the rice fields "
            "receive fresh silt after every flood. The cooperative links more than 300 hectares of "
            "rice on one planting calendar, cuts back on fertiliser and sprays, and farms one area "
            "organically. Rice is milled locally and bagged right after polishing to keep its "
            "fragrance."
        ),
    },
    {
        "slug": "ruou-nep-chu-tu",
        "name": "Cơ sở Rượu Nếp Chú Tư",
        "kind": "household",
        "ward_code": 30130,
        "address": "Ấp Tân Thạnh",
        "phone": "0976142835",
        "email": "lienhe@ruounepchutu.example.vn",
        "website": "",
        "founded_year": 2005,
        "tagline_vi": "Rượu nếp men lá, chưng cất bếp củi",
        "tagline_en": "Rice spirit made with leaf yeast, distilled over a wood fire",
        "story_vi": (
            "Chú Tư nấu rượu bằng nồi đất và men lá, theo cách ông nội để lại bên bờ sông Tiền. "
            "Nếp được đồ chín, rắc men, ủ trong khạp sành vài ngày rồi mới chưng cất chậm trên bếp "
            "củi. Rượu được để yên cho lắng dịu ít nhất ba tháng trước khi đóng chai."
        ),
        "story_en": "",
    },
    {
        "slug": "chieu-hoa-lap-vo",
        "name": "Tổ hợp tác Dệt Chiếu Hoa Lấp Vò",
        "kind": "cooperative_group",
        "ward_code": 30169,
        "address": "Ấp An Lạc",
        "phone": "0277384813",
        "email": "lienhe@chieuhoalapvo.example.vn",
        "website": "https://chieuhoalapvo.example.vn",
        "founded_year": 2015,
        "tagline_vi": "Chiếu hoa dệt bằng tay và bằng tình",
        "tagline_en": "Flower mats woven by hand and with heart",
        "story_vi": (
            "Nghề dệt chiếu ở vùng Định Yên, Lấp Vò đã có hơn trăm năm, tiếng khung dệt vang khắp "
            "xóm từ sáng đến tối. Tổ hợp tác gồm các chị em dệt chiếu lác nhuộm màu, in hoa văn và "
            "đan thêm túi, lót ly từ sợi lác. Nhờ bán hàng trực tuyến, nhiều người trẻ trong làng "
            "đã quay về giữ nghề."
        ),
        "story_en": (
            "Mat weaving around Định Yên in Lấp Vò goes back more than a century, and the sound of "
            "looms fills the hamlet from morning to night. The group's women weave dyed sedge mats "
            "with printed patterns and also make bags and coasters from sedge. Selling online has "
            "brought many young people back to the village to keep the craft alive."
        ),
    },
    {
        "slug": "luc-binh-hau-my",
        "name": "Tổ hợp tác Đan Lục Bình Hậu Mỹ",
        "kind": "cooperative_group",
        "ward_code": 28366,
        "address": "Ấp 5",
        "phone": "0273382946",
        "email": "lienhe@lucbinhhaumy.example.vn",
        "website": "",
        "founded_year": 2017,
        "tagline_vi": "Từ cọng lục bình trên kênh đến góc nhà bạn",
        "tagline_en": "From canal water hyacinth to a corner of your home",
        "story_vi": (
            "Lục bình mọc dày trên kênh rạch vùng Cái Bè, từng chỉ được xem là cỏ dại làm nghẽn "
            "dòng chảy. Các chị em trong tổ hợp tác vớt lục bình, phơi khô cọng rồi đan thành giỏ, "
            "thảm, hộp đựng đồ theo mẫu của riêng mình. Việc đan lát giúp phụ nữ có thêm thu nhập "
            "ngay tại nhà vào những lúc nông nhàn."
        ),
        "story_en": (
            "Water hyacinth grows thick on the canals around Cái Bè and was long seen as a weed "
            "that chokes the waterways. The women of this group harvest it, sun-dry the stems and "
            "weave baskets, rugs and storage boxes to their own designs. The work gives women "
            "extra income at home during the slack farming months."
        ),
    },
    {
        "slug": "trai-cay-hoa-loc",
        "name": "HTX Trái Cây Hòa Lộc Cái Bè",
        "kind": "cooperative",
        "ward_code": 28360,
        "address": "Ấp Hòa Lợi",
        "phone": "0273382575",
        "email": "lienhe@traicayhoaloc.example.vn",
        "website": "https://traicayhoaloc.example.vn",
        "founded_year": 2008,
        "tagline_vi": "Xoài cát Hòa Lộc, niềm tự hào của miệt vườn Cái Bè",
        "tagline_en": "Hòa Lộc mango, the pride of Cái Bè's orchards",
        "story_vi": (
            "Xoài cát Hòa Lộc có nguồn gốc từ vùng Hòa Hưng, Cái Bè, nổi tiếng với thịt vàng, mịn "
            "và hương thơm đậm. Hợp tác xã giữ giống gốc, canh tác theo VietGAP và GlobalGAP, bao "
            "trái từ sớm để trái đẹp và hạn chế thuốc. Bên cạnh bán trái, hợp tác xã đón khách đi "
            "ghe tham quan vườn và thưởng thức trái cây ngay dưới tán cây."
        ),
        "story_en": (
            "The Hòa Lộc mango comes from Hòa Hưng in Cái Bè and is famous for its deep-yellow, "
            "silky flesh and rich aroma. The cooperative keeps the original strain, farms to "
            "VietGAP and GlobalGAP, and bags the fruit early for clean skin and fewer sprays. "
            "Besides selling fruit, it welcomes visitors who arrive by boat to tour the orchards "
            "and eat fruit right under the trees."
        ),
    },
    {
        "slug": "vinh-kim-xanh",
        "name": "HTX Trái Cây Vĩnh Kim Xanh",
        "kind": "cooperative",
        "ward_code": 28576,
        "address": "Ấp Vĩnh Thạnh",
        "phone": "0273385218",
        "email": "lienhe@vinhkimxanh.example.vn",
        "website": "https://vinhkimxanh.example.vn",
        "founded_year": 2009,
        "tagline_vi": "Vú sữa Lò Rèn ngọt thanh từ Vĩnh Kim",
        "tagline_en": "Milky-sweet Lò Rèn star apples from Vĩnh Kim",
        "story_vi": (
            "Vú sữa Lò Rèn được trồng lâu đời ở Vĩnh Kim, trái tròn, vỏ mỏng bóng, thịt trắng ngà "
            "và ngọt thanh như sữa. Hợp tác xã giúp nhà vườn bao trái, ghi nhật ký và đạt chứng "
            "nhận GlobalGAP cho vùng trồng xuất khẩu. Ngoài vú sữa, các vườn còn cho chôm chôm và "
            "sầu riêng theo mùa."
        ),
        "story_en": (
            "The Lò Rèn star apple has long been grown in Vĩnh Kim: round, with thin glossy skin "
            "and ivory flesh that is mild and milky-sweet. The cooperative helps growers bag the "
            "fruit, keep farm records and hold GlobalGAP certification for export orchards. "
            "Besides star apples, the gardens give rambutan and durian in season."
        ),
    },
    {
        "slug": "ngu-hiep-xanh",
        "name": "Công ty TNHH Nông sản Ngũ Hiệp Xanh",
        "kind": "enterprise",
        "ward_code": 28439,
        "address": "89 Trần Hưng Đạo",
        "phone": "0273382674",
        "email": "info@nguhiepxanh.example.vn",
        "website": "https://nguhiepxanh.example.vn",
        "founded_year": 2018,
        "tagline_vi": "Sầu riêng Cai Lậy, chín tự nhiên",
        "tagline_en": "Cai Lậy durian, naturally ripened",
        "story_vi": (
            "Cai Lậy là một trong những vùng sầu riêng lớn nhất miền Tây, với những vườn cây nối "
            "nhau dọc các con rạch. Công ty thu mua sầu riêng từ các vườn có mã số vùng trồng, "
            "tuyển chọn trái đủ già và để chín tự nhiên. Những múi sầu riêng đẹp nhất được sấy "
            "thăng hoa để giữ trọn hương vị mà không cần thêm đường."
        ),
        "story_en": (
            "Cai Lậy is one of the largest durian areas in the Mekong Delta, with orchards running "
            "one after another along the creeks. The company buys durian from orchards with "
            "registered growing-area codes, selects fully mature fruit and lets it ripen "
            "naturally. The best segments are freeze-dried to keep their full flavour without "
            "added sugar."
        ),
    },
    {
        "slug": "hu-tieu-ben-song-tien",
        "name": "Công ty TNHH Hủ Tiếu Bến Sông Tiền",
        "kind": "enterprise",
        "ward_code": 28261,
        "address": "34 Trưng Trắc",
        "phone": "0273387425",
        "email": "info@hutieubensongtien.example.vn",
        "website": "https://hutieubensongtien.example.vn",
        "founded_year": 2001,
        "tagline_vi": "Tô hủ tiếu Mỹ Tho, nấu được ở bất cứ đâu",
        "tagline_en": "A bowl of Mỹ Tho noodles, wherever you are",
        "story_vi": (
            "Hủ tiếu Mỹ Tho nổi tiếng nhờ sợi nhỏ, dai, làm từ gạo Gò Cát thơm dẻo. Công ty bắt "
            "đầu từ một lò hủ tiếu gia đình gần chợ Mỹ Tho và nay đã có xưởng đạt chuẩn HACCP. "
            "Ngoài sợi khô, công ty làm thêm bộ hủ tiếu kèm nước dùng để người xa quê có thể nấu "
            "một tô hủ tiếu Mỹ Tho tại nhà."
        ),
        "story_en": (
            "Mỹ Tho noodles are known for their thin, chewy strands made from fragrant Gò Cát "
            "rice. The company started as a family noodle kiln near Mỹ Tho market and now runs a "
            "HACCP-certified workshop. Besides dried noodles, it makes a noodle kit with broth so "
            "people far from home can cook a bowl of Mỹ Tho hủ tiếu in their own kitchen."
        ),
    },
    {
        "slug": "thanh-long-vam-kenh",
        "name": "HTX Thanh Long Vàm Kênh Chợ Gạo",
        "kind": "cooperative",
        "ward_code": 28594,
        "address": "Ấp 4",
        "phone": "0273385960",
        "email": "lienhe@thanhlongvamkenh.example.vn",
        "website": "",
        "founded_year": 2012,
        "tagline_vi": "Thanh long Chợ Gạo, ngọt từ đất giồng",
        "tagline_en": "Chợ Gạo dragon fruit, sweet from the sandy ridges",
        "story_vi": (
            "Chợ Gạo là vùng thanh long lớn nhất phía đông của tỉnh, với những hàng trụ thanh long "
            "thẳng tắp trên đất giồng cát. Hợp tác xã hướng dẫn xã viên trồng theo VietGAP, thắp "
            "đèn nghịch vụ hợp lý và thu hái đúng độ chín. Trái không đạt chuẩn xuất khẩu được sấy "
            "dẻo hoặc lên men thành rượu vang trái cây."
        ),
        "story_en": (
            "Chợ Gạo is the largest dragon-fruit area in the east of the province, with rows of "
            "posts standing straight on sandy ridges. The cooperative trains members to farm to "
            "VietGAP, use off-season lighting with care and harvest at the right ripeness. Fruit "
            "that misses export grade is dried or fermented into fruit wine."
        ),
    },
    {
        "slug": "mam-tom-di-nam",
        "name": "Hộ kinh doanh Mắm Tôm Chà Dì Năm",
        "kind": "household",
        "ward_code": 28306,
        "address": "Khu phố 3",
        "phone": "0273384261",
        "email": "lienhe@mamtomdinam.example.vn",
        "website": "",
        "founded_year": 2000,
        "tagline_vi": "Mắm tôm chà Gò Công, vị quê trong từng hũ",
        "tagline_en": "Gò Công shrimp paste, a taste of home in every jar",
        "story_vi": (
            "Mắm tôm chà là món quà quê nổi tiếng của đất Gò Công, từng được nhắc đến như một món "
            "tiến vua. Dì Năm chọn tôm đất tươi, lặt đầu, trộn với xôi nếp, tỏi, ớt, đường rồi chà "
            "thật nhuyễn và ủ trong khạp. Mỗi mẻ mắm đều được nếm thử trước khi vô hũ, đúng như "
            "cách bà ngoại của dì vẫn làm."
        ),
        "story_en": "",
    },
    {
        "slug": "khom-tan-phuoc",
        "name": "HTX Khóm Tân Phước Xanh",
        "kind": "cooperative",
        "ward_code": 28321,
        "address": "Ấp 7",
        "phone": "0273386407",
        "email": "lienhe@khomtanphuoc.example.vn",
        "website": "",
        "founded_year": 2014,
        "tagline_vi": "Khóm Tân Phước, chua ngọt đất phèn",
        "tagline_en": "Tân Phước pineapple, sweet and tangy from the acid soils",
        "story_vi": (
            "Trên vùng đất phèn Tân Phước, cây khóm đã giúp nhiều gia đình đứng vững qua bao mùa "
            "khó. Trái khóm nơi đây nhỏ, mắt sâu, vị chua ngọt đậm và thơm nồng. Hợp tác xã tổ "
            "chức trồng theo VietGAP và có xưởng sấy nhỏ để chế biến khóm vào mùa rộ."
        ),
        "story_en": (
            "On the acid-sulphate soils of Tân Phước, the pineapple is the crop that has carried "
            "many families through hard years. Pineapples here are small with deep eyes, a strong "
            "sweet-sour taste and a heady aroma. The cooperative farms to VietGAP and runs a small "
            "drying workshop to process fruit in the peak season."
        ),
    },
    {
        "slug": "tram-gio-ba-sao",
        "name": "Tổ hợp tác Tràm Gió Ba Sao",
        "kind": "cooperative_group",
        "ward_code": 30085,
        "address": "Ấp 3",
        "phone": "0277381967",
        "email": "lienhe@tramgiobasao.example.vn",
        "website": "https://tramgiobasao.example.vn",
        "founded_year": 2016,
        "tagline_vi": "Hương tràm Đồng Tháp Mười",
        "tagline_en": "The scent of the Plain of Reeds' melaleuca forests",
        "story_vi": (
            "Những cánh rừng tràm ở Ba Sao là dấu tích còn lại của Đồng Tháp Mười xưa. Tổ hợp tác "
            "chưng cất tinh dầu từ lá của những cành tràm tỉa thưa, không chặt phá cây, và sao khô "
            "các loại lá, trái làm trà. Khách ghé thăm có thể đi xuồng xuyên rừng tràm và xem quy "
            "trình chưng cất ngay tại lò."
        ),
        "story_en": (
            "The melaleuca forests of Ba Sao are what remains of the old Plain of Reeds. The group "
            "distils essential oil from the leaves of branches trimmed when thinning the forest, "
            "without felling trees, and roasts leaves and fruit for tea. Visitors can take a boat "
            "through the forest and watch the oil being distilled at the still."
        ),
    },
    {
        "slug": "det-dau-nguon",
        "name": "Tổ hợp tác Dệt Thủ Công Đầu Nguồn",
        "kind": "cooperative_group",
        "ward_code": 29955,
        "address": "Khóm 4",
        "phone": "0277383729",
        "email": "lienhe@detdaunguon.example.vn",
        "website": "",
        "founded_year": 2020,
        "tagline_vi": "Khăn dệt tay vùng đầu nguồn sông Tiền",
        "tagline_en": "Hand-woven scarves from the upper Tiền River",
        "story_vi": (
            "Hồng Ngự là vùng đầu nguồn sông Tiền, nơi nghề dệt khăn thủ công của đồng bào Chăm và "
            "người Kinh ven sông đã có từ lâu đời. Tổ hợp tác được lập để các thợ dệt lớn tuổi "
            "truyền nghề cho lớp trẻ, cùng nhận đơn hàng và giữ những mẫu hoa văn truyền thống. "
            "Mỗi chiếc khăn mất từ một đến ba ngày dệt trên khung gỗ đạp chân."
        ),
        "story_en": (
            "Hồng Ngự sits where the Tiền River enters Vietnam, and hand-weaving of scarves by the "
            "Cham people and riverside Kinh families has a long history here. The group was formed "
            "so that older weavers could pass the craft on to young people, share orders and keep "
            "traditional patterns alive. Each scarf takes one to three days on a wooden "
            "foot-treadle loom."
        ),
    },
    {
        "slug": "ba-ba-sen-hong",
        "name": "Cơ sở May Áo Bà Ba Sen Hồng",
        "kind": "household",
        "ward_code": 29869,
        "address": "52 Lý Thường Kiệt",
        "phone": "0277385046",
        "email": "lienhe@babasenhong.example.vn",
        "website": "https://babasenhong.example.vn",
        "founded_year": 2011,
        "tagline_vi": "Áo bà ba may tay, nét duyên miền Tây",
        "tagline_en": "Hand-tailored áo bà ba, the grace of the Mekong",
        "story_vi": (
            "Cô Mai mở tiệm may nhỏ ở Cao Lãnh với mong muốn giữ chiếc áo bà ba trong đời sống "
            "hằng ngày của phụ nữ miền Tây. Mỗi chiếc áo được cắt may thủ công, đường may mảnh, "
            "giữ dáng cổ tròn, tà xẻ và hai túi trước như kiểu xưa. Gần đây, tiệm hợp tác với "
            "những người kéo tơ sen ở Tháp Mười để làm khăn choàng pha tơ sen."
        ),
        "story_en": (
            "Ms Mai opened a small tailoring shop in Cao Lãnh to keep the áo bà ba part of "
            "everyday life for Mekong women. Each blouse is cut and sewn by hand with fine seams, "
            "keeping the round collar, side slits and two front pockets of the old style. Recently "
            "the shop has teamed up with lotus-fibre spinners in Tháp Mười to make scarves blended "
            "with lotus silk."
        ),
    },
]

PRODUCTS: list[dict] = [
    {
        "slug": "xoai-cat-chu-cao-lanh-loai-1",
        "producer": "xoai-my-xuong",
        "category": "fresh-fruit",
        "name_vi": "Xoài cát chu Cao Lãnh loại 1",
        "name_en": "Cao Lãnh cát chu mango, grade 1",
        "short_vi": "Xoài cát chu bao trái, trái 300–400 g, ngọt đậm xen chút chua nhẹ đặc trưng",
        "short_en": (
            "Bagged cát chu mangoes of 300–400 g, richly sweet with a light, distinctive tang"
        ),
        "description_vi": (
            "Xoài cát chu là giống xoài chủ lực của vùng Cao Lãnh, chiếm phần lớn diện tích xoài "
            "của tỉnh. Trái được bao từ khi bằng quả trứng gà, canh tác theo VietGAP trên vùng "
            "trồng đã được cấp mã số. Xoài loại 1 nặng 300–400 g, vỏ mỏng, thịt vàng, mịn, ít xơ, "
            "ngọt đậm và thoảng vị chua nhẹ rất riêng. Sản phẩm mang chỉ dẫn địa lý “Cao Lãnh” cho "
            "xoài, được bảo hộ từ năm 2019. Xoài được hái khi vừa đủ già và đóng thùng trong ngày "
            "để chín tự nhiên trên đường đến tay bạn."
        ),
        "description_en": (
            "Cát chu is the mainstay mango of Cao Lãnh and covers most of the province's mango "
            "orchards. Each fruit is bagged when it is the size of an egg and grown to VietGAP in "
            "a registered growing area. Grade 1 fruit weighs 300–400 g, with thin skin and smooth, "
            "almost fibreless yellow flesh that is richly sweet with a light, distinctive tang. "
            "The mango carries the “Cao Lãnh” geographical indication, protected since 2019. It is "
            "picked just mature and packed the same day, then ripens naturally on its way to you."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0142",
        "certified_days_ago": 412,
        "certifications": ["VietGAP", "GI Cao Lãnh"],
        "ingredients_vi": "100% xoài cát chu",
        "ingredients_en": "100% cát chu mango",
        "shelf_life_vi": "5–7 ngày ở nhiệt độ phòng",
        "shelf_life_en": "5–7 days at room temperature",
        "storage_vi": (
            "Để nơi thoáng mát cho xoài chín đều; khi đã chín có thể giữ ngăn mát tủ lạnh thêm 2–3 "
            "ngày."
        ),
        "storage_en": (
            "Keep in a cool, airy place to ripen evenly; once ripe, it keeps 2–3 more days in the "
            "fridge."
        ),
        "featured": True,
        "growing_area_code": "VN-DTOR-0012",
        "variants": [
            {
                "label_vi": "Túi 1 kg",
                "label_en": "1 kg bag",
                "sku": "XMX-CC1-1KG",
                "price": 55_000,
                "stock": 180,
                "weight_g": 1100,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 5 kg",
                "label_en": "5 kg carton",
                "sku": "XMX-CC1-5KG",
                "price": 260_000,
                "stock": 60,
                "weight_g": 5600,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 10 kg",
                "label_en": "10 kg carton",
                "sku": "XMX-CC1-10KG",
                "price": 490_000,
                "stock": 25,
                "weight_g": 11000,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "hop-qua-xoai-cat-chu-cao-lanh",
        "producer": "xoai-my-xuong",
        "category": "fresh-fruit",
        "name_vi": "Hộp quà xoài cát chu Cao Lãnh",
        "name_en": "Cao Lãnh cát chu mango gift box",
        "short_vi": (
            "Xoài cát chu tuyển chọn trong hộp quà có tem chỉ dẫn địa lý và mã truy xuất nguồn gốc"
        ),
        "short_en": (
            "Hand-picked cát chu mangoes in a gift box with the GI label and a traceability code"
        ),
        "description_vi": (
            "Hộp quà gồm những trái xoài cát chu đẹp nhất của mỗi đợt thu hoạch, đều trái, vỏ vàng "
            "xanh láng mịn. Từng trái được lau sạch, bọc lưới xốp và xếp vào hộp giấy cứng có ngăn "
            "để không bị dập khi vận chuyển. Trên hộp có tem chỉ dẫn địa lý “Cao Lãnh” và mã QR để "
            "xem vườn trồng, ngày thu hái. Đây là món quà biếu mang đậm hương vị đất Sen Hồng, "
            "thích hợp dịp lễ, Tết hoặc thăm hỏi đối tác."
        ),
        "description_en": (
            "The gift box holds the finest cát chu mangoes of each harvest, evenly sized with "
            "smooth green-gold skin. Every fruit is wiped clean, wrapped in a foam net and set in "
            "a rigid, divided box so it arrives unbruised. The box carries the “Cao Lãnh” "
            "geographical-indication label and a QR code showing the orchard and the picking date. "
            "It is a gift that tastes of the Land of Pink Lotus, ideal for holidays, Tết or "
            "business visits."
        ),
        "stars": 5,
        "certificate_no": "OCOP-DT-2024-0037",
        "certified_days_ago": 725,
        "certifications": ["VietGAP", "GI Cao Lãnh"],
        "ingredients_vi": "100% xoài cát chu Cao Lãnh",
        "ingredients_en": "100% Cao Lãnh cát chu mango",
        "shelf_life_vi": "5–7 ngày ở nhiệt độ phòng",
        "shelf_life_en": "5–7 days at room temperature",
        "storage_vi": (
            "Để nơi thoáng mát cho xoài chín đều; khi đã chín có thể giữ ngăn mát tủ lạnh thêm 2–3 "
            "ngày."
        ),
        "storage_en": (
            "Keep in a cool, airy place to ripen evenly; once ripe, it keeps 2–3 more days in the "
            "fridge."
        ),
        "featured": True,
        "growing_area_code": "VN-DTOR-0012",
        "variants": [
            {
                "label_vi": "Hộp 3 kg (8–10 trái)",
                "label_en": "3 kg box (8–10 fruit)",
                "sku": "XMX-GIFT-3KG",
                "price": 320_000,
                "stock": 40,
                "weight_g": 3600,
                "gtin": "8936045120019",
            },
            {
                "label_vi": "Hộp 5 kg (13–16 trái)",
                "label_en": "5 kg box (13–16 fruit)",
                "sku": "XMX-GIFT-5KG",
                "price": 520_000,
                "stock": 2,
                "weight_g": 5800,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "xoai-dai-loan-my-hiep",
        "producer": "xoai-my-hiep",
        "category": "fresh-fruit",
        "name_vi": "Xoài Đài Loan Mỹ Hiệp",
        "name_en": "Mỹ Hiệp Taiwanese mango",
        "short_vi": "Xoài Đài Loan trái to, thịt dày; ăn chín hay ăn xanh chấm muối ớt đều ngon",
        "short_en": "Large Taiwanese mangoes with thick flesh, good ripe or green with chilli salt",
        "description_vi": (
            "Xoài Đài Loan được trồng ngày càng nhiều ở Cao Lãnh nhờ trái to, năng suất ổn định và "
            "cho trái gần như quanh năm. Các vườn của tổ hợp tác ở Mỹ Hiệp canh tác theo VietGAP, "
            "bao trái và ghi nhật ký từng đợt bón phân, phun thuốc. Trái nặng 500–800 g, thịt dày, "
            "hạt mỏng; khi chín có vị ngọt dịu, còn lúc xanh thì giòn, chua nhẹ. Người miền Tây "
            "thích gọt xoài xanh chấm muối ớt hoặc nước mắm đường."
        ),
        "description_en": (
            "Taiwanese mango is planted more and more around Cao Lãnh for its large fruit, steady "
            "yields and a crop almost all year. The group's orchards in Mỹ Hiệp are farmed to "
            "VietGAP, with bagged fruit and records of every feeding and spraying. Fruit weighs "
            "500–800 g with thick flesh and a thin stone; ripe it is mildly sweet, while green it "
            "is crisp and slightly sour. In the Mekong people love green mango sliced and dipped "
            "in chilli salt or sweet fish sauce."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0318",
        "certified_days_ago": 380,
        "certifications": ["VietGAP"],
        "ingredients_vi": "100% xoài Đài Loan",
        "ingredients_en": "100% Taiwanese mango",
        "shelf_life_vi": "4–6 ngày ở nhiệt độ phòng",
        "shelf_life_en": "4–6 days at room temperature",
        "storage_vi": (
            "Để nơi thoáng mát; muốn ăn xanh giòn thì cho vào ngăn mát ngay khi nhận hàng."
        ),
        "storage_en": (
            "Keep somewhere cool and airy; to eat it crisp and green, refrigerate as soon as it "
            "arrives."
        ),
        "featured": False,
        "growing_area_code": "VN-DTOR-0047",
        "variants": [
            {
                "label_vi": "Túi 2 kg",
                "label_en": "2 kg bag",
                "sku": "MHX-DL-2KG",
                "price": 90_000,
                "stock": 120,
                "weight_g": 2200,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 5 kg",
                "label_en": "5 kg carton",
                "sku": "MHX-DL-5KG",
                "price": 225_000,
                "stock": 45,
                "weight_g": 5600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "nuoc-xoai-cat-chu-dong-chai",
        "producer": "xoai-my-hiep",
        "category": "soft-drinks",
        "name_vi": "Nước xoài cát chu đóng chai",
        "name_en": "Bottled cát chu mango nectar",
        "short_vi": (
            "Nước xoài sánh mịn từ xoài chín cây, không pha hương liệu, đóng chai thủy tinh"
        ),
        "short_en": (
            "Smooth nectar from tree-ripened mangoes, no added flavouring, in glass bottles"
        ),
        "description_vi": (
            "Nước xoài được làm từ những trái xoài chín cây không đẹp mã, khó bán tươi nhưng vẫn "
            "thơm ngọt. Xoài được gọt, xay lấy thịt, pha thêm một ít nước và đường mía rồi thanh "
            "trùng, đóng chai thủy tinh. Nước xoài sánh, màu vàng tự nhiên, vị ngọt vừa phải và "
            "không pha hương liệu. Ngon nhất khi uống lạnh hoặc rót lên đá bào vào những trưa nắng."
        ),
        "description_en": (
            "The nectar is made from tree-ripened mangoes that are too blemished to sell fresh but "
            "are still fragrant and sweet. The fruit is peeled and pulped, then a little water and "
            "cane sugar are added before it is pasteurised and bottled in glass. It is thick and "
            "naturally golden, moderately sweet and free of added flavourings. It is best served "
            "chilled or poured over shaved ice on a hot afternoon."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0319",
        "certified_days_ago": 378,
        "certifications": [],
        "ingredients_vi": "Thịt xoài cát chu (60%), nước, đường mía",
        "ingredients_en": "Cát chu mango pulp (60%), water, cane sugar",
        "shelf_life_vi": "6 tháng",
        "shelf_life_en": "6 months",
        "storage_vi": "Bảo quản nơi khô mát; sau khi mở nắp giữ lạnh và dùng trong 2 ngày.",
        "storage_en": "Store cool and dry; once opened, refrigerate and drink within 2 days.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chai 250 ml",
                "label_en": "250 ml bottle",
                "sku": "MHX-NX-250",
                "price": 25_000,
                "stock": 200,
                "weight_g": 450,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 12 chai 250 ml",
                "label_en": "Case of 12 × 250 ml",
                "sku": "MHX-NX-12X250",
                "price": 280_000,
                "stock": 30,
                "weight_g": 5600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "xoai-say-deo-cao-lanh",
        "producer": "huong-tra",
        "category": "sweets",
        "name_vi": "Xoài sấy dẻo Cao Lãnh",
        "name_en": "Cao Lãnh soft-dried mango",
        "short_vi": "Xoài cát chu sấy ở nhiệt độ thấp, dẻo mềm, ít ngọt, giữ màu vàng tự nhiên",
        "short_en": (
            "Cát chu mango dried at low temperature: soft, lightly sweet and naturally golden"
        ),
        "description_vi": (
            "Xoài cát chu chín tới được gọt vỏ, xắt lát dày và sấy ở nhiệt độ thấp trong nhiều "
            "giờ. Nhờ vậy miếng xoài giữ được màu vàng tươi, độ dẻo và mùi thơm của trái chín mà "
            "không cần phẩm màu. Xưởng chỉ thêm một lượng đường vừa đủ để cân lại vị chua tự nhiên "
            "của xoài cát chu. Đây là món ăn vặt tiện mang theo, cũng có thể dùng làm bánh hoặc "
            "pha trà trái cây."
        ),
        "description_en": (
            "Just-ripe cát chu mangoes are peeled, cut into thick slices and dried slowly at low "
            "temperature for many hours. This keeps the bright yellow colour, the chewy texture "
            "and the aroma of ripe fruit without any colouring. The workshop adds only enough "
            "sugar to balance cát chu's natural tang. It is an easy snack to carry and also works "
            "in baking or fruit tea."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0076",
        "certified_days_ago": 640,
        "certifications": ["HACCP"],
        "ingredients_vi": "Xoài cát chu, đường",
        "ingredients_en": "Cát chu mango, sugar",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Để nơi khô ráo, tránh ánh nắng; đóng kín túi sau khi mở.",
        "storage_en": "Keep dry and out of the sun; reseal after opening.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 200 g",
                "label_en": "200 g pack",
                "sku": "HTF-XSD-200",
                "price": 65_000,
                "stock": 150,
                "weight_g": 240,
                "gtin": "8935217001057",
            },
            {
                "label_vi": "Hộp 500 g",
                "label_en": "500 g box",
                "sku": "HTF-XSD-500",
                "price": 150_000,
                "stock": 60,
                "weight_g": 600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "muoi-ot-tom-cham-trai-cay",
        "producer": "huong-tra",
        "category": "seasonings",
        "name_vi": "Muối ớt tôm chấm trái cây",
        "name_en": "Shrimp chilli salt for fruit",
        "short_vi": "Muối hột rang cùng tôm khô và ớt xiêm, chấm xoài xanh, cóc, ổi đều hợp",
        "short_en": (
            "Sea salt roasted with dried shrimp and bird's-eye chilli, for green mango, ambarella "
            "or guava"
        ),
        "description_vi": (
            "Ở Cao Lãnh, đĩa xoài xanh không thể thiếu chén muối ớt tôm. Muối hột được rang khô "
            "cùng tôm khô giã nhỏ, ớt xiêm và một chút đường cho hạt muối thơm, cay và đậm vị. Sản "
            "phẩm không dùng bột ngọt hay phẩm màu; màu cam đỏ là màu tự nhiên của tôm và ớt. "
            "Ngoài chấm trái cây, muối ớt tôm rắc lên bánh tráng trộn cũng rất ngon."
        ),
        "description_en": (
            "In Cao Lãnh a plate of green mango always comes with a bowl of shrimp chilli salt. "
            "Coarse salt is dry-roasted with pounded dried shrimp, bird's-eye chilli and a touch "
            "of sugar until it is fragrant, hot and savoury. It contains no MSG or colouring; the "
            "orange-red comes from the shrimp and chilli. Besides fruit, it is lovely sprinkled "
            "over rice-paper salad."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2026-0051",
        "certified_days_ago": 190,
        "certifications": [],
        "ingredients_vi": "Muối hột, tôm khô, ớt xiêm, đường, tỏi",
        "ingredients_en": "Sea salt, dried shrimp, bird's-eye chilli, sugar, garlic",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Đậy kín nắp, để nơi khô ráo.",
        "storage_en": "Keep tightly closed in a dry place.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hũ 120 g",
                "label_en": "120 g jar",
                "sku": "HTF-MOT-120",
                "price": 30_000,
                "stock": 220,
                "weight_g": 200,
                "gtin": "",
            },
            {
                "label_vi": "Hũ 250 g",
                "label_en": "250 g jar",
                "sku": "HTF-MOT-250",
                "price": 55_000,
                "stock": 90,
                "weight_g": 360,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tra-sen-thap-muoi-uop-bong",
        "producer": "sen-hong-thap-muoi",
        "category": "tea-coffee",
        "name_vi": "Trà sen Tháp Mười ướp bông",
        "name_en": "Tháp Mười lotus tea, scented in the flower",
        "short_vi": (
            "Trà xanh ướp trong bông sen hồng và gạo sen nhiều lượt; nước vàng trong, hương sen "
            "thanh"
        ),
        "short_en": (
            "Green tea scented many times in pink lotus flowers and stamens: clear golden cup, "
            "delicate lotus aroma"
        ),
        "description_vi": (
            "Trà được làm từ búp trà xanh Thái Nguyên, ướp với sen hồng hái lúc tinh mơ trên đồng "
            "Tháp Mười. Mỗi mẻ trà được ướp theo hai cách: gói trà vào từng bông sen còn trên đầm "
            "qua một đêm, rồi trộn với gạo sen tươi và sấy nhẹ; công đoạn này lặp lại nhiều lượt "
            "để hương sen thấm sâu vào từng cánh trà. Nước trà vàng trong, vị chát dịu, hậu ngọt "
            "và thoảng hương sen rất thanh. Hộp trà là món quà trang nhã cho người sành trà và "
            "những dịp biếu tặng quan trọng."
        ),
        "description_en": (
            "The tea starts as green tea buds from Thái Nguyên, scented with pink lotus picked at "
            "dawn on the Plain of Reeds. Each batch is scented two ways: the tea is tucked into "
            "lotus flowers still standing in the pond overnight, then mixed with fresh lotus "
            "stamens and gently dried; this is repeated many times so the scent sinks deep into "
            "every leaf. The cup is clear gold, gently astringent with a sweet finish and a "
            "delicate lotus note. The box makes an elegant gift for tea lovers and important "
            "occasions."
        ),
        "stars": 5,
        "certificate_no": "OCOP-DT-2024-0011",
        "certified_days_ago": 842,
        "certifications": ["HACCP"],
        "ingredients_vi": "Trà xanh, gạo sen (nhị sen hồng Tháp Mười)",
        "ingredients_en": "Green tea, pink-lotus stamens from Tháp Mười",
        "shelf_life_vi": "24 tháng",
        "shelf_life_en": "24 months",
        "storage_vi": "Đậy kín, để nơi khô mát, tránh xa các thứ có mùi mạnh.",
        "storage_en": "Keep airtight in a cool, dry place away from strong smells.",
        "featured": True,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hộp 100 g",
                "label_en": "100 g box",
                "sku": "SHT-TSB-100",
                "price": 180_000,
                "stock": 80,
                "weight_g": 220,
                "gtin": "8939173400275",
            },
            {
                "label_vi": "Hộp 250 g",
                "label_en": "250 g box",
                "sku": "SHT-TSB-250",
                "price": 420_000,
                "stock": 35,
                "weight_g": 450,
                "gtin": "",
            },
            {
                "label_vi": "Hũ gốm quà tặng 500 g",
                "label_en": "500 g ceramic gift jar",
                "sku": "SHT-TSB-500G",
                "price": 950_000,
                "stock": 0,
                "weight_g": 1400,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "hat-sen-say-gion-thap-muoi",
        "producer": "sen-hong-thap-muoi",
        "category": "processed-food",
        "name_vi": "Hạt sen sấy giòn Tháp Mười",
        "name_en": "Tháp Mười crispy dried lotus seeds",
        "short_vi": "Hạt sen già bóc vỏ, bỏ tim, sấy giòn; vị bùi nhẹ, không chiên dầu",
        "short_en": "Mature lotus seeds, shelled, cored and dried crisp; nutty and never fried",
        "description_vi": (
            "Hạt sen được thu từ những gương sen già trên ruộng của xã viên, bóc vỏ và lấy tim "
            "bằng tay để hạt không bị đắng. Sau đó hạt được sấy nhiều giờ ở nhiệt độ vừa phải cho "
            "đến khi giòn rụm, không qua chiên dầu. Hạt sen có vị bùi, thơm nhẹ, ăn vặt thay bánh "
            "kẹo, hoặc ngâm mềm để nấu chè, hầm canh. Phần tim sen tách ra được phơi khô làm trà "
            "tim sen."
        ),
        "description_en": (
            "The seeds come from mature lotus pods on members' fields and are shelled and cored by "
            "hand so they are not bitter. They are then dried for hours at moderate heat until "
            "crisp, never fried in oil. They taste nutty and lightly fragrant: snack on them "
            "instead of sweets, or soak them to cook sweet soup or stews. The green cores removed "
            "along the way are dried to make lotus-core tea."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0205",
        "certified_days_ago": 455,
        "certifications": ["HACCP"],
        "ingredients_vi": "100% hạt sen",
        "ingredients_en": "100% lotus seeds",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Đóng kín túi sau khi mở để hạt không bị ỉu.",
        "storage_en": "Reseal after opening to keep the seeds crisp.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 250 g",
                "label_en": "250 g pack",
                "sku": "SHT-HSS-250",
                "price": 85_000,
                "stock": 140,
                "weight_g": 300,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 500 g",
                "label_en": "500 g tub",
                "sku": "SHT-HSS-500",
                "price": 160_000,
                "stock": 70,
                "weight_g": 620,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tra-tim-sen",
        "producer": "sen-hong-thap-muoi",
        "category": "herbal-teas",
        "name_vi": "Trà tim sen",
        "name_en": "Lotus-core tea",
        "short_vi": (
            "Tim sen phơi khô, vị đắng nhẹ, hậu ngọt; một tách trà ấm cho buổi tối thư thái"
        ),
        "short_en": (
            "Dried lotus embryos with a light bitterness and sweet finish, a calming warm cup for "
            "the evening"
        ),
        "description_vi": (
            "Tim sen là mầm xanh nhỏ nằm giữa hạt sen, được tách ra bằng tay khi làm hạt sen sấy. "
            "Tim sen được phơi nắng rồi sao nhẹ cho thơm, giữ màu xanh thẫm tự nhiên. Trà có vị "
            "đắng nhẹ, hậu ngọt, theo thói quen dân gian thường được uống vào buổi tối để thư "
            "giãn. Chỉ cần một nhúm nhỏ hãm với nước sôi là đủ cho một ấm trà."
        ),
        "description_en": (
            "Lotus cores are the small green sprouts inside the seeds, removed by hand when the "
            "seeds are prepared for drying. They are sun-dried and lightly roasted for aroma, "
            "keeping their natural dark-green colour. The tea is mildly bitter with a sweet "
            "aftertaste and is traditionally drunk in the evening to unwind. A small pinch steeped "
            "in boiling water is enough for a whole pot."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0206",
        "certified_days_ago": 455,
        "certifications": [],
        "ingredients_vi": "100% tim sen",
        "ingredients_en": "100% lotus cores",
        "shelf_life_vi": "18 tháng",
        "shelf_life_en": "18 months",
        "storage_vi": "Đậy kín, để nơi khô mát.",
        "storage_en": "Keep airtight in a cool, dry place.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hộp 100 g",
                "label_en": "100 g box",
                "sku": "SHT-TTS-100",
                "price": 60_000,
                "stock": 90,
                "weight_g": 150,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 20 túi lọc",
                "label_en": "Box of 20 tea bags",
                "sku": "SHT-TTS-20TL",
                "price": 45_000,
                "stock": 110,
                "weight_g": 90,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "mut-sen-tran",
        "producer": "sen-hong-thap-muoi",
        "category": "sweets",
        "name_vi": "Mứt sen trần",
        "name_en": "Candied lotus seeds",
        "short_vi": "Hạt sen tươi sên đường phèn, mềm bùi, ngọt thanh; món quen trong khay mứt Tết",
        "short_en": (
            "Fresh lotus seeds candied with rock sugar: soft, nutty and gently sweet, a Tết classic"
        ),
        "description_vi": (
            "Mứt sen được làm từ hạt sen tươi đầu mùa, luộc sơ cho vừa chín tới rồi ngâm và sên "
            "với đường phèn trên lửa nhỏ. Người làm phải đảo nhẹ tay suốt nhiều giờ để hạt sen "
            "thấm đường mà không bị vỡ. Thành phẩm có lớp áo đường trắng mỏng, bên trong mềm, bùi "
            "và ngọt thanh. Đây là món mứt không thể thiếu trong khay bánh mứt ngày Tết, dùng kèm "
            "trà sen càng thêm trọn vị."
        ),
        "description_en": (
            "The candied seeds are made from fresh early-season lotus seeds, blanched until just "
            "tender, then soaked and slowly cooked down with rock sugar over a low flame. They "
            "must be stirred gently for hours so the seeds take up the sugar without breaking. The "
            "result has a thin white sugar coat over a soft, nutty, gently sweet centre. It is a "
            "must on the Tết sweets tray, and even better with a cup of lotus tea."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2024-0004",
        "certified_days_ago": 1055,
        "certifications": [],
        "ingredients_vi": "Hạt sen, đường phèn",
        "ingredients_en": "Lotus seeds, rock sugar",
        "shelf_life_vi": "6 tháng",
        "shelf_life_en": "6 months",
        "storage_vi": "Đậy kín hộp, để nơi khô mát, tránh ẩm.",
        "storage_en": "Keep the box closed in a cool, dry place, away from moisture.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hộp 300 g",
                "label_en": "300 g box",
                "sku": "SHT-MS-300",
                "price": 70_000,
                "stock": 60,
                "weight_g": 380,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 500 g",
                "label_en": "500 g box",
                "sku": "SHT-MS-500",
                "price": 110_000,
                "stock": 3,
                "weight_g": 600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "ngo-sen-ngam-chua-ngot",
        "producer": "ngo-sen-ut-nhan",
        "category": "processed-food",
        "name_vi": "Ngó sen ngâm chua ngọt",
        "name_en": "Sweet-and-sour pickled lotus shoots",
        "short_vi": "Ngó sen non giòn, ngâm giấm đường cùng cà rốt, ớt; ăn kèm cơm, gỏi, lẩu",
        "short_en": (
            "Crunchy young lotus shoots pickled with carrot and chilli; great with rice, salads or "
            "hotpot"
        ),
        "description_vi": (
            "Ngó sen là phần thân non trắng ngà nằm dưới bùn, được nhổ bằng tay vào sáng sớm ở các "
            "đầm sen Trường Xuân. Ngó sen được tước sạch, cắt khúc, ngâm cùng giấm gạo, đường, cà "
            "rốt và ớt theo công thức của gia đình. Sau vài ngày, ngó sen giòn sựt, chua ngọt hài "
            "hòa, ăn rất bắt cơm. Có thể dùng thay dưa món, trộn gỏi hoặc ăn kèm các món nướng."
        ),
        "description_en": (
            "Lotus shoots are the ivory young stems hidden in the mud, pulled by hand early each "
            "morning from the ponds of Trường Xuân. They are cleaned, cut into lengths and pickled "
            "with rice vinegar, sugar, carrot and chilli to the family recipe. After a few days "
            "they are crunchy with a balanced sweet-sour taste that goes wonderfully with rice. "
            "Serve them as a side pickle, toss them into salads or eat them with grilled dishes."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0410",
        "certified_days_ago": 350,
        "certifications": [],
        "ingredients_vi": "Ngó sen, cà rốt, giấm gạo, đường, muối, ớt",
        "ingredients_en": "Lotus shoots, carrot, rice vinegar, sugar, salt, chilli",
        "shelf_life_vi": "3 tháng",
        "shelf_life_en": "3 months",
        "storage_vi": "Giữ lạnh sau khi mở nắp, dùng đũa sạch để gắp.",
        "storage_en": "Refrigerate after opening and use clean utensils.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hũ 500 g",
                "label_en": "500 g jar",
                "sku": "NSU-NCN-500",
                "price": 65_000,
                "stock": 75,
                "weight_g": 800,
                "gtin": "",
            },
            {
                "label_vi": "Hũ 1 kg",
                "label_en": "1 kg jar",
                "sku": "NSU-NCN-1KG",
                "price": 120_000,
                "stock": 30,
                "weight_g": 1500,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "ngo-sen-tuoi-truong-xuan",
        "producer": "ngo-sen-ut-nhan",
        "category": "fresh-fruit",
        "name_vi": "Ngó sen tươi Trường Xuân",
        "name_en": "Fresh Trường Xuân lotus shoots",
        "short_vi": "Ngó sen nhổ trong ngày, trắng giòn; dùng xào, nấu canh chua, làm gỏi",
        "short_en": (
            "Lotus shoots pulled the same day, white and crisp, for stir-fries, sour soup and "
            "salads"
        ),
        "description_vi": (
            "Ngó sen được nhổ vào sáng sớm, rửa sạch bùn và đóng gói ngay trong ngày để giữ độ "
            "giòn ngọt. Ngó non, trắng ngà, không xơ, là nguyên liệu quen thuộc của gỏi ngó sen "
            "tôm thịt, canh chua cá lóc hay món xào tỏi. Vì là hàng tươi, sản phẩm chỉ giao trong "
            "Đồng Tháp và các tỉnh lân cận. Vào mùa nước lên, sản lượng ít nên có thể tạm hết hàng."
        ),
        "description_en": (
            "The shoots are pulled early in the morning, washed free of mud and packed the same "
            "day so they stay crisp and sweet. Young, ivory and fibre-free, they are the classic "
            "ingredient of lotus-shoot salad with shrimp and pork, sour snakehead soup or a simple "
            "garlic stir-fry. Being fresh produce, they are delivered only within Đồng Tháp and "
            "neighbouring provinces. In the high-water months the harvest is small and they may be "
            "out of stock."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2023-0288",
        "certified_days_ago": 1180,
        "certifications": [],
        "ingredients_vi": "100% ngó sen tươi",
        "ingredients_en": "100% fresh lotus shoots",
        "shelf_life_vi": "3 ngày trong ngăn mát",
        "shelf_life_en": "3 days refrigerated",
        "storage_vi": "Giữ trong ngăn mát tủ lạnh; ngâm nước lạnh trước khi chế biến.",
        "storage_en": "Keep refrigerated; soak in cold water before cooking.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 500 g",
                "label_en": "500 g pack",
                "sku": "NSU-NST-500",
                "price": 40_000,
                "stock": 0,
                "weight_g": 600,
                "gtin": "",
            },
            {
                "label_vi": "Gói 1 kg",
                "label_en": "1 kg pack",
                "sku": "NSU-NST-1KG",
                "price": 75_000,
                "stock": 12,
                "weight_g": 1150,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "trai-nghiem-mot-ngay-dong-sen",
        "producer": "ngo-sen-ut-nhan",
        "category": "community-tourism",
        "name_vi": "Trải nghiệm một ngày trên cánh đồng sen",
        "name_en": "A day in the lotus fields",
        "short_vi": "Chèo xuồng hái sen, nhổ ngó sen, học ướp trà và ăn trưa với các món từ sen",
        "short_en": (
            "Paddle out to pick lotus, pull lotus shoots, learn tea scenting and enjoy a lotus "
            "lunch"
        ),
        "description_vi": (
            "Chuyến trải nghiệm bắt đầu lúc 7 giờ sáng, khi sen còn nở rộ và trời chưa nắng gắt. "
            "Khách mặc áo bà ba, đội nón lá, chèo xuồng vào đầm hái sen, chụp ảnh rồi cùng người "
            "dân lội bùn nhổ ngó sen. Bữa trưa có gỏi ngó sen, canh chua bông sen, cá lóc nướng "
            "trui và chè hạt sen. Buổi chiều, khách học cách lấy gạo sen, ướp trà và mang về một "
            "gói trà sen tự tay làm. Chương trình diễn ra từ tháng Năm đến tháng Mười, mùa sen đẹp "
            "nhất."
        ),
        "description_en": (
            "The day starts at 7 a.m., while the lotus is in full bloom and the sun is still "
            "gentle. Guests put on an áo bà ba and a conical hat, paddle into the pond to pick "
            "flowers and take photos, then wade into the mud with locals to pull lotus shoots. "
            "Lunch is lotus-shoot salad, sour soup with lotus flowers, straw-grilled snakehead and "
            "lotus-seed sweet soup. In the afternoon guests learn to harvest stamens and scent "
            "tea, and take home a pack of lotus tea they made themselves. The programme runs from "
            "May to October, the best of the lotus season."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0411",
        "certified_days_ago": 350,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "",
        "storage_en": "",
        "featured": True,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Vé người lớn",
                "label_en": "Adult ticket",
                "sku": "NSU-TN-NL",
                "price": 350_000,
                "stock": 20,
                "weight_g": 0,
                "gtin": "",
            },
            {
                "label_vi": "Vé trẻ em (6–11 tuổi)",
                "label_en": "Child ticket (6–11 years)",
                "sku": "NSU-TN-TE",
                "price": 200_000,
                "stock": 10,
                "weight_g": 0,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "nem-lai-vung-truyen-thong",
        "producer": "nem-ba-sau-hanh",
        "category": "processed-food",
        "name_vi": "Nem Lai Vung truyền thống",
        "name_en": "Traditional Lai Vung nem",
        "short_vi": "Nem gói lá vông, lá chuối; chua dịu, thịt giòn sựt, ăn kèm tỏi, ớt",
        "short_en": (
            "Fermented pork in vông and banana leaves: gently sour and springy, eaten with garlic "
            "and chilli"
        ),
        "description_vi": (
            "Nem Lai Vung là đặc sản trứ danh của Đồng Tháp, làm từ thịt heo nạc đùi tươi trong "
            "ngày, quết thật nhuyễn rồi trộn với bì heo thái sợi, tỏi, ớt và tiêu. Từng viên nem "
            "được gói bằng tay trong lá vông, bọc tiếp lá chuối và buộc lạt. Sau khoảng hai ngày "
            "lên men tự nhiên, nem chín đều, thịt hồng, giòn sựt, vị chua dịu và thơm mùi lá. Nem "
            "ăn ngon nhất với tép tỏi, lá đinh lăng và một ly trà nóng."
        ),
        "description_en": (
            "Lai Vung nem is one of Đồng Tháp's best-known specialities: lean fresh pork leg from "
            "the same morning, pounded very fine and mixed with shredded pork skin, garlic, chilli "
            "and pepper. Each piece is wrapped by hand in vông leaves, then in banana leaf, and "
            "tied with a bamboo strip. After about two days of natural fermentation it is evenly "
            "cured, pink and springy, gently sour and fragrant from the leaves. It is best eaten "
            "with a clove of garlic, a đinh lăng leaf and a cup of hot tea."
        ),
        "stars": 5,
        "certificate_no": "OCOP-DT-2024-0162",
        "certified_days_ago": 910,
        "certifications": ["HACCP"],
        "ingredients_vi": "Thịt heo, bì heo, tỏi, ớt, tiêu, đường, muối",
        "ingredients_en": "Pork, pork skin, garlic, chilli, pepper, sugar, salt",
        "shelf_life_vi": "7 ngày ở nhiệt độ phòng, 20 ngày trong ngăn mát",
        "shelf_life_en": "7 days at room temperature, 20 days refrigerated",
        "storage_vi": "Để nơi thoáng mát; cho vào ngăn mát nếu chưa dùng ngay.",
        "storage_en": "Keep cool; refrigerate if not eating straight away.",
        "featured": True,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Xâu 10 cái",
                "label_en": "String of 10",
                "sku": "NBS-NLV-10",
                "price": 50_000,
                "stock": 250,
                "weight_g": 350,
                "gtin": "8937228100460",
            },
            {
                "label_vi": "Hộp 20 cái",
                "label_en": "Box of 20",
                "sku": "NBS-NLV-20",
                "price": 100_000,
                "stock": 120,
                "weight_g": 700,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 36 cái",
                "label_en": "Box of 36",
                "sku": "NBS-NLV-36",
                "price": 180_000,
                "stock": 40,
                "weight_g": 1250,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "nem-lai-vung-ot-hiem",
        "producer": "nem-ba-sau-hanh",
        "category": "processed-food",
        "name_vi": "Nem Lai Vung cay ớt hiểm",
        "name_en": "Lai Vung nem with bird's-eye chilli",
        "short_vi": "Nem Lai Vung cài thêm ớt hiểm, cay nồng, hợp làm món nhắm",
        "short_en": (
            "Lai Vung nem with extra bird's-eye chilli — fiery and perfect with a cold drink"
        ),
        "description_vi": (
            "Đây là phiên bản cay của nem Lai Vung, dành cho những ai thích vị nồng. Ngoài tỏi và "
            "tiêu, mỗi viên nem được cài thêm lát ớt hiểm trồng ngay trong vườn nhà. Nem vẫn được "
            "gói lá vông, lá chuối và lên men tự nhiên như nem truyền thống. Vị chua dịu hòa cùng "
            "cái cay tê đầu lưỡi khiến nem rất hợp làm món nhắm ngày cuối tuần."
        ),
        "description_en": (
            "This is the spicy version of Lai Vung nem, for those who like heat. Besides garlic "
            "and pepper, each piece gets slices of bird's-eye chilli from the family garden. It is "
            "still wrapped in vông and banana leaves and fermented naturally, just like the "
            "traditional nem. The gentle sourness with a tongue-tingling kick makes it a favourite "
            "weekend snack with drinks."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0233",
        "certified_days_ago": 520,
        "certifications": [],
        "ingredients_vi": "Thịt heo, bì heo, ớt hiểm, tỏi, tiêu, đường, muối",
        "ingredients_en": "Pork, pork skin, bird's-eye chilli, garlic, pepper, sugar, salt",
        "shelf_life_vi": "7 ngày ở nhiệt độ phòng, 20 ngày trong ngăn mát",
        "shelf_life_en": "7 days at room temperature, 20 days refrigerated",
        "storage_vi": "Để nơi thoáng mát; cho vào ngăn mát nếu chưa dùng ngay.",
        "storage_en": "Keep cool; refrigerate if not eating straight away.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Xâu 10 cái",
                "label_en": "String of 10",
                "sku": "NBS-NOH-10",
                "price": 55_000,
                "stock": 140,
                "weight_g": 350,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 30 cái",
                "label_en": "Box of 30",
                "sku": "NBS-NOH-30",
                "price": 160_000,
                "stock": 25,
                "weight_g": 1050,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "quyt-hong-lai-vung",
        "producer": "quyt-hong-hoa-long",
        "category": "fresh-fruit",
        "name_vi": "Quýt hồng Lai Vung",
        "name_en": "Lai Vung pink mandarin",
        "short_vi": "Quýt hồng vỏ mỏng, màu cam hồng, múi mọng nước, ngọt đậm; chín rộ dịp Tết",
        "short_en": (
            "Thin-skinned pink-orange mandarins, juicy and deeply sweet; peak season at Tết"
        ),
        "description_vi": (
            "Quýt hồng là giống quýt đặc trưng của vùng Lai Vung: trái to, vỏ mỏng, khi chín "
            "chuyển màu cam hồng rất bắt mắt. Cây được trồng trên đất phù sa ven sông, chăm sóc "
            "theo VietGAP và cần gần một năm từ khi ra hoa đến lúc thu hoạch. Múi quýt mọng nước, "
            "ngọt đậm, thơm, gần như không có vị chua gắt. Mùa chính từ tháng 11 dương lịch đến "
            "tháng Giêng âm lịch; ngoài mùa, hàng có thể khan hoặc tạm hết."
        ),
        "description_en": (
            "The pink mandarin is Lai Vung's signature citrus: large, thin-skinned fruit that "
            "turns a striking pink-orange when ripe. Trees grow on alluvial river soil, are tended "
            "to VietGAP and take almost a year from blossom to harvest. The segments are juicy, "
            "deeply sweet and fragrant, with hardly any sharp acidity. The main season runs from "
            "November to the first lunar month; outside it, supply is short or may run out."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2024-0219",
        "certified_days_ago": 760,
        "certifications": ["VietGAP"],
        "ingredients_vi": "100% quýt hồng",
        "ingredients_en": "100% pink mandarin",
        "shelf_life_vi": "10–14 ngày ở nơi thoáng mát",
        "shelf_life_en": "10–14 days in a cool, airy place",
        "storage_vi": "Để nơi thoáng mát, không chất chồng nặng, tránh ánh nắng trực tiếp.",
        "storage_en": "Keep cool and airy, do not stack heavily, and keep out of direct sun.",
        "featured": True,
        "growing_area_code": "VN-DTOR-0105",
        "variants": [
            {
                "label_vi": "Túi 1 kg",
                "label_en": "1 kg bag",
                "sku": "QHL-QH-1KG",
                "price": 65_000,
                "stock": 150,
                "weight_g": 1100,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 5 kg",
                "label_en": "5 kg carton",
                "sku": "QHL-QH-5KG",
                "price": 300_000,
                "stock": 40,
                "weight_g": 5600,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 10 kg",
                "label_en": "10 kg carton",
                "sku": "QHL-QH-10KG",
                "price": 570_000,
                "stock": 0,
                "weight_g": 11000,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tinh-dau-vo-quyt-hong",
        "producer": "quyt-hong-hoa-long",
        "category": "natural-care",
        "name_vi": "Tinh dầu vỏ quýt hồng",
        "name_en": "Pink mandarin peel essential oil",
        "short_vi": (
            "Tinh dầu chưng cất từ vỏ quýt hồng tươi, hương ngọt tươi mát, dùng xông phòng, khử mùi"
        ),
        "short_en": (
            "Steam-distilled from fresh pink-mandarin peel; a sweet, bright scent for diffusers "
            "and freshening"
        ),
        "description_vi": (
            "Vào mùa thu hoạch, vỏ của những trái quýt không đủ chuẩn bán tươi được gom lại để "
            "chưng cất bằng hơi nước. Mỗi chai tinh dầu cần một lượng lớn vỏ quýt, nên hương thơm "
            "rất tươi, ngọt và đậm. Tinh dầu dùng để nhỏ vào máy khuếch tán, pha nước lau nhà hoặc "
            "khử mùi tủ lạnh, xe hơi. Không uống; khi dùng trên da cần pha loãng với dầu nền và "
            "thử trước ở vùng da nhỏ."
        ),
        "description_en": (
            "During the harvest, peel from fruit that cannot be sold fresh is collected and "
            "steam-distilled. Each bottle takes a large amount of peel, so the scent is fresh, "
            "sweet and intense. Add a few drops to a diffuser or to water for mopping floors, or "
            "use it to freshen fridges and cars. Not for drinking; for use on skin, dilute it in a "
            "carrier oil and test on a small area first."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2026-0088",
        "certified_days_ago": 150,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "24 tháng",
        "shelf_life_en": "24 months",
        "storage_vi": "Đậy kín nắp, tránh ánh nắng, để xa tầm tay trẻ em.",
        "storage_en": "Keep tightly closed, out of sunlight and away from children.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chai 10 ml",
                "label_en": "10 ml bottle",
                "sku": "QHL-TD-10",
                "price": 85_000,
                "stock": 60,
                "weight_g": 60,
                "gtin": "",
            },
            {
                "label_vi": "Chai 30 ml",
                "label_en": "30 ml bottle",
                "sku": "QHL-TD-30",
                "price": 210_000,
                "stock": 25,
                "weight_g": 120,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tham-quan-vuon-quyt-hong",
        "producer": "vuon-quyt-tu-loc",
        "category": "community-tourism",
        "name_vi": "Tham quan vườn quýt hồng mùa Tết",
        "name_en": "Pink-mandarin orchard visit at Tết",
        "short_vi": "Dạo vườn quýt trĩu trái, tự tay hái 1 kg quýt mang về, uống trà cùng chủ vườn",
        "short_en": (
            "Stroll a laden mandarin orchard, pick 1 kg to take home and share tea with the family"
        ),
        "description_vi": (
            "Từ tháng Mười đến trước Tết, vườn quýt của gia đình ông Tư Lộc trĩu những chùm quýt "
            "hồng chín đỏ. Khách được dạo vườn, chụp ảnh, nghe chủ vườn kể cách chăm quýt cho kịp "
            "Tết và tự tay hái một ký quýt mang về. Giá vé đã gồm trà, bánh quê và một ký quýt; "
            "quýt hái thêm được tính theo giá tại vườn. Vườn mở cửa từ 7 giờ đến 17 giờ; nên đi "
            "vào buổi sáng để có ánh sáng đẹp."
        ),
        "description_en": (
            "From October until just before Tết, Mr Tư Lộc's orchard hangs heavy with ripe pink "
            "mandarins. Visitors can wander the rows, take photos, hear how the family times the "
            "crop for Tết and pick a kilo of fruit to take home. The ticket includes tea, country "
            "cakes and one kilo of mandarins; anything extra you pick is charged at the orchard "
            "price. The garden is open from 7 a.m. to 5 p.m.; come in the morning for the best "
            "light."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2026-0031",
        "certified_days_ago": 300,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "",
        "storage_en": "",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Vé người lớn",
                "label_en": "Adult ticket",
                "sku": "VTL-TQ-NL",
                "price": 200_000,
                "stock": 40,
                "weight_g": 0,
                "gtin": "",
            },
            {
                "label_vi": "Vé trẻ em (6–11 tuổi)",
                "label_en": "Child ticket (6–11 years)",
                "sku": "VTL-TQ-TE",
                "price": 150_000,
                "stock": 20,
                "weight_g": 0,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "gio-quyt-hong-bieu-tet",
        "producer": "vuon-quyt-tu-loc",
        "category": "fresh-fruit",
        "name_vi": "Giỏ quýt hồng biếu Tết",
        "name_en": "Pink-mandarin Tết gift basket",
        "short_vi": "Quýt hồng chọn trái đều, còn cuống lá xanh, xếp giỏ tre thắt nơ đỏ",
        "short_en": (
            "Evenly sized pink mandarins with green leaves attached, in a bamboo basket with a red "
            "ribbon"
        ),
        "description_vi": (
            "Ngày Tết ở miền Tây, quýt hồng còn nguyên cuống lá là món quà tượng trưng cho sung "
            "túc, may mắn. Ông Tư Lộc tự chọn từng trái đều nhau, cắt chừa cuống và vài lá xanh "
            "rồi xếp vào giỏ tre đan tay. Giỏ quýt được lót giấy, bọc màng và thắt nơ đỏ, có thể "
            "kèm thiệp chúc Tết theo yêu cầu. Sản phẩm chỉ nhận đặt từ đầu tháng Chạp đến 28 Tết."
        ),
        "description_en": (
            "At Tết in the Mekong, pink mandarins with their leaves still on stand for plenty and "
            "good luck. Mr Tư Lộc hand-picks evenly sized fruit, cuts them with a bit of stem and "
            "a few green leaves, and arranges them in a hand-woven bamboo basket. Each basket is "
            "lined, wrapped and tied with a red ribbon, and can include a New Year card on "
            "request. Orders are taken only from the start of the twelfth lunar month until the "
            "28th."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2026-0032",
        "certified_days_ago": 300,
        "certifications": ["VietGAP"],
        "ingredients_vi": "100% quýt hồng",
        "ingredients_en": "100% pink mandarin",
        "shelf_life_vi": "7–10 ngày",
        "shelf_life_en": "7–10 days",
        "storage_vi": "Để nơi thoáng mát, tránh nắng; không để trong túi kín.",
        "storage_en": "Keep cool and out of the sun; do not seal in a bag.",
        "featured": False,
        "growing_area_code": "VN-DTOR-0118",
        "variants": [
            {
                "label_vi": "Giỏ 3 kg",
                "label_en": "3 kg basket",
                "sku": "VTL-GQ-3KG",
                "price": 250_000,
                "stock": 0,
                "weight_g": 3700,
                "gtin": "",
            },
            {
                "label_vi": "Giỏ 5 kg",
                "label_en": "5 kg basket",
                "sku": "VTL-GQ-5KG",
                "price": 420_000,
                "stock": 0,
                "weight_g": 5900,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "banh-phong-tom-sa-dec-dac-biet",
        "producer": "phong-tom-huong-sa",
        "category": "processed-food",
        "name_vi": "Bánh phồng tôm Sa Đéc loại đặc biệt",
        "name_en": "Sa Đéc shrimp chips, premium grade",
        "short_vi": "Bánh phồng nhiều tôm, chiên nở xốp, giòn rụm, thơm đậm vị tôm tươi",
        "short_en": (
            "Shrimp-rich chips that puff up light and crisp, with a deep fresh-shrimp flavour"
        ),
        "description_vi": (
            "Bánh phồng tôm là món quà quen thuộc của Sa Đéc suốt hơn nửa thế kỷ. Loại đặc biệt "
            "dùng tỷ lệ tôm tươi cao, xay nhuyễn cùng bột năng, trứng và gia vị, hấp chín thành "
            "cây rồi cắt lát mỏng và phơi nắng. Khi chiên, bánh nở gấp ba, xốp giòn, có màu hồng "
            "nhạt tự nhiên và thơm đậm mùi tôm. Bánh dùng ăn chơi, đãi khách ngày Tết hoặc ăn kèm "
            "gỏi, cháo đều hợp."
        ),
        "description_en": (
            "Shrimp chips have been Sa Đéc's signature gift for more than half a century. The "
            "premium grade uses a high share of fresh shrimp, ground with tapioca starch, egg and "
            "seasoning, steamed into logs, then sliced thin and sun-dried. Fried, the chips puff "
            "to three times their size, light and crisp, naturally pale pink and full of shrimp "
            "flavour. Serve them as a snack, to guests at Tết, or alongside salads and rice "
            "porridge."
        ),
        "stars": 5,
        "certificate_no": "OCOP-DT-2024-0095",
        "certified_days_ago": 880,
        "certifications": ["HACCP", "ISO 22000"],
        "ingredients_vi": "Tôm tươi (35%), bột năng, trứng gà, đường, muối, tỏi, tiêu",
        "ingredients_en": "Fresh shrimp (35%), tapioca starch, egg, sugar, salt, garlic, pepper",
        "shelf_life_vi": "12 tháng (bánh sống)",
        "shelf_life_en": "12 months (uncooked)",
        "storage_vi": (
            "Để nơi khô ráo; chiên ngập trong dầu nóng khoảng 170 °C, vài giây là bánh nở."
        ),
        "storage_en": "Keep dry; deep-fry in oil at about 170 °C for a few seconds until puffed.",
        "featured": True,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hộp 200 g",
                "label_en": "200 g box",
                "sku": "PTH-PTDB-200",
                "price": 48_000,
                "stock": 260,
                "weight_g": 260,
                "gtin": "8936502300619",
            },
            {
                "label_vi": "Hộp 500 g",
                "label_en": "500 g box",
                "sku": "PTH-PTDB-500",
                "price": 115_000,
                "stock": 110,
                "weight_g": 620,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "banh-phong-tom-chien-san",
        "producer": "phong-tom-huong-sa",
        "category": "processed-food",
        "name_vi": "Bánh phồng tôm chiên sẵn",
        "name_en": "Ready-to-eat shrimp crackers",
        "short_vi": "Bánh phồng tôm Sa Đéc đã chiên giòn, ít dầu, mở túi là ăn",
        "short_en": "Sa Đéc shrimp crackers fried crisp with little oil, ready to eat from the bag",
        "description_vi": (
            "Dành cho những ai muốn thưởng thức bánh phồng tôm mà không cần chiên, xưởng chiên sẵn "
            "bánh trong dầu mới rồi quay ly tâm cho ráo bớt dầu. Bánh giòn nhẹ, không ngấy, vẫn "
            "giữ vị ngọt của tôm. Bánh được đóng trong túi bơm khí nitơ để giữ độ giòn lâu hơn. "
            "Thích hợp mang đi dã ngoại, làm quà cho trẻ nhỏ hoặc nhâm nhi khi xem phim."
        ),
        "description_en": (
            "For anyone who wants shrimp chips without frying them at home, the workshop fries "
            "them in fresh oil and spins off the excess. The crackers are light and crisp, not "
            "greasy, and keep the sweetness of shrimp. They are packed in nitrogen-flushed bags to "
            "stay crunchy for longer. Good for picnics, children's treats or nibbling during a "
            "film."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0177",
        "certified_days_ago": 560,
        "certifications": ["HACCP"],
        "ingredients_vi": "Tôm tươi, bột năng, dầu thực vật, đường, muối, tỏi",
        "ingredients_en": "Fresh shrimp, tapioca starch, vegetable oil, sugar, salt, garlic",
        "shelf_life_vi": "6 tháng",
        "shelf_life_en": "6 months",
        "storage_vi": "Để nơi khô mát; dùng hết trong ngày sau khi mở túi.",
        "storage_en": "Keep cool and dry; finish within a day of opening.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 100 g",
                "label_en": "100 g bag",
                "sku": "PTH-PTCS-100",
                "price": 35_000,
                "stock": 180,
                "weight_g": 140,
                "gtin": "",
            },
            {
                "label_vi": "Hũ 250 g",
                "label_en": "250 g tub",
                "sku": "PTH-PTCS-250",
                "price": 75_000,
                "stock": 70,
                "weight_g": 380,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "banh-phong-ca-that-lat",
        "producer": "phong-tom-huong-sa",
        "category": "processed-food",
        "name_vi": "Bánh phồng cá thát lát",
        "name_en": "Clown knifefish crackers",
        "short_vi": "Bánh phồng làm từ chả cá thát lát, vị ngọt thanh, giòn xốp",
        "short_en": "Crackers made with clown knifefish paste: delicate sweetness, light crunch",
        "description_vi": (
            "Cá thát lát là loài cá nước ngọt quen thuộc ở miền Tây, thịt dai, ngọt, thường được "
            "quết làm chả. Xưởng quết chả cá thát lát tươi, trộn với bột năng và gia vị rồi làm "
            "bánh theo cách làm bánh phồng tôm truyền thống. Khi chiên, bánh nở đều, màu trắng "
            "ngà, vị ngọt thanh của cá và không tanh. Một lựa chọn lạ miệng cho những ai đã quen "
            "bánh phồng tôm."
        ),
        "description_en": (
            "The clown knifefish is a familiar freshwater fish in the Mekong, with firm, sweet "
            "flesh that is usually pounded into fish cakes. The workshop pounds fresh knifefish, "
            "mixes it with tapioca starch and seasoning, and makes the crackers the same way as "
            "traditional shrimp chips. They puff evenly when fried, ivory in colour, with a clean, "
            "sweet fish taste and no fishiness. A new twist for anyone who already loves shrimp "
            "chips."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0178",
        "certified_days_ago": 560,
        "certifications": ["HACCP"],
        "ingredients_vi": "Cá thát lát (30%), bột năng, đường, muối, tỏi, tiêu",
        "ingredients_en": "Clown knifefish (30%), tapioca starch, sugar, salt, garlic, pepper",
        "shelf_life_vi": "12 tháng (bánh sống)",
        "shelf_life_en": "12 months (uncooked)",
        "storage_vi": (
            "Để nơi khô ráo; chiên ngập trong dầu nóng khoảng 170 °C, vài giây là bánh nở."
        ),
        "storage_en": "Keep dry; deep-fry in oil at about 170 °C for a few seconds until puffed.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hộp 200 g",
                "label_en": "200 g box",
                "sku": "PTH-PCTL-200",
                "price": 52_000,
                "stock": 90,
                "weight_g": 260,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 400 g",
                "label_en": "400 g box",
                "sku": "PTH-PCTL-400",
                "price": 98_000,
                "stock": 35,
                "weight_g": 500,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "hu-tieu-sa-dec-soi-kho",
        "producer": "hu-tieu-bay-thanh",
        "category": "rice-noodles",
        "name_vi": "Hủ tiếu Sa Đéc sợi khô",
        "name_en": "Sa Đéc dried rice noodles",
        "short_vi": "Sợi hủ tiếu phơi nắng từ gạo cũ, dai trong, nấu nước hay xào đều không bở",
        "short_en": (
            "Sun-dried noodles from aged rice, chewy and clear, holding up in soup or stir-fries"
        ),
        "description_vi": (
            "Hủ tiếu Sa Đéc được làm từ gạo cũ, loại gạo đã để qua vài tháng cho bớt dẻo, nhờ vậy "
            "sợi dai và không bị nát. Bột gạo được tráng mỏng, hấp chín, phơi trên giàn tre rồi "
            "cắt sợi nhỏ và phơi khô thêm lần nữa. Không dùng hàn the hay chất tẩy trắng, sợi có "
            "màu trắng đục tự nhiên. Chỉ cần trụng nước sôi 2–3 phút là có sợi hủ tiếu mềm dai cho "
            "tô hủ tiếu nước hoặc đĩa hủ tiếu xào."
        ),
        "description_en": (
            "Sa Đéc hủ tiếu is made from aged rice, kept for a few months to lose some stickiness, "
            "which gives chewy strands that do not fall apart. The rice batter is spread thin, "
            "steamed, dried on bamboo racks, cut into fine strands and dried again. No borax or "
            "bleach is used, so the noodles keep their natural off-white colour. Just blanch them "
            "in boiling water for 2–3 minutes for soft, springy noodles, in soup or stir-fried."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2024-0130",
        "certified_days_ago": 735,
        "certifications": [],
        "ingredients_vi": "Gạo, nước, muối",
        "ingredients_en": "Rice, water, salt",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Để nơi khô ráo, thoáng mát.",
        "storage_en": "Keep in a cool, dry place.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 500 g",
                "label_en": "500 g pack",
                "sku": "HBT-HTK-500",
                "price": 35_000,
                "stock": 200,
                "weight_g": 540,
                "gtin": "8935881400132",
            },
            {
                "label_vi": "Thùng 10 gói 500 g",
                "label_en": "Case of 10 × 500 g",
                "sku": "HBT-HTK-10X500",
                "price": 330_000,
                "stock": 20,
                "weight_g": 5500,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "hu-tieu-sa-dec-soi-tuoi",
        "producer": "hu-tieu-bay-thanh",
        "category": "rice-noodles",
        "name_vi": "Hủ tiếu Sa Đéc sợi tươi",
        "name_en": "Fresh Sa Đéc rice noodles",
        "short_vi": "Sợi hủ tiếu tươi làm trong đêm, giao buổi sáng; chỉ giao trong tỉnh",
        "short_en": (
            "Fresh noodles made overnight and delivered in the morning, within the province only"
        ),
        "description_vi": (
            "Sợi tươi được làm ngay trong đêm và giao vào sáng sớm, giống như cách lò vẫn bỏ mối "
            "cho các quán hủ tiếu trong vùng. Sợi mềm, dai, thơm mùi gạo mới tráng, không cần ngâm "
            "trước khi nấu. Vì không dùng chất bảo quản, hủ tiếu tươi chỉ giữ được vài ngày trong "
            "ngăn mát. Sản phẩm chỉ giao trong Đồng Tháp, vào buổi sáng."
        ),
        "description_en": (
            "The fresh noodles are made overnight and delivered early in the morning, just as the "
            "kiln supplies the noodle shops around town. They are soft and springy with the aroma "
            "of freshly steamed rice, and need no soaking before cooking. Because there are no "
            "preservatives, they keep only a few days in the fridge. Delivered within Đồng Tháp, "
            "in the morning only."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0266",
        "certified_days_ago": 470,
        "certifications": [],
        "ingredients_vi": "Gạo, nước, muối",
        "ingredients_en": "Rice, water, salt",
        "shelf_life_vi": "3 ngày trong ngăn mát",
        "shelf_life_en": "3 days refrigerated",
        "storage_vi": "Giữ lạnh 2–6 °C; trụng qua nước sôi trước khi dùng.",
        "storage_en": "Keep at 2–6 °C; blanch in boiling water before use.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 1 kg",
                "label_en": "1 kg pack",
                "sku": "HBT-HTT-1KG",
                "price": 25_000,
                "stock": 50,
                "weight_g": 1050,
                "gtin": "",
            },
            {
                "label_vi": "Gói 2 kg",
                "label_en": "2 kg pack",
                "sku": "HBT-HTT-2KG",
                "price": 48_000,
                "stock": 20,
                "weight_g": 2100,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "chau-cuc-mam-xoi-sa-dec",
        "producer": "hoa-kieng-sa-dec-xanh",
        "category": "flowers-plants",
        "name_vi": "Chậu cúc mâm xôi Sa Đéc",
        "name_en": "Sa Đéc button chrysanthemum pot",
        "short_vi": (
            "Cúc mâm xôi tán tròn đều, nụ dày, nở rộ đúng Tết; giao trong Đồng Tháp và TP.HCM"
        ),
        "short_en": (
            "Round, densely budded button mums that bloom right on Tết; delivered in Đồng Tháp and "
            "HCMC"
        ),
        "description_vi": (
            "Cúc mâm xôi là loài hoa quen thuộc trong mỗi nhà miền Tây ngày Tết, với tán hoa tròn "
            "như mâm xôi và màu vàng rực rỡ. Nhà vườn Sa Đéc ươm cây từ giữa năm, bấm ngọn nhiều "
            "lần để tạo tán tròn đều và canh ngày cho hoa nở rộ đúng dịp Tết. Mỗi chậu được chọn "
            "kỹ: nụ dày, lá xanh, bầu đất tơi xốp. Hoa giữ được khoảng 3–4 tuần nếu đặt nơi có "
            "nắng nhẹ và tưới đều."
        ),
        "description_en": (
            "Button chrysanthemums are in almost every Mekong home at Tết, with a dome of blooms "
            "shaped like a tray of sticky rice and a brilliant yellow colour. Sa Đéc growers start "
            "the plants in mid-year, pinch them back several times for an even dome, and time them "
            "to burst into flower just for Tết. Each pot is chosen for dense buds, green leaves "
            "and loose, healthy soil. The flowers last about 3–4 weeks in gentle sun with regular "
            "watering."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0095",
        "certified_days_ago": 610,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Đặt nơi có nắng nhẹ buổi sáng, tưới nước vào gốc mỗi ngày.",
        "storage_en": "Place in gentle morning sun and water the soil daily.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chậu nhỏ (tán 30 cm)",
                "label_en": "Small pot (30 cm dome)",
                "sku": "HKS-CMX-S",
                "price": 85_000,
                "stock": 120,
                "weight_g": 3000,
                "gtin": "",
            },
            {
                "label_vi": "Cặp chậu lớn (tán 60 cm)",
                "label_en": "Pair of large pots (60 cm dome)",
                "sku": "HKS-CMX-L2",
                "price": 450_000,
                "stock": 1,
                "weight_g": 24000,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "chau-hoa-hong-sa-dec",
        "producer": "hoa-kieng-sa-dec-xanh",
        "category": "flowers-plants",
        "name_vi": "Chậu hoa hồng Sa Đéc",
        "name_en": "Sa Đéc potted rose",
        "short_vi": "Hồng ghép gốc khỏe, nhiều màu, trồng chậu, ra hoa quanh năm",
        "short_en": (
            "Grafted roses on vigorous rootstock, in many colours, potted and flowering all year"
        ),
        "description_vi": (
            "Hoa hồng là một trong những loài hoa làm nên tên tuổi làng hoa Sa Đéc. Cây được ghép "
            "trên gốc hồng dại khỏe, trồng trong giá thể xơ dừa trộn phân hữu cơ nên ít sâu bệnh. "
            "Khách chọn màu theo ý thích: đỏ nhung, hồng phấn, vàng, cam hoặc trắng; nhà vườn ghi "
            "sẵn tên giống và cách chăm trên thẻ cắm chậu. Cây hợp trồng ở ban công có nắng ít "
            "nhất 4–5 giờ mỗi ngày."
        ),
        "description_en": (
            "Roses are one of the flowers that made the Sa Đéc flower village famous. Plants are "
            "grafted onto vigorous wild rootstock and grown in coir mixed with organic compost, so "
            "they are hardy. Choose your colour — velvet red, powder pink, yellow, orange or white "
            "— and the grower adds a tag with the variety and care tips. They suit balconies with "
            "at least 4–5 hours of sun a day."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0096",
        "certified_days_ago": 610,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Đặt nơi nhiều nắng, tưới vào gốc, tránh để úng nước.",
        "storage_en": "Keep in a sunny spot, water at the base and avoid waterlogging.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chậu 20 cm",
                "label_en": "20 cm pot",
                "sku": "HKS-HONG-20",
                "price": 120_000,
                "stock": 45,
                "weight_g": 2500,
                "gtin": "",
            },
            {
                "label_vi": "Chậu 30 cm",
                "label_en": "30 cm pot",
                "sku": "HKS-HONG-30",
                "price": 250_000,
                "stock": 18,
                "weight_g": 6000,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "dap-xe-lang-hoa-sa-dec",
        "producer": "hoa-kieng-sa-dec-xanh",
        "category": "community-tourism",
        "name_vi": "Đạp xe khám phá làng hoa Sa Đéc",
        "name_en": "Cycling tour of the Sa Đéc flower village",
        "short_vi": (
            "Nửa ngày đạp xe qua các vườn hoa trên giàn, gặp nhà vườn, ăn sáng hủ tiếu Sa Đéc"
        ),
        "short_en": (
            "Half a day cycling past trellised flower beds, meeting growers, with a Sa Đéc noodle "
            "breakfast"
        ),
        "description_vi": (
            "Tour bắt đầu lúc 7 giờ sáng tại văn phòng hợp tác xã; mỗi khách được mượn xe đạp và "
            "mũ bảo hiểm. Hướng dẫn viên là con em nhà vườn, đưa khách len theo những con đường "
            "nhỏ giữa các luống hoa trên giàn cao, ghé những vườn đang chăm cây và kể về nghề hoa "
            "trăm năm. Giữa chặng, cả đoàn dừng chân ăn tô hủ tiếu Sa Đéc và uống ly cà phê sữa "
            "đá. Tour kéo dài khoảng 4 giờ, phù hợp cả gia đình có trẻ từ 8 tuổi."
        ),
        "description_en": (
            "The tour starts at 7 a.m. at the cooperative's office, where each guest borrows a "
            "bicycle and a helmet. Guides from grower families lead you along narrow lanes between "
            "flower beds raised on high trellises, stop at gardens where people are at work and "
            "tell the story of a century-old craft. Halfway, the group stops for a bowl of Sa Đéc "
            "noodles and an iced milk coffee. The tour lasts about four hours and suits families "
            "with children aged 8 and over."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2026-0019",
        "certified_days_ago": 260,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "",
        "storage_en": "",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Vé người lớn",
                "label_en": "Adult ticket",
                "sku": "HKS-TOUR-NL",
                "price": 250_000,
                "stock": 16,
                "weight_g": 0,
                "gtin": "",
            },
            {
                "label_vi": "Vé trẻ em (8–11 tuổi)",
                "label_en": "Child ticket (8–11 years)",
                "sku": "HKS-TOUR-TE",
                "price": 150_000,
                "stock": 8,
                "weight_g": 0,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "vuon-hoa-mau-lop-cam-hoa",
        "producer": "hoa-kieng-sa-dec-xanh",
        "category": "destinations",
        "name_vi": "Vé vườn hoa mẫu kèm lớp cắm hoa",
        "name_en": "Show garden ticket with a flower-arranging class",
        "short_vi": "Tham quan vườn hoa mẫu của hợp tác xã và học cắm một bình hoa tươi mang về",
        "short_en": (
            "Visit the cooperative's show garden and arrange a vase of fresh flowers to take home"
        ),
        "description_vi": (
            "Vườn hoa mẫu của hợp tác xã rộng gần một héc-ta, trưng bày hàng trăm giống hoa và cây "
            "kiểng của làng hoa Sa Đéc. Khách tự do tham quan, chụp ảnh giữa các luống hoa trên "
            "giàn và dọc lối đi ven rạch. Lớp cắm hoa kéo dài khoảng 90 phút, do nghệ nhân trong "
            "làng hướng dẫn, dùng hoa cắt trong ngày tại vườn. Mỗi khách mang về bình hoa do chính "
            "mình cắm."
        ),
        "description_en": (
            "The cooperative's show garden covers almost a hectare and displays hundreds of flower "
            "and bonsai varieties from the Sa Đéc village. Visitors are free to wander and take "
            "photos among the trellised beds and along the creek-side path. The arranging class "
            "lasts about 90 minutes, led by a village florist, using flowers cut in the garden "
            "that day. Every guest takes home the vase they arranged."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0097",
        "certified_days_ago": 610,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "",
        "storage_en": "",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Vé cá nhân",
                "label_en": "Single ticket",
                "sku": "HKS-VE-WS",
                "price": 180_000,
                "stock": 24,
                "weight_g": 0,
                "gtin": "",
            },
            {
                "label_vi": "Vé nhóm 4 người",
                "label_en": "Group ticket for 4",
                "sku": "HKS-VE-WS4",
                "price": 640_000,
                "stock": 6,
                "weight_g": 0,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "kho-ca-loc-mot-nang-tam-nong",
        "producer": "kho-ca-ba-nhung",
        "category": "dried-seafood",
        "name_vi": "Khô cá lóc một nắng Tam Nông",
        "name_en": "Tam Nông one-sun dried snakehead",
        "short_vi": (
            "Cá lóc xẻ bướm, ướp nhạt, phơi đúng một nắng; thịt dày, ngọt, chiên hay nướng đều ngon"
        ),
        "short_en": (
            "Butterflied snakehead, lightly salted and sun-dried for one day; thick, sweet flesh "
            "to fry or grill"
        ),
        "description_vi": (
            "Khô cá lóc là món ăn gắn với mùa nước nổi ở vùng Đồng Tháp Mười. Cá lóc cỡ vừa được "
            "làm sạch, xẻ bướm, lóc bớt xương rồi ướp muối, đường ở mức nhạt để giữ vị ngọt của "
            "cá. Cá được phơi đúng một nắng trên giàn tre, thịt còn dẻo, không khô cứng và không "
            "dùng chất bảo quản. Khô cá lóc nướng than xé nhỏ chấm nước mắm me, hoặc chiên giòn ăn "
            "với cơm trắng và dưa chua đều rất bắt cơm."
        ),
        "description_en": (
            "Dried snakehead is tied to the flood season of the Plain of Reeds. Medium snakehead "
            "are cleaned, butterflied and partly deboned, then cured lightly with salt and sugar "
            "to keep the fish's natural sweetness. They are dried for just one day of sun on "
            "bamboo racks, so the flesh stays supple rather than hard, with no preservatives. "
            "Grill it over charcoal and shred it to dip in tamarind fish sauce, or fry it crisp to "
            "eat with rice and pickles."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0003",
        "certified_days_ago": 690,
        "certifications": [],
        "ingredients_vi": "Cá lóc, muối, đường",
        "ingredients_en": "Snakehead fish, salt, sugar",
        "shelf_life_vi": "3 tháng trong ngăn mát, 6 tháng trong ngăn đông",
        "shelf_life_en": "3 months refrigerated, 6 months frozen",
        "storage_vi": (
            "Bảo quản ngăn mát hoặc ngăn đông; rã đông trong ngăn mát trước khi chế biến."
        ),
        "storage_en": "Keep refrigerated or frozen; thaw in the fridge before cooking.",
        "featured": True,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 500 g",
                "label_en": "500 g pack",
                "sku": "KBN-KCL-500",
                "price": 230_000,
                "stock": 80,
                "weight_g": 560,
                "gtin": "",
            },
            {
                "label_vi": "Gói 1 kg",
                "label_en": "1 kg pack",
                "sku": "KBN-KCL-1KG",
                "price": 450_000,
                "stock": 35,
                "weight_g": 1100,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "kho-ca-sac-ran",
        "producer": "kho-ca-ba-nhung",
        "category": "dried-seafood",
        "name_vi": "Khô cá sặc rằn",
        "name_en": "Dried snakeskin gourami",
        "short_vi": "Khô cá sặc rằn béo ngọt, chiên giòn ăn cơm hoặc xé trộn gỏi xoài",
        "short_en": (
            "Rich, sweet dried gourami — fry it crisp for rice or toss it in green mango salad"
        ),
        "description_vi": (
            "Cá sặc rằn béo nhất vào cuối mùa nước nổi, khi cá đã no mồi trên đồng. Cá được đánh "
            "vảy, bỏ đầu, ướp muối, đường, tỏi rồi phơi hai nắng cho khô đều. Khô chiên vàng giòn "
            "ăn cùng cơm nóng, hoặc xé nhỏ trộn gỏi xoài xanh là món nhậu dân dã của người Đồng "
            "Tháp. Hàng được đóng túi hút chân không để giữ trọn mùi vị."
        ),
        "description_en": (
            "Snakeskin gourami are fattest at the end of the flood season, after feeding well on "
            "the flooded fields. The fish are scaled and headed, cured with salt, sugar and "
            "garlic, then dried over two days of sun. Fried golden and crisp it goes with hot "
            "rice, and shredded into green mango salad it is a favourite country snack in Đồng "
            "Tháp. It is vacuum-packed to keep its flavour."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0004",
        "certified_days_ago": 690,
        "certifications": [],
        "ingredients_vi": "Cá sặc rằn, muối, đường, tỏi",
        "ingredients_en": "Snakeskin gourami, salt, sugar, garlic",
        "shelf_life_vi": "6 tháng trong ngăn mát",
        "shelf_life_en": "6 months refrigerated",
        "storage_vi": "Bảo quản ngăn mát; sau khi mở túi nên dùng trong 2 tuần.",
        "storage_en": "Keep refrigerated; use within 2 weeks of opening.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 500 g",
                "label_en": "500 g pack",
                "sku": "KBN-KCS-500",
                "price": 150_000,
                "stock": 60,
                "weight_g": 560,
                "gtin": "",
            },
            {
                "label_vi": "Gói 1 kg",
                "label_en": "1 kg pack",
                "sku": "KBN-KCS-1KG",
                "price": 290_000,
                "stock": 1,
                "weight_g": 1100,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "mam-ca-linh",
        "producer": "kho-ca-ba-nhung",
        "category": "seasonings",
        "name_vi": "Mắm cá linh",
        "name_en": "Fermented mud carp",
        "short_vi": "Mắm cá linh mùa nước nổi, ủ chượp thơm; dùng kho, chưng, nấu lẩu mắm",
        "short_en": (
            "Flood-season mud carp fermented into a savoury paste for braising, steaming or mắm "
            "hotpot"
        ),
        "description_vi": (
            "Mỗi mùa nước nổi, cá linh theo con nước từ thượng nguồn Mê Kông về Đồng Tháp và là "
            "nguyên liệu làm mắm quen thuộc của người miền Tây. Cá linh tươi được rửa sạch, trộn "
            "muối và ủ trong khạp vài tháng cho chín tới, sau đó trộn thêm thính gạo rang và đường "
            "thốt nốt. Mắm có mùi thơm đặc trưng, vị mặn ngọt đậm đà. Dùng kho với thịt ba rọi, "
            "chưng với trứng hoặc làm nước lẩu mắm đều ngon."
        ),
        "description_en": (
            "Every flood season, mud carp ride the water down from the upper Mekong into Đồng "
            "Tháp, and they are a staple for making mắm in the delta. Fresh fish are washed, mixed "
            "with salt and aged in earthenware jars for a few months, then blended with roasted "
            "rice powder and palm sugar. The paste has a distinctive savoury aroma and a deep "
            "salty-sweet taste. Braise it with pork belly, steam it with egg or use it as the base "
            "of a mắm hotpot."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2023-0351",
        "certified_days_ago": 1070,
        "certifications": [],
        "ingredients_vi": "Cá linh, muối, thính gạo, đường thốt nốt",
        "ingredients_en": "Mud carp, salt, roasted rice powder, palm sugar",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Đậy kín, để nơi thoáng mát; sau khi mở nên giữ ngăn mát.",
        "storage_en": "Keep tightly closed in a cool place; refrigerate after opening.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hũ 500 g",
                "label_en": "500 g jar",
                "sku": "KBN-MCL-500",
                "price": 70_000,
                "stock": 45,
                "weight_g": 750,
                "gtin": "",
            },
            {
                "label_vi": "Hũ 1 kg",
                "label_en": "1 kg jar",
                "sku": "KBN-MCL-1KG",
                "price": 130_000,
                "stock": 15,
                "weight_g": 1350,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "mot-ngay-o-tram-chim",
        "producer": "seu-xanh-tram-chim",
        "category": "destinations",
        "name_vi": "Một ngày ở Vườn quốc gia Tràm Chim",
        "name_en": "A day at Tràm Chim National Park",
        "short_vi": (
            "Đi xuồng máy và xuồng ba lá vào vùng lõi, ngắm chim nước, sen súng và đồng cỏ năng"
        ),
        "short_en": (
            "Motorboat and sampan into the core zone to watch water birds, lilies and sedge meadows"
        ),
        "description_vi": (
            "Tràm Chim là vùng đất ngập nước tiêu biểu còn lại của Đồng Tháp Mười và là khu Ramsar "
            "của Việt Nam. Hướng dẫn viên địa phương đưa khách đi xuồng máy theo các kênh lớn, sau "
            "đó chuyển sang xuồng ba lá len vào những lối nước hẹp giữa rừng tràm và đồng cỏ năng. "
            "Mùa khô là lúc dễ gặp cò, diệc, le le và nhiều loài chim nước; sếu đầu đỏ nay chỉ "
            "thỉnh thoảng xuất hiện nên tour không hứa hẹn được. Giá vé đã gồm vé vào vườn, xuồng, "
            "ống nhòm, bữa trưa đồng quê và nước uống."
        ),
        "description_en": (
            "Tràm Chim is one of the last typical wetlands of the Plain of Reeds and one of "
            "Vietnam's Ramsar sites. Local guides take you by motorboat along the main canals, "
            "then switch to a small sampan to slip through narrow channels between melaleuca "
            "forest and sedge meadows. The dry season is the best time for egrets, herons, "
            "whistling ducks and many other water birds; sarus cranes now appear only "
            "occasionally, so they cannot be promised. The price includes park entry, boats, "
            "binoculars, a country lunch and drinking water."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0281",
        "certified_days_ago": 430,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "",
        "storage_en": "",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Vé người lớn",
                "label_en": "Adult ticket",
                "sku": "SXT-TC1N-NL",
                "price": 650_000,
                "stock": 24,
                "weight_g": 0,
                "gtin": "",
            },
            {
                "label_vi": "Vé trẻ em (6–11 tuổi)",
                "label_en": "Child ticket (6–11 years)",
                "sku": "SXT-TC1N-TE",
                "price": 400_000,
                "stock": 10,
                "weight_g": 0,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "trai-nghiem-mua-nuoc-noi",
        "producer": "seu-xanh-tram-chim",
        "category": "community-tourism",
        "name_vi": "Trải nghiệm mùa nước nổi Tràm Chim",
        "name_en": "Flood-season experience at Tràm Chim",
        "short_vi": (
            "Giăng lưới, thăm lọp, hái bông điên điển và nấu bữa trưa cùng ngư dân (tháng 8–11)"
        ),
        "short_en": (
            "Set nets, check fish traps, pick sesbania flowers and cook lunch with fishermen "
            "(Aug–Nov)"
        ),
        "description_vi": (
            "Từ tháng Tám đến tháng Mười Một, nước lũ tràn đồng, cả vùng Tam Nông biến thành biển "
            "nước mênh mông. Khách theo chân ngư dân chèo xuồng đi giăng lưới, thăm lọp và hái "
            "bông điên điển vàng rực dọc bờ kênh. Cá tôm bắt được nấu ngay trên nhà sàn: cá linh "
            "kho lạt, canh chua bông điên điển, cá lóc nướng trui. Chương trình kéo dài nửa ngày, "
            "tùy mực nước và thời tiết; nếu phải hủy vì mưa bão, khách được hoàn tiền đầy đủ."
        ),
        "description_en": (
            "From August to November the floods spread across the fields and Tam Nông becomes a "
            "vast sheet of water. Guests paddle out with local fishermen to set nets, check fish "
            "traps and pick bright-yellow sesbania flowers along the canals. The catch is cooked "
            "straight away in a stilt house: lightly braised mud carp, sour soup with sesbania "
            "flowers, straw-grilled snakehead. The half-day programme depends on water levels and "
            "weather; if it is cancelled for storms, you get a full refund."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2026-0044",
        "certified_days_ago": 240,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "",
        "storage_en": "",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Vé người lớn",
                "label_en": "Adult ticket",
                "sku": "SXT-MNN-NL",
                "price": 450_000,
                "stock": 20,
                "weight_g": 0,
                "gtin": "",
            },
            {
                "label_vi": "Vé trẻ em (6–11 tuổi)",
                "label_en": "Child ticket (6–11 years)",
                "sku": "SXT-MNN-TE",
                "price": 250_000,
                "stock": 10,
                "weight_g": 0,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "dua-bong-dien-dien",
        "producer": "seu-xanh-tram-chim",
        "category": "processed-food",
        "name_vi": "Dưa bông điên điển",
        "name_en": "Pickled sesbania flowers",
        "short_vi": "Bông điên điển mùa nước nổi muối chua, ăn kèm cá kho, thịt kho",
        "short_en": "Flood-season sesbania flowers pickled sour, to eat with braised fish or pork",
        "description_vi": (
            "Bông điên điển nở vàng dọc bờ kênh mỗi mùa nước nổi và là món rau đồng quen thuộc của "
            "người Tam Nông. Hoa được hái sớm, nhặt sạch, muối với nước muối đường và một ít ớt "
            "theo cách muối dưa của các bà. Sau vài ngày, dưa có vị chua giòn, hơi ngọt, ăn kèm cá "
            "kho tộ hay thịt kho đều rất hợp. Làm từ nguồn hoa theo mùa nên số lượng có hạn."
        ),
        "description_en": (
            "Sesbania flowers bloom yellow along the canals every flood season and are a familiar "
            "wild vegetable in Tam Nông. They are picked early, cleaned and pickled in salted, "
            "sweetened brine with a little chilli, the way grandmothers make pickles. After a few "
            "days they are sour, crunchy and faintly sweet, perfect with clay-pot fish or braised "
            "pork. Made from a seasonal harvest, so quantities are limited."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2023-0142",
        "certified_days_ago": 1300,
        "certifications": [],
        "ingredients_vi": "Bông điên điển, muối, đường, ớt",
        "ingredients_en": "Sesbania flowers, salt, sugar, chilli",
        "shelf_life_vi": "2 tháng",
        "shelf_life_en": "2 months",
        "storage_vi": "Giữ ngăn mát sau khi mở nắp.",
        "storage_en": "Refrigerate after opening.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hũ 500 g",
                "label_en": "500 g jar",
                "sku": "SXT-DDD-500",
                "price": 45_000,
                "stock": 30,
                "weight_g": 750,
                "gtin": "",
            },
            {
                "label_vi": "Hũ 1 kg",
                "label_en": "1 kg jar",
                "sku": "SXT-DDD-1KG",
                "price": 80_000,
                "stock": 10,
                "weight_g": 1350,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "gao-thom-dong-thap-muoi",
        "producer": "dong-sen-tan-hong",
        "category": "rice-noodles",
        "name_vi": "Gạo thơm đồng Tháp Mười",
        "name_en": "Plain of Reeds fragrant rice",
        "short_vi": "Gạo thơm hạt dài, cơm mềm dẻo vừa, thơm nhẹ; canh tác theo VietGAP",
        "short_en": (
            "Long-grain fragrant rice, soft and lightly sticky with a gentle aroma, grown to "
            "VietGAP"
        ),
        "description_vi": (
            "Gạo được trồng trên cánh đồng lớn của hợp tác xã ở Tân Hồng, nơi đất được bồi phù sa "
            "sau mỗi mùa lũ. Cả vùng xuống giống cùng lịch, giảm lượng phân thuốc và ghi chép theo "
            "VietGAP. Lúa được gặt đúng độ chín, sấy ngay, xay xát và lau bóng tại địa phương rồi "
            "đóng túi hút chân không. Hạt gạo dài, trong; cơm mềm, dẻo vừa, để nguội vẫn không bị "
            "khô cứng."
        ),
        "description_en": (
            "The rice is grown in the cooperative's large shared fields in Tân Hồng, where the "
            "soil is renewed with silt after every flood. The whole area sows on one calendar, "
            "cuts back on fertiliser and sprays, and keeps VietGAP records. The paddy is harvested "
            "at the right ripeness, dried straight away, milled and polished locally, then "
            "vacuum-packed. The grains are long and translucent; the cooked rice is soft and "
            "slightly sticky, and stays tender even when cool."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0150",
        "certified_days_ago": 590,
        "certifications": ["VietGAP"],
        "ingredients_vi": "100% gạo",
        "ingredients_en": "100% rice",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Để nơi khô ráo, thoáng mát, tránh côn trùng.",
        "storage_en": "Store cool and dry, protected from insects.",
        "featured": True,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Túi 2 kg",
                "label_en": "2 kg bag",
                "sku": "DSH-GT-2KG",
                "price": 52_000,
                "stock": 150,
                "weight_g": 2100,
                "gtin": "8937460200294",
            },
            {
                "label_vi": "Túi 5 kg",
                "label_en": "5 kg bag",
                "sku": "DSH-GT-5KG",
                "price": 125_000,
                "stock": 90,
                "weight_g": 5200,
                "gtin": "",
            },
            {
                "label_vi": "Bao 10 kg",
                "label_en": "10 kg sack",
                "sku": "DSH-GT-10KG",
                "price": 240_000,
                "stock": 40,
                "weight_g": 10300,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "gao-lut-do-huu-co",
        "producer": "dong-sen-tan-hong",
        "category": "rice-noodles",
        "name_vi": "Gạo lứt đỏ hữu cơ",
        "name_en": "Organic red brown rice",
        "short_vi": "Gạo lứt đỏ trồng hữu cơ, hạt chắc, thơm bùi; nấu cơm hoặc rang pha trà",
        "short_en": (
            "Organically grown red brown rice, firm and nutty — cook it or roast it for tea"
        ),
        "description_vi": (
            "Gạo lứt đỏ được trồng trên khu ruộng riêng của hợp tác xã, không dùng phân bón và "
            "thuốc bảo vệ thực vật hóa học, cỏ được làm bằng tay. Lúa chỉ được xay bỏ vỏ trấu, giữ "
            "lại lớp cám đỏ bên ngoài. Cơm gạo lứt hơi dai, thơm bùi; nên ngâm gạo 2–3 giờ trước "
            "khi nấu. Gạo cũng có thể rang vàng để pha trà gạo lứt."
        ),
        "description_en": (
            "The red rice is grown in a separate field of the cooperative without chemical "
            "fertilisers or pesticides, and weeded by hand. It is only hulled, so the red bran "
            "layer stays on. The cooked rice is slightly chewy and nutty; soak it for 2–3 hours "
            "before cooking. It can also be roasted golden to make brown-rice tea."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0151",
        "certified_days_ago": 590,
        "certifications": ["organic"],
        "ingredients_vi": "100% gạo lứt đỏ",
        "ingredients_en": "100% red brown rice",
        "shelf_life_vi": "9 tháng",
        "shelf_life_en": "9 months",
        "storage_vi": "Đóng kín, để nơi khô mát; nên giữ ngăn mát sau khi mở.",
        "storage_en": "Keep sealed in a cool, dry place; refrigerate once opened.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Túi 1 kg",
                "label_en": "1 kg bag",
                "sku": "DSH-GLD-1KG",
                "price": 45_000,
                "stock": 100,
                "weight_g": 1050,
                "gtin": "",
            },
            {
                "label_vi": "Túi 2 kg",
                "label_en": "2 kg bag",
                "sku": "DSH-GLD-2KG",
                "price": 85_000,
                "stock": 60,
                "weight_g": 2100,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "ruou-nep-thanh-binh",
        "producer": "ruou-nep-chu-tu",
        "category": "spirits",
        "name_vi": "Rượu nếp Thanh Bình",
        "name_en": "Thanh Bình rice spirit",
        "short_vi": "Rượu nếp trắng 40 độ nấu men lá, chưng cất bếp củi; êm, thơm mùi nếp",
        "short_en": (
            "40% white sticky-rice spirit made with leaf yeast, wood-fire distilled, smooth with a "
            "rice aroma"
        ),
        "description_vi": (
            "Rượu được nấu từ nếp trắng trồng ven sông Tiền, ủ với men lá gia truyền trong khạp "
            "sành. Khi cơm rượu đủ ngày, chú Tư chưng cất chậm trên bếp củi và chỉ lấy phần rượu "
            "giữa nồi. Rượu được để lắng ít nhất ba tháng trước khi đóng chai nên uống êm, không "
            "gắt, hậu ngọt và thơm mùi nếp. Chỉ bán cho người từ 18 tuổi trở lên; uống có trách "
            "nhiệm."
        ),
        "description_en": (
            "The spirit is made from white sticky rice grown along the Tiền River, fermented with "
            "the family's leaf yeast in earthenware jars. Once the mash is ready, Mr Tư distils it "
            "slowly over a wood fire and keeps only the heart of the run. It rests for at least "
            "three months before bottling, so it is smooth rather than harsh, with a sweet finish "
            "and the aroma of sticky rice. Sold only to customers aged 18 and over; please drink "
            "responsibly."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0330",
        "certified_days_ago": 395,
        "certifications": [],
        "ingredients_vi": "Nếp, men lá, nước",
        "ingredients_en": "Sticky rice, leaf yeast, water",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Để nơi thoáng mát, tránh ánh nắng; đậy kín nắp sau khi rót.",
        "storage_en": "Keep cool and out of the sun; close tightly after pouring.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chai 500 ml",
                "label_en": "500 ml bottle",
                "sku": "RCT-RN-500",
                "price": 70_000,
                "stock": 80,
                "weight_g": 900,
                "gtin": "",
            },
            {
                "label_vi": "Bình 2 lít",
                "label_en": "2 litre jug",
                "sku": "RCT-RN-2L",
                "price": 240_000,
                "stock": 20,
                "weight_g": 2800,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "ruou-nep-than",
        "producer": "ruou-nep-chu-tu",
        "category": "spirits",
        "name_vi": "Rượu nếp than",
        "name_en": "Black sticky-rice wine",
        "short_vi": "Rượu nếp than màu tím sẫm, ngọt nhẹ, độ rượu thấp, uống lạnh rất dễ chịu",
        "short_en": (
            "Deep-purple black sticky-rice wine, lightly sweet and low in alcohol, lovely chilled"
        ),
        "description_vi": (
            "Nếp than được đồ chín, ủ men lá thành cơm rượu, sau đó pha thêm một phần rượu nếp "
            "trắng để rượu giữ được lâu mà vẫn ngọt tự nhiên. Rượu có màu tím sẫm của vỏ nếp than, "
            "mùi thơm men và vị ngọt dịu, độ cồn khoảng 15%. Người miền Tây thường uống rượu nếp "
            "than ướp lạnh trong những dịp sum họp. Chỉ bán cho người từ 18 tuổi trở lên; uống có "
            "trách nhiệm."
        ),
        "description_en": (
            "Black sticky rice is steamed and fermented with leaf yeast into a sweet mash, then a "
            "portion of white rice spirit is added so the wine keeps while staying naturally "
            "sweet. It takes the deep purple of the black rice bran, with a yeasty aroma and "
            "gentle sweetness at around 15% alcohol. In the Mekong it is usually served chilled at "
            "family gatherings. Sold only to customers aged 18 and over; please drink responsibly."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2023-0017",
        "certified_days_ago": 1420,
        "certifications": [],
        "ingredients_vi": "Nếp than, men lá, rượu nếp trắng",
        "ingredients_en": "Black sticky rice, leaf yeast, white rice spirit",
        "shelf_life_vi": "24 tháng",
        "shelf_life_en": "24 months",
        "storage_vi": "Để nơi mát; sau khi mở nên giữ ngăn mát.",
        "storage_en": "Keep cool; refrigerate after opening.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chai 500 ml",
                "label_en": "500 ml bottle",
                "sku": "RCT-RNT-500",
                "price": 80_000,
                "stock": 35,
                "weight_g": 900,
                "gtin": "",
            },
            {
                "label_vi": "Chai 750 ml",
                "label_en": "750 ml bottle",
                "sku": "RCT-RNT-750",
                "price": 115_000,
                "stock": 12,
                "weight_g": 1300,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "chieu-lac-in-hoa",
        "producer": "chieu-hoa-lap-vo",
        "category": "handicrafts",
        "name_vi": "Chiếu lác in hoa Lấp Vò",
        "name_en": "Lấp Vò printed sedge mat",
        "short_vi": "Chiếu lác dệt tay, in hoa văn truyền thống, mát và bền, có viền vải",
        "short_en": (
            "Hand-woven sedge mat with traditional printed patterns: cool, durable and cloth-edged"
        ),
        "description_vi": (
            "Cọng lác được phơi khô, chẻ nhỏ, nhuộm màu rồi dệt trên khung gỗ thành từng lá chiếu "
            "dày và khít. Sau khi dệt, thợ in hoa văn chữ Hỷ, chữ Thọ hoặc hoa mai, hoa cúc bằng "
            "khuôn và viền mép chiếu bằng vải để chiếu bền hơn. Chiếu nằm mát vào mùa nóng, dễ lau "
            "chùi và có thể cuộn gọn. Mỗi lá chiếu là công sức của hai người thợ trong gần một "
            "ngày."
        ),
        "description_en": (
            "Sedge stems are dried, split, dyed and woven on a wooden loom into thick, tight mats. "
            "After weaving, patterns such as the double-happiness or longevity characters, apricot "
            "blossom or chrysanthemum are printed on with stencils, and the edges are bound with "
            "cloth for strength. The mats are cool to sleep on in hot weather, easy to wipe clean "
            "and roll up neatly. Each one takes two weavers most of a day."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2024-0188",
        "certified_days_ago": 800,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Thỉnh thoảng phơi nắng nhẹ; cuộn lại cất nơi khô ráo khi không dùng.",
        "storage_en": (
            "Air it in gentle sun from time to time; roll it up and store it dry when not in use."
        ),
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chiếu 1,2 m × 2 m",
                "label_en": "1.2 m × 2 m mat",
                "sku": "CHL-CIH-120",
                "price": 450_000,
                "stock": 18,
                "weight_g": 2200,
                "gtin": "",
            },
            {
                "label_vi": "Chiếu 1,6 m × 2 m",
                "label_en": "1.6 m × 2 m mat",
                "sku": "CHL-CIH-160",
                "price": 650_000,
                "stock": 12,
                "weight_g": 2900,
                "gtin": "",
            },
            {
                "label_vi": "Chiếu 1,8 m × 2 m",
                "label_en": "1.8 m × 2 m mat",
                "sku": "CHL-CIH-180",
                "price": 750_000,
                "stock": 0,
                "weight_g": 3300,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tui-lac-dan-tay",
        "producer": "chieu-hoa-lap-vo",
        "category": "handicrafts",
        "name_vi": "Túi lác đan tay",
        "name_en": "Hand-woven sedge bag",
        "short_vi": "Túi xách đan từ sợi lác nhuộm màu, quai vải bố, nhẹ và bền",
        "short_en": "Tote woven from dyed sedge with canvas handles, light and sturdy",
        "description_vi": (
            "Từ những sợi lác còn lại sau khi dệt chiếu, các chị em trong tổ hợp tác đan thành túi "
            "xách dáng vuông, có lót vải bên trong. Sợi lác được nhuộm màu hoặc giữ màu vàng rơm, "
            "đan xen thành hoa văn kẻ sọc. Túi nhẹ, dùng đi chợ, đi biển hay làm túi đựng quà đều "
            "hợp. Mỗi chiếc túi có chút khác biệt nhỏ vì được làm hoàn toàn bằng tay."
        ),
        "description_en": (
            "Using sedge left over from mat weaving, the women of the group weave square bags "
            "lined with cloth. The fibres are dyed or left straw-yellow and woven into striped "
            "patterns. The bags are light and good for market shopping, the beach or carrying "
            "gifts. Each one differs slightly because it is made entirely by hand."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0292",
        "certified_days_ago": 420,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Tránh để nơi ẩm ướt; lau bằng khăn khô.",
        "storage_en": "Keep away from damp; wipe with a dry cloth.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Túi nhỏ 25 × 20 cm",
                "label_en": "Small bag 25 × 20 cm",
                "sku": "CHL-TUI-S",
                "price": 120_000,
                "stock": 40,
                "weight_g": 300,
                "gtin": "",
            },
            {
                "label_vi": "Túi lớn 40 × 35 cm",
                "label_en": "Large bag 40 × 35 cm",
                "sku": "CHL-TUI-L",
                "price": 220_000,
                "stock": 25,
                "weight_g": 550,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "bo-gio-luc-binh",
        "producer": "luc-binh-hau-my",
        "category": "handicrafts",
        "name_vi": "Bộ giỏ lục bình đan tay",
        "name_en": "Hand-woven water hyacinth basket set",
        "short_vi": "Ba giỏ lục bình lồng nhau có nắp, dùng đựng đồ, đựng đồ chơi hoặc trang trí",
        "short_en": (
            "A nesting set of three lidded water hyacinth baskets for storage, toys or decor"
        ),
        "description_vi": (
            "Cọng lục bình được vớt từ kênh rạch, phơi nắng khoảng hai tuần cho đến khi dai và có "
            "màu nâu vàng đẹp. Thợ đan bện cọng thành sợi rồi đan quanh khung sắt sơn chống gỉ, "
            "tạo thành những chiếc giỏ chắc chắn. Bộ gồm ba giỏ lồng vào nhau, có nắp và quai cầm, "
            "hợp để đựng quần áo, đồ chơi hay làm vỏ bọc chậu cây. Sản phẩm được sấy và xử lý "
            "chống mốc trước khi đóng gói."
        ),
        "description_en": (
            "Water hyacinth is harvested from the canals and sun-dried for about two weeks until "
            "tough and a warm golden brown. Weavers twist the stems into cords and weave them "
            "around rust-proofed steel frames to make sturdy baskets. The set of three nests "
            "together, with lids and handles, for laundry, toys or as planter covers. Each piece "
            "is kiln-dried and treated against mould before packing."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0355",
        "certified_days_ago": 370,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Để nơi khô ráo; nếu bị ẩm, phơi nắng nhẹ cho khô.",
        "storage_en": "Keep dry; if it gets damp, dry it in gentle sun.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Giỏ đơn cỡ vừa",
                "label_en": "Single medium basket",
                "sku": "LBH-GIO-M",
                "price": 150_000,
                "stock": 50,
                "weight_g": 900,
                "gtin": "",
            },
            {
                "label_vi": "Bộ 3 giỏ",
                "label_en": "Set of 3",
                "sku": "LBH-GIO-SET3",
                "price": 350_000,
                "stock": 20,
                "weight_g": 2600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tham-luc-binh-tron",
        "producer": "luc-binh-hau-my",
        "category": "handicrafts",
        "name_vi": "Thảm lục bình tròn",
        "name_en": "Round water hyacinth rug",
        "short_vi": "Thảm tròn bện từ cọng lục bình, êm chân, hợp phòng khách, hiên nhà",
        "short_en": (
            "Round rug braided from water hyacinth, soft underfoot, for living rooms and porches"
        ),
        "description_vi": (
            "Thảm được bện từ những sợi lục bình dài, cuộn tròn và khâu chặt bằng tay theo hình "
            "xoắn ốc. Bề mặt thảm mềm, êm chân, có màu nâu vàng tự nhiên, hợp với phong cách nội "
            "thất mộc mạc. Thảm dùng cho phòng khách, phòng ngủ hay hiên nhà có mái che. Một tấm "
            "thảm cỡ lớn mất khoảng ba ngày để hoàn thành."
        ),
        "description_en": (
            "The rug is braided from long water hyacinth cords, coiled into a spiral and stitched "
            "tight by hand. It is soft underfoot, in a natural golden brown that suits rustic "
            "interiors. Use it in a living room, a bedroom or on a covered porch. A large rug "
            "takes about three days to finish."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0356",
        "certified_days_ago": 370,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Tránh nước, hút bụi nhẹ; phơi nắng nhẹ nếu bị ẩm.",
        "storage_en": "Keep away from water and vacuum gently; dry in light sun if damp.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Đường kính 60 cm",
                "label_en": "60 cm diameter",
                "sku": "LBH-THAM-60",
                "price": 180_000,
                "stock": 30,
                "weight_g": 1200,
                "gtin": "",
            },
            {
                "label_vi": "Đường kính 90 cm",
                "label_en": "90 cm diameter",
                "sku": "LBH-THAM-90",
                "price": 320_000,
                "stock": 15,
                "weight_g": 2400,
                "gtin": "",
            },
            {
                "label_vi": "Đường kính 120 cm",
                "label_en": "120 cm diameter",
                "sku": "LBH-THAM-120",
                "price": 520_000,
                "stock": 6,
                "weight_g": 4100,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "xoai-cat-hoa-loc",
        "producer": "trai-cay-hoa-loc",
        "category": "fresh-fruit",
        "name_vi": "Xoài cát Hòa Lộc",
        "name_en": "Hòa Lộc mango",
        "short_vi": "Xoài cát Hòa Lộc chín vàng, thịt mịn không xơ, ngọt đậm và thơm lừng",
        "short_en": (
            "Golden Hòa Lộc mangoes with silky, fibreless flesh, rich sweetness and a heady perfume"
        ),
        "description_vi": (
            "Xoài cát Hòa Lộc có nguồn gốc từ vùng Hòa Hưng, Cái Bè và được xem là một trong những "
            "giống xoài ngon nhất Việt Nam. Trái thuôn dài, nặng 400–600 g, vỏ mỏng chuyển vàng "
            "tươi khi chín; thịt vàng đậm, mịn, không xơ, ngọt sắc và thơm lừng. Vườn của hợp tác "
            "xã canh tác theo VietGAP và GlobalGAP, bao trái từ khi còn nhỏ và thu hoạch khoảng "
            "100 ngày sau khi đậu trái. Xoài được giao ở độ chín tới, chỉ cần để thêm 1–2 ngày là "
            "ăn được."
        ),
        "description_en": (
            "The Hòa Lộc mango comes from the Hòa Hưng area of Cái Bè and is considered one of "
            "Vietnam's finest mangoes. The fruit is long and oval, 400–600 g, with thin skin that "
            "turns bright yellow when ripe and deep-yellow, silky, fibreless flesh that is "
            "intensely sweet and fragrant. The cooperative's orchards are farmed to VietGAP and "
            "GlobalGAP, with fruit bagged young and harvested about 100 days after fruit set. "
            "Mangoes are shipped just mature and are ready to eat after another 1–2 days."
        ),
        "stars": 5,
        "certificate_no": "OCOP-DT-2024-0071",
        "certified_days_ago": 980,
        "certifications": ["VietGAP", "GlobalGAP"],
        "ingredients_vi": "100% xoài cát Hòa Lộc",
        "ingredients_en": "100% Hòa Lộc mango",
        "shelf_life_vi": "4–6 ngày ở nhiệt độ phòng",
        "shelf_life_en": "4–6 days at room temperature",
        "storage_vi": (
            "Để nơi thoáng mát cho xoài chín đều; khi đã chín có thể giữ ngăn mát tủ lạnh thêm 2–3 "
            "ngày."
        ),
        "storage_en": (
            "Keep in a cool, airy place to ripen evenly; once ripe, it keeps 2–3 more days in the "
            "fridge."
        ),
        "featured": True,
        "growing_area_code": "VN-TGOR-0023",
        "variants": [
            {
                "label_vi": "Túi 1 kg",
                "label_en": "1 kg bag",
                "sku": "HLC-XHL-1KG",
                "price": 90_000,
                "stock": 100,
                "weight_g": 1100,
                "gtin": "",
            },
            {
                "label_vi": "Hộp quà 3 kg",
                "label_en": "3 kg gift box",
                "sku": "HLC-XHL-GIFT3",
                "price": 280_000,
                "stock": 30,
                "weight_g": 3600,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 5 kg",
                "label_en": "5 kg carton",
                "sku": "HLC-XHL-5KG",
                "price": 440_000,
                "stock": 15,
                "weight_g": 5600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tour-ghe-vuon-trai-cay-cai-be",
        "producer": "trai-cay-hoa-loc",
        "category": "community-tourism",
        "name_vi": "Tour ghe vườn trái cây Cái Bè",
        "name_en": "Cái Bè orchard boat tour",
        "short_vi": (
            "Đi ghe trên sông Tiền, dạo vườn xoài Hòa Lộc, ăn trái cây tại vườn và dùng cơm quê"
        ),
        "short_en": (
            "Boat along the Tiền River, walk the Hòa Lộc orchards, eat fruit in the garden and "
            "share a country lunch"
        ),
        "description_vi": (
            "Khách xuống ghe tại bến Cái Bè, đi dọc sông Tiền ngắm nhà cổ và những làng nghề ven "
            "sông; chợ nổi nay đã thưa ghe nhưng vẫn còn vài ghe treo bẹo trái cây. Ghe rẽ vào con "
            "rạch nhỏ dẫn tới các vườn của hợp tác xã, nơi khách dạo vườn, nghe cách bao trái xoài "
            "và thưởng thức trái cây theo mùa ngay tại vườn. Bữa trưa có cá tai tượng chiên xù, "
            "canh chua và các món quê. Tour kéo dài khoảng 6 giờ, khởi hành lúc 8 giờ sáng."
        ),
        "description_en": (
            "Guests board at the Cái Bè landing and travel along the Tiền River past old houses "
            "and riverside craft villages; the floating market is much quieter today, though a few "
            "boats still hang their fruit from tall poles. The boat turns into a small creek "
            "leading to the cooperative's orchards, where guests walk the rows, learn how mangoes "
            "are bagged and eat seasonal fruit right in the garden. Lunch is crispy elephant-ear "
            "fish, sour soup and other country dishes. The tour lasts about six hours and leaves "
            "at 8 a.m."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0041",
        "certified_days_ago": 660,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "",
        "storage_en": "",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Vé người lớn",
                "label_en": "Adult ticket",
                "sku": "HLC-TOUR-NL",
                "price": 550_000,
                "stock": 30,
                "weight_g": 0,
                "gtin": "",
            },
            {
                "label_vi": "Vé trẻ em (6–11 tuổi)",
                "label_en": "Child ticket (6–11 years)",
                "sku": "HLC-TOUR-TE",
                "price": 350_000,
                "stock": 15,
                "weight_g": 0,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "vu-sua-lo-ren-vinh-kim",
        "producer": "vinh-kim-xanh",
        "category": "fresh-fruit",
        "name_vi": "Vú sữa Lò Rèn Vĩnh Kim",
        "name_en": "Vĩnh Kim Lò Rèn star apple",
        "short_vi": "Vú sữa Lò Rèn vỏ mỏng bóng, thịt trắng, nhiều sữa, ngọt thanh; trái 250–350 g",
        "short_en": (
            "Lò Rèn star apples with thin glossy skin and white, milky, gently sweet flesh; "
            "250–350 g each"
        ),
        "description_vi": (
            "Vú sữa Lò Rèn là giống vú sữa nổi tiếng của Vĩnh Kim, mang tên một lò rèn xưa, nơi "
            "cây được trồng đầu tiên. Trái tròn, vỏ láng màu xanh ngà, bóp nhẹ thấy mềm; thịt "
            "trắng, nhiều sữa, ngọt thanh và không chát. Vườn trồng đạt VietGAP và GlobalGAP, trái "
            "được bao túi riêng và hái bằng tay để không trầy vỏ. Mùa chính từ tháng 11 đến tháng "
            "3 năm sau."
        ),
        "description_en": (
            "Lò Rèn is the famous star apple of Vĩnh Kim, named after an old blacksmith's forge "
            "(lò rèn) where the first trees were planted. The fruit is round with glossy "
            "ivory-green skin that gives slightly when ripe, and white, milky flesh that is gently "
            "sweet without astringency. The orchards hold VietGAP and GlobalGAP certification; "
            "each fruit is bagged and picked by hand to avoid scratching the skin. The main season "
            "runs from November to March."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2024-0102",
        "certified_days_ago": 870,
        "certifications": ["VietGAP", "GlobalGAP"],
        "ingredients_vi": "100% vú sữa Lò Rèn",
        "ingredients_en": "100% Lò Rèn star apple",
        "shelf_life_vi": "3–5 ngày ở nhiệt độ phòng",
        "shelf_life_en": "3–5 days at room temperature",
        "storage_vi": (
            "Để nơi thoáng mát; khi trái chín mềm thì cho vào ngăn mát, ăn lạnh ngon hơn."
        ),
        "storage_en": "Keep cool and airy; once soft, refrigerate — it tastes best chilled.",
        "featured": False,
        "growing_area_code": "VN-TGOR-0051",
        "variants": [
            {
                "label_vi": "Túi 1 kg",
                "label_en": "1 kg bag",
                "sku": "VKX-VS-1KG",
                "price": 70_000,
                "stock": 90,
                "weight_g": 1150,
                "gtin": "",
            },
            {
                "label_vi": "Hộp quà 3 kg",
                "label_en": "3 kg gift box",
                "sku": "VKX-VS-GIFT3",
                "price": 250_000,
                "stock": 25,
                "weight_g": 3600,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 5 kg",
                "label_en": "5 kg carton",
                "sku": "VKX-VS-5KG",
                "price": 330_000,
                "stock": 12,
                "weight_g": 5700,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "chom-chom-java-vinh-kim",
        "producer": "vinh-kim-xanh",
        "category": "fresh-fruit",
        "name_vi": "Chôm chôm Java Vĩnh Kim",
        "name_en": "Vĩnh Kim Java rambutan",
        "short_vi": "Chôm chôm Java vỏ đỏ, cùi dày, tróc hạt, ngọt giòn",
        "short_en": (
            "Red Java rambutans with thick, crisp, sweet flesh that comes away from the seed"
        ),
        "description_vi": (
            "Chôm chôm Java là giống được trồng phổ biến ở Vĩnh Kim: trái to, vỏ đỏ tươi, râu còn "
            "xanh khi mới hái. Cùi dày, trắng trong, tróc hạt dễ dàng, vị ngọt giòn. Trái được hái "
            "vào sáng sớm, cắt chùm và đóng túi có lỗ thoáng để giữ tươi trên đường vận chuyển. "
            "Mùa chính từ tháng 5 đến tháng 8; ngoài mùa hàng rất ít."
        ),
        "description_en": (
            "Java is the rambutan most widely grown in Vĩnh Kim: large fruit with bright red skin "
            "and green-tipped hairs when freshly picked. The flesh is thick, translucent white, "
            "crisp and sweet, and separates easily from the seed. It is picked early in the "
            "morning, cut in bunches and packed in ventilated bags to stay fresh in transit. The "
            "main season runs from May to August; outside it, supply is very limited."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0420",
        "certified_days_ago": 345,
        "certifications": ["VietGAP"],
        "ingredients_vi": "100% chôm chôm",
        "ingredients_en": "100% rambutan",
        "shelf_life_vi": "3–4 ngày",
        "shelf_life_en": "3–4 days",
        "storage_vi": "Giữ ngăn mát trong túi có lỗ thoáng.",
        "storage_en": "Refrigerate in a ventilated bag.",
        "featured": False,
        "growing_area_code": "VN-TGOR-0064",
        "variants": [
            {
                "label_vi": "Túi 1 kg",
                "label_en": "1 kg bag",
                "sku": "VKX-CC-1KG",
                "price": 45_000,
                "stock": 3,
                "weight_g": 1100,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 5 kg",
                "label_en": "5 kg carton",
                "sku": "VKX-CC-5KG",
                "price": 210_000,
                "stock": 2,
                "weight_g": 5600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "sau-rieng-ri6-cai-lay",
        "producer": "ngu-hiep-xanh",
        "category": "fresh-fruit",
        "name_vi": "Sầu riêng Ri6 Cai Lậy",
        "name_en": "Cai Lậy Ri6 durian",
        "short_vi": "Sầu riêng Ri6 cơm vàng, hạt lép, béo ngọt; chín tự nhiên, bao ăn",
        "short_en": (
            "Ri6 durian with golden flesh and small seeds, rich and sweet; naturally ripened and "
            "guaranteed"
        ),
        "description_vi": (
            "Ri6 là giống sầu riêng được ưa chuộng ở miền Tây nhờ cơm vàng, dày, hạt lép và vị béo "
            "ngọt hài hòa. Trái được cắt khi đủ tuổi, khoảng 105–110 ngày sau khi đậu trái, và để "
            "chín tự nhiên, không dùng chất kích chín. Mỗi trái đều được gõ kiểm tra trước khi "
            "giao; nếu trái bị sượng hoặc hư, công ty đổi trái mới hoặc hoàn tiền. Ngoài trái "
            "nguyên, công ty có hộp cơm sầu riêng đã tách sẵn cho tiện."
        ),
        "description_en": (
            "Ri6 is a favourite durian in the Mekong for its thick golden flesh, small seeds and "
            "well-balanced richness and sweetness. Fruit is cut only when mature, about 105–110 "
            "days after fruit set, and ripens naturally without ripening agents. Every fruit is "
            "tapped and checked before dispatch; if one turns out underripe or spoiled, the "
            "company replaces it or refunds you. Besides whole fruit, there is a handy box of "
            "ready-separated durian flesh."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0120",
        "certified_days_ago": 600,
        "certifications": ["VietGAP"],
        "ingredients_vi": "100% sầu riêng Ri6",
        "ingredients_en": "100% Ri6 durian",
        "shelf_life_vi": "2–3 ngày sau khi chín",
        "shelf_life_en": "2–3 days once ripe",
        "storage_vi": "Để trái nơi thoáng mát cho chín; cơm đã tách giữ ngăn mát hoặc ngăn đông.",
        "storage_en": (
            "Keep whole fruit in an airy place to ripen; keep separated flesh in the fridge or "
            "freezer."
        ),
        "featured": False,
        "growing_area_code": "VN-TGOR-0088",
        "variants": [
            {
                "label_vi": "Trái nguyên khoảng 2,5 kg",
                "label_en": "Whole fruit, about 2.5 kg",
                "sku": "NHX-SR6-TRAI",
                "price": 275_000,
                "stock": 30,
                "weight_g": 2900,
                "gtin": "",
            },
            {
                "label_vi": "Hộp cơm 500 g",
                "label_en": "500 g box of flesh",
                "sku": "NHX-SR6-COM500",
                "price": 160_000,
                "stock": 25,
                "weight_g": 700,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "sau-rieng-say-thang-hoa",
        "producer": "ngu-hiep-xanh",
        "category": "sweets",
        "name_vi": "Sầu riêng sấy thăng hoa",
        "name_en": "Freeze-dried durian",
        "short_vi": "Múi sầu riêng Ri6 sấy thăng hoa, giòn xốp, tan trong miệng, không thêm đường",
        "short_en": "Freeze-dried Ri6 durian: airy, crunchy, melts in the mouth, no added sugar",
        "description_vi": (
            "Những múi sầu riêng chín đều nhất được cấp đông nhanh rồi sấy thăng hoa trong môi "
            "trường chân không, rút hết nước mà vẫn giữ nguyên hình dạng, màu sắc và hương vị. "
            "Miếng sầu riêng giòn xốp, tan ngay trong miệng, vị béo ngọt tự nhiên và mùi thơm dịu "
            "hơn trái tươi. Sản phẩm không thêm đường, không chất bảo quản. Đóng trong túi zip "
            "tráng bạc để giữ giòn lâu."
        ),
        "description_en": (
            "The most evenly ripe segments are flash-frozen and then freeze-dried under vacuum, "
            "which removes the water while keeping their shape, colour and flavour. The pieces are "
            "airy and crisp and melt straight away in the mouth, with natural richness and "
            "sweetness and a gentler smell than fresh durian. No sugar or preservatives are added. "
            "Packed in foil-lined zip bags to stay crisp."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0121",
        "certified_days_ago": 600,
        "certifications": ["HACCP"],
        "ingredients_vi": "100% sầu riêng Ri6",
        "ingredients_en": "100% Ri6 durian",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Đóng kín túi zip sau khi mở, để nơi khô mát.",
        "storage_en": "Reseal the zip bag after opening and keep cool and dry.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 100 g",
                "label_en": "100 g bag",
                "sku": "NHX-SRS-100",
                "price": 120_000,
                "stock": 70,
                "weight_g": 160,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 250 g",
                "label_en": "250 g tub",
                "sku": "NHX-SRS-250",
                "price": 280_000,
                "stock": 20,
                "weight_g": 380,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "hu-tieu-my-tho-soi-kho",
        "producer": "hu-tieu-ben-song-tien",
        "category": "rice-noodles",
        "name_vi": "Hủ tiếu Mỹ Tho sợi khô",
        "name_en": "Mỹ Tho dried rice noodles",
        "short_vi": "Sợi hủ tiếu nhỏ, dai, làm từ gạo Gò Cát, đúng kiểu hủ tiếu Mỹ Tho",
        "short_en": "Thin, chewy noodles made from Gò Cát rice, the true Mỹ Tho style",
        "description_vi": (
            "Nét riêng của hủ tiếu Mỹ Tho là sợi nhỏ, dai, trong, làm từ gạo Gò Cát có độ nở vừa "
            "phải. Bột gạo được tráng, hấp, phơi nắng trên phên tre rồi cắt sợi và sấy khô tại "
            "xưởng đạt chuẩn HACCP. Sợi hủ tiếu trụng nhanh, không bị nhão, vẫn giữ độ dai khi "
            "chan nước dùng nóng. Dùng nấu hủ tiếu nước, hủ tiếu khô hoặc xào đều ngon."
        ),
        "description_en": (
            "What sets Mỹ Tho noodles apart are their thin, chewy, translucent strands, made from "
            "Gò Cát rice that swells just the right amount. The batter is spread, steamed and "
            "sun-dried on bamboo mats, then cut and dried in a HACCP-certified workshop. The "
            "noodles blanch quickly, never go mushy and keep their bite under hot broth. Use them "
            "for noodle soup, the dry version with broth on the side, or stir-fries."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2024-0110",
        "certified_days_ago": 760,
        "certifications": ["HACCP"],
        "ingredients_vi": "Gạo Gò Cát, nước, muối",
        "ingredients_en": "Gò Cát rice, water, salt",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Để nơi khô ráo, thoáng mát.",
        "storage_en": "Keep in a cool, dry place.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 400 g",
                "label_en": "400 g pack",
                "sku": "BST-HTMT-400",
                "price": 30_000,
                "stock": 240,
                "weight_g": 440,
                "gtin": "8938126500178",
            },
            {
                "label_vi": "Thùng 20 gói 400 g",
                "label_en": "Case of 20 × 400 g",
                "sku": "BST-HTMT-20X400",
                "price": 560_000,
                "stock": 15,
                "weight_g": 9000,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "bo-hu-tieu-my-tho-kem-nuoc-dung",
        "producer": "hu-tieu-ben-song-tien",
        "category": "processed-food",
        "name_vi": "Bộ hủ tiếu Mỹ Tho kèm nước dùng",
        "name_en": "Mỹ Tho noodle soup kit",
        "short_vi": (
            "Sợi hủ tiếu khô, nước dùng xương cô đặc, tôm khô và hành phi; nấu trong 10 phút"
        ),
        "short_en": (
            "Dried noodles, concentrated bone broth, dried shrimp and fried shallots — ready in 10 "
            "minutes"
        ),
        "description_vi": (
            "Bộ hủ tiếu gồm sợi hủ tiếu Mỹ Tho, gói nước dùng ninh từ xương heo và mực khô được cô "
            "đặc, tôm khô, hành phi và gói gia vị. Chỉ cần pha nước dùng với nước sôi, trụng sợi "
            "và thêm thịt, tôm, giá, hẹ là có tô hủ tiếu đúng vị quê. Nước dùng được nấu tại xưởng "
            "theo công thức của quán hủ tiếu gia đình và tiệt trùng trong túi, không dùng chất bảo "
            "quản. Món quà tiện lợi cho người con xa xứ hay bạn bè muốn thử hương vị Mỹ Tho."
        ),
        "description_en": (
            "The kit holds Mỹ Tho noodles, a concentrated broth simmered from pork bones and dried "
            "squid, dried shrimp, fried shallots and a seasoning sachet. Just dilute the broth "
            "with boiling water, blanch the noodles and add pork, shrimp, bean sprouts and garlic "
            "chives for a bowl that tastes like home. The broth is cooked in the workshop to the "
            "family noodle shop's recipe and sterilised in its pouch, with no preservatives. A "
            "handy gift for anyone far from home, or for friends who want to try Mỹ Tho flavours."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0260",
        "certified_days_ago": 480,
        "certifications": ["HACCP"],
        "ingredients_vi": (
            "Sợi hủ tiếu, nước dùng cô đặc (xương heo, mực khô, củ cải, muối, đường), tôm khô, "
            "hành phi"
        ),
        "ingredients_en": (
            "Rice noodles, broth concentrate (pork bones, dried squid, daikon, salt, sugar), dried "
            "shrimp, fried shallots"
        ),
        "shelf_life_vi": "6 tháng",
        "shelf_life_en": "6 months",
        "storage_vi": "Để nơi khô mát, tránh ánh nắng.",
        "storage_en": "Keep in a cool, dry place out of the sun.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hộp 2 phần",
                "label_en": "Box of 2 servings",
                "sku": "BST-BHT-2P",
                "price": 85_000,
                "stock": 100,
                "weight_g": 650,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 4 phần",
                "label_en": "Box of 4 servings",
                "sku": "BST-BHT-4P",
                "price": 160_000,
                "stock": 50,
                "weight_g": 1250,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "thanh-long-ruot-do-cho-gao",
        "producer": "thanh-long-vam-kenh",
        "category": "fresh-fruit",
        "name_vi": "Thanh long ruột đỏ Chợ Gạo",
        "name_en": "Chợ Gạo red-flesh dragon fruit",
        "short_vi": "Thanh long ruột đỏ trái 400–600 g, ngọt đậm, màu đỏ tím đẹp mắt",
        "short_en": "Red-flesh dragon fruit of 400–600 g, deeply sweet with a vivid magenta colour",
        "description_vi": (
            "Thanh long ruột đỏ được trồng trên những hàng trụ thẳng tắp ở vùng đất giồng Chợ Gạo, "
            "chăm sóc theo VietGAP. Trái tròn, vỏ đỏ tươi, tai xanh; ruột đỏ tím, ngọt đậm hơn "
            "thanh long ruột trắng và ăn rất mát. Trái được hái khi chín đủ ngày, cắt cuống gọn và "
            "lau sạch trước khi đóng thùng. Ăn tươi, làm sinh tố hay trộn salad đều đẹp mắt; sắc "
            "tố đỏ có thể làm nước tiểu đổi màu tạm thời, hoàn toàn vô hại."
        ),
        "description_en": (
            "Red-flesh dragon fruit grows on straight rows of posts on Chợ Gạo's sandy ridges and "
            "is farmed to VietGAP. The fruit is round with bright red skin and green bracts; the "
            "magenta flesh is sweeter than the white kind and refreshing. It is picked when fully "
            "ripe, trimmed and wiped clean before packing. Eat it fresh, blend it into smoothies "
            "or add it to salads; the pigment can briefly colour urine, which is harmless."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0188",
        "certified_days_ago": 530,
        "certifications": ["VietGAP"],
        "ingredients_vi": "100% thanh long ruột đỏ",
        "ingredients_en": "100% red-flesh dragon fruit",
        "shelf_life_vi": "7–10 ngày",
        "shelf_life_en": "7–10 days",
        "storage_vi": "Để nơi thoáng mát hoặc trong ngăn mát tủ lạnh.",
        "storage_en": "Keep in a cool place or in the fridge.",
        "featured": False,
        "growing_area_code": "VN-TGOR-0130",
        "variants": [
            {
                "label_vi": "Túi 2 kg",
                "label_en": "2 kg bag",
                "sku": "TLV-TLD-2KG",
                "price": 70_000,
                "stock": 130,
                "weight_g": 2200,
                "gtin": "",
            },
            {
                "label_vi": "Thùng 5 kg",
                "label_en": "5 kg carton",
                "sku": "TLV-TLD-5KG",
                "price": 165_000,
                "stock": 50,
                "weight_g": 5600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "ruou-vang-thanh-long",
        "producer": "thanh-long-vam-kenh",
        "category": "spirits",
        "name_vi": "Rượu vang thanh long",
        "name_en": "Dragon fruit wine",
        "short_vi": "Vang lên men từ thanh long ruột đỏ, màu hồng ngọc, vị chua ngọt nhẹ, 12 độ",
        "short_en": (
            "Wine fermented from red dragon fruit: ruby pink, lightly sweet and tart, 12% ABV"
        ),
        "description_vi": (
            "Thanh long ruột đỏ chín được ép lấy nước, lên men chậm ở nhiệt độ thấp rồi ủ trong "
            "bồn thép không gỉ vài tháng. Rượu có màu hồng ngọc, mùi trái cây tươi và vị chua ngọt "
            "nhẹ, độ cồn khoảng 12%. Uống ngon khi ướp lạnh, hợp với hải sản và các món nướng. Chỉ "
            "bán cho người từ 18 tuổi trở lên; uống có trách nhiệm."
        ),
        "description_en": (
            "Ripe red dragon fruit is pressed, fermented slowly at low temperature and matured for "
            "a few months in stainless-steel tanks. The wine is ruby pink with fresh fruity aromas "
            "and a light sweet-tart taste, at about 12% alcohol. It is best chilled and pairs well "
            "with seafood and grilled dishes. Sold only to customers aged 18 and over; please "
            "drink responsibly."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2023-0327",
        "certified_days_ago": 1085,
        "certifications": [],
        "ingredients_vi": "Nước ép thanh long ruột đỏ, đường, men rượu vang",
        "ingredients_en": "Red dragon fruit juice, sugar, wine yeast",
        "shelf_life_vi": "36 tháng",
        "shelf_life_en": "36 months",
        "storage_vi": (
            "Đặt chai nằm ngang nơi mát, tránh ánh sáng; sau khi mở giữ lạnh và dùng trong 5 ngày."
        ),
        "storage_en": (
            "Store bottles lying down somewhere cool and dark; once opened, refrigerate and finish "
            "within 5 days."
        ),
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chai 750 ml",
                "label_en": "750 ml bottle",
                "sku": "TLV-RV-750",
                "price": 185_000,
                "stock": 40,
                "weight_g": 1300,
                "gtin": "",
            },
            {
                "label_vi": "Hộp quà 2 chai",
                "label_en": "Gift box of 2 bottles",
                "sku": "TLV-RV-2C",
                "price": 360_000,
                "stock": 10,
                "weight_g": 2800,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "thanh-long-say-deo",
        "producer": "thanh-long-vam-kenh",
        "category": "sweets",
        "name_vi": "Thanh long sấy dẻo",
        "name_en": "Soft-dried dragon fruit",
        "short_vi": "Thanh long ruột đỏ sấy dẻo, giữ màu tự nhiên, ngọt dịu, món ăn vặt tiện lợi",
        "short_en": (
            "Soft-dried red dragon fruit with natural colour and mild sweetness, an easy snack"
        ),
        "description_vi": (
            "Những trái thanh long ruột đỏ ngon nhưng chưa đạt chuẩn xuất khẩu được gọt vỏ, cắt "
            "lát và sấy ở nhiệt độ thấp. Miếng thanh long sau khi sấy dẻo mềm, giữ màu đỏ tím tự "
            "nhiên và vị ngọt dịu, hạt đen giòn lách tách. Xưởng chỉ thêm một ít đường để cân vị. "
            "Món ăn vặt tiện mang theo, trẻ nhỏ rất thích."
        ),
        "description_en": (
            "Good red dragon fruit that misses export grade is peeled, sliced and dried at low "
            "temperature. The pieces turn soft and chewy, keep their natural magenta colour and "
            "mild sweetness, and the tiny black seeds crunch. The workshop adds just a little "
            "sugar for balance. An easy snack to take along, and children love it."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2026-0027",
        "certified_days_ago": 220,
        "certifications": [],
        "ingredients_vi": "Thanh long ruột đỏ, đường",
        "ingredients_en": "Red dragon fruit, sugar",
        "shelf_life_vi": "12 tháng",
        "shelf_life_en": "12 months",
        "storage_vi": "Để nơi khô ráo, đóng kín túi sau khi mở.",
        "storage_en": "Keep dry and reseal after opening.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 200 g",
                "label_en": "200 g pack",
                "sku": "TLV-TLS-200",
                "price": 55_000,
                "stock": 90,
                "weight_g": 240,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 500 g",
                "label_en": "500 g box",
                "sku": "TLV-TLS-500",
                "price": 125_000,
                "stock": 30,
                "weight_g": 600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "mam-tom-cha-go-cong",
        "producer": "mam-tom-di-nam",
        "category": "seasonings",
        "name_vi": "Mắm tôm chà Gò Công",
        "name_en": "Gò Công shrimp paste",
        "short_vi": "Mắm tôm chà đỏ au, sệt mịn, chua ngọt cay; chấm thịt luộc, ăn với cơm nóng",
        "short_en": "Deep-red, smooth, sweet-sour-spicy shrimp paste for boiled pork or hot rice",
        "description_vi": (
            "Mắm tôm chà là đặc sản lâu đời của đất Gò Công. Tôm đất tươi được lặt đầu, trộn với "
            "muối, xôi nếp, tỏi, ớt và đường rồi chà thật nhuyễn, ủ trong khạp đến khi mắm chín và "
            "lên màu đỏ au. Mắm sệt mịn, vị chua dịu của xôi lên men hòa với vị ngọt của tôm và "
            "cay nồng của ớt. Chấm thịt heo luộc, ăn kèm cơm nóng hay dưa leo đều rất hao cơm."
        ),
        "description_en": (
            "Mắm tôm chà is a long-standing speciality of Gò Công. Fresh small shrimp are headed, "
            "mixed with salt, sticky rice, garlic, chilli and sugar, rubbed into a fine paste and "
            "aged in jars until it ripens to a deep red. The paste is thick and smooth, with the "
            "gentle sourness of fermented rice, the sweetness of shrimp and the bite of chilli. "
            "Enjoy it with boiled pork, hot rice or cucumber."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2024-0146",
        "certified_days_ago": 820,
        "certifications": [],
        "ingredients_vi": "Tôm đất, xôi nếp, muối, đường, tỏi, ớt",
        "ingredients_en": "Small shrimp, sticky rice, salt, sugar, garlic, chilli",
        "shelf_life_vi": "6 tháng",
        "shelf_life_en": "6 months",
        "storage_vi": "Giữ ngăn mát, dùng muỗng sạch và khô.",
        "storage_en": "Keep refrigerated and use a clean, dry spoon.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hũ 200 g",
                "label_en": "200 g jar",
                "sku": "MDN-MTC-200",
                "price": 75_000,
                "stock": 70,
                "weight_g": 350,
                "gtin": "",
            },
            {
                "label_vi": "Hũ 500 g",
                "label_en": "500 g jar",
                "sku": "MDN-MTC-500",
                "price": 170_000,
                "stock": 30,
                "weight_g": 750,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tom-kho-go-cong",
        "producer": "mam-tom-di-nam",
        "category": "dried-seafood",
        "name_vi": "Tôm khô Gò Công",
        "name_en": "Gò Công dried shrimp",
        "short_vi": (
            "Tôm khô đỏ tự nhiên, thịt chắc, ngọt; nấu canh, xào, làm gỏi hay ăn với củ kiệu"
        ),
        "short_en": (
            "Naturally red dried shrimp, firm and sweet — for soups, stir-fries, salads or with "
            "pickled shallots"
        ),
        "description_vi": (
            "Tôm được thu mua từ các ghe đánh bắt vùng cửa biển Gò Công, luộc sơ với nước muối rồi "
            "phơi nắng cho khô đều. Sau đó tôm được xóc cho tróc vỏ và lựa từng con, chỉ giữ loại "
            "đều, chắc thịt. Tôm khô có màu đỏ cam tự nhiên, không nhuộm phẩm, vị ngọt đậm. Tôm "
            "khô củ kiệu là món không thể thiếu trong mâm cỗ Tết miền Nam."
        ),
        "description_en": (
            "The shrimp are bought from fishing boats working the Gò Công coast, briefly boiled in "
            "brine and sun-dried until evenly dry. They are then tumbled to loosen the shells and "
            "sorted by hand, keeping only even, firm shrimp. The colour is a natural orange-red "
            "with no dye, and the taste is deeply sweet. Dried shrimp with pickled shallots is a "
            "must on the southern Tết table."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0214",
        "certified_days_ago": 500,
        "certifications": [],
        "ingredients_vi": "Tôm biển, muối",
        "ingredients_en": "Sea shrimp, salt",
        "shelf_life_vi": "6 tháng trong ngăn mát",
        "shelf_life_en": "6 months refrigerated",
        "storage_vi": "Giữ ngăn mát hoặc ngăn đông, đóng kín túi.",
        "storage_en": "Keep refrigerated or frozen in a sealed bag.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 200 g",
                "label_en": "200 g pack",
                "sku": "MDN-TK-200",
                "price": 220_000,
                "stock": 50,
                "weight_g": 260,
                "gtin": "",
            },
            {
                "label_vi": "Gói 500 g",
                "label_en": "500 g pack",
                "sku": "MDN-TK-500",
                "price": 520_000,
                "stock": 15,
                "weight_g": 600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "khom-tan-phuoc",
        "producer": "khom-tan-phuoc",
        "category": "fresh-fruit",
        "name_vi": "Khóm Tân Phước",
        "name_en": "Tân Phước pineapple",
        "short_vi": "Khóm Queen trái nhỏ, mắt sâu, thịt vàng giòn, chua ngọt đậm, thơm nồng",
        "short_en": (
            "Small Queen pineapples with deep eyes and crisp golden flesh, boldly sweet-sour and "
            "fragrant"
        ),
        "description_vi": (
            "Khóm Tân Phước thuộc giống Queen, trồng trên đất phèn vùng Đồng Tháp Mười thuộc Tiền "
            "Giang cũ. Trái nhỏ, mắt sâu, khi chín vỏ chuyển vàng cam, thịt vàng giòn, chua ngọt "
            "đậm đà và thơm nồng hơn khóm trồng nơi khác. Hợp tác xã canh tác theo VietGAP và thu "
            "hoạch khi trái vừa chín tới. Ăn tươi, ép nước, nấu canh chua hay kho cá đều ngon."
        ),
        "description_en": (
            "Tân Phước pineapple is the Queen variety, grown on the acid soils of the former Tiền "
            "Giang side of the Plain of Reeds. The fruit is small with deep eyes; when ripe the "
            "skin turns orange-gold and the flesh is golden, crisp, boldly sweet-sour and more "
            "fragrant than pineapple grown elsewhere. The cooperative farms to VietGAP and "
            "harvests when the fruit is just ripe. Eat it fresh, juice it, or cook it into sour "
            "soup or braised fish."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0066",
        "certified_days_ago": 650,
        "certifications": ["VietGAP"],
        "ingredients_vi": "100% khóm",
        "ingredients_en": "100% pineapple",
        "shelf_life_vi": "5–7 ngày",
        "shelf_life_en": "5–7 days",
        "storage_vi": "Để nơi thoáng mát; đã gọt thì giữ ngăn mát.",
        "storage_en": "Keep in a cool, airy place; refrigerate once cut.",
        "featured": False,
        "growing_area_code": "VN-TGOR-0156",
        "variants": [
            {
                "label_vi": "Túi 3 trái",
                "label_en": "Bag of 3",
                "sku": "KTP-KHOM-3T",
                "price": 39_000,
                "stock": 120,
                "weight_g": 3200,
                "gtin": "",
            },
            {
                "label_vi": "Sọt 10 trái",
                "label_en": "Crate of 10",
                "sku": "KTP-KHOM-10T",
                "price": 120_000,
                "stock": 40,
                "weight_g": 10500,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "khom-say-deo",
        "producer": "khom-tan-phuoc",
        "category": "sweets",
        "name_vi": "Khóm sấy dẻo",
        "name_en": "Soft-dried pineapple",
        "short_vi": "Khóm Tân Phước sấy dẻo, chua ngọt tự nhiên, thơm mùi khóm chín",
        "short_en": (
            "Soft-dried Tân Phước pineapple, naturally sweet-sour with the aroma of ripe fruit"
        ),
        "description_vi": (
            "Vào mùa khóm rộ, xưởng nhỏ của hợp tác xã sấy những trái khóm chín để bà con không "
            "phải bán tháo. Khóm được gọt sạch mắt, cắt lát tròn rồi sấy ở nhiệt độ thấp đến khi "
            "dẻo. Miếng khóm vàng óng, chua ngọt hài hòa và vẫn thơm mùi trái chín. Dùng ăn vặt, "
            "hoặc cắt nhỏ trộn cùng sữa chua, ngũ cốc."
        ),
        "description_en": (
            "In the peak season, the cooperative's small workshop dries ripe pineapples so growers "
            "do not have to sell them off cheaply. The fruit is peeled, its eyes cut out, sliced "
            "into rings and dried at low temperature until chewy. The slices are glossy gold with "
            "a balanced sweet-sour taste and still smell of ripe pineapple. Eat them as a snack or "
            "chop them into yoghurt and cereal."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2023-0205",
        "certified_days_ago": 1250,
        "certifications": [],
        "ingredients_vi": "Khóm, đường",
        "ingredients_en": "Pineapple, sugar",
        "shelf_life_vi": "10 tháng",
        "shelf_life_en": "10 months",
        "storage_vi": "Để nơi khô ráo, đóng kín túi sau khi mở.",
        "storage_en": "Keep dry and reseal after opening.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Gói 200 g",
                "label_en": "200 g pack",
                "sku": "KTP-KSD-200",
                "price": 45_000,
                "stock": 40,
                "weight_g": 240,
                "gtin": "",
            },
            {
                "label_vi": "Hộp 500 g",
                "label_en": "500 g box",
                "sku": "KTP-KSD-500",
                "price": 105_000,
                "stock": 12,
                "weight_g": 600,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tinh-dau-tram-ba-sao",
        "producer": "tram-gio-ba-sao",
        "category": "natural-care",
        "name_vi": "Tinh dầu tràm Ba Sao",
        "name_en": "Ba Sao cajeput oil",
        "short_vi": "Tinh dầu tràm gió chưng cất thủ công, mùi thơm ấm; xoa ngoài da, xông phòng",
        "short_en": (
            "Small-batch distilled cajeput oil with a warm scent, for external rubs and room "
            "diffusing"
        ),
        "description_vi": (
            "Lá tràm gió được thu từ những cành tỉa thưa trong rừng, chưng cất bằng hơi nước trong "
            "lò thủ công của tổ hợp tác. Tinh dầu có màu vàng nhạt, mùi thơm ấm và the mát đặc "
            "trưng. Theo thói quen của nhiều gia đình miền Tây, tinh dầu tràm được xoa ngoài da để "
            "giữ ấm hoặc nhỏ vào máy khuếch tán cho phòng thơm. Không uống; với trẻ nhỏ, người có "
            "da nhạy cảm hay phụ nữ mang thai, nên hỏi ý kiến nhân viên y tế trước khi dùng."
        ),
        "description_en": (
            "Cajeput leaves come from branches trimmed when thinning the forest and are "
            "steam-distilled in the group's small hand-run still. The oil is pale yellow with a "
            "warm, cooling, distinctive scent. Many Mekong families traditionally rub it on the "
            "skin to keep warm or add it to a diffuser to freshen a room. Not for internal use; "
            "for young children, sensitive skin or during pregnancy, ask a health professional "
            "first."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2024-0175",
        "certified_days_ago": 790,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "36 tháng",
        "shelf_life_en": "36 months",
        "storage_vi": "Đậy kín nắp, để nơi mát, tránh ánh nắng và để xa tầm tay trẻ em.",
        "storage_en": (
            "Keep tightly closed in a cool place, out of sunlight and away from children."
        ),
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Chai 30 ml",
                "label_en": "30 ml bottle",
                "sku": "TGB-TDT-30",
                "price": 60_000,
                "stock": 150,
                "weight_g": 90,
                "gtin": "",
            },
            {
                "label_vi": "Chai 100 ml",
                "label_en": "100 ml bottle",
                "sku": "TGB-TDT-100",
                "price": 170_000,
                "stock": 60,
                "weight_g": 220,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "tra-kho-qua-rung",
        "producer": "tram-gio-ba-sao",
        "category": "herbal-teas",
        "name_vi": "Trà khổ qua rừng",
        "name_en": "Wild bitter melon tea",
        "short_vi": "Khổ qua rừng thái lát, phơi và sao khô; vị đắng nhẹ, hậu ngọt",
        "short_en": (
            "Sliced, sun-dried and roasted wild bitter melon; mildly bitter with a sweet finish"
        ),
        "description_vi": (
            "Khổ qua rừng cho trái nhỏ, gai nhọn, được các hộ trồng leo giàn ven rừng tràm mà "
            "không phun thuốc. Trái, dây và lá được thái lát, phơi nắng rồi sao vàng cho dậy mùi "
            "thơm. Nước trà màu vàng nhạt, vị đắng nhẹ và hậu ngọt, theo thói quen dân gian thường "
            "được uống thay nước trong những ngày nóng. Đây là thức uống truyền thống, không thay "
            "thế thuốc chữa bệnh."
        ),
        "description_en": (
            "Wild bitter melon bears small, spiky fruit and is grown on trellises at the edge of "
            "the melaleuca forest without spraying. The fruit, vines and leaves are sliced, "
            "sun-dried and roasted golden to bring out their aroma. The tea is pale gold, mildly "
            "bitter with a sweet aftertaste, and traditionally drunk in place of water on hot "
            "days. It is a traditional drink, not a substitute for medicine."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0301",
        "certified_days_ago": 410,
        "certifications": [],
        "ingredients_vi": "100% khổ qua rừng (trái, dây, lá)",
        "ingredients_en": "100% wild bitter melon (fruit, vine and leaves)",
        "shelf_life_vi": "18 tháng",
        "shelf_life_en": "18 months",
        "storage_vi": "Đậy kín, để nơi khô mát.",
        "storage_en": "Keep airtight in a cool, dry place.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Hộp 25 túi lọc",
                "label_en": "Box of 25 tea bags",
                "sku": "TGB-KQR-25TL",
                "price": 55_000,
                "stock": 80,
                "weight_g": 120,
                "gtin": "",
            },
            {
                "label_vi": "Gói 200 g",
                "label_en": "200 g pack",
                "sku": "TGB-KQR-200",
                "price": 75_000,
                "stock": 45,
                "weight_g": 240,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "rung-tram-ba-sao",
        "producer": "tram-gio-ba-sao",
        "category": "destinations",
        "name_vi": "Vé tham quan rừng tràm Ba Sao",
        "name_en": "Ba Sao melaleuca forest ticket",
        "short_vi": "Đi xuồng xuyên rừng tràm, xem chưng cất tinh dầu, câu cá và ăn trưa dân dã",
        "short_en": (
            "Sampan ride through the melaleuca forest, oil distilling, fishing and a rustic lunch"
        ),
        "description_vi": (
            "Rừng tràm Ba Sao giữ lại dáng vẻ hoang sơ của Đồng Tháp Mười xưa, với những hàng tràm "
            "thẳng tắp soi bóng trên mặt nước. Khách đi xuồng ba lá len giữa rừng, nghe tiếng chim "
            "và xem người dân chưng cất tinh dầu tràm ngay tại lò. Có hai loại vé: vé tham quan "
            "gồm xuồng và hướng dẫn viên, hoặc vé trọn ngày kèm câu cá và bữa trưa dân dã. Nên "
            "mang theo nón, kem chống nắng và thuốc chống muỗi."
        ),
        "description_en": (
            "The Ba Sao melaleuca forest keeps the wild look of the old Plain of Reeds, with "
            "straight rows of trees mirrored in the water. Guests glide through the forest in a "
            "small sampan, listen to the birds and watch locals distil cajeput oil at the still. "
            "There are two tickets: the visit with boat and guide, or the full day including "
            "fishing and a rustic lunch. Bring a hat, sunscreen and insect repellent."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0302",
        "certified_days_ago": 410,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "",
        "storage_en": "",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Vé tham quan",
                "label_en": "Visit ticket",
                "sku": "TGB-VE-TQ",
                "price": 150_000,
                "stock": 40,
                "weight_g": 0,
                "gtin": "",
            },
            {
                "label_vi": "Vé trọn ngày kèm bữa trưa",
                "label_en": "Full day with lunch",
                "sku": "TGB-VE-TN",
                "price": 320_000,
                "stock": 20,
                "weight_g": 0,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "khan-choang-det-tay-hong-ngu",
        "producer": "det-dau-nguon",
        "category": "fabric-garments",
        "name_vi": "Khăn choàng dệt tay Hồng Ngự",
        "name_en": "Hồng Ngự hand-woven scarf",
        "short_vi": "Khăn choàng dệt trên khung gỗ, sợi cotton pha lụa, hoa văn truyền thống",
        "short_en": "Scarf woven on a wooden loom in a cotton-silk blend with traditional patterns",
        "description_vi": (
            "Mỗi chiếc khăn được dệt trên khung gỗ đạp chân, từng đường thoi đều do tay thợ điều "
            "khiển. Sợi cotton pha lụa cho khăn mềm, nhẹ, thoáng, dùng được cả mùa nắng lẫn những "
            "ngày se lạnh. Hoa văn hình thoi, răng cưa và sọc màu do các thợ dệt lớn tuổi truyền "
            "lại, phối theo tông màu đất và sen hồng. Một chiếc khăn cần từ một đến ba ngày dệt, "
            "tùy độ phức tạp của hoa văn."
        ),
        "description_en": (
            "Every scarf is woven on a foot-treadle wooden loom, with each pass of the shuttle "
            "guided by hand. The cotton-silk yarn makes the scarves soft, light and breathable, "
            "for both sunny days and cooler evenings. Diamond, sawtooth and stripe patterns are "
            "handed down by older weavers and coloured in earth tones and lotus pink. A scarf "
            "takes one to three days depending on the pattern."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2025-0110",
        "certified_days_ago": 615,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Giặt tay nhẹ bằng nước lạnh, phơi trong bóng râm.",
        "storage_en": "Hand-wash gently in cold water and dry in the shade.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Khăn 40 × 180 cm",
                "label_en": "40 × 180 cm scarf",
                "sku": "DDN-KC-40",
                "price": 280_000,
                "stock": 25,
                "weight_g": 150,
                "gtin": "",
            },
            {
                "label_vi": "Khăn 60 × 200 cm",
                "label_en": "60 × 200 cm scarf",
                "sku": "DDN-KC-60",
                "price": 420_000,
                "stock": 12,
                "weight_g": 220,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "khan-ran-det-tay",
        "producer": "det-dau-nguon",
        "category": "fabric-garments",
        "name_vi": "Khăn rằn dệt tay",
        "name_en": "Hand-woven khăn rằn checked scarf",
        "short_vi": (
            "Khăn rằn ca-rô đen trắng truyền thống của người Nam Bộ, dệt tay bằng sợi cotton"
        ),
        "short_en": (
            "The classic black-and-white checked scarf of southern Vietnam, hand-woven in cotton"
        ),
        "description_vi": (
            "Khăn rằn là hình ảnh quen thuộc của người Nam Bộ: quàng cổ khi ra đồng, trùm đầu khi "
            "trời nắng hay buộc ngang lưng khi làm lụng. Tổ hợp tác dệt khăn rằn bằng sợi cotton "
            "trên khung gỗ, ô ca-rô đều, hai đầu có tua. Khăn thấm mồ hôi tốt, càng giặt càng mềm. "
            "Ngoài màu đen trắng truyền thống còn có các màu nâu, xanh đậm và đỏ."
        ),
        "description_en": (
            "The khăn rằn is an icon of southern Vietnam: worn round the neck in the fields, over "
            "the head in the sun or tied at the waist for work. The group weaves it in cotton on "
            "wooden looms, with even checks and fringed ends. It absorbs sweat well and gets "
            "softer with every wash. Besides traditional black and white, it comes in brown, dark "
            "blue and red."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2025-0111",
        "certified_days_ago": 615,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Giặt tay hoặc giặt máy chế độ nhẹ; không dùng thuốc tẩy.",
        "storage_en": "Hand-wash or use a gentle machine cycle; no bleach.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "1 khăn",
                "label_en": "Single scarf",
                "sku": "DDN-KR-1",
                "price": 95_000,
                "stock": 80,
                "weight_g": 90,
                "gtin": "",
            },
            {
                "label_vi": "Bộ 3 khăn",
                "label_en": "Set of 3",
                "sku": "DDN-KR-3",
                "price": 260_000,
                "stock": 30,
                "weight_g": 260,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "ao-ba-ba-lua-may-tay",
        "producer": "ba-ba-sen-hong",
        "category": "fabric-garments",
        "name_vi": "Áo bà ba lụa may tay",
        "name_en": "Hand-tailored silk áo bà ba",
        "short_vi": "Áo bà ba lụa tơ tằm pha, cổ tròn, tà xẻ, hai túi trước; nhiều màu",
        "short_en": (
            "Silk-blend áo bà ba with a round collar, side slits and two front pockets, in many "
            "colours"
        ),
        "description_vi": (
            "Áo bà ba là trang phục truyền thống của phụ nữ Nam Bộ, gắn với hình ảnh sông nước "
            "miền Tây. Áo được may bằng lụa tơ tằm pha, mặt vải mềm, rủ và mát khi mặc. Cô Mai giữ "
            "dáng áo truyền thống: cổ tròn, tay dài, tà xẻ hai bên, hai túi phía trước và hàng nút "
            "bấm dọc thân. Khách có thể chọn màu trắng, tím sen, xanh ngọc hoặc nâu đất; tiệm nhận "
            "may đo theo số đo riêng."
        ),
        "description_en": (
            "The áo bà ba is the traditional blouse of southern Vietnamese women and a symbol of "
            "river life in the Mekong. It is made from a silk blend that is soft, drapes well and "
            "feels cool to wear. Ms Mai keeps the traditional cut: round collar, long sleeves, "
            "slits on both sides, two front pockets and a row of snap buttons. Choose white, lotus "
            "purple, jade or earth brown; made-to-measure orders are welcome."
        ),
        "stars": 3,
        "certificate_no": "OCOP-DT-2024-0210",
        "certified_days_ago": 720,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Giặt tay bằng nước lạnh, không vắt mạnh, ủi ở nhiệt độ thấp.",
        "storage_en": "Hand-wash in cold water, do not wring, iron on low heat.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Cỡ M",
                "label_en": "Size M",
                "sku": "BSH-BBL-M",
                "price": 650_000,
                "stock": 8,
                "weight_g": 300,
                "gtin": "",
            },
            {
                "label_vi": "Cỡ L",
                "label_en": "Size L",
                "sku": "BSH-BBL-L",
                "price": 650_000,
                "stock": 6,
                "weight_g": 320,
                "gtin": "",
            },
            {
                "label_vi": "Cỡ XL",
                "label_en": "Size XL",
                "sku": "BSH-BBL-XL",
                "price": 680_000,
                "stock": 3,
                "weight_g": 340,
                "gtin": "",
            },
        ],
    },
    {
        "slug": "khan-choang-pha-to-sen",
        "producer": "ba-ba-sen-hong",
        "category": "fabric-garments",
        "name_vi": "Khăn choàng pha tơ sen",
        "name_en": "Lotus-fibre blend scarf",
        "short_vi": "Khăn dệt tay từ tơ sen Tháp Mười pha lụa; mềm, nhẹ, số lượng có hạn",
        "short_en": (
            "Hand-woven scarf of Tháp Mười lotus fibre blended with silk — soft, light, limited run"
        ),
        "description_vi": (
            "Tơ sen được rút bằng tay từ cuống sen hồng Tháp Mười: cuống sen được bẻ, kéo ra những "
            "sợi tơ mảnh rồi se lại trên mặt bàn ẩm. Cần hàng nghìn cuống sen cho một chiếc khăn, "
            "nên tơ sen được pha thêm lụa tơ tằm để khăn bền hơn và giá vừa phải hơn. Khăn có màu "
            "kem tự nhiên, mặt vải hơi sần, nhẹ và thoáng. Mỗi chiếc khăn kèm một tấm thẻ ghi tên "
            "người kéo tơ và người dệt."
        ),
        "description_en": (
            "Lotus fibre is drawn by hand from the stems of Tháp Mười's pink lotus: each stem is "
            "snapped, the fine threads are pulled out and rolled together on a damp table. A "
            "single scarf needs thousands of stems, so the lotus fibre is blended with silk to "
            "make it more durable and more affordable. The scarf is a natural cream colour with a "
            "slightly textured surface, light and airy. Each one comes with a card naming the "
            "spinner and the weaver."
        ),
        "stars": 4,
        "certificate_no": "OCOP-DT-2026-0062",
        "certified_days_ago": 120,
        "certifications": [],
        "ingredients_vi": "",
        "ingredients_en": "",
        "shelf_life_vi": "",
        "shelf_life_en": "",
        "storage_vi": "Giặt khô hoặc giặt tay thật nhẹ bằng nước lạnh; phơi trong bóng râm.",
        "storage_en": "Dry-clean or hand-wash very gently in cold water; dry in the shade.",
        "featured": False,
        "growing_area_code": "",
        "variants": [
            {
                "label_vi": "Khăn 30 × 160 cm",
                "label_en": "30 × 160 cm scarf",
                "sku": "BSH-KTS-30",
                "price": 780_000,
                "stock": 5,
                "weight_g": 120,
                "gtin": "",
            },
            {
                "label_vi": "Khăn 50 × 180 cm",
                "label_en": "50 × 180 cm scarf",
                "sku": "BSH-KTS-50",
                "price": 1_250_000,
                "stock": 2,
                "weight_g": 160,
                "gtin": "",
            },
        ],
    },
]
