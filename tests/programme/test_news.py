"""News and policies: the office writes an article with a real cover upload, drafts stay
hidden (404), published ones are listed in the visitor's language (English falling back to
Vietnamese with a note), hostile text stays text, and the Atom and RSS feeds parse."""

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from storefront.accounts.audit import AuditEntry
from storefront.extensions import db
from storefront.media.models import MediaAsset
from storefront.programme.news_models import Article, ArticleStatus
from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> & "quotes"'


def _photo(size=(1200, 675), colour=(230, 120, 150)) -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", size, colour).save(data, "JPEG")
    data.seek(0)
    return data


def _fields(**overrides) -> dict:
    fields = {
        "kind": "programme_news",
        "title_vi": "Đồng Tháp có thêm 20 sản phẩm OCOP",
        "title_en": "",
        "slug": "",
        "summary_vi": "Hội đồng tỉnh vừa công nhận thêm sản phẩm.",
        "summary_en": "",
        "body_vi": "Đoạn thứ nhất.\n\nĐoạn thứ hai.",
        "body_en": "",
        "cover_alt_vi": "",
        "cover_alt_en": "",
        "published_on": "",
    }
    fields.update(overrides)
    return fields


@pytest.fixture
def office(auth):
    auth.login(auth.new_user(is_admin=True))
    return auth


def _write(office, **overrides):
    return office.post_form(
        "/admin/news/new?lang=en",
        _fields(**overrides),
        content_type="multipart/form-data",
    )


def _article(slug: str) -> Article:
    return db.session.scalar(sa.select(Article).where(Article.slug == slug))


def _publish(office, article: Article):
    return office.post_form(f"/admin/news/{article.id}/publish", {}, form_url="/admin/news")


def test_a_draft_is_hidden_until_published_then_listed(office, client, app):
    response = _write(office, cover=(_photo(), "hoi-cho.jpg"), cover_alt_vi="Gian hàng OCOP")
    assert response.status_code == 302
    article = _article("dong-thap-co-them-20-san-pham-ocop")
    assert article.status == ArticleStatus.DRAFT
    # The cover went through the media pipeline: a stored asset with its files on disk.
    cover = db.session.get(MediaAsset, article.cover_id)
    assert cover.width == 1200
    assert all((Path(app.config["MEDIA_ROOT"]) / name).exists() for name in cover.filenames)
    assert client.get(f"/news/{article.slug}").status_code == 404
    assert article.title_vi not in client.get("/news").get_data(as_text=True)
    assert article.title_vi not in client.get("/news/feed.atom").get_data(as_text=True)
    assert client.get(f"/admin/news/{article.id}/preview").status_code == 200

    assert _publish(office, article).status_code == 302
    page = client.get(f"/news/{article.slug}").get_data(as_text=True)
    assert article.title_vi in page and "Đoạn thứ hai." in page
    assert 'alt="Gian hàng OCOP"' in page
    assert article.title_vi in client.get("/news?kind=programme_news").get_data(as_text=True)
    assert article.title_vi not in client.get("/news?kind=consumer_info").get_data(as_text=True)
    assert article.title_vi in client.get("/").get_data(as_text=True)  # the home page's strip
    audit = db.session.scalars(
        sa.select(AuditEntry.action).where(
            AuditEntry.subject_type == "article", AuditEntry.subject_id == article.id
        )
    ).all()
    assert audit == ["news.created", "news.published"]

    office.post_form(f"/admin/news/{article.id}/unpublish", {}, form_url="/admin/news")
    assert client.get(f"/news/{article.slug}").status_code == 404


def test_english_falls_back_to_vietnamese_with_a_note(office, client):
    _write(office, slug="chi-tieng-viet")
    _write(office, slug="song-ngu", title_vi="Bài song ngữ", title_en="A bilingual article",
           body_en="The English text.")  # fmt: skip
    for slug in ("chi-tieng-viet", "song-ngu"):
        _publish(office, _article(slug))
    page = client.get("/news/chi-tieng-viet?lang=en").get_data(as_text=True)
    assert "not available in English yet" in page
    assert '<article class="wrap section article" lang="vi">' in page
    assert "Đoạn thứ nhất." in page
    page = client.get("/news/song-ngu?lang=en").get_data(as_text=True)
    assert "A bilingual article" in page and "The English text." in page
    assert "not available in English" not in page
    vietnamese = client.get("/news/song-ngu?lang=vi").get_data(as_text=True)
    assert "Bài song ngữ" in vietnamese and "The English text." not in vietnamese


def test_hostile_text_stays_text(office, client):
    body = f"## {HOSTILE}\n\n{HOSTILE}\n\n- {HOSTILE}\n- second"
    _write(office, slug="hostile", title_vi=HOSTILE, summary_vi=HOSTILE, body_vi=body)
    _publish(office, _article("hostile"))
    page = client.get("/news/hostile").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "<h2>&lt;script&gt;" in page and "<li>second</li>" in page
    feed = client.get("/news/feed.atom").get_data(as_text=True)
    ET.fromstring(feed)  # still well-formed XML
    assert "<script>" not in feed


def test_the_atom_and_rss_feeds_carry_the_published_articles(office, client):
    for n in range(3):
        _write(office, slug=f"feed-{n}", title_vi=f"Tin số {n}", published_on=f"2026-0{n + 1}-15")
        _publish(office, _article(f"feed-{n}"))
    _write(office, slug="feed-draft", title_vi="Bản nháp")
    response = client.get("/news/feed.atom")
    assert response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.get_data())
    entries = root.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert titles[:3] == ["Tin số 2", "Tin số 1", "Tin số 0"]
    assert "Bản nháp" not in titles
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert links[0].startswith("https://cho.example.vn/news/feed-2")
    assert root.find(f"{ATOM}link[@rel='self']").get("href").startswith("https://cho.example.vn/")
    rss = ET.fromstring(client.get("/news/feed.rss", headers={"Host": "evil.example"}).get_data())
    items = rss.findall("channel/item")
    assert [i.findtext("title") for i in items][:3] == ["Tin số 2", "Tin số 1", "Tin số 0"]
    assert all(i.findtext("link").startswith("https://cho.example.vn/") for i in items)


def test_bad_input_is_refused_next_to_its_field_and_nothing_is_kept(office, client):
    count = db.session.scalar(sa.select(sa.func.count(Article.id)))
    assets = db.session.scalar(sa.select(sa.func.count(MediaAsset.id)))
    not_a_photo = (io.BytesIO(b"%PDF-1.4 not a picture"), "cover.jpg")
    response = _write(office, slug="bad-cover", cover=not_a_photo, cover_alt_vi="Ảnh")
    assert response.status_code == 400
    assert "not a JPEG, PNG, WebP or HEIC picture" in response.get_data(as_text=True)
    response = _write(office, slug="no-alt", cover=(_photo(), "a.jpg"))
    assert response.status_code == 400
    assert "Describe the cover photo" in response.get_data(as_text=True)
    response = _write(office, body_vi="")
    assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(Article.id))) == count
    assert db.session.scalar(sa.select(sa.func.count(MediaAsset.id))) == assets
    _write(office, slug="taken")
    response = _write(office, slug="taken", title_vi="Bài khác")
    assert response.status_code == 400
    assert "already has this web address" in response.get_data(as_text=True)


def test_only_the_office_writes_news(auth, client):
    member = factories.member(factories.producer())
    auth.login(member.email, password=factories.PASSWORD)
    assert client.get("/admin/news").status_code == 403
    assert auth.post_form("/admin/news/new", _fields(), form_url="/portal/").status_code == 403


def test_the_news_list_takes_the_same_queries_for_more_articles(office, client, count_queries):
    def publish(n: int) -> None:
        _write(office, slug=f"tin-{n}", cover=(_photo(), "a.jpg"), cover_alt_vi="Ảnh")
        _publish(office, _article(f"tin-{n}"))

    publish(0)
    with count_queries() as few:
        client.get("/news")
    for n in range(1, 5):
        publish(n)
    with count_queries() as more:
        page = client.get("/news").get_data(as_text=True)
    assert page.count('class="news-card"') == 5
    assert len(more) == len(few)
