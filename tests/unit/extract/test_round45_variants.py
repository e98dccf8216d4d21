"""Round 45 (blind portals ladipage_thcs, mojoportal_sgddt, bludit_pgd, dokuwiki_blog_thpt):
extraction and navigation rules, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

import pytest

from crawler.core.bylines import is_closing_line, parse_byline
from crawler.core.lines import is_boilerplate_line
from crawler.core.vocab import families
from crawler.extract import extract_article
from crawler.navigation.urls import is_trap

_PROSE = "".join(f"<p>Câu văn thứ {i} của bài viết kể về hoạt động của nhà trường trong tuần qua, đủ dài để là nội dung.</p>" for i in range(4))
_URL = "http://h/tin-tuc/hoi-nghi-tong-ket"


def _page(headline: str, text: str, around: str = "") -> str:
    return f"<html><body><div id='main'>{headline}<div class='entry-body'>{text}</div>{around}</div></body></html>"


# --- an editor's link printed to every reader (mojoportal_sgddt) ---


@pytest.mark.parametrize(
    "link",
    [
        "<a class='post-edit-link' href='/wp-admin/post.php?post=12&action=edit'>Edit</a>",
        "<span class='edit'><a href='/index.php?option=com_content&task=article.edit&a_id=7'>Chỉnh sửa</a></span>",
    ],
)
def test_an_edit_link_in_the_headline_is_no_word_of_it(link: str) -> None:
    record = extract_article(_page(f"<h1>Hội nghị tổng kết năm học {link}</h1>", _PROSE), _URL)
    assert record["title"] == "Hội nghị tổng kết năm học"


def test_a_link_named_edit_elsewhere_stays() -> None:
    text = _PROSE + "<p>Xem hướng dẫn <a href='/huong-dan/sua-loi'>Sửa</a> trên trang của Sở để biết thêm chi tiết về quy trình.</p>"
    record = extract_article(_page("<h1>Hội nghị tổng kết năm học</h1>", text), _URL)
    assert "hướng dẫn Sửa trên trang" in record["body"]


def test_edit_actions_profiles_and_wiki_views_are_not_followed() -> None:
    assert is_trap("http://h/Blog/EditPost.aspx?pageid=5&mid=12&ItemID=236")
    assert is_trap("http://h/news/edit.php?id=4")
    assert is_trap("http://h/index.php?option=com_content&task=article.edit&a_id=5")
    assert is_trap("http://h/wiki/index.php?title=Tin_tuc&action=edit")
    assert is_trap("http://h/ProfileView.aspx?userid=49")
    assert is_trap("http://h/doku.php?id=tin:a&do=revisions")
    assert is_trap("http://h/doku.php/tin/a?rev=1763612345")
    assert is_trap("http://h/wiki/index.php?title=Tin_tuc&oldid=4512")
    assert not is_trap("http://h/Blog/ViewPost.aspx?pageid=5&mid=12&ItemID=236")
    assert not is_trap("http://h/tin-tuc/bien-tap-vien-edit-video-cho-hoc-sinh.html")
    assert not is_trap("http://h/doku.php/tin/a")


# --- names run together with their record's word (mojoportal_sgddt's "blogtext") ---


def test_a_part_run_together_with_its_record_reads_as_if_apart() -> None:
    assert families("blogtext") == families("blog-text") == {"content"}
    assert families("newstags") == {"tags"}
    assert families("blogcomments") == {"comments"}
    assert families("blogroll") == frozenset()  # (no word after the record's)


def test_a_run_together_text_class_is_the_text_box() -> None:
    page = (
        "<html><body><div class='wrapper blogview'><h2 class='headline'>Hội nghị tổng kết năm học</h2>"
        f"<div class='newstext'>{_PROSE}<p style='text-align:right'><b>Lê Thị Hoa</b></p></div>"
        "<div class='newsfoot'>Chuyên mục: <a href='/cat/7'>Tin hoạt động</a></div></div></body></html>"
    )
    record = extract_article(page, _URL)
    assert "Chuyên mục" not in record["body"] and record["authors"] == ["Lê Thị Hoa"]


# --- a directive's closing without its letterhead (mojoportal_sgddt) ---


def test_closing_lines_are_posts_and_marks() -> None:
    assert is_closing_line("KT. GIÁM ĐỐC") and is_closing_line("PHÓ HIỆU TRƯỞNG") and is_closing_line("(đã ký)")
    assert is_closing_line("TM. BAN GIÁM HIỆU") and is_closing_line("[Đã ký và đóng dấu]")
    assert not is_closing_line("THÔNG BÁO") and not is_closing_line("Hiệu trưởng phát biểu khai mạc hội nghị")


def test_the_closing_above_the_signer_leaves_the_body() -> None:
    closing = "<div style='text-align:center;float:right'><p><b>TM. BAN GIÁM HIỆU</b></p><p><b>HIỆU TRƯỞNG</b></p><p><i>[Đã ký]</i></p><p><b>Trần Văn Sơn</b></p></div>"
    record = extract_article(_page("<h1>Hội nghị tổng kết năm học</h1>", _PROSE + closing), _URL)
    assert record["authors"] == ["Trần Văn Sơn"]
    assert "HIỆU TRƯỞNG" not in record["body"] and "Đã ký" not in record["body"]


def test_capitals_that_are_no_closing_stay_without_a_signer() -> None:
    text = _PROSE + "<p><b>PHÓ HIỆU TRƯỞNG</b></p><p>Câu văn cuối cùng của bài viết, nói về kế hoạch của học kỳ tới.</p>"
    record = extract_article(_page("<h1>Hội nghị tổng kết năm học</h1>", text), _URL)
    assert "PHÓ HIỆU TRƯỞNG" in record["body"]


# --- a caption opened by "Ảnh:" that describes the scene (mojoportal_sgddt) ---


@pytest.mark.parametrize(
    "line",
    ["Ảnh: Học sinh Trường Tiểu học Thạch Linh trong ngày khai trường", "Ảnh: Các đại biểu tại buổi lễ", "Ảnh: Đoàn viên đang dọn vệ sinh"],
)
def test_a_photo_label_over_a_scene_credits_nobody(line: str) -> None:
    assert parse_byline(line) is None


def test_a_photo_credit_naming_a_unit_stays_a_credit() -> None:
    assert parse_byline("Ảnh: Ban tổ chức hội thi").photographers == ["Ban tổ chức hội thi"]
    assert parse_byline("Ảnh: Lê Văn Bình, Hoàng Đức Anh").photographers == ["Lê Văn Bình", "Hoàng Đức Anh"]


# --- a copyright line opened by its sign (found on strikingly_school with its names hidden) ---


def test_a_copyright_line_opened_by_its_sign_is_chrome() -> None:
    assert is_boilerplate_line("© 2026 Trường Mầm non - Tiểu học Ngôi Sao Nhỏ. Bảo lưu mọi quyền.") == "chrome"
    assert is_boilerplate_line("Bản quyền © 2026 Trường THCS Tân Hòa") == "chrome"


# --- a short post over a deck of related cards with teasers (bludit_pgd) ---


def _plan(markup: str, url: str):  # (a PagePlan)
    from crawler.extract.document import parse
    from crawler.plan import PageHints, plan_page

    return plan_page(parse(markup.encode("utf-8"), url), PageHints(), None)


def _deck(heading: str) -> str:
    cards = "".join(
        f"<li class='teaser'><h3><a href='/bai-{i}'>Bài viết số {i} về hoạt động chuyên môn của nhà trường</a></h3>"
        f"<p>Tóm tắt của bài viết số {i}, kể lại ngắn gọn nội dung của hoạt động trong tuần ...</p></li>"
        for i in range(3)
    )
    return f"<section class='more'><h4>{heading}</h4><ul class='grid'>{cards}</ul></section>"


def test_a_short_post_over_related_cards_is_an_article() -> None:
    post = (
        "<html><body><main><h1>Thông báo nghỉ học để phòng, tránh bão số 12</h1><p class='when'>15/10/2026</p>"
        "<div class='text'><p>Do ảnh hưởng của bão số 12, học sinh toàn huyện nghỉ học ngày 16/10/2026.</p>"
        "<p>Hiệu trưởng các trường phân công trực, bảo vệ tài sản.</p></div></main>"
    )
    plan = _plan(post + _deck("Tin cùng chuyên mục") + "</body></html>", "http://h/thong-bao-nghi-hoc")
    assert plan.kind == "article"
    listing = _plan(post.replace("<h1>Thông báo nghỉ học để phòng, tránh bão số 12</h1>", "<h1>Thông báo</h1>") + _deck("Danh sách bài viết") + "</body></html>", "http://h/thong-bao")
    assert listing.kind != "article"


# --- DokuWiki: the visitor's trace beside the trail, a <title> with the site in brackets, a
# signature with a dash and the day, a home page under another address ---


def test_the_visitors_trace_is_no_trail() -> None:
    from crawler.extract.document import parse
    from crawler.extract.metadata import visible_breadcrumbs

    page = (
        "<html><body><nav class='crumbs-area'><div class='here'><ul class='crumbs'><li>Vị trí:</li>"
        " <a href='/'>Trang chủ</a> › <a href='/tin'>Tin tức</a> › <span>Hội trại 22/12</span></ul></div>"
        "<div class='history'><ol class='crumbs'><li>Dấu vết:</li><li><a href='/x'>x</a></li><li><a href='#'>hoi_trai</a></li></ol></div></nav>"
        f"<h1>Hội trại 22/12</h1>{_PROSE}</body></html>"
    )
    assert visible_breadcrumbs(parse(page.encode(), "http://h/tin/hoi-trai").tree) == ["Trang chủ", "Tin tức", "Hội trại 22/12"]


def test_another_sites_home_link_names_no_site() -> None:
    links = "<div class='links'><a href='https://sogd.example.vn'>Sở GD&amp;ĐT Phú Thọ</a> <a href='https://moet.gov.vn/'>Bộ Giáo dục và Đào tạo</a></div>"
    page = (
        f"<html><body>{links}<div class='post'><div class='entry-body'><h1>Sở GD&amp;ĐT Phú Thọ ban hành kế hoạch thi học sinh giỏi</h1>"
        f"{_PROSE}<h3>Lịch thi cụ thể của các môn</h3>{_PROSE}</div></div></body></html>"
    )
    assert extract_article(page, "http://h/tin/ke-hoach-thi")["title"] == "Sở GD&ĐT Phú Thọ ban hành kế hoạch thi học sinh giỏi"


def test_a_title_with_the_site_in_brackets_names_the_page() -> None:
    page = f"<html><head><title>Tin tức [Trường THPT Tam Nông]</title></head><body><h1>Tin tức</h1>{_PROSE}</body></html>"
    assert extract_article(page, "http://h/wiki/tin_tuc?first=6")["title"] == "Tin tức"


@pytest.mark.parametrize(
    ("line", "authors"),
    [("— Nguyễn Thị Lan 2026/11/20 08:30", ["Nguyễn Thị Lan"]), ("-- Trần Văn Hải (20.11.2026)", ["Trần Văn Hải"]), ("– Hoàng Minh Đức", ["Hoàng Minh Đức"]), ("— admin 2026/11/12 09:15", [])],
)
def test_a_signature_with_a_dash_and_the_day_signs_the_text(line: str, authors: list[str]) -> None:
    photo = "<p><img src='/anh/trai.jpg' alt=''></p>"
    for after in ("", photo):  # (under a photo it is no caption either)
        record = extract_article(_page("<h1>Hội nghị tổng kết năm học</h1>", _PROSE + after + f"<p><em>{line}</em></p>"), _URL)
        assert record["authors"] == authors and line[2:8] not in record["body"]


def test_a_list_ending_with_a_name_is_no_signature() -> None:
    text = _PROSE + "<p>Danh sách giáo viên đạt giải:</p><p>- Nguyễn Văn An</p>"
    record = extract_article(_page("<h1>Hội nghị tổng kết năm học</h1>", text), _URL)
    assert record["authors"] == [] and "- Nguyễn Văn An" in record["body"]


def test_a_page_whose_address_is_the_sites_root_is_the_home_page() -> None:
    page = f"<html><head><link rel='canonical' href='http://h/'></head><body><h1>Chào mừng đến với website của trường</h1>{_PROSE}</body></html>"
    assert _plan(page, "http://h/doku.php/start").reason == "home_page"
    elsewhere = page.replace("href='http://h/'", "href='http://other.example/'")
    assert _plan(elsewhere, "http://h/doku.php/start").reason != "home_page"


# --- found by the fixture suite once related lists under their heading were furniture ---


def test_a_download_switch_names_a_file() -> None:
    from crawler.core.urls import is_attachment

    assert is_attachment("http://h/news/thong-bao/lich-kiem-tra-2406.html?download=1&id=0")
    assert is_attachment("http://h/tai-lieu/bai-giang?dl=true")
    assert not is_attachment("http://h/news/thong-bao/lich-kiem-tra-2406.html")
    assert not is_attachment("http://h/tai-lieu?download=0")


def _clip(description: str, section: str = "Thư viện video") -> str:
    return (
        f"<html><body><div class='crumb-path'><a href='/'>Trang chủ</a> » <a href='/media'>{section}</a></div>"
        "<div class='clip'><h2>Phóng sự: Những thầy cô bám bản vùng cao</h2><p class='d'>Ngày đăng: 12/11/2026</p>"
        "<div class='player'><iframe src='https://www.youtube.com/embed/abc123XYZ' width='640' height='360'></iframe></div>"
        f"<p>{description}</p></div></body></html>"
    )


def test_a_clips_page_in_the_video_library_is_no_article() -> None:
    short = "Phóng sự của Đài PT-TH tỉnh về các thầy cô giáo cắm bản ở vùng cao."
    assert _plan(_clip(short), "http://h/media/clip?id=23").reason == "video_entry"
    long = " ".join(f"Câu thứ {i} của bài tường thuật dài về chuyến đi của đoàn công tác tới các điểm trường vùng cao." for i in range(8))
    assert _plan(_clip(long), "http://h/media/clip?id=23").reason != "video_entry"  # a report with a video
    assert _plan(_clip(short, "Tin hoạt động"), "http://h/tin/clip?id=23").reason != "video_entry"


# --- round 46 (ezpublish_sgddt, sveltekit_thpt, opencms_tct) ---


def test_view_parameters_and_send_to_friend_are_not_followed() -> None:
    assert is_trap("http://h/Tin-tuc/(sort)/published/(offset)/10")
    assert is_trap("http://h/Tin-tuc/(month)/11/(year)/2026")
    assert is_trap("http://h/content/tipafriend/1234")
    assert not is_trap("http://h/Tin-tuc/Hoat-dong-nganh/(offset)/10")
    assert not is_trap("http://h/tin-tuc/ngay-hoi-ban-be-quoc-te")


def test_a_date_archive_is_never_an_article() -> None:
    page = f"<html><body><h1>Lưu trữ tin tháng 11 năm 2026 của nhà trường</h1>{_PROSE}</body></html>"
    assert _plan(page, "http://h/blog/archive/2026/11").reason == "date_archive"
    assert _plan(page, "http://h/blog/tong-ket-2026-11").reason != "date_archive"


def test_a_folders_index_file_is_the_folder() -> None:
    from crawler.navigation.families import request_key

    assert request_key("http://h/tin-tuc/index.html?page=2") == request_key("http://h/tin-tuc/?page=2")
    assert request_key("http://h/a/index.htm") == request_key("http://h/a/")
    assert request_key("http://h/a/index.php") != request_key("http://h/a/")


def test_a_platforms_mirror_of_the_site_is_the_site_in_request_keys() -> None:
    """OpenCms serves every page again under its servlet and its static export (opencms_tct): one
    fetch of each page; a path that only starts with the same letters is another page."""
    from crawler.navigation.families import request_key

    page = request_key("http://h/tin-tuc/a/x.html")
    assert request_key("http://h/opencms/tin-tuc/a/x.html") == page
    assert request_key("http://h/export/sites/default/tin-tuc/a/x.html") == page
    assert request_key("http://h/opencmsx/tin-tuc/a/x.html") != page
    assert request_key("http://h/tin-tuc/opencms/a/x.html") != page


def test_a_trail_ending_in_the_pages_unlinked_name_is_read() -> None:
    from crawler.extract.document import parse
    from crawler.extract.metadata import visible_breadcrumbs

    trail = "<div id='where'><p><a href='/'>Trang chủ</a><span>»</span><a href='/tin'>Tin tức</a><span>»</span><a href='/tin/hd'>Hoạt động</a><span>»</span><em>Hội nghị tổng kết</em></p></div>"
    page = f"<html><body>{trail}<h1>Hội nghị tổng kết</h1>{_PROSE}</body></html>"
    assert visible_breadcrumbs(parse(page.encode(), "http://h/tin/hd/hoi-nghi").tree) == ["Trang chủ", "Tin tức", "Hoạt động", "Hội nghị tổng kết"]


@pytest.mark.parametrize(("who", "authors"), [("Phòng Khảo thí", ["Phòng Khảo thí"]), ("bientap02", [])])
def test_a_name_in_a_byline_box_over_the_text_is_no_text(who: str, authors: list[str]) -> None:
    # (the byline box inside the text's own box, as eZ Publish's "class-article" holds its
    # "attribute-byline" between the header and the text)
    head = f"<div class='hd'><h1>Hội nghị tổng kết năm học</h1></div><div class='post-byline'><p class='when'>14/08/2026 08:30</p><p>{who}</p></div>"
    record = extract_article(f"<html><body><div class='item-page'>{head}<div class='entry-body'>{_PROSE}</div></div></body></html>", _URL)
    assert record["authors"] == authors and who not in record["body"]


def test_a_meta_row_of_fields_side_by_side_gives_the_poster() -> None:
    row = "<div class='row-x'><time datetime='2026-09-05T10:30:00+07:00'>5 tháng 9, 2026</time><!--x--><span>Tổ Văn phòng</span> <span>415 lượt xem</span> <a href='/cat/hoc-tap'>Học tập</a></div>"
    text = "<p class='lead-x'>Sáng 05/9/2026, thầy và trò nhà trường long trọng tổ chức lễ khai giảng năm học mới với nhiều hoạt động.</p>"
    page = f"<html><body><article><h1>Lễ khai giảng năm học 2026 – 2027</h1>{text}{row}<div class='text-x'>{_PROSE}</div></article></body></html>"
    record = extract_article(page, "http://h/tin-tuc/le-khai-giang")
    assert record["authors"] == ["Tổ Văn phòng"] and "lượt xem" not in record["body"]
    tools = page.replace("<span>Tổ Văn phòng</span>", "<span>A- A+</span>")
    assert extract_article(tools, "http://h/tin-tuc/le-khai-giang")["authors"] == []


def test_a_cms_makers_name_in_the_author_tag_credits_nobody() -> None:
    page = f"<html><head><meta name='author' content='eZ Systems'></head><body><h1>Hội nghị tổng kết năm học</h1>{_PROSE}</body></html>"
    assert extract_article(page, _URL)["authors"] == []


def test_a_text_written_as_a_series_of_paragraph_blocks_is_read_whole() -> None:
    def block(i: int, first: bool = False) -> str:
        heading = f"<h2 class='para-head'>Phần {i}</h2>" if i % 2 else ""
        photo = f"<div class='para-img'><img src='/anh/{i}.jpg' alt=''></div>" if i == 2 else ""
        text = "".join(f"<p>Đoạn {i}.{k} kể về hội thảo khoa học của nhà trường, với nhiều tham luận có giá trị.</p>" for k in range(1 + (i == 2) * 3))
        return f"<div class='story-paragraph{' story-paragraph-first' if first else ''}'>{heading}{photo}<div class='para-text'>{text}</div></div>"

    blocks = block(1, first=True) + "".join(block(i) for i in range(2, 6))
    page = f"<html><body><div class='detail'><h1>Hội thảo khoa học cấp trường năm 2026</h1>{blocks}<div class='cats'>Danh mục: <a href='/c/1'>Tin</a></div></div></body></html>"
    body = extract_article(page, "http://h/tin/hoi-thao.html")["body"]
    assert all(f"Đoạn {i}.0" in body for i in range(1, 6)) and "Phần 5" in body


def test_a_photo_credit_in_the_author_field_credits_the_photographer() -> None:
    head = "<h1>Nghiệm thu đề tài khoa học cấp trường</h1><div class='info'><span class='when'>12/11/2026</span> <span class='who'><i class='fa fa-user'></i> Tin, ảnh: Nông Văn Tuấn</span></div>"
    record = extract_article(f"<html><body><div class='news'>{head}<div class='entry-body'>{_PROSE}</div></div></body></html>", _URL)
    assert record["authors"] == ["Nông Văn Tuấn"] and record["photographers"] == ["Nông Văn Tuấn"]


def test_a_list_of_posts_titled_by_links_is_no_series_of_text_blocks() -> None:
    posts = "".join(
        f"<div class='story-item'><h2><a href='/bai/{i}'>Bài viết số {i} của thầy Phạm Văn Đức về hoạt động tổ chuyên môn</a></h2>"
        f"<div class='story-teaser'><p>Tóm tắt bài {i}: tổ chuyên môn đã tổ chức nhiều hoạt động, chuyên đề, thao giảng trong tháng.</p></div></div>"
        for i in range(4)
    )
    page = f"<html><body><div class='blogger'><h1>Phạm Văn Đức</h1><div class='posts'>{posts}</div></div></body></html>"
    assert _plan(page, "http://h/tin-tuc/blogger/pham-van-duc").kind != "article"


def test_a_fragments_paragraph_class_names_no_text() -> None:
    assert families("component-paragraph") == frozenset()
    assert families("ap-blog-paragraph") == {"content"}
