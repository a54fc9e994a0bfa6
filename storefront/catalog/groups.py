"""The six OCOP product groups and their sub-categories (Decision 148/QĐ-TTg).

This is reference data, not demo data: every deployment has these groups.
Colours are the calm group colours used on cards and demo packaging.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    slug: str
    name_vi: str
    name_en: str
    colour: str
    icon: str
    subcategories: tuple[tuple[str, str, str], ...]  # (slug, name_vi, name_en)


OCOP_GROUPS: tuple[Group, ...] = (
    Group(
        "food",
        "Thực phẩm",
        "Food",
        "#A4462A",
        "food",
        (
            ("fresh-fruit", "Trái cây và nông sản tươi", "Fruit and fresh produce"),
            ("rice-noodles", "Gạo, bún và hủ tiếu", "Rice and rice noodles"),
            ("processed-food", "Thực phẩm chế biến", "Processed foods"),
            ("dried-seafood", "Khô cá và thủy sản chế biến", "Dried fish and seafood"),
            ("sweets", "Bánh, kẹo và mứt", "Cakes, sweets and jams"),
            ("tea-coffee", "Trà và cà phê", "Tea and coffee"),
            ("seasonings", "Gia vị và nước chấm", "Seasonings and sauces"),
        ),
    ),
    Group(
        "beverages",
        "Đồ uống",
        "Beverages",
        "#2A6585",
        "drink",
        (
            ("spirits", "Rượu", "Rice wines and spirits"),
            ("soft-drinks", "Nước giải khát và nước ép", "Juices and soft drinks"),
        ),
    ),
    Group(
        "herbal",
        "Thảo dược",
        "Herbal products",
        "#3F6B30",
        "leaf",
        (
            ("herbal-teas", "Trà thảo mộc", "Herbal teas"),
            ("natural-care", "Tinh dầu và mỹ phẩm thiên nhiên", "Essential oils and natural care"),
        ),
    ),
    Group(
        "textiles",
        "Vải và may mặc",
        "Textiles and garments",
        "#6E4482",
        "thread",
        (("fabric-garments", "Vải, khăn và trang phục", "Fabric, scarves and garments"),),
    ),
    Group(
        "souvenirs",
        "Lưu niệm, nội thất và trang trí",
        "Souvenirs, furniture and decoration",
        "#7A5A2E",
        "gift",
        (
            ("handicrafts", "Hàng thủ công mỹ nghệ", "Handicrafts"),
            ("flowers-plants", "Hoa và cây cảnh", "Flowers and ornamental plants"),
        ),
    ),
    Group(
        "tourism",
        "Dịch vụ du lịch cộng đồng và điểm du lịch",
        "Community tourism services and destinations",
        "#23705F",
        "map",
        (
            ("community-tourism", "Du lịch cộng đồng", "Community tourism"),
            ("destinations", "Điểm du lịch", "Tourist destinations"),
        ),
    ),
)

GROUPS_BY_SLUG = {g.slug: g for g in OCOP_GROUPS}

# Groups whose products are experiences: booked for a date on a tour, never shipped.
BOOKED_GROUPS = frozenset({"tourism"})
