"""The demo's community-tourism products are experiences: booked for a date, never shipped.
Each is linked to a tour of its own producer, made from the product's own name, description
and ticket prices; here is only what a tour needs and a product has not."""

from storefront.demo import data

EXPERIENCES: list[dict] = [
    {
        "product": "trai-nghiem-mot-ngay-dong-sen",
        "kind": "lotus",
        "duration_minutes": 480,
        "meeting_point_vi": "Nhà Út Nhàn, ấp 1, bên đầm sen",
        "meeting_point_en": "Út Nhàn's house by the lotus pond, Hamlet 1",
        "adult_price": 350_000,
        "child_price": 200_000,
        "cancellation_policy": [[5, 100], [2, 50], [0, 0]],
        "weekdays": (5, 6),
        "capacity": 16,
    },
    {
        "product": "tham-quan-vuon-quyt-hong",
        "kind": "orchard",
        "duration_minutes": 180,
        "meeting_point_vi": "Cổng vườn quýt Tư Lộc, ấp 1",
        "meeting_point_en": "The gate of Tư Lộc's mandarin orchard, Hamlet 1",
        "adult_price": 200_000,
        "child_price": 150_000,
        "cancellation_policy": [[3, 100], [1, 50], [0, 0]],
        "weekdays": (2, 5, 6),
        "capacity": 30,
    },
    {
        "product": "dap-xe-lang-hoa-sa-dec",
        "kind": "flowers",
        "duration_minutes": 240,
        "meeting_point_vi": "Văn phòng HTX Hoa Kiểng Sa Đéc Xanh, khóm 3, phường Sa Đéc",
        "meeting_point_en": "The cooperative's office, Quarter 3, Sa Đéc ward",
        "adult_price": 250_000,
        "child_price": 150_000,
        "cancellation_policy": [[3, 100], [1, 50], [0, 0]],
        "weekdays": (1, 4),
        "capacity": 12,
    },
    {
        "product": "vuon-hoa-mau-lop-cam-hoa",
        "kind": "flowers",
        "duration_minutes": 150,
        "meeting_point_vi": "Vườn hoa mẫu của hợp tác xã, khóm 3, phường Sa Đéc",
        "meeting_point_en": "The cooperative's show garden, Quarter 3, Sa Đéc ward",
        "adult_price": 180_000,
        "child_price": 120_000,
        "cancellation_policy": [[2, 100], [0, 0]],
        "weekdays": (5, 6),
        "capacity": 20,
    },
    {
        "product": "mot-ngay-o-tram-chim",
        "kind": "lotus",
        "duration_minutes": 420,
        "meeting_point_vi": "Bến tàu Vườn quốc gia Tràm Chim, khóm 2, Tam Nông",
        "meeting_point_en": "The Tràm Chim National Park boat landing, Quarter 2, Tam Nông",
        "adult_price": 650_000,
        "child_price": 400_000,
        "cancellation_policy": [[7, 100], [3, 50], [0, 0]],
        "weekdays": (0, 3, 5),
        "capacity": 14,
    },
    {
        "product": "trai-nghiem-mua-nuoc-noi",
        "kind": "lotus",
        "duration_minutes": 300,
        "meeting_point_vi": "Bến tàu Vườn quốc gia Tràm Chim, khóm 2, Tam Nông",
        "meeting_point_en": "The Tràm Chim National Park boat landing, Quarter 2, Tam Nông",
        "adult_price": 450_000,
        "child_price": 250_000,
        "cancellation_policy": [[5, 100], [2, 50], [0, 0]],
        "weekdays": (2, 6),
        "capacity": 10,
    },
    {
        "product": "tour-ghe-vuon-trai-cay-cai-be",
        "kind": "orchard",
        "duration_minutes": 420,
        "meeting_point_vi": "Bến tàu du lịch Cái Bè",
        "meeting_point_en": "The Cái Bè tourist boat landing",
        "adult_price": 550_000,
        "child_price": 350_000,
        "cancellation_policy": [[7, 100], [3, 50], [0, 0]],
        "weekdays": (1, 3, 6),
        "capacity": 20,
    },
    {
        "product": "rung-tram-ba-sao",
        "kind": "lotus",
        "duration_minutes": 240,
        "meeting_point_vi": "Cổng rừng tràm Ba Sao, ấp 3",
        "meeting_point_en": "The Ba Sao forest gate, Hamlet 3",
        "adult_price": 150_000,
        "child_price": 80_000,
        "cancellation_policy": [[2, 100], [0, 0]],
        "weekdays": (0, 2, 4, 6),
        "capacity": 30,
    },
]


def _tour(row: dict) -> dict:
    """A tour row (as tourism_data.TOURS) for an experience, named and told as its product."""
    product = next(p for p in data.PRODUCTS if p["slug"] == row["product"])
    return {
        **{key: value for key, value in row.items() if key != "product"},
        "slug": product["slug"],
        "producer": product["producer"],
        "orchard": None,
        "title_vi": product["name_vi"],
        "title_en": product["name_en"],
        "description_vi": product["description_vi"],
        "description_en": product["description_en"],
        "includes_vi": product["short_vi"],
        "includes_en": product["short_en"],
        "min_age": None,
        "notes_vi": "",
        "notes_en": "",
        "visits_adopted_trees": False,
        "seats_taken": (),
    }


TOURS: list[dict] = [_tour(row) for row in EXPERIENCES]
PRODUCT_TOURS: dict[str, str] = {row["product"]: row["product"] for row in EXPERIENCES}
