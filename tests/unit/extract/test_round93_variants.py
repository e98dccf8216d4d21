"""Round 93 (blind portals bizfly_builder_thpt, site123_mamnon, webnode_thcs, htmly_flatfile_pgd,
joomla4_yootheme_tct, angularjs_hashbang_sgddt): rules read on pages whose markup varies from the
fixtures'."""

from __future__ import annotations

from lxml import html

from crawler.core.bylines import bare_name, looks_like_bare_name, parse_signature
from crawler.extract import extract_article
from crawler.extract.blocks import is_hidden
from crawler.extract.document import parse
from crawler.plan import plan_page

_P1 = (
    "Sáng 03/12/2026, Phòng GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý và kế toán "
    "của 32 trường mầm non, tiểu học và trung học cơ sở trên địa bàn huyện."
)
_P2 = (
    "Các học viên được hướng dẫn cập nhật hồ sơ học sinh, quản lý thu chi và lập báo cáo thống kê trên phần mềm, "
    "thực hành ngay trên dữ liệu của đơn vị mình."
)


def _page(body: str, head: str = "") -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8">{head}</head><body><nav class="menu-chinh"><a href="/">Trang chủ</a> '
        '<a href="/tin-hoat-dong/">Tin hoạt động</a> <a href="/thong-bao/">Thông báo</a> <a href="/video/">Video</a></nav>'
        f'{body}<div class="chan-trang"><p>Phòng GD&amp;ĐT huyện Hiệp Đức. Điện thoại: 0235 3883 456.</p></div></body></html>'
    ).encode()


def test_a_doctors_specialist_grade_is_no_part_of_the_name() -> None:
    assert bare_name("BS.CKII Trần Văn Lộc") == "Trần Văn Lộc"
    assert bare_name("BSCK1 Lê Thị Hoa") == "Lê Thị Hoa"


def test_the_parents_committee_signs_and_a_parent_signs_by_the_child() -> None:
    assert looks_like_bare_name("Ban đại diện cha mẹ học sinh")
    assert parse_signature("Trần Thu Hằng (mẹ bé Na, lớp Lá 2)", closing=True).authors == ["Trần Thu Hằng"]
    assert parse_signature("Lê Văn Nam - phụ huynh em Lê Gia Bảo, lớp 7A1", closing=True).authors == ["Lê Văn Nam"]


def test_a_group_of_an_institution_named_whole_signs() -> None:
    assert looks_like_bare_name("Công đoàn cơ sở Trường THPT Nguyễn Du")
    assert not looks_like_bare_name("Công đoàn cơ sở Trường tổ chức hội thi")


def test_a_sentence_with_its_verb_is_no_signature() -> None:
    assert parse_signature("Phòng GD&ĐT đề nghị các trường tiểu học, trung tâm học tập cộng đồng phổ biến rộng rãi tới phụ huynh.", closing=True) is None
    assert parse_signature("Trần Văn Bình, Trưởng phòng GD&ĐT", closing=True).authors == ["Trần Văn Bình"]


def test_angularjs_hides_with_ng_hide() -> None:
    assert is_hidden(html.fromstring('<div class="canh-bao ng-hide" ng-show="loi">Không tìm thấy bài viết</div>'))


def test_a_link_back_to_its_list_names_the_posts_section() -> None:
    body = (
        '<main><article class="bai-dang"><a class="ve-ds" href="/thong-bao/">« Thông báo</a>'
        '<h1>Tập huấn sử dụng phần mềm quản lý trường học</h1><div class="ngay">03.12.2026</div>'
        f'<div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div></article></main>'
    )
    assert extract_article(_page(body), "http://h/bai/tap-huan-phan-mem/")["category"] == "Thông báo"


def test_a_labelled_dates_time_after_its_link() -> None:
    body = (
        '<main><article><h1>Tập huấn sử dụng phần mềm quản lý trường học</h1>'
        f'<div class="noi-dung"><p>{_P1}</p><p>{_P2}</p></div>'
        '<div class="chan-bai"><span>Ngày đăng <a href="/bai/tap-huan" rel="bookmark"><time>03 December 2026</time></a> lúc 14:10</span></div>'
        "</article></main>"
    )
    assert extract_article(_page(body), "http://h/bai/tap-huan")["published_at"] == "2026-12-03T14:10:00+07:00"


def test_a_signature_after_a_related_list_signs_the_text() -> None:
    body = (
        '<main><article><h1>Tập huấn sử dụng phần mềm quản lý trường học</h1><div class="noi-dung">'
        f"<p>{_P1}</p><p>{_P2}</p><p><b>Bài viết liên quan:</b></p>"
        '<ul><li><a href="/bai/tap-huan-2025">Tập huấn phần mềm năm 2025</a></li><li><a href="/bai/hoi-nghi">Hội nghị cán bộ quản lý</a></li></ul>'
        '<p style="text-align: right;">Nguyễn Thị Minh Thư</p></div></article></main>'
    )
    record = extract_article(_page(body), "http://h/bai/tap-huan")
    assert record["authors"] == ["Nguyễn Thị Minh Thư"]
    assert "Nguyễn Thị Minh Thư" not in record["body"]


def test_a_clip_post_whose_player_is_above_its_headline_is_a_clip() -> None:
    body = (
        '<main><article class="bai-dang"><div class="anh-dai-dien"><iframe src="https://www.youtube.com/embed/abc123xyz"></iframe></div>'
        '<h1>Phóng sự: Lớp học xóa mù chữ ở bản vùng cao</h1><div class="ngay">10.11.2026 09:00</div>'
        "<div class=\"noi-dung\"><p>Phóng sự của Đài Truyền thanh huyện về lớp học xóa mù chữ ở thôn 3, xã Phước Gia.</p></div>"
        '<div class="tac-gia-info"><h3>Quản trị</h3><p>Tài khoản quản trị trang thông tin của Phòng GD&amp;ĐT huyện, mọi ý kiến xin gửi về hộp thư của Phòng.</p></div>'
        "</article></main>"
    )
    plan = plan_page(parse(_page(body), "http://h/video/phong-su-xoa-mu-chu"))
    assert (plan.kind, plan.reason) == ("other", "video_entry")
