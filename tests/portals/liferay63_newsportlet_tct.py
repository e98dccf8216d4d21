"""Trường Chính trị tỉnh Quảng Bình on Liferay Portal 6.2 with a vendor's custom news portlet.

Platform
    Liferay Portal CE 6.2 (build 6205) with the province's government theme
    (``quangbinh_WAR_quangbinhtheme``) reused for the political school's site
    ``/web/truongchinhtri``. News is not kept in Liferay's web content / Asset Publisher but in a
    vendor's WAR portlet ``newsportlet_WAR_newsportlet`` (JSP templates, its own tables): a list
    view with a numbered pager on the page "Tin tức" and a detail view on the hidden page
    "Chi tiết tin". Every portlet is printed in Liferay's boundary markup
    (``<div id="p_p_id_…_" class="portlet-boundary …"><section class="portlet">`` with an
    ``<h1 class="portlet-title">`` bar); the intro page is a Web Content Display portlet.

URL scheme
    - ``/`` -> 302 to ``/web/truongchinhtri/trang-chu`` (also served at ``/web/truongchinhtri``).
    - detail: ``/web/truongchinhtri/chi-tiet-tin?p_p_id=newsportlet_WAR_newsportlet&p_p_lifecycle=0
      &_newsportlet_WAR_newsportlet_newsId=<id>`` (the gold path); the same post is also linked as
      the portlet's friendly URL ``/web/truongchinhtri/chi-tiet-tin/-/news/<id>/<slug>``, in the
      maximized window state (``&p_p_state=maximized&p_p_mode=view``) and opened by script in
      the print pop-up (``&p_p_state=pop_up&_newsportlet_WAR_newsportlet_print=1``).
    - lists: ``/web/truongchinhtri/tin-tuc?_newsportlet_WAR_newsportlet_catId=<c>
      [&_newsportlet_WAR_newsportlet_page=<N>]``, 4 items a page; ``/web/truongchinhtri/tin-tuc``
      alone shows the portlet's default category (101).
    - pages: ``/web/truongchinhtri/<page>`` (gioi-thieu, co-cau-to-chuc, van-ban, thu-vien-anh,
      video, lien-he); document entries ``/web/truongchinhtri/van-ban?p_p_id=vanban_WAR_vanbanportlet
      &p_p_lifecycle=0&_vanban_WAR_vanbanportlet_vbId=<n>``; an RSS resource URL
      (``p_p_lifecycle=2&p_p_resource_id=rss``); the sign-in portlet (``p_p_id=58``).
    - files: ``/documents/20182/0/<file>/<uuid>?t=<ms>`` (Documents and Media), logos under
      ``/image/…``, theme files under ``/quangbinh-theme/…``.

Page templates
    home (slider "Tin tiêu điểm" with maximized links, one block of 3 per category, right column),
    list (portlet "Tin tức - Sự kiện": thumbnail + title + date + excerpt, numbered pager
    "Trang 1/2 « 1 2 › »"), detail (see traps), print pop-up, Web Content Display pages, a
    document entry, an album, a clip page, the login portlet. The right column of every page
    holds a second instance of the news portlet (``newsportlet_WAR_newsportlet_INSTANCE_k9Xv``,
    "Tin mới nhất": 5 newest, friendly URLs, with excerpts), "Văn bản mới", a poll (POST form
    with ``p_auth``), web links and the visitor counter.

How each gold article is reached
    Categories: 101 "Tin hoạt động" (6 posts, 2 list pages), 102 "Đào tạo - Bồi dưỡng" (5 posts,
    2 pages), 103 "Nghiên cứu - Trao đổi" (2 posts). The home page links the 4 newest (maximized
    form), the 3 newest of each category (query form) and the right column the 5 newest
    (friendly form); a detail page's "Các tin khác" links the 3 newest others of its category
    (friendly form). Posts 2432, 2421 (category 101) and 2424 (category 102) are the oldest of
    their categories: they are linked only from page 2 of their list.

Traps
    1. Canonical points at the page, not the post: every detail view prints Liferay 6.2's
       ``<link rel="canonical" href="…/web/truongchinhtri/chi-tiet-tin">`` (the layout's URL
       without the portlet's parameters), the same for all 13 posts; that URL answers 200 with
       "Không tìm thấy tin yêu cầu". Gold: canonical_path is each post's own query URL.
    2. The headline is in no heading: ``<title>`` and the breadcrumb say "Chi tiết tin", the
       portlet bar's ``<h1 class="portlet-title">`` says "Tin tức - Sự kiện"; the headline is
       ``<div class="ctn-tieude">``. Gold title: that div's text.
    3. Java 12-hour dates with Vietnamese day-period markers (``dd/MM/yyyy hh:mm:ss a`` in vi_VN):
       "04/12/2026 03:20:00 CH" is 15:20, "02/12/2026 12:15:00 CH" is 12:15 (noon, not
       00:15), "27/11/2026 12:00:00 SA" is midnight -> the day alone "2026-11-27". Two posts add a
       "Cập nhật: …" date (ignored).
    4. The category is not in the breadcrumb (it prints the page trail "Trang chủ / Chi tiết
       tin") but in the detail's info line "Chuyên mục: <a>…</a>"; list pages all print the
       portlet bar "Tin tức - Sự kiện" and the category name in a ``<div class="ds-chuyenmuc">``.
       Gold category: the "Chuyên mục" name.
    5. One post, four URLs: query form (lists, home blocks), friendly URL (right column,
       "Các tin khác", list thumbnails), maximized window state (home slider) and the print
       pop-up (opened by ``window.open`` only). Gold: query form, the other three in alt_paths.
    6. CKEditor with ``enterMode: DIV``: most posts' text is a run of ``<div style="text-align:
       justify;">`` lines (no ``<p>``) nested in an outer ``<div>``, with ``<div>&nbsp;</div>``
       spacers and ``<br />`` inside a line (two paragraphs in the gold); other posts use ``<p>``
       with two nested font ``<span>``s.
    7. The end of the text is not the end of the container: the vendor JSP prints the author
       field and the "Các tin khác" list (titles with "(dd/mm/yyyy)") inside the same
       ``<div class="ctn-noidung">`` as the text. Neither is body.
    8. Byline fields on one line: "Tác giả: TS. Phan Văn Long | Nguồn tin: Tạp chí Giáo dục lý
       luận" -> authors ["Phan Văn Long"], source "Tạp chí Giáo dục lý luận"; "Tác giả: ThS.
       Trần Thị Thu Hà - Khoa Xây dựng Đảng" -> ["Trần Thị Thu Hà"]; the info line's
       "Người đăng: tct_bientap" is the CMS account (nobody); a right-aligned "Tin, ảnh: Lê Hùng"
       inside the text -> author and photographer.
    9. The RSS resource prints ``pubDate`` in GMT ("Fri, 04 Dec 2026 08:20:00 GMT" for 15:20
       local): the gold date is the detail page's.
    10. Chrome that reads like content: the right column's second news-portlet instance prints
        the 5 newest titles with their sapos; the home blocks print excerpts; ``og:image`` and list
        thumbnails are the posts' files with ``&imageThumbnail=1`` — not images of the article.
    11. Captions three ways: a CKEditor table with the caption in a second row, a centred
        ``<em>`` line under the photo wrapped in parentheses (taken off), and a credit-only line
        "Ảnh: Lê Hùng" (caption None, photographer). Image paths keep their ``?t=`` query.
    12. Post 2455 is an official notice (letterhead table, "Số: …", "Quảng Bình, ngày 30 tháng 11
        năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer) published on 01/12: date
        "2026-11-30", author the signer "Nguyễn Văn Thành".
    13. Post 2449 is a study with headings, footnote calls in brackets ("…công vụ.[1]") and a
        "Tài liệu tham khảo" list (all body); post 2437 is a timetable (table rows joined " | ").

Gold decisions on ambiguous points
    - Path: the query form without ``p_p_state``; the friendly URL is the portlet's own alias but
      is not what the list pages link.
    - The "ctn-tomtat" bold lead printed above the text is the summary and the body's first
      paragraph; posts without it have summary None.
    - A centred italic line directly under a photo is its caption, not body.
    - The unit after an author's name ("- Khoa Xây dựng Đảng", "- Phòng Quản lý đào tạo") is not
      part of the name.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay63_newsportlet_tct"
PLATFORM = "Liferay Portal 6.2 + vendor newsportlet (JSP)"
START_PATH = "/"

SITE = "/web/truongchinhtri"
PID = "newsportlet_WAR_newsportlet"
NS = f"_{PID}_"
SCHOOL = "Trường Chính trị tỉnh Quảng Bình"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {
    101: "Tin hoạt động",
    102: "Đào tạo - Bồi dưỡng",
    103: "Nghiên cứu - Trao đổi",
}


def detail_path(news_id: int) -> str:
    return f"{SITE}/chi-tiet-tin?p_p_id={PID}&p_p_lifecycle=0&{NS}newsId={news_id}"


def friendly_path(story: Story) -> str:
    return f"{SITE}/chi-tiet-tin/-/news/{story.id}/{story.slug}"


def maximized_path(news_id: int) -> str:
    return (
        f"{SITE}/chi-tiet-tin?p_p_id={PID}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
        f"&{NS}newsId={news_id}"
    )


def print_path(news_id: int) -> str:
    return (
        f"{SITE}/chi-tiet-tin?p_p_id={PID}&p_p_lifecycle=0&p_p_state=pop_up&{NS}newsId={news_id}"
        f"&{NS}print=1"
    )


def list_path(cat: int, page: int | None = None) -> str:
    path = f"{SITE}/tin-tuc?{NS}catId={cat}"
    return path + (f"&{NS}page={page}" if page else "")


RSS_PATH = f"{SITE}/tin-tuc?p_p_id={PID}&p_p_lifecycle=2&p_p_resource_id=rss&p_p_cacheability=cacheLevelPage"
LOGIN_PATH = (
    f"{SITE}/trang-chu?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
    "&saveLastPath=false&_58_struts_action=%2Flogin%2Flogin"
)
POLL_ACTION = (
    f"{SITE}/trang-chu?p_auth=qL7xT2bN&p_p_id=59_INSTANCE_Hk2p&p_p_lifecycle=1&p_p_state=normal"
    "&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1"
    "&_59_INSTANCE_Hk2p_struts_action=%2Fpolls_display%2Fview"
)


def vb_path(vb_id: int) -> str:
    return f"{SITE}/van-ban?p_p_id=vanban_WAR_vanbanportlet&p_p_lifecycle=0&_vanban_WAR_vanbanportlet_vbId={vb_id}"


def doc(name: str) -> str:
    """A Documents and Media URL as Liferay 6.2 prints it: file name, uuid, timestamp."""
    h = hashlib.md5(name.encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    stamp = 1764000000000 + int(h[:6], 16)
    return f"/documents/20182/0/{name}/{uuid}?t={stamp}"


# --- the 13 posts -----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2463,
        slug="khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="102",
        published_at="2026-12-05T08:30:00+07:00",
        summary=(
            "Sáng 05/12/2026, Trường Chính trị tỉnh Quảng Bình phối hợp với Bộ Chỉ huy Quân sự tỉnh "
            "khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026 với "
            "112 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên tham gia lớp học là cán bộ, đảng viên đang công tác tại các xã, phường, "
                "thị trấn và các cơ quan, đơn vị trên địa bàn tỉnh."
            ),
            Img(doc("KG-QPAN-2026.jpg"), "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học", style="tbl"),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh yêu cầu học viên chấp hành "
                "nghiêm quy chế học tập, tích cực nghiên cứu tài liệu và liên hệ với thực tiễn địa phương."
            ),
            P(
                "Trong thời gian 10 ngày, học viên được nghiên cứu các chuyên đề về đường lối quốc "
                "phòng, an ninh của Đảng, xây dựng nền quốc phòng toàn dân và thế trận an ninh nhân dân.",
                style="br",
            ),
            P("Lớp học bế giảng vào ngày 15/12/2026."),
        ],
        authors=["Hoàng Minh Đức"],
        opts={"date": "05/12/2026 08:30:00 SA", "mode": "div",
              "author_line": "Hoàng Minh Đức - Phòng Quản lý đào tạo"},
    ),
    Story(
        id=2461,
        slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k52-he-tap-trung",
        title="Bế giảng lớp Trung cấp lý luận chính trị - hành chính K52 hệ tập trung",
        cat="101",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Chiều 04/12/2026, Trường Chính trị tỉnh Quảng Bình tổ chức bế giảng và trao bằng tốt "
            "nghiệp cho 86 học viên lớp Trung cấp lý luận chính trị - hành chính K52 hệ tập trung."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 8 tháng học tập, các học viên đã hoàn thành chương trình gồm 4 phần học với 21 "
                "học phần theo quy định của Học viện Chính trị quốc gia Hồ Chí Minh."
            ),
            P(
                "Kết quả, 100% học viên đủ điều kiện tốt nghiệp, trong đó có 19 học viên đạt loại "
                "giỏi, 64 học viên đạt loại khá và 3 học viên đạt loại trung bình."
            ),
            Img(doc("BG-K52-01.jpg"), "(Trao bằng tốt nghiệp cho các học viên đạt loại giỏi)",
                "Trao bằng tốt nghiệp cho các học viên đạt loại giỏi", style="next"),
            P(
                "Thay mặt lãnh đạo Nhà trường, đồng chí Phó Hiệu trưởng chúc mừng các học viên và "
                "đề nghị mỗi học viên tiếp tục tự học, vận dụng kiến thức đã học vào thực tiễn công tác."
            ),
            Img(doc("BG-K52-02.jpg"), "(Các học viên chụp ảnh lưu niệm với lãnh đạo Nhà trường)",
                "Các học viên chụp ảnh lưu niệm với lãnh đạo Nhà trường", style="next"),
        ],
        authors=["Hoàng Minh Đức"],
        opts={"date": "04/12/2026 03:20:00 CH", "mode": "div",
              "author_line": "Hoàng Minh Đức - Phòng Quản lý đào tạo"},
    ),
    Story(
        id=2458,
        slug="dang-bo-truong-so-ket-cong-tac-xay-dung-dang-nam-2026",
        title="Đảng bộ Trường Chính trị sơ kết công tác xây dựng Đảng năm 2026",
        cat="101",
        published_at="2026-12-02T12:15:00+07:00",
        blocks=[
            P(
                "Ngày 02/12/2026, Đảng bộ Trường Chính trị tỉnh Quảng Bình tổ chức hội nghị sơ kết "
                "công tác xây dựng Đảng năm 2026, triển khai nhiệm vụ năm 2027."
            ),
            P(
                "Năm 2026, Đảng bộ đã lãnh đạo hoàn thành tốt nhiệm vụ chính trị, tổ chức 27 lớp học "
                "với hơn 2.600 lượt học viên; 100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên."
            ),
            Img(doc("DB-SoKet-2026.jpg"), "Ảnh: Lê Hùng", None, style="next"),
            P(
                "Hội nghị thống nhất 5 nhóm giải pháp trọng tâm, trong đó chú trọng đổi mới nội dung "
                "sinh hoạt chi bộ và nâng cao chất lượng đội ngũ giảng viên."
            ),
            Raw('<div style="text-align: right;"><strong>Tin, ảnh: Lê Hùng</strong></div>'),
        ],
        authors=["Lê Hùng"],
        photographers=["Lê Hùng"],
        opts={"date": "02/12/2026 12:15:00 CH", "mode": "div"},
    ),
    Story(
        id=2455,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-llct-hc-khoa-54",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 54",
        cat="102",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
                '<td style="text-align: center;">TỈNH ỦY QUẢNG BÌNH<br /><strong>TRƯỜNG CHÍNH TRỊ</strong>'
                '<br />Số: 318/TB-TCT</td>'
                '<td style="text-align: center;"><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong><br />'
                '<em>Quảng Bình, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'
            ),
            Raw(
                '<div style="text-align: center;"><strong>THÔNG BÁO</strong></div>'
                '<div style="text-align: center;"><strong>Về việc tuyển sinh lớp Trung cấp lý luận '
                'chính trị - hành chính hệ không tập trung khóa 54</strong></div>'
            ),
            P(
                "Thực hiện kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh Quảng Bình thông báo tuyển "
                "sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 54 như sau:"
            ),
            P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng và tương đương."),
            P("2. Thời gian học: 12 tháng, khai giảng dự kiến ngày 05/01/2027."),
            P("3. Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày 25/12/2026."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
                '<td><em><strong>Nơi nhận:</strong></em><br />- Các huyện ủy, thị ủy, thành ủy;<br />'
                '- Lưu VT, QLĐT.</td>'
                '<td style="text-align: center;"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong>'
                '<br /><br /><br /><strong>Nguyễn Văn Thành</strong></td></tr></tbody></table>'
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"date": "01/12/2026 07:45:00 SA", "mode": "div"},
    ),
    Story(
        id=2451,
        slug="tiep-va-lam-viec-voi-doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii",
        title="Trường Chính trị tỉnh Quảng Bình tiếp và làm việc với Đoàn công tác Học viện Chính trị khu vực III",
        cat="101",
        published_at="2026-11-27",
        summary=(
            "Đoàn công tác Học viện Chính trị khu vực III đã đến thăm và làm việc với Trường về "
            "công tác phối hợp mở lớp Cao cấp lý luận chính trị tại tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, hai bên trao đổi về kết quả phối hợp tổ chức lớp Cao cấp lý luận "
                "chính trị hệ không tập trung đặt tại Quảng Bình và kế hoạch mở lớp mới năm 2027."
            ),
            P(
                "Đoàn công tác đánh giá cao sự chuẩn bị chu đáo về cơ sở vật chất, ký túc xá và công "
                "tác quản lý học viên của Nhà trường."
            ),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={"date": "27/11/2026 12:00:00 SA", "mode": "p", "updated": "28/11/2026 09:05:00 SA",
              "author_line": "Phòng Tổ chức - Hành chính"},
    ),
    Story(
        id=2449,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-dao-duc-cong-vu",
        title="Vận dụng tư tưởng Hồ Chí Minh về đạo đức công vụ trong đào tạo cán bộ cơ sở hiện nay",
        cat="103",
        published_at="2026-11-26T16:05:00+07:00",
        summary=(
            "Đạo đức công vụ là nội dung cốt lõi trong tư tưởng Hồ Chí Minh về xây dựng đội ngũ "
            "cán bộ, có ý nghĩa thiết thực với công tác đào tạo cán bộ cơ sở hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Tư tưởng Hồ Chí Minh về đạo đức công vụ", style="h"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định cán bộ là đầy tớ của nhân dân, phải cần, kiệm, liêm, "
                "chính, chí công vô tư trong thực thi công vụ.[1]"
            ),
            P("Người viết:", style=""),
            P(
                "“Cán bộ là cái gốc của mọi công việc. Muôn việc thành công hoặc thất bại đều do cán "
                "bộ tốt hoặc kém”.[2]",
                style="q",
            ),
            P("2. Vận dụng trong đào tạo cán bộ cơ sở", style="h"),
            P(
                "Nhà trường lồng ghép nội dung đạo đức công vụ vào các học phần, tăng cường tình huống "
                "thực tiễn và đánh giá học viên qua rèn luyện, không chỉ qua bài thi."
            ),
            P("Tài liệu tham khảo", style="h"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.292.", style="li"),
            P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.309.", style="li"),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={"date": "26/11/2026 04:05:00 CH", "mode": "p",
              "author_line": "Tác giả: ThS. Trần Thị Thu Hà - Khoa Xây dựng Đảng"},
    ),
    Story(
        id=2447,
        slug="hoc-vien-k53-nghien-cuu-thuc-te-tai-huyen-minh-hoa",
        title="Học viên lớp Trung cấp LLCT-HC K53 đi nghiên cứu thực tế tại huyện Minh Hóa",
        cat="102",
        published_at="2026-11-24T14:00:00+07:00",
        summary=(
            "Từ ngày 22 đến 24/11/2026, 78 học viên lớp Trung cấp lý luận chính trị - hành chính K53 "
            "đi nghiên cứu thực tế tại huyện Minh Hóa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã làm việc với Huyện ủy Minh Hóa, nghe báo cáo về tình hình phát triển kinh tế - "
                "xã hội và công tác giảm nghèo bền vững tại địa phương."
            ),
            Img(doc("TT-MinhHoa-01.jpg"), "Đoàn học viên làm việc tại Huyện ủy Minh Hóa",
                "Đoàn học viên làm việc tại Huyện ủy Minh Hóa", style="tbl"),
            P(
                "Học viên cũng đến thăm mô hình trồng cây dược liệu tại xã Hóa Sơn và tìm hiểu đời sống "
                "đồng bào dân tộc Chứt ở bản Ón."
            ),
            P("Kết thúc đợt thực tế, mỗi tổ học viên hoàn thành một bài thu hoạch theo chủ đề được giao."),
        ],
        authors=["Đinh Thị Mai"],
        opts={"date": "24/11/2026 02:00:00 CH", "mode": "p",
              "author_line": "Đinh Thị Mai - Khoa Dân vận"},
    ),
    Story(
        id=2440,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="101",
        published_at="2026-11-20T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 20/11/2026, Trường Chính trị tỉnh Quảng Bình long trọng tổ chức lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Tại buổi lễ, Nhà trường trao giấy khen cho 12 giảng viên có thành tích xuất sắc trong "
                "Hội thi giảng viên dạy giỏi cấp trường năm 2026.",
                style="br",
            ),
            P("Đại diện học viên các lớp tặng hoa chúc mừng thầy cô giáo."),
            Img(doc("20-11-2026.jpg"), "Trao giấy khen cho các giảng viên",
                "Trao giấy khen cho các giảng viên", style="tbl"),
        ],
        authors=["Lê Hùng"],
        opts={"date": "20/11/2026 09:00:00 SA", "mode": "div", "updated": "21/11/2026 03:40:00 CH",
              "author_line": "Lê Hùng"},
    ),
    Story(
        id=2437,
        slug="lich-thi-ket-thuc-hoc-phan-lop-k53",
        title="Lịch thi kết thúc học phần lớp Trung cấp lý luận chính trị - hành chính K53",
        cat="102",
        published_at="2026-11-16T10:30:00+07:00",
        blocks=[
            P("Phòng Quản lý đào tạo thông báo lịch thi kết thúc học phần lớp Trung cấp LLCT-HC K53 như sau:"),
            P("TT | Học phần | Ngày thi | Hình thức", style="row"),
            P("1 | Những vấn đề cơ bản của chủ nghĩa Mác - Lênin | 25/11/2026 | Viết", style="row"),
            P("2 | Quản lý hành chính nhà nước | 02/12/2026 | Vấn đáp", style="row"),
            P("Học viên có mặt tại phòng thi trước 15 phút, mang theo thẻ học viên."),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"date": "16/11/2026 10:30:00 SA", "mode": "p", "author_line": "Phòng Quản lý đào tạo"},
    ),
    Story(
        id=2432,
        slug="cong-doan-truong-to-chuc-hoi-thao-chao-mung-ngay-nha-giao",
        title="Công đoàn Trường tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam",
        cat="101",
        published_at="2026-11-12T17:10:00+07:00",
        blocks=[
            P(
                "Chiều 12/11/2026, Công đoàn Trường Chính trị tỉnh Quảng Bình tổ chức Hội thao với các "
                "môn bóng chuyền hơi, cầu lông và kéo co."
            ),
            P(
                "Hội thao thu hút hơn 60 đoàn viên công đoàn tham gia; giải nhất bóng chuyền hơi thuộc "
                "về đội Khoa Lý luận cơ sở."
            ),
            Img(doc("HoiThao-CD-2026.jpg"), "Ảnh: Văn Quang", None, style="next"),
        ],
        photographers=["Văn Quang"],
        opts={"date": "12/11/2026 05:10:00 CH", "mode": "div"},
    ),
    Story(
        id=2428,
        slug="nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri",
        title="Nâng cao chất lượng giảng dạy các môn lý luận chính trị theo hướng phát huy tính tích cực của học viên",
        cat="103",
        published_at="2026-11-06T08:00:00+07:00",
        blocks=[
            P(
                "Đổi mới phương pháp giảng dạy lý luận chính trị là yêu cầu cấp thiết nhằm nâng cao "
                "chất lượng đào tạo cán bộ trong giai đoạn hiện nay."
            ),
            P(
                "Giảng viên cần chuyển từ truyền thụ một chiều sang tổ chức cho học viên thảo luận, "
                "giải quyết tình huống gắn với thực tiễn công tác ở địa phương."
            ),
            P(
                "Bên cạnh đó, cần ứng dụng công nghệ thông tin, xây dựng bài giảng điện tử và ngân hàng "
                "câu hỏi thi theo hướng đánh giá năng lực."
            ),
        ],
        authors=["Phan Văn Long"],
        source="Tạp chí Giáo dục lý luận",
        opts={"date": "06/11/2026 08:00:00 SA", "mode": "p",
              "author_line": "Tác giả: TS. Phan Văn Long | Nguồn tin: Tạp chí Giáo dục lý luận"},
    ),
    Story(
        id=2424,
        slug="boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-nam-2026",
        title="Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở năm 2026",
        cat="102",
        published_at="2026-11-03T07:30:00+07:00",
        summary=(
            "Trường Chính trị tỉnh Quảng Bình phối hợp với Ủy ban MTTQ Việt Nam tỉnh mở lớp bồi dưỡng "
            "nghiệp vụ công tác Mặt trận cho 95 cán bộ cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học diễn ra trong 5 ngày, từ 03 đến 07/11/2026, với các chuyên đề về công tác "
                "giám sát, phản biện xã hội và vận động nhân dân."
            ),
            P("Kết thúc khóa học, các học viên được cấp giấy chứng nhận theo quy định."),
        ],
        authors=["Đinh Thị Mai"],
        opts={"date": "03/11/2026 07:30:00 SA", "mode": "div", "author_line": "Đinh Thị Mai"},
    ),
    Story(
        id=2421,
        slug="doan-thanh-nien-truong-ra-quan-ngay-chu-nhat-xanh",
        title="Đoàn Thanh niên Trường ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        cat="101",
        published_at="2026-10-25T07:00:00+07:00",
        blocks=[
            P(
                "Sáng 25/10/2026, Chi đoàn Trường Chính trị tỉnh Quảng Bình ra quân dọn vệ sinh khuôn "
                "viên trường và khu ký túc xá học viên."
            ),
            Img(doc("CN-Xanh-2026.jpg"), "(Đoàn viên dọn vệ sinh khu ký túc xá)",
                "Đoàn viên dọn vệ sinh khu ký túc xá", style="next"),
            P("Hoạt động góp phần xây dựng cảnh quan Nhà trường xanh - sạch - đẹp."),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={"date": "25/10/2026 07:00:00 SA", "mode": "div", "author_line": "Nguyễn Thị Hồng Nhung"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _posted(story: Story) -> str:
    """The posting time the portlet sorts by (its own "Ngày đăng"), as ``yyyy-mm-dd hh:mm``."""
    d, t, ampm = story.opts["date"].split()
    day, month, year = d.split("/")
    hh, mm, _ = (int(x) for x in t.split(":"))
    hh = hh % 12 + (12 if ampm == "CH" else 0)
    return f"{year}-{month}-{day} {hh:02d}:{mm:02d}"


NEWEST = sorted(STORIES, key=_posted, reverse=True)


def in_cat(cat: int) -> list[Story]:
    return [s for s in NEWEST if s.cat == str(cat)]


def _day(story: Story) -> str:
    return story.opts["date"].split()[0]


def _excerpt(story: Story, n: int = 150) -> str:
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return lead if len(lead) <= n else lead[:n].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    img = next(iter(story.images), None)
    if img is None:
        return "/quangbinh-theme/images/news/no-image.png"
    return img.src + "&amp;imageThumbnail=1"


# --- markup of the post's text -----------------------------------------------------------------


def _line(mode: str, inner: str) -> str:
    if mode == "div":
        return f'<div style="text-align: justify;">{inner}</div>\n'
    return (
        '<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:'
        f'times new roman,times,serif;">{inner}</span></span></p>\n'
    )


def _image(mode: str, img: Img) -> str:
    tag = f'<img alt="" src="{img.src}" style="width: 600px; height: 400px;" />'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">'
            f"<tbody><tr><td>{tag}</td></tr><tr><td style=\"text-align: center;\"><em>{esc(img.printed or '')}"
            "</em></td></tr></tbody></table>\n"
        )
    wrap = "div" if mode == "div" else "p"
    out = f'<{wrap} style="text-align: center;">{tag}</{wrap}>\n'
    if img.printed:
        out += f'<{wrap} style="text-align: center;"><em>{esc(img.printed)}</em></{wrap}>\n'
    return out


def render_text(story: Story) -> str:
    mode = story.opts.get("mode", "div")
    spacer = "<div>&nbsp;</div>\n" if mode == "div" else "<p>&nbsp;</p>\n"
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html + "\n")
        elif isinstance(b, Img):
            out.append(_image(mode, b))
        elif b.style == "br" and i + 1 < len(blocks) and isinstance(blocks[i + 1], P):
            out.append(_line(mode, f"{esc(b.text)}<br />\n{esc(blocks[i + 1].text)}"))
            i += 1
        elif b.style == "h":
            if mode == "div":
                out.append(f"<div><strong>{esc(b.text)}</strong></div>\n")
            else:
                out.append(f'<h3 style="text-align: justify;"><strong>{esc(b.text)}</strong></h3>\n')
        elif b.style == "q":
            out.append(f"<blockquote>\n<p><em>{esc(b.text)}</em></p>\n</blockquote>\n")
        elif b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i].text)
                i += 1
            i -= 1
            if b.style == "li":
                items = "".join(f"<li>{esc(t)}</li>\n" for t in group)
                out.append(f'<ul style="list-style: none;">\n{items}</ul>\n')
            else:
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c.strip())}</td>" for c in t.split(" | ")) + "</tr>\n"
                    for t in group
                )
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;">'
                    f"<tbody>\n{rows}</tbody></table>\n"
                )
        else:
            out.append(_line(mode, esc(b.text)))
            if i % 2 == 1:
                out.append(spacer)
        i += 1
    return '<div class="noidung-html">\n' + "".join(out) + "</div>\n"


# --- Liferay chrome ----------------------------------------------------------------------------


def portlet(pid: str, title: str, inner: str, extra: str = "") -> str:
    short = pid.split("_WAR_")[0].split("_INSTANCE_")[0]
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static portlet-static-end '
        f'{short}-portlet {extra}" id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n'
        f'<section class="portlet" id="portlet_{pid}">\n<header class="portlet-topper">'
        f'<h1 class="portlet-title"><span tabindex="0" class="portlet-title-text">{esc(title)}</span>'
        f'</h1>\n<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar">'
        f'</menu></header>\n<div class="portlet-content"><div class=" portlet-content-container" '
        f'style=""><div class="portlet-body">\n{inner}\n</div></div></div>\n</section>\n</div>\n'
    )


def _a(path: str) -> str:
    return esc(path)


MENU = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", [("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc")]),
    ("Tin tức", f"{SITE}/tin-tuc", [(name, list_path(cid)) for cid, name in CATS.items()]),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện", f"{SITE}/thu-vien-anh", [("Thư viện ảnh", f"{SITE}/thu-vien-anh"), ("Video", f"{SITE}/video")]),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def _menu(selected: str) -> str:
    items = []
    for n, (name, href, children) in enumerate(MENU, 1):
        sel = " selected active" if name == selected else ""
        sub = ""
        if children:
            subs = "".join(
                f'<li class="" id="layout_{n}{k}" role="presentation"><a aria-labelledby="layout_{n}{k}" '
                f'href="{_a(h)}" role="menuitem">{esc(c)}</a></li>'
                for k, (c, h) in enumerate(children, 1)
            )
            sub = f'<ul class="child-menu" role="menu">{subs}</ul>'
        drop = "dropdown" if children else ""
        popup = 'aria-haspopup="true" ' if children else ""
        items.append(
            f'<li class="{drop}{sel}" id="layout_{n}" role="presentation">'
            f'<a aria-labelledby="layout_{n}" {popup}'
            f'href="{_a(href)}" role="menuitem"><span> {esc(name)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">\n'
        '<ul aria-label="Trang web" role="menubar">' + "".join(items) + "</ul>\n</nav>\n"
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    parts = [
        f'<li class="first"><a href="{SITE}" >{esc(SCHOOL)}</a><span class="divider">/</span></li>'
    ]
    for k, (name, href) in enumerate(trail):
        if k == len(trail) - 1 or href is None:
            parts.append(f'<li class="active last breadcrumb-truncate">{esc(name)}</li>')
        else:
            parts.append(
                f'<li class="current-parent breadcrumb-truncate"><a href="{_a(href)}" >{esc(name)}</a>'
                '<span class="divider">/</span></li>'
            )
    return (
        '<nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
        + "".join(parts)
        + "</ul></nav>\n"
    )


def _right_column() -> str:
    newest = "".join(
        f'<div class="tmn-item"><a class="tmn-anh" href="{_a(friendly_path(s))}"><img alt="" '
        f'src="{_thumb(s)}" width="80" /></a><a class="tmn-tieude" href="{_a(friendly_path(s))}">'
        f'{esc(s.title)}</a><div class="tmn-tomtat">{esc(_excerpt(s, 110))}</div></div>\n'
        for s in NEWEST[:5]
    )
    vb = (
        f'<ul class="vbm"><li><a href="{_a(vb_path(312))}">Kế hoạch số 312-KH/TCT về đào tạo, bồi dưỡng '
        f'năm 2027</a></li><li><a href="{_a(vb_path(309))}">Quyết định số 309-QĐ/TCT ban hành Quy chế '
        "học viên</a></li></ul>"
    )
    poll = (
        f'<form action="{_a(POLL_ACTION)}" method="post" name="_59_INSTANCE_Hk2p_fm">'
        '<input name="_59_INSTANCE_Hk2p_questionId" type="hidden" value="40311" />'
        "<p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Trường?</p>"
        '<label><input name="_59_INSTANCE_Hk2p_choiceId" type="radio" value="1" /> Rất hữu ích</label><br />'
        '<label><input name="_59_INSTANCE_Hk2p_choiceId" type="radio" value="2" /> Hữu ích</label><br />'
        '<label><input name="_59_INSTANCE_Hk2p_choiceId" type="radio" value="3" /> Chưa hữu ích</label><br />'
        '<button class="btn" type="submit">Bình chọn</button></form>'
    )
    links = (
        '<select onchange="if(this.value) window.open(this.value)"><option value="">-- Liên kết website --'
        '</option><option value="https://www.quangbinh.gov.vn">Cổng TTĐT tỉnh Quảng Bình</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://baoquangbinh.vn">Báo Quảng Bình</option></select>'
    )
    counter = (
        '<table class="thongke"><tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td>'
        "<td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.559</td></tr></table>"
    )
    return (
        portlet(f"{PID}_INSTANCE_k9Xv", "Tin mới nhất", f'<div class="tmn">\n{newest}</div>')
        + portlet("vanbanmoi_WAR_vanbanportlet", "Văn bản mới", vb)
        + portlet("59_INSTANCE_Hk2p", "Thăm dò ý kiến", poll)
        + portlet("56_INSTANCE_Lk3w", "Liên kết website", links, "portlet-journal-content")
        + portlet("thongke_WAR_thongkeportlet", "Thống kê truy cập", counter)
    )


def page(
    request: Request,
    title: str,
    selected: str,
    trail: list[tuple[str, str | None]],
    main: str,
    *,
    layout_url: str,
    layout_id: int,
    head_extra: str = "",
    right: bool = True,
) -> Response:
    base = base_url(request)
    cols = (
        '<div class="portlet-layout row-fluid">\n'
        '<div class="portlet-column portlet-column-first span8" id="column-1">'
        '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" '
        f'id="layout-column_column-1">\n{main}</div></div>\n'
        '<div class="portlet-column portlet-column-last span4" id="column-2">'
        '<div class="portlet-dropzone portlet-column-content portlet-column-content-last" '
        f'id="layout-column_column-2">\n{_right_column()}</div></div>\n</div>\n'
        if right
        else f'<div class="portlet-layout row-fluid"><div class="portlet-column span12" id="column-1">\n{main}</div></div>\n'
    )
    body = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(SCHOOL)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Trường Chính trị tỉnh Quảng Bình - đào tạo, bồi dưỡng cán bộ" lang="vi-VN" name="description" />
<link href="/quangbinh-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{base}{esc(layout_url)}" rel="canonical" />
<link href="{esc(RSS_PATH)}" rel="alternate" title="Tin tức - RSS" type="application/rss+xml" />
{head_extra}<link href="/html/css/main.css?browserId=other&amp;themeId=quangbinh_WAR_quangbinhtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1479870386000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
// <![CDATA[
var Liferay = {{Browser: {{}}, Language: {{}}, PortletKeys: {{}}, PropsValues: {{}}}};
var themeDisplay = Liferay.ThemeDisplay = {{
  getLayoutId: function() {{ return "{layout_id}"; }},
  getLayoutURL: function() {{ return "{base}{layout_url}"; }},
  getPathMain: function() {{ return "/c"; }},
  getPathThemeImages: function() {{ return "{base}/quangbinh-theme/images"; }},
  getLanguageId: function() {{ return "vi_VN"; }},
  getScopeGroupId: function() {{ return "20182"; }},
  isSignedIn: function() {{ return false; }}
}};
// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=quangbinh_WAR_quangbinhtheme&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1479870386000" type="text/javascript"></script>
<link class="lfr-css-file" href="/quangbinh-theme/css/main.css?browserId=other&amp;themeId=quangbinh_WAR_quangbinhtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1479870386000" rel="stylesheet" type="text/css" />
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="qb-topbar"><span class="qb-ngay">{HEADER_DAY}</span>
<span class="qb-dangnhap"><a data-redirect="false" href="{_a(LOGIN_PATH)}" id="sign-in" rel="nofollow">Đăng nhập</a></span></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{SITE}" title="Đi đến {esc(SCHOOL)}">
<img alt="{esc(SCHOOL)}" height="120" src="/image/layout_set_logo?img_id=20417&amp;t=1479870386123" width="1000" /></a></h1></div>
{_menu(selected)}</header>
<div id="content">
{_breadcrumb(trail)}<div class="columns-2-r" id="main-content" role="main">
{cols}</div>
</div>
<footer id="footer" role="contentinfo">
<div class="qb-footer"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG BÌNH</strong></p>
<p>Địa chỉ: Số 155 đường Lý Thường Kiệt, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình</p>
<p>Điện thoại: 0232.3822.516 - Fax: 0232.3822.517 - Email: truongchinhtri@quangbinh.gov.vn</p>
<p>Giấy phép số 58/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Quảng Bình cấp.</p>
<p>© Bản quyền thuộc {esc(SCHOOL)}. Phát triển trên nền Liferay Portal.</p>
<p><a href="{_a(RSS_PATH)}"><img alt="RSS" src="/quangbinh-theme/images/common/rss.png" /> RSS</a></p></div>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{ Liferay.Menu = new Liferay.Menu(); }});
// ]]>
</script>
</body>
</html>
"""
    return html(body)


# --- the news portlet's views ------------------------------------------------------------------


def _others(story: Story) -> str:
    others = [s for s in in_cat(int(story.cat)) if s.id != story.id][:3]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{_a(friendly_path(s))}">{esc(s.title)}</a> <span class="ctn-ngaytk">'
        f"({_day(s)})</span></li>\n"
        for s in others
    )
    return (
        '<div class="ctn-tinkhac"><div class="ctn-tinkhac-tieude">Các tin khác</div>\n'
        f"<ul>\n{items}</ul></div>\n"
    )


def detail_inner(request: Request, story: Story, *, printing: bool = False) -> str:
    cat = int(story.cat)
    updated = (
        f' <span class="ctn-sep">|</span> <span class="ctn-capnhat">Cập nhật: {story.opts["updated"]}</span>'
        if story.opts.get("updated")
        else ""
    )
    sapo = (
        f'<div class="ctn-tomtat"><b>{esc(story.summary)}</b></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    author = (
        f'<div class="ctn-tacgia" style="text-align: right;"><b>{esc(story.opts["author_line"])}</b></div>\n'
        if story.opts.get("author_line")
        else ""
    )
    share_url = quote(base_url(request) + friendly_path(story), safe="")
    tools = (
        ""
        if printing
        else (
            '<div class="ctn-congcu"><a class="ctn-cochu" href="javascript:;" onclick="'
            f"{NS}doiCoChu(1)\">A+</a> <a class=\"ctn-cochu\" href=\"javascript:;\" onclick=\"{NS}doiCoChu(-1)\">A-</a> "
            f'<a href="javascript:void(0);" onclick="window.open(\'{_a(print_path(story.id))}\', \'in_tin\', '
            '\'width=820,height=640,scrollbars=yes\'); return false;"><img alt="" src="/quangbinh-theme/images/'
            'common/print.png" /> <span class="taglib-text">In tin</span></a> '
            f'<a href="mailto:?subject={quote(story.title)}&amp;body={share_url}"><img alt="" '
            'src="/quangbinh-theme/images/common/email.png" /> <span class="taglib-text">Gửi email</span></a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank">'
            '<img alt="Chia sẻ Facebook" src="/quangbinh-theme/images/common/facebook.png" /></a> '
            '<a href="javascript:history.back();">« Quay lại</a></div>\n'
        )
    )
    return (
        f'<div class="ctn-chitiet" id="{NS}chiTiet">\n'
        f'<div class="ctn-tieude">{esc(story.title)}</div>\n'
        f'<div class="ctn-thongtin"><span class="ctn-ngay">Ngày đăng: {story.opts["date"]}</span>'
        f'{updated} <span class="ctn-sep">|</span> <span class="ctn-cm">Chuyên mục: '
        f'<a href="{_a(list_path(cat))}">{esc(CATS[cat])}</a></span> <span class="ctn-sep">|</span> '
        f'<span class="ctn-luotxem">Lượt xem: {story.views()}</span> <span class="ctn-sep">|</span> '
        '<span class="ctn-nguoidang">Người đăng: tct_bientap</span></div>\n'
        f"{tools}{sapo}"
        f'<div class="ctn-noidung">\n{render_text(story)}{author}'
        f"{'' if printing else _others(story)}</div>\n"
        "</div>\n"
    )


def detail_page(request: Request, story: Story, state: str) -> Response:
    if state == "pop_up":
        body = (
            '<!DOCTYPE html>\n<html class="aui ltr" dir="ltr" lang="vi-VN"><head>'
            f"<title>Chi tiết tin - {esc(SCHOOL)}</title>"
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />'
            '<link href="/quangbinh-theme/css/print.css" rel="stylesheet" type="text/css" /></head>\n'
            '<body class="portal-popup"><div class="in-tin"><div class="in-tin-dau">'
            f"<strong>{esc(SCHOOL.upper())}</strong></div>\n"
            f"{detail_inner(request, story, printing=True)}"
            '<script type="text/javascript">window.print();</script></div></body></html>'
        )
        return html(body)
    thumb = story.images[0].src + "&imageThumbnail=1" if story.images else ""
    head = (
        f'<meta property="og:image" content="{base_url(request)}{esc(thumb)}" />\n' if thumb else ""
    )
    main = portlet(PID, "Tin tức - Sự kiện", detail_inner(request, story), "portlet-borderless")
    return page(
        request, "Chi tiết tin", "Tin tức", [("Trang chủ", f"{SITE}/trang-chu"), ("Chi tiết tin", None)],
        main, layout_url=f"{SITE}/chi-tiet-tin", layout_id=14, head_extra=head,
        right=state != "maximized",
    )


def empty_detail(request: Request) -> Response:
    main = portlet(
        PID, "Tin tức - Sự kiện",
        '<div class="portlet-msg-info alert alert-info">Không tìm thấy tin yêu cầu.</div>',
    )
    return page(
        request, "Chi tiết tin", "Tin tức", [("Trang chủ", f"{SITE}/trang-chu"), ("Chi tiết tin", None)],
        main, layout_url=f"{SITE}/chi-tiet-tin", layout_id=14,
    )


def _pager(cat: int, current: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = [f'<span class="pt-tong">Trang {current}/{pages}</span>']
    if current > 1:
        parts.append(f'<a class="pt-dau" href="{_a(list_path(cat, 1))}" title="Trang đầu">«</a>')
        parts.append(f'<a class="pt-truoc" href="{_a(list_path(cat, current - 1))}" title="Trang trước">‹</a>')
    for n in range(1, pages + 1):
        if n == current:
            parts.append(f'<span class="pt-hientai">{n}</span>')
        else:
            parts.append(f'<a class="pt-so" href="{_a(list_path(cat, n))}">{n}</a>')
    if current < pages:
        parts.append(f'<a class="pt-sau" href="{_a(list_path(cat, current + 1))}" title="Trang sau">›</a>')
        parts.append(f'<a class="pt-cuoi" href="{_a(list_path(cat, pages))}" title="Trang cuối">»</a>')
    return '<div class="phantrang">' + " ".join(parts) + "</div>\n"


def list_page(request: Request, cat: int, page_no: int) -> Response | None:
    stories = in_cat(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if not 1 <= page_no <= pages:
        return None
    rows = []
    for s in stories[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]:
        rows.append(
            '<div class="ds-tin">'
            f'<a class="ds-anh" href="{_a(friendly_path(s))}"><img alt="" src="{_thumb(s)}" width="160" /></a>'
            f'<div class="ds-tieude"><a href="{_a(detail_path(s.id))}">{esc(s.title)}</a> '
            f'<span class="ds-ngay">({_day(s)})</span></div>'
            f'<div class="ds-tomtat">{esc(_excerpt(s))}</div>'
            f'<a class="ds-xemtiep" href="{_a(detail_path(s.id))}">Chi tiết »</a></div>\n'
        )
    inner = (
        f'<div class="ds-chuyenmuc">{esc(CATS[cat])}</div>\n'
        + "".join(rows)
        + _pager(cat, page_no, pages)
        + '<div class="ds-sotin">Số tin/trang: <select onchange="'
        f'{NS}doiSoTin(this.value)"><option selected="selected">4</option><option>8</option>'
        "<option>12</option></select></div>\n"
    )
    main = portlet(PID, "Tin tức - Sự kiện", inner)
    return page(
        request, "Tin tức", "Tin tức", [("Trang chủ", f"{SITE}/trang-chu"), ("Tin tức", None)],
        main, layout_url=f"{SITE}/tin-tuc", layout_id=13,
    )


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in NEWEST[:8]:
        local = datetime.strptime(_posted(s), "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=7)))
        stamp = format_datetime(local.astimezone(UTC), usegmt=True)
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{esc(friendly_path(s))}</link>"
            f"<description>{esc(_excerpt(s))}</description><pubDate>{stamp}</pubDate>"
            f"<guid>{base}{esc(friendly_path(s))}</guid></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin tức - {esc(SCHOOL)}</title><link>{base}{SITE}/tin-tuc</link>"
        "<description>Tin tức</description><language>vi-VN</language>" + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- other pages -------------------------------------------------------------------------------


def home(request: Request) -> Response:
    slider = "".join(
        f'<div class="ttd-item{" active" if k == 0 else ""}"><a href="{_a(maximized_path(s.id))}">'
        f'<img alt="{esc(s.title)}" src="{_thumb(s)}" width="560" /></a>'
        f'<div class="ttd-tieude"><a href="{_a(maximized_path(s.id))}">{esc(s.title)}</a></div></div>\n'
        for k, s in enumerate(NEWEST[:4])
    )
    blocks = []
    for cid, name in CATS.items():
        items = "".join(
            f'<li><a href="{_a(detail_path(s.id))}">{esc(s.title)}</a> <span class="ngay">({_day(s)})</span>'
            f'<div class="tt-tomtat">{esc(_excerpt(s, 120))}</div></li>\n'
            for s in in_cat(cid)[:3]
        )
        blocks.append(
            portlet(
                f"{PID}_INSTANCE_cm{cid}", name,
                f'<ul class="tt-khoi">\n{items}</ul><a class="tt-xemtatca" href="{_a(list_path(cid))}">'
                "Xem tất cả »</a>",
            )
        )
    main = portlet(f"{PID}_INSTANCE_ttd1", "Tin tiêu điểm", f'<div class="ttd">\n{slider}</div>') + "".join(blocks)
    return page(
        request, "Trang chủ", "Trang chủ", [("Trang chủ", None)], main,
        layout_url=f"{SITE}/trang-chu", layout_id=1,
    )


def journal(request: Request, title: str, selected: str, trail, body: str, layout: str, lid: int) -> Response:
    inner = (
        '<div class="journal-content-article">\n' + body + "\n</div>\n"
        '<div class="entry-links"></div>'
    )
    return page(
        request, title, selected, trail, portlet("56_INSTANCE_Gt7a", title, inner, "portlet-journal-content"),
        layout_url=layout, layout_id=lid,
    )


def intro(request: Request) -> Response:
    body = (
        "<p><strong>Trường Chính trị tỉnh Quảng Bình</strong> là cơ sở đào tạo, bồi dưỡng trực thuộc "
        "Tỉnh ủy và Ủy ban nhân dân tỉnh, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy.</p>\n"
        "<p>Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị "
        "ở cơ sở; trung cấp lý luận chính trị - hành chính; bồi dưỡng kiến thức quốc phòng và an ninh; "
        "nghiên cứu khoa học về lý luận chính trị.</p>\n"
        f'<p style="text-align: center;"><img alt="" src="{doc("TruSo-TCT.jpg")}" /></p>\n'
        '<p style="text-align: center;"><em>Trụ sở Trường Chính trị tỉnh Quảng Bình</em></p>'
    )
    return journal(request, "Giới thiệu", "Giới thiệu", [("Giới thiệu", None)], body, f"{SITE}/gioi-thieu", 2)


def structure(request: Request) -> Response:
    body = (
        "<p><strong>Ban Giám hiệu</strong></p><ul><li>Hiệu trưởng: TS. Lê Văn Bình</li>"
        "<li>Phó Hiệu trưởng: ThS. Nguyễn Văn Thành</li></ul>"
        "<p><strong>Các phòng, khoa</strong></p><ul><li>Phòng Tổ chức - Hành chính</li>"
        "<li>Phòng Quản lý đào tạo</li><li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li>"
        "<li>Khoa Nhà nước và Pháp luật</li><li>Khoa Dân vận</li></ul>"
    )
    return journal(
        request, "Cơ cấu tổ chức", "Giới thiệu", [("Giới thiệu", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", None)],
        body, f"{SITE}/co-cau-to-chuc", 3,
    )


def contact(request: Request) -> Response:
    body = (
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG BÌNH</strong></p>"
        "<p>Địa chỉ: Số 155 đường Lý Thường Kiệt, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình</p>"
        "<p>Điện thoại: 0232.3822.516</p><p>Email: truongchinhtri@quangbinh.gov.vn</p>"
        '<iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600"></iframe>'
    )
    return journal(request, "Liên hệ", "Liên hệ", [("Liên hệ", None)], body, f"{SITE}/lien-he", 9)


VANBAN = {
    312: ("312-KH/TCT", "18/11/2026", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "Kế hoạch", "KH-312-TCT.pdf"),
    309: ("309-QĐ/TCT", "10/11/2026", "Quyết định ban hành Quy chế học viên", "Quyết định", "QD-309-TCT.pdf"),
}


def vb_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="{_a(vb_path(vid))}">{so}</a></td><td>{ngay}</td>'
        f"<td>{esc(ty)}</td></tr>\n"
        for n, (vid, (so, ngay, ty, _, _)) in enumerate(VANBAN.items(), 1)
    )
    inner = (
        '<table class="table table-bordered"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>\n{rows}</tbody></table>"
    )
    return page(
        request, "Văn bản", "Văn bản", [("Văn bản", None)], portlet("vanban_WAR_vanbanportlet", "Văn bản", inner),
        layout_url=f"{SITE}/van-ban", layout_id=5,
    )


def vb_entry(request: Request, vid: int) -> Response:
    so, ngay, ty, loai, fname = VANBAN[vid]
    inner = (
        f'<div class="vb-chitiet"><div class="vb-tieude">{esc(ty)}</div>'
        '<table class="table table-bordered"><tbody>'
        f"<tr><td>Số ký hiệu</td><td>{so}</td></tr><tr><td>Ngày ban hành</td><td>{ngay}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{loai}</td></tr><tr><td>Cơ quan ban hành</td><td>{esc(SCHOOL)}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(ty)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{doc(fname)}">{fname}</a></td></tr>'
        f'</tbody></table><a href="{SITE}/van-ban">« Danh sách văn bản</a></div>'
    )
    return page(
        request, "Văn bản", "Văn bản", [("Văn bản", f"{SITE}/van-ban"), (so, None)],
        portlet("vanban_WAR_vanbanportlet", "Văn bản", inner), layout_url=f"{SITE}/van-ban", layout_id=5,
    )


def album(request: Request) -> Response:
    photos = "".join(
        f'<div class="album-anh"><a href="{doc(n)}"><img alt="{esc(c)}" src="{doc(n)}&amp;imageThumbnail=1" /></a>'
        f"<div>{esc(c)}</div></div>\n"
        for n, c in [
            ("Album-TruongChinhTri-01.jpg", "Khuôn viên Nhà trường"),
            ("Album-TruongChinhTri-02.jpg", "Hội trường lớn"),
            ("Album-TruongChinhTri-03.jpg", "Thư viện Nhà trường"),
        ]
    )
    inner = f'<div class="album-ten">Hình ảnh Trường Chính trị tỉnh Quảng Bình</div>\n{photos}'
    return page(
        request, "Thư viện ảnh", "Thư viện", [("Thư viện ảnh", None)],
        portlet("31_INSTANCE_Ab1c", "Thư viện ảnh", inner), layout_url=f"{SITE}/thu-vien-anh", layout_id=7,
    )


def video(request: Request) -> Response:
    inner = (
        '<div class="video-tieude">Phóng sự: Trường Chính trị tỉnh Quảng Bình - nơi đào tạo cán bộ cơ sở</div>'
        '<iframe allowfullscreen="" frameborder="0" height="360" '
        'src="https://www.youtube.com/embed/qB7tct2026x" width="640"></iframe>'
        "<p>Nguồn: Đài Phát thanh - Truyền hình Quảng Bình</p>"
    )
    return page(
        request, "Video", "Thư viện", [("Video", None)], portlet("videoportlet_WAR_videoportlet", "Video", inner),
        layout_url=f"{SITE}/video", layout_id=8,
    )


def login(request: Request) -> Response:
    inner = (
        f'<form action="{SITE}/trang-chu?p_p_id=58&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;'
        '_58_struts_action=%2Flogin%2Flogin" method="post" name="_58_fm">'
        '<input name="_58_formDate" type="hidden" value="1764900000000" />'
        '<label>Địa chỉ email <input name="_58_login" type="text" /></label>'
        '<label>Mật khẩu <input name="_58_password" type="password" /></label>'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
    )
    return page(
        request, "Trang chủ", "Trang chủ", [("Trang chủ", None)], portlet("58", "Đăng nhập", inner),
        layout_url=f"{SITE}/trang-chu", layout_id=1, right=False,
    )


# --- routing -----------------------------------------------------------------------------------


def _files(path: str) -> Response | None:
    if path.startswith("/documents/"):
        parts = path.split("/")
        if len(parts) == 6:
            if parts[4].lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(parts[4])
        return None
    if path.startswith("/image/"):
        return static_file(path + ".png")
    if path.startswith("/html/js/"):
        return static_file(path.replace(".jsp", ".js"))
    if path.startswith(("/quangbinh-theme/", "/html/css/")):
        return static_file(path)
    return None


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path, q = request.path, request.params
        if path == "/":
            return redirect(f"{SITE}/trang-chu")
        if path in (SITE, f"{SITE}/", f"{SITE}/trang-chu"):
            if not request.query:
                return home(request)
            if q.get("p_p_id") == "58" and q.get("p_p_lifecycle") == "0":
                return login(request)
            if request.method == "POST" and q.get("p_p_lifecycle") == "1":
                return redirect(f"{SITE}/trang-chu")
            return None
        if path == f"{SITE}/chi-tiet-tin":
            if not request.query:
                return empty_detail(request)
            allowed = {"p_p_id", "p_p_lifecycle", "p_p_state", "p_p_mode", f"{NS}newsId", f"{NS}print"}
            if q.get("p_p_id") != PID or q.get("p_p_lifecycle") != "0" or set(q) - allowed:
                return None
            state = q.get("p_p_state", "normal")
            if state not in ("normal", "maximized", "pop_up") or (state == "pop_up") != (f"{NS}print" in q):
                return None
            story = BY_ID.get(int(q[f"{NS}newsId"])) if q.get(f"{NS}newsId", "").isdigit() else None
            return detail_page(request, story, state) if story else None
        if path.startswith(f"{SITE}/chi-tiet-tin/-/news/"):
            rest = path[len(f"{SITE}/chi-tiet-tin/-/news/"):].split("/")
            story = BY_ID.get(int(rest[0])) if rest[0].isdigit() else None
            if story is None or len(rest) != 2 or request.query:
                return None
            return detail_page(request, story, "normal")
        if path == f"{SITE}/tin-tuc":
            if q.get("p_p_lifecycle") == "2" and q.get("p_p_resource_id") == "rss":
                return rss(request)
            if set(q) - {f"{NS}catId", f"{NS}page"}:
                return None
            cat = q.get(f"{NS}catId", "101")
            page_no = q.get(f"{NS}page", "1")
            if not (cat.isdigit() and int(cat) in CATS and page_no.isdigit()):
                return None
            return list_page(request, int(cat), int(page_no))
        if path == f"{SITE}/van-ban":
            if not request.query:
                return vb_list(request)
            vid = q.get("_vanban_WAR_vanbanportlet_vbId", "")
            if q.get("p_p_id") == "vanban_WAR_vanbanportlet" and vid.isdigit() and int(vid) in VANBAN:
                return vb_entry(request, int(vid))
            return None
        pages = {
            f"{SITE}/gioi-thieu": intro,
            f"{SITE}/co-cau-to-chuc": structure,
            f"{SITE}/lien-he": contact,
            f"{SITE}/thu-vien-anh": album,
            f"{SITE}/video": video,
        }
        if path in pages and not request.query:
            return pages[path](request)
        return _files(path)


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold --------------------------------------------------------------------------------------

GOLD = [
    gold_record(
        s,
        detail_path(s.id),
        CATS[int(s.cat)],
        canonical_path=detail_path(s.id),
        alt_paths=[friendly_path(s), maximized_path(s.id), print_path(s.id)],
    )
    for s in NEWEST
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    vb_path(312),
    vb_path(309),
    f"{SITE}/thu-vien-anh",
    f"{SITE}/video",
]
