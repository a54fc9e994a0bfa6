"""Province and ward lists read as people look places up: by the name, not its kind of unit."""

from storefront import places


def test_cities_sort_by_their_name_not_under_thanh_pho():
    names = [p.name for p in places.provinces()]
    assert names[0] == "Đồng Tháp"  # the shop's own province first
    assert names.index("Thành phố Hà Nội") < names.index("Hà Tĩnh") < names.index("Hưng Yên")
    assert names.index("Thành phố Hồ Chí Minh") < names.index("Thành phố Huế")
    assert names.index("Cà Mau") < names.index("Thành phố Cần Thơ") < names.index("Cao Bằng")
    assert names.index("Thanh Hóa") < names.index("Tuyên Quang")


def test_wards_sort_by_their_name_without_xa_or_phuong():
    names = [w.name for w in places.wards_of(1)]  # Hà Nội
    assert len(names) == 126
    bare = [places.sort_key(n)[0] for n in names]
    assert bare == sorted(bare)
    assert names.index("Phường Ba Đình") < names.index("Xã Ba Vì") < names.index("Phường Hoàn Kiếm")


def test_sort_key_drops_the_kind_of_unit():
    assert places.sort_key("Thành phố Hà Nội")[0] == "ha noi"
    assert places.sort_key("Đặc khu Phú Quốc")[0] == "phu quoc"
    assert places.sort_key("Xã Mỹ Thọ")[0] == "my tho"
    assert places.sort_key("Đồng Tháp")[0] == "dong thap"
