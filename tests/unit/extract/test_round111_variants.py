"""Markup shapes of round 111's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.core.vocab import families, is_noise_families
from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page

_P1 = (
    "Tối 24/11/2026, Câu lạc bộ Văn học của nhà trường tổ chức buổi giao lưu thơ với chủ đề “Mùa đông và những "
    "người thầy”, thu hút hơn một trăm học sinh các khối lớp tham gia."
)
_P2 = (
    "Nhiều tiết mục ngâm thơ, đọc thơ tự sáng tác được các bạn chuẩn bị công phu, để lại ấn tượng sâu sắc trong "
    "lòng thầy cô và các bạn học sinh."
)
_TITLE = "Đêm thơ “Mùa đông và những người thầy” của Câu lạc bộ Văn học"
_URL = "http://127.0.0.1/clb-van-hoc/dem-tho-mua-dong-va-nhung-nguoi-thay-7ka2"


def _html(body: str) -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{_TITLE}</title></head><body><header class="top">'
        f'<a href="/">Cộng đồng</a></header>{body}<footer><p>Trường THPT Lê Hồng Phong.</p></footer></body></html>'
    ).encode()


def test_a_series_box_over_the_text_leaves_the_post_an_article() -> None:
    series = (
        '<nav class="post-series"><h3><a href="/clb-van-hoc/series/4">Chuỗi bài: Mùa thơ 2026 (3 bài)</a></h3><ol>'
        '<li><a href="/clb-van-hoc/dem-tho-mua-thu-1ab2">Đêm thơ mùa thu của Câu lạc bộ Văn học</a></li>'
        '<li><a href="/clb-van-hoc/tho-tu-sang-tac-2cd3">Những bài thơ tự sáng tác của học sinh lớp 11</a></li></ol></nav>'
    )
    more = "".join(
        f'<div class="more-item"><a href="/clb-van-hoc/bai-{n}-x{n}y">Bài viết số {n} của Câu lạc bộ Văn học năm học này</a></div>'
        for n in (1, 2)
    )
    body = (
        f'<main><article><h1>{_TITLE}</h1><p class="meta">Ngày 25/11/2026</p>{series}<div class="post-body"><p>{_P1}</p>'
        f'<p>{_P2}</p></div></article><div class="more-from">{more}</div></main>'
    )
    assert plan_page(parse(_html(body), _URL, None)).kind == "article"


def test_a_members_profile_page_with_its_avatar_is_no_article() -> None:
    body = (
        '<main><div class="profile"><img src="/uploads/avatars/lan/photo.png" width="120" class="member-avatar" alt="">'
        '<h1>Nguyễn Thị Lan</h1><p>Lớp 10 Văn.</p></div><div class="stories"><div class="story">'
        '<a href="/lan" class="pic"><img src="/uploads/avatars/lan/photo.png" width="32" alt=""></a>'
        f'<h2><a href="/lan/bai-tho-dau-tay-9zz1">{_TITLE}</a></h2></div></div></main>'
    )
    assert plan_page(parse(_html(body), "http://127.0.0.1/lan", None)).kind != "article"


def test_an_avatars_alt_words_are_no_part_of_a_name() -> None:
    body = (
        f'<main><article><h1>{_TITLE}</h1><div class="author-card"><a href="/quantri"><img src="/u/quantri.png" width="40" '
        'alt="Ban Quản trị profile image"></a><span>Ngày 25/11/2026</span></div>'
        f'<div class="post-body"><p>{_P1}</p><p>{_P2}</p></div></article></main>'
    )
    assert not any("profile image" in a for a in extract_article(_html(body), _URL)["authors"])


def test_a_placeholder_hidden_from_assistive_technology_is_no_photo() -> None:
    body = (
        f'<main><article><h1>{_TITLE}</h1><p class="meta">Ngày 25/11/2026</p><div class="post-body"><p>{_P1}</p>'
        '<figure><img aria-hidden="true" src="/img/dem-tho.jpg?w=24&blur=20"><img src="/img/dem-tho.jpg?w=900" alt="">'
        f'<figcaption>Bạn Thu Hà ngâm thơ</figcaption></figure><p>{_P2}</p></div></article></main>'
    )
    images = extract_article(_html(body), _URL)["images"]
    assert [i["url"].rsplit("/", 1)[-1] for i in images] == ["dem-tho.jpg?w=900"]


def test_a_badge_after_a_screen_readers_label_is_no_part_of_the_headline() -> None:
    body = (
        f'<main><article><h1><span class="visually-hidden">Tin: </span>{_TITLE}<span class="badge"><i></i>Mới</span></h1>'
        f'<p class="meta">Ngày 25/11/2026</p><div class="post-body"><p>{_P1}</p><p>{_P2}</p></div></article></main>'
    )
    assert extract_article(_html(body), _URL)["title"] == _TITLE


def test_lines_a_style_keeps_are_lines() -> None:
    body = (
        f'<main><article><h1>{_TITLE}</h1><p class="meta">Ngày 25/11/2026</p><div class="post-body"><p>{_P1}</p>'
        '<p style="white-space: pre-wrap">Giải Nhất: lớp 11A1\nGiải Nhì: lớp 10A3\nGiải Ba: lớp 12A2</p>'
        f"<p>{_P2}</p></div></article></main>"
    )
    paragraphs = extract_article(_html(body), _URL)["body"].split("\n\n")
    assert paragraphs[1:4] == ["Giải Nhất: lớp 11A1", "Giải Nhì: lớp 10A3", "Giải Ba: lớp 12A2"]


def test_a_replys_longer_text_is_not_the_posts() -> None:
    reply = " ".join([_P2] * 4)
    body = (
        f'<main><div class="thread"><div class="first-post"><h1>{_TITLE}</h1><p class="meta">Ngày 25/11/2026</p>'
        f'<div class="msg"><p>{_P1}</p></div></div><div class="reply-list comments"><div class="reply"><b>phuhuynh_an</b>'
        f'<div class="msg"><p>{reply}</p></div></div></div></div></main>'
    )
    assert extract_article(_html(body), _URL)["body"] == _P1


def test_a_forums_member_content_mark_names_no_text() -> None:
    assert is_noise_families(families("Signature UserSignature userContent"))
    assert "content" not in families("Message userContent")
