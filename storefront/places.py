"""Vietnamese places (34 provinces, communes and wards since 1 July 2025) from vietnam-provinces."""

from functools import cache

from vietnam_provinces import Province, ProvinceCode, Ward, WardCode

from storefront.text import fold

DONG_THAP = 82


def ward(code: int | None) -> Ward | None:
    """The ward or commune with this code, or None when the code is unknown."""
    if code is None:
        return None
    try:
        return Ward.from_code(WardCode(int(code)))
    except (ValueError, TypeError):
        return None


def is_valid_ward(code: int | None, province: int | None = None) -> bool:
    found = ward(code)
    return found is not None and (province is None or int(found.province_code) == province)


def require_ward(code: int) -> int:
    """The code itself if vietnam-provinces knows it; models refuse made-up wards."""
    if not is_valid_ward(code):
        raise ValueError(f"unknown ward or commune code: {code!r}")
    return int(code)


def ward_name(code: int | None) -> str:
    found = ward(code)
    return found.name if found else ""


def province_name(code: int) -> str:
    return Province.from_code(ProvinceCode(code)).name


def ward_label(code: int | None) -> str:
    """'Xã Lai Vung, Đồng Tháp': a location as Vietnamese addresses write it."""
    found = ward(code)
    if found is None:
        return ""
    return f"{found.name}, {province_name(int(found.province_code))}"


# The kinds of unit that lead a place's official name; people look a place up by what follows.
UNIT_TYPES = ("Thành phố ", "Tỉnh ", "Đặc khu ", "Phường ", "Xã ")


@cache
def wards_of(province: int = DONG_THAP) -> tuple[Ward, ...]:
    """All wards and communes of a province, in Vietnamese alphabetical order of their names."""
    return tuple(
        sorted(Ward.iter_by_province(ProvinceCode(province)), key=lambda w: sort_key(w.name))
    )


def sort_key(name: str) -> tuple[str, str]:
    """Order places by their name without the kind of unit ("Thành phố Hà Nội" under H,
    "Xã Mỹ Thọ" under M), ignoring case and accents."""
    bare = next((name[len(t) :] for t in UNIT_TYPES if name.startswith(t)), name)
    return (fold(bare), name)


@cache
def provinces() -> tuple[Province, ...]:
    """The 34 provinces, Đồng Tháp first, then alphabetically by name without "Thành phố"."""
    others = sorted(
        (p for p in Province.iter_all() if int(p.code) != DONG_THAP), key=lambda p: sort_key(p.name)
    )
    return (Province.from_code(ProvinceCode(DONG_THAP)), *others)


def province_of(code: int | None) -> int | None:
    found = ward(code)
    return int(found.province_code) if found else None
