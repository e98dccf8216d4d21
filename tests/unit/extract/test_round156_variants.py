"""Markup shapes of round 156's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong-2026"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_a_libraries_entry_with_its_files_fields_is_a_document_entry() -> None:
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    body = (
        "<div class='duong-dan'><a href='/'>Trang chủ</a> » <a href='/TaiLieu/'>Thư viện điện tử</a> » <span>Giáo trình</span></div>"
        "<div class='chi-tiet'><span class='ten-tl'>Giáo trình bồi dưỡng kỹ năng lãnh đạo, quản lý cấp cơ sở</span>"
        f"<div class='mo-ta'><b>{_P1}</b></div><div class='noi-dung'><p>{_P2}</p><p>{_P1}</p>"
        "<table class='tt'><tr><td>Loại tài liệu:</td><td>Giáo trình</td></tr><tr><td>Số trang:</td><td>186</td></tr><tr><td>Lượt tải:</td><td>41</td></tr></table>"
        "<p><a href='/Upload/TaiLieu/giao-trinh-ky-nang-lanh-dao.pdf'>Tải về</a></p></div></div>"
    )
    url = "http://127.0.0.1/TaiLieu/ChiTiet.aspx?ID=12"
    plan = plan_page(parse(_page(body, "Giáo trình bồi dưỡng kỹ năng lãnh đạo, quản lý cấp cơ sở"), url), PageHints())
    assert plan.kind == "other"


def test_a_pages_index_marking_it_current_at_another_address_turns_its_pages() -> None:
    from lxml import html as lxml_html

    from crawler.extract.multipage import article_pager

    tree = lxml_html.fromstring(
        "<html><body><div class='item-page'><h2>Hội thi</h2><div class='article-index'><ul>"
        "<li><a class='toclink active' href='/tin-tuc/77-hoi-thi.html?showall=&amp;limitstart='>Khai mạc</a></li>"
        "<li><a class='toclink' href='/tin-tuc/77-hoi-thi.html?showall=&amp;start=1'>Kết quả</a></li></ul></div>"
        f"<div class='text'><p>{_P1}</p><p>{_P2}</p></div>"
        "<ul class='pager'><li><a href='/tin-tuc/77-hoi-thi.html?showall=&amp;start=1'>Tiếp</a></li></ul></div></body></html>"
    )
    content = [tree.find(".//div[@class='text']")]
    here = "http://h/component/content/article/8-tin-tuc/77-hoi-thi.html?Itemid=101"
    assert article_pager(tree, here, content).next_url == "http://h/tin-tuc/77-hoi-thi.html?showall=&start=1"


def test_nukeviets_save_and_mail_actions_in_the_query_are_never_followed() -> None:
    from crawler.navigation.urls import is_trap

    assert is_trap("http://h/index.php?language=vi&nv=news&op=savefile/tin-tuc/hoi-thi-12")
    assert is_trap("http://h/index.php?language=vi&nv=news&op=sendmail/tin-tuc/hoi-thi-12")
    assert not is_trap("http://h/index.php?language=vi&nv=news&op=tin-tuc/hoi-thi-12")


def test_a_form_asking_for_a_message_inside_the_post_is_no_text() -> None:
    body = (
        f"<div class='node'><h1>{_TITLE}</h1><div class='field-body'><p>{_P1}</p><p>{_P2}</p>"
        "<form id='gui-ban-be' method='post'><fieldset><legend>Gửi bài viết cho bạn bè</legend>"
        "<div class='form-item'><p>Điền thông tin dưới đây, hệ thống sẽ gửi cho bạn bè của bạn đường dẫn tới trang này.</p></div>"
        "<div class='form-item'><label>Email của bạn</label><input type='text' name='email'></div>"
        "<div class='form-item'><label>Lời nhắn</label><p>Mình vừa đọc được bài này trên website của trường và nghĩ bạn sẽ quan tâm.</p><textarea name='msg'></textarea></div>"
        "<input type='submit' value='Gửi'></fieldset></form></div></div>"
    )
    assert "hệ thống sẽ gửi" not in _read(body)["body"]


def test_a_photo_fields_label_is_no_text_but_an_editors_line_over_photos_is() -> None:
    photos = "<div class='field-items'><a href='/files/a.jpg'><img src='/files/thumb/a.jpg' alt=''></a><a href='/files/b.jpg'><img src='/files/thumb/b.jpg' alt=''></a></div>"
    body = (
        f"<div class='node'><h1>{_TITLE}</h1><div class='field-body'><p>{_P1}</p><p>{_P2}</p></div>"
        f"<div class='field field-type-image'><div class='field-label'>Một số hình ảnh:&nbsp;</div>{photos}</div></div>"
    )
    assert "Một số hình ảnh" not in _read(body)["body"]
    body = f"<div class='node'><h1>{_TITLE}</h1><div class='field-body'><p>{_P1}</p><p>{_P2}</p><p>Một số hình ảnh của hội thi:</p>{photos}</div></div>"
    assert "Một số hình ảnh của hội thi:" in _read(body)["body"]


def test_a_views_label_over_a_record_loses_as_a_headline() -> None:
    from lxml import html as lxml_html

    from crawler.core.text import fold
    from crawler.extract.content import _headline_penalty

    tree = lxml_html.fromstring(f"<div><div class='hdr'><h3>Xem Tin tức</h3></div><div class='rec'><h4>{_TITLE}</h4></div></div>")
    label, headline = tree.find(".//h3"), tree.find(".//h4")
    lost = _headline_penalty(label, "Xem Tin tức", fold("Xem Tin tức"), 0.0, True, set(), set())
    kept = _headline_penalty(headline, _TITLE, fold(_TITLE), 0.0, True, set(), set())
    assert lost is not None and kept is not None and lost <= kept - 40
