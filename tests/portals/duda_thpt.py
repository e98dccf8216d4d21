"""duda_thpt: an upper-secondary school's Duda site (Trường THPT Trần Hưng Đạo, Nghệ An).

Platform
    A Duda website builder site sold by a local reseller agency ("Sông Lam Digital"): every
    page is the Duda runtime's shell (``body#dmRoot.dmRoot.dmResellerSite``, ``#dm.dmwr``,
    ``#dm-outer-wrapper``, ``#hcontainer.dmHeader``, ``.dmRespRow > .dmRespColsWrapper >
    .dmRespCol`` rows, ``.dmNewParagraph`` text widgets, ``.imageWidget`` image widgets,
    ``.dmPhotoGallery`` galleries, the ``unifiednav`` menu printed twice (desktop bar and the
    hamburger drawer), a ``dmPopup`` printed on every page, the footer in ``#fcontainer``).
    Widget ids are Duda's numeric ids (``u_1620393829``). The blog module serves posts at
    ``/blog/<slug>``; the agency added breadcrumbs, a sidebar and a visitor counter as custom
    HTML widgets (``ndsm-*`` classes).

URL scheme
    /                                home: featured slider, "Tin mới" blog list, notice ticker
    /blog, /blog?page=N              all posts, 5 a page; "Xem thêm bài viết" (Load more) is an
                                     anchor to the next ?page=N (plus <link rel="next">)
    /tin-tuc-su-kien, /thong-bao,    the agency's section pages: a blog post list widget
    /doan-hoi, /chuyen-mon [?page=N] filtered by the post's section, 3 a page
    /blog/<slug>                     a post (any query string is served: ?utm_…)
    /gioi-thieu, /lien-he, /tuyen-sinh, /video              static Duda pages
    /thu-vien-anh, /thu-vien-anh/<album>                    album list, album (dynamic page)
    /doi-ngu, /doi-ngu/<slug>        teacher collection list and profiles (dynamic pages)
    /van-ban, /van-ban/<slug>        document collection and a document entry (dynamic page)
    /tim-kiem?q=                     site search (GET form in the top bar)
    /tin-tuc/thong-bao/215-….html, /index.php/chuyen-mon/182-….html
                                     old (Joomla) URLs of the previous site, 301 to the posts
    /dms3rep/multi/opt/*.jpg|png     images; /_dm/s/rt/… runtime css/js; /files/*.pdf

Page templates
    post: hero row (breadcrumb widget, h1 title widget, the description widget hidden on
    mobile, a meta line "🕒 dd/mm/yyyy - HH:MM | Cập nhật: … | Tác giả: Quản trị website"),
    then a two-column row: left column = mobile copy of the description, the post's content as
    a run of sibling widgets (text widgets, image widgets each followed by a caption text widget,
    a gallery, a video widget), tags, share bar, "Bài viết liên quan" list widget; right
    column = sidebar (Tin đọc nhiều, Lịch công tác tuần, poll, links); then a newsletter row.
    listing: hero with breadcrumb and h1, blog post list widget (thumbnail, date, section,
    title, excerpt, "Đọc tiếp »"), Load-more anchor, sidebar.

How each gold article is reached (13 posts; blog order is Duda's publish time)
    /blog p1: 10, 13, 5, 8, 1   p2: 11, 9, 3, 6, 12   p3: 2, 7, 4
    /tin-tuc-su-kien: 1, 3, 2 | ?page=2: 4    /thong-bao: 5, 6, 7
    /doan-hoi: 10, 8, 9                         /chuyen-mon: 13, 11, 12
    home: "Tin mới" 10, 13, 5, 8; slider (utm links) 1, 2, 8, 11; ticker: 5 (old URL, 301), 6;
    sidebar "Tin đọc nhiều" on posts and listings: 1, 8, 2, 5; related lists: two newest of the
    same section; post 12 links post 7 through its old URL (301); post 10 links post 9.
    Post 4 is reached only from /blog?page=3 and /tin-tuc-su-kien?page=2.

Traps
    1. Load-more pagination: listings print 5 (blog) / 3 (sections) posts and a "Xem thêm bài
       viết" button-styled anchor ``a.dmBlogLoadMore[data-next-page]`` to ?page=N; post 4 is
       only on page 2+/3. Gold: all 13 found; the ?page=N pages are listings, not articles.
    2. The post text is not one container: Duda's blog editor prints every paragraph group,
       image, caption, gallery and video as sibling widgets in the left column, followed by
       tags, share bar and a "Bài viết liên quan" list whose items carry excerpt paragraphs;
       the sidebar and the newsletter row sit next to / after it. Gold body = the text widgets'
       paragraphs only, in order, across all widgets; related excerpts, sidebar, popup are not.
    3. Structured data in UTC: JSON-LD ``datePublished`` is ``…Z``; the printed date is local.
       Post 2 prints 25/10/2026 - 06:40 while its JSON-LD says 2026-10-24T23:40:00Z. Gold: the
       printed local time with +07:00 (2026-10-25T06:40:00+07:00).
    4. Midnight and update dates: post 13 prints "02/12/2026 - 00:00" (JSON-LD
       2026-12-01T17:00:00Z): gold is the day alone, 2026-12-02. Posts 1, 6, 10 print
       "Cập nhật: …" after the date: never the gold. The header's "Thứ Bảy, 05/12/2026" and the
       sidebar's work calendar dates are chrome.
    5. Official notice (post 5) inside a Duda post: letterhead table, "THÔNG BÁO / Về việc …",
       schedule table, "Nơi nhận" / "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) / Đặng Minh
       Tuấn", attachment line. The Duda date says 01/12/2026 - 07:45. Gold: date 2026-11-30
       (letterhead), author ["Đặng Minh Tuấn"], body = the text between the subject and "Nơi
       nhận" with table rows as "cell | cell" paragraphs.
    6. The description (sapo) is printed twice: a desktop copy in the hero
       (``data-hidden-on-mobile``) and a mobile copy at the top of the content column
       (``data-hidden-on-desktop``). Gold: summary once and body's first paragraph once.
    7. Captions are separate centred italic text widgets under image widgets (they look like
       paragraphs); a caption line in parentheses loses them; a line that only credits the
       photographer ("Ảnh: Lê Văn Quang") is no caption; a gallery's captions are in
       ``.caption-text``; post 13's caption is an italic centred paragraph inside the text
       widget right under an inline image. None of these is body.
    8. Bylines: Duda's author field prints the agency's CMS account ("Tác giả: Quản trị
       website") on every post: nobody. The real signature is the last right-aligned line of the
       text: "Tin: X – Ảnh: Y", "Tin, ảnh: X (GV Thể dục)", "ThS. X – Tổ trưởng Tổ Ngữ văn",
       a unit ("Tổ Văn phòng", "Tổ Toán – Tin", "Đoàn trường"), "BBT" (nobody).
    9. Text copied from the Đoàn trường Facebook page (post 4): lines are ``<div dir="auto">``
       not ``<p>``, with Facebook's emoji drawn as ``<img alt="📌">`` from static.xx.fbcdn.net
       at line starts (bullets: no text, not images); an emoji typed as a character ("❤️")
       stays; a closing "Nguồn: Fanpage …" line is the source.
    10. Editor debris: post 12's text is cut into ``<span style="display: initial;">`` pieces in
        the middle of words, with ``&nbsp;``; post 7 is pasted from Word in decomposed Unicode
        (NFD) with ``mso-list:Ignore`` bullets; post 11 has Word footnote calls "[1]" and its
        "Tài liệu tham khảo" list; post 13 splits a paragraph with ``<br>``. Gold: NFC text,
        no glued or split words, no list markers, calls kept in their sentences, notes kept.
    11. Duplicates and old URLs: the home slider links four posts with
        ``?utm_source=trangchu&utm_medium=slider&utm_campaign=noibat`` (served, canonical says
        the clean path: alt_paths); the ticker and post 12 link old Joomla URLs that 301 to the
        posts (the redirect is followed, not an article of its own).
    12. Article-like non-articles: teacher profiles and a document entry are Duda dynamic pages
        with photo, paragraphs and a "Cập nhật" date; the album page has a dated gallery; the
        "Tuyển sinh" landing has long text and a FAQ; the popup on every page holds a notice.
        Gold: none is an article (the leaf ones are NON_ARTICLES).

Gold decisions on ambiguous points
    - category = the last crumb of the post's breadcrumb (the section page's name as the menu
      prints it: "Tin tức - Sự kiện", "Thông báo", "Đoàn - Hội", "Hoạt động chuyên môn"); the
      Duda tags under the text ("Nổi bật", "20/11" …) are not sections.
    - published_at = the meta line's printed local date/time (not JSON-LD's UTC value, not
      "Cập nhật"); the notice's letterhead day wins over the Duda date (house rule).
    - An image whose only line is "Ảnh: X" has caption None; X is the photographer only when
      the byline says so too (post 3: "Tin, ảnh: Lê Văn Quang (GV Thể dục)" -> both lists).
    - "Tin, ảnh: Đoàn trường" (a unit) -> authors and photographers ["Đoàn trường"]; "Tổ Toán –
      Tin" and "Tổ Văn phòng" signing alone -> authors as printed.
    - "Theo Website Tỉnh đoàn Nghệ An" closing line -> source "Website Tỉnh đoàn Nghệ An";
      post 10's "Theo kế hoạch, …" is a body sentence.
    - Table rows (post 2 results, post 5 schedule) are paragraphs, header row included.
    - The footnote entries under "Tài liệu tham khảo" and that heading are body (post 11).
    - The two sentences of post 10 and the three lines of post 13 joined by ``<br>`` are
      separate paragraphs.
    - The old-URL redirects are not alt_paths (they serve no page, only a Location); the utm
      variants are.
    - The YouTube iframe (post 8) and Facebook emoji pictures are not images.
"""

from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "duda_thpt"
PLATFORM = "Duda website builder (reseller agency site, blog module, dynamic pages)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THPT Trần Hưng Đạo"
SITE_ALIAS = "a2c41f7e"
BLOG_PER_PAGE = 5
SECTION_PER_PAGE = 3
UTM = "utm_source=trangchu&utm_medium=slider&utm_campaign=noibat"

#: section key -> (name as the menu prints it, section page, (parent crumb, parent link or None))
CATS = {
    "tt": ("Tin tức - Sự kiện", "/tin-tuc-su-kien", ("Tin tức", "/blog")),
    "tb": ("Thông báo", "/thong-bao", ("Tin tức", "/blog")),
    "dh": ("Đoàn - Hội", "/doan-hoi", ("Tin tức", "/blog")),
    "cm": ("Hoạt động chuyên môn", "/chuyen-mon", ("Chuyên môn", None)),
}
SECTION_PATHS = {path: key for key, (_, path, _) in CATS.items()}

REDIRECTS = {
    "/tin-tuc/thong-bao/215-thong-bao-lich-kiem-tra-hoc-ky-1.html":
        "/blog/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "/index.php/chuyen-mon/182-ke-hoach-hoi-thi-gvdg.html":
        "/blog/ke-hoach-hoi-thi-giao-vien-day-gioi-cap-truong-2026-2027",
}
FORM_ACTIONS = {
    f"/_dm/s/rt/actions/sites/{SITE_ALIAS}/forms/submit",
    f"/_dm/s/rt/actions/sites/{SITE_ALIAS}/poll/vote",
}
PDF_FILES = {
    "/files/TB-215-lich-kiem-tra-HKI.pdf",
    "/files/KH-128-ke-hoach-nam-hoc-2026-2027.pdf",
    "/files/QD-096-thanh-lap-to-chuyen-mon.pdf",
    "/files/QC-chi-tieu-noi-bo-2026.pdf",
}


def _img(name: str, width: int = 1920, ext: str = "jpg") -> str:
    return f"/dms3rep/multi/opt/{name}-{width}w.{ext}"


def _wid(*seed: object) -> str:
    """A Duda-like numeric widget id, stable per seed."""
    digest = hashlib.md5("|".join(map(str, seed)).encode()).hexdigest()
    return str(1000000000 + int(digest[:8], 16) % 899999999)


def _sign(line: str, *, bold: bool = True, italic: bool = False) -> Raw:
    """A right-aligned closing line as the editor typed it (byline, source)."""
    inner = esc(line)
    if italic:
        inner = f"<em>{inner}</em>"
    if bold:
        inner = f"<strong>{inner}</strong>"
    return Raw(
        '<p class="text-align-right m-text-align-right" style="text-align: right;">'
        f'<span style="display: initial;">{inner}</span></p>'
    )


# --- the 13 posts --------------------------------------------------------------------------

S1 = Story(
    id=1,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    cat="tt",
    published_at="2026-11-20T14:20:00+07:00",
    summary=(
        "Sáng 20/11, Trường THPT Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam, tôn vinh những thầy cô đã tận tụy với sự nghiệp trồng người và tuyên "
        "dương các tập thể, cá nhân tiêu biểu trong phong trào thi đua “Dạy tốt – Học tốt”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự buổi lễ có đồng chí Trần Thị Minh Nguyệt, Phó Giám đốc Sở GD&ĐT Nghệ An; "
            "đại diện lãnh đạo Đảng ủy, UBND phường Vinh Phú; Ban đại diện cha mẹ học sinh; các "
            "thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn "
            "1.400 học sinh nhà trường."
        ),
        P(
            "Phát biểu tại buổi lễ, ThS. Nguyễn Văn Hùng, Hiệu trưởng nhà trường ôn lại truyền "
            "thống vẻ vang của ngành Giáo dục Việt Nam và chặng đường 47 năm xây dựng, phát triển "
            "của nhà trường. Năm học 2025 – 2026, trường có 28 học sinh đạt giải học sinh giỏi "
            "cấp tỉnh, tỷ lệ tốt nghiệp THPT đạt 99,8%, điểm trung bình các môn thi tốt nghiệp "
            "xếp thứ 12 toàn tỉnh."
        ),
        Img(
            _img("le-20-11-2026-dai-bieu"),
            "Các đại biểu và thầy cô giáo dự Lễ kỷ niệm.",
            "Các đại biểu và thầy cô giáo dự Lễ kỷ niệm.",
            style="gallery",
        ),
        Img(
            _img("le-20-11-2026-hieu-truong"),
            "ThS. Nguyễn Văn Hùng, Hiệu trưởng nhà trường phát biểu tại buổi lễ.",
            "ThS. Nguyễn Văn Hùng, Hiệu trưởng nhà trường phát biểu tại buổi lễ.",
            style="gallery",
        ),
        Img(
            _img("le-20-11-2026-van-nghe"),
            "Tiết mục văn nghệ chào mừng của Chi đoàn 11A3.",
            "Tiết mục văn nghệ chào mừng của Chi đoàn 11A3.",
            style="gallery",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Nguyễn Hà Linh, lớp 12A1 xúc động gửi lời tri ân "
            "tới các thầy cô: “Mỗi bài giảng, mỗi lời dặn dò của thầy cô là hành trang để chúng "
            "em vững bước vào đời”."
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể và 35 cá nhân có thành tích xuất "
            "sắc trong đợt thi đua chào mừng Ngày Nhà giáo Việt Nam; trao 20 suất học bổng “Thắp "
            "sáng ước mơ” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các chi đoàn dàn "
            "dựng, để lại nhiều cảm xúc cho thầy cô và các em học sinh."
        ),
        _sign("Tin: Hồ Thị Mai Phương – Ảnh: Nguyễn Đức Thắng"),
    ],
    authors=["Hồ Thị Mai Phương"],
    photographers=["Nguyễn Đức Thắng"],
    opts={
        "date": "20/11/2026 - 14:20",
        "utc": "2026-11-20T07:20:00Z",
        "updated": "21/11/2026 - 08:02",
        "sapo": "desc",
        "tags": ["Nổi bật", "20/11"],
        "featured": True,
        "thumb": "le-20-11-2026-dai-bieu",
    },
)

S2 = Story(
    id=2,
    slug="hoc-sinh-gianh-14-giai-hsg-tinh-lop-12-2026-2027",
    title=(
        "Học sinh nhà trường giành 14 giải tại Kỳ thi chọn học sinh giỏi tỉnh lớp 12 "
        "năm học 2026 – 2027"
    ),
    cat="tt",
    published_at="2026-10-25T06:40:00+07:00",
    summary=(
        "Kết quả Kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026 – 2027 vừa được Sở "
        "GD&ĐT Nghệ An công bố, Trường THPT Trần Hưng Đạo có 14 học sinh đạt giải, gồm 2 giải "
        "Nhì, 5 giải Ba và 7 giải Khuyến khích."
    ),
    blocks=[
        P(
            "Kết quả Kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026 – 2027 vừa được Sở "
            "GD&ĐT Nghệ An công bố, Trường THPT Trần Hưng Đạo có 14 học sinh đạt giải, gồm 2 giải "
            "Nhì, 5 giải Ba và 7 giải Khuyến khích.",
            "bold",
        ),
        P(
            "Kỳ thi diễn ra trong hai ngày 14 và 15/10/2026 với hơn 4.600 thí sinh dự thi ở 13 "
            "môn. Đội tuyển của trường có 26 học sinh tham dự ở 8 môn thi."
        ),
        P("Kết quả cụ thể như sau:"),
        P("Môn thi | Số HS dự thi | Số giải | Cơ cấu giải", "rowh"),
        P("Toán | 4 | 3 | 1 Nhì, 1 Ba, 1 KK", "row"),
        P("Vật lí | 3 | 2 | 1 Ba, 1 KK", "row"),
        P("Hóa học | 4 | 3 | 1 Nhì, 2 KK", "row"),
        P("Sinh học | 2 | 0 | –", "row"),
        P("Ngữ văn | 4 | 2 | 1 Ba, 1 KK", "row"),
        P("Lịch sử | 3 | 2 | 1 Ba, 1 KK", "row"),
        P("Địa lí | 2 | 0 | –", "row"),
        P("Tiếng Anh | 4 | 2 | 1 Ba, 1 KK", "row"),
        P(
            "Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải Nhì môn Toán. Em Lê "
            "Đức Anh, lớp 12A1, đạt 17,5/20 điểm – điểm cao nhất của đội tuyển."
        ),
        Img(
            _img("hsg-tinh-12-2026-doi-tuyen"),
            "Đội tuyển học sinh giỏi tỉnh lớp 12 của nhà trường năm học 2026 – 2027.",
            "Đội tuyển học sinh giỏi tỉnh lớp 12 của nhà trường năm học 2026 – 2027.",
            style="widget",
        ),
        P(
            "Thầy Đặng Minh Tuấn, Phó Hiệu trưởng phụ trách chuyên môn cho biết: “Thành tích "
            "này là kết quả của quá trình bồi dưỡng bài bản từ lớp 10, sự phối hợp chặt chẽ giữa "
            "giáo viên, phụ huynh và nỗ lực của chính các em”."
        ),
        _sign("BBT"),
    ],
    opts={
        "date": "25/10/2026 - 06:40",
        "utc": "2026-10-24T23:40:00Z",
        "sapo": "bold",
        "tags": ["Nổi bật", "Học sinh giỏi"],
        "featured": True,
        "thumb": "hsg-tinh-12-2026-doi-tuyen",
    },
)

S3 = Story(
    id=3,
    slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="tt",
    published_at="2026-11-08T10:05:00+07:00",
    blocks=[
        P(
            "Từ ngày 02 đến 07/11/2026, Trường THPT Trần Hưng Đạo tổ chức Hội khỏe Phù Đổng cấp "
            "trường với sự tham gia của gần 700 vận động viên đến từ 36 lớp."
        ),
        P(
            "Các vận động viên thi đấu ở 6 môn: bóng đá nam, bóng chuyền nữ, cầu lông, điền "
            "kinh, kéo co và cờ vua. Các trận đấu diễn ra sôi nổi, quyết liệt nhưng trung thực, "
            "đúng tinh thần thể thao học đường."
        ),
        Img(_img("hkpd-2026-bong-da-nam"), "Ảnh: Lê Văn Quang", None, style="widget"),
        P(
            "Kết thúc hội thi, Ban tổ chức đã trao 18 huy chương vàng, 18 huy chương bạc và 24 "
            "huy chương đồng cho các cá nhân, tập thể. Lớp 11A5 xuất sắc giành giải Nhất toàn "
            "đoàn, giải Nhì thuộc về lớp 12A3, giải Ba thuộc về lớp 10A1."
        ),
        Img(
            _img("hkpd-2026-keo-co-khoi-10"),
            "(Phần thi kéo co của khối 10 thu hút đông đảo cổ động viên)",
            "Phần thi kéo co của khối 10 thu hút đông đảo cổ động viên",
            style="widget",
        ),
        P(
            "Qua Hội khỏe, nhà trường lựa chọn được 42 vận động viên tiêu biểu để bồi dưỡng, "
            "chuẩn bị tham gia Hội khỏe Phù Đổng cấp tỉnh vào tháng 3/2027."
        ),
        _sign("Tin, ảnh: Lê Văn Quang (GV Thể dục)"),
    ],
    authors=["Lê Văn Quang"],
    photographers=["Lê Văn Quang"],
    opts={
        "date": "08/11/2026 - 10:05",
        "utc": "2026-11-08T03:05:00Z",
        "tags": ["Thể thao"],
        "thumb": "hkpd-2026-keo-co-khoi-10",
    },
)

S4 = Story(
    id=4,
    slug="tuoi-tre-tran-hung-dao-huong-ve-dong-bao-vung-lu",
    title="Tuổi trẻ Trần Hưng Đạo chung tay hướng về đồng bào vùng lũ",
    cat="tt",
    published_at="2026-10-12T21:15:00+07:00",
    blocks=[
        P(
            "Những ngày qua, mưa lũ lịch sử đã gây thiệt hại nặng nề cho các xã miền Tây Nghệ "
            "An. Hướng về đồng bào vùng lũ, Đoàn trường THPT Trần Hưng Đạo đã phát động đợt quyên "
            "góp “Góp yêu thương – Sẻ chia khó khăn” trong toàn trường."
        ),
        P("Thời gian tiếp nhận: từ ngày 08/10 đến hết ngày 11/10/2026.", "fb:1f4cc"),
        P(
            "Hình thức: ủng hộ tiền mặt, sách vở, quần áo còn sử dụng tốt, mì tôm, nước uống.",
            "fb:1f4cc",
        ),
        P(
            "Sau 4 ngày phát động, các chi đoàn đã quyên góp được 86.450.000 đồng cùng hơn 2.000 "
            "cuốn vở, 650 bộ quần áo và 120 thùng mì tôm. Toàn bộ số tiền, hàng đã được Đoàn "
            "trường bàn giao cho Ủy ban MTTQ xã Con Cuông để chuyển tới các gia đình bị thiệt hại."
        ),
        P(
            "Cảm ơn các bạn đoàn viên, thanh niên và quý thầy cô, phụ huynh đã chung tay vì đồng "
            "bào miền Tây xứ Nghệ ❤️"
        ),
        P(
            "Mọi đóng góp tiếp theo xin gửi về Văn phòng Đoàn trường (tầng 1 nhà A) hoặc đồng "
            "chí Phan Thị Thu Trang – Bí thư Đoàn trường, SĐT: 0912 468 357.",
            "fb:1f449",
        ),
        Img(
            _img("ung-ho-vung-lu-10-2026"),
            "Đoàn viên Chi đoàn 12A2 kiểm đếm hàng ủng hộ trước khi bàn giao.",
            "Đoàn viên Chi đoàn 12A2 kiểm đếm hàng ủng hộ trước khi bàn giao.",
            style="widget",
        ),
        _sign("Nguồn: Fanpage Đoàn trường THPT Trần Hưng Đạo", bold=False, italic=True),
    ],
    source="Fanpage Đoàn trường THPT Trần Hưng Đạo",
    opts={
        "date": "12/10/2026 - 21:15",
        "utc": "2026-10-12T14:15:00Z",
        "mode": "fb",
        "tags": ["Tình nguyện"],
        "thumb": "ung-ho-vung-lu-10-2026",
    },
)

_LETTERHEAD = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
    "<tbody><tr>"
    '<td style="width: 42%; text-align: center; vertical-align: top;">'
    '<p style="text-align: center; margin: 0;">SỞ GD&amp;ĐT NGHỆ AN</p>'
    '<p style="text-align: center; margin: 0;"><strong>TRƯỜNG THPT TRẦN HƯNG ĐẠO</strong></p>'
    '<p style="text-align: center; margin: 0;">Số: 215/TB-THPTTHĐ</p></td>'
    '<td style="width: 58%; text-align: center; vertical-align: top;">'
    '<p style="text-align: center; margin: 0;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>'
    '<p style="text-align: center; margin: 0;"><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>'
    '<p style="text-align: center; margin: 0;"><em>Vinh Phú, ngày 30 tháng 11 năm 2026</em></p></td>'
    "</tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align: center;"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học '
    "2026 – 2027</strong></p>\n"
)
_NOI_NHAN = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br>'
    "- CB, GV, NV, HS (để thực hiện);<br>- Ban ĐD CMHS (để phối hợp);<br>- Lưu: VT, CM.</p></td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;">'
    "<p><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong></p>"
    "<p><em>(Đã ký)</em></p><p>&nbsp;</p><p><strong>Đặng Minh Tuấn</strong></p></td>"
    "</tr></tbody></table>\n"
    '<p>📎 <strong>Tải về:</strong> <a href="/files/TB-215-lich-kiem-tra-HKI.pdf" '
    'target="_blank" rel="noopener">TB-215-lich-kiem-tra-HKI.pdf</a> (248 KB)</p>\n'
)

S5 = Story(
    id=5,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="tb",
    published_at="2026-11-30",
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Kế hoạch số 128/KH-THPTTHĐ ngày 05/9/2026 của Trường THPT Trần Hưng Đạo về "
            "thực hiện nhiệm vụ năm học 2026 – 2027;"
        ),
        P(
            "Căn cứ tình hình thực tế, nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học "
            "2026 – 2027 như sau:"
        ),
        P("1. Thời gian: từ ngày 14/12/2026 đến ngày 17/12/2026.", "bold"),
        P("Ngày | Buổi sáng | Buổi chiều", "rowh"),
        P("14/12/2026 | Ngữ văn (90 phút) | Lịch sử (45 phút)", "row"),
        P("15/12/2026 | Toán (90 phút) | Địa lí, Giáo dục KT&PL (45 phút)", "row"),
        P("16/12/2026 | Tiếng Anh (60 phút) | Vật lí, Hóa học (45 phút)", "row"),
        P("17/12/2026 | Sinh học, Tin học (45 phút) | Công nghệ (45 phút)", "row"),
        P(
            "2. Hình thức: kiểm tra tập trung theo khối; đề kiểm tra kết hợp trắc nghiệm và tự "
            "luận theo định dạng của Bộ GD&ĐT. Các môn Giáo dục thể chất, Giáo dục quốc phòng và "
            "an ninh, Hoạt động trải nghiệm, hướng nghiệp kiểm tra theo lịch của tổ chuyên môn."
        ),
        P(
            "3. Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
            "sinh; không mang điện thoại, tài liệu vào phòng kiểm tra."
        ),
        P(
            "Nhà trường đề nghị giáo viên chủ nhiệm phổ biến thông báo này tới học sinh và cha "
            "mẹ học sinh; các tổ chuyên môn, bộ phận liên quan nghiêm túc thực hiện./."
        ),
        _NOI_NHAN,
    ],
    authors=["Đặng Minh Tuấn"],
    opts={
        "date": "01/12/2026 - 07:45",
        "utc": "2026-12-01T00:45:00Z",
        "tags": ["Kiểm tra", "Học kỳ I"],
        "thumb": None,
        "old_url": "/tin-tuc/thong-bao/215-thong-bao-lich-kiem-tra-hoc-ky-1.html",
    },
)

S6 = Story(
    id=6,
    slug="thong-bao-nghi-hoc-phong-tranh-bao-so-13",
    title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
    cat="tb",
    published_at="2026-11-06T17:20:00+07:00",
    blocks=[
        P(
            "Thực hiện Công điện số 21/CĐ-UBND ngày 06/11/2026 của UBND tỉnh Nghệ An về việc "
            "ứng phó với bão số 13, Trường THPT Trần Hưng Đạo thông báo:"
        ),
        P(
            "- Học sinh toàn trường nghỉ học ngày 07/11/2026 (thứ Bảy). Lịch học bù sẽ được "
            "thông báo sau."
        ),
        P(
            "- Giáo viên chủ nhiệm thông báo tới cha mẹ học sinh qua nhóm Zalo lớp; nhắc nhở học "
            "sinh không ra ngoài khi có mưa to, gió lớn, không đi qua các khu vực ngập lụt, ngầm "
            "tràn."
        ),
        P(
            "- Tổ Văn phòng, bảo vệ kiểm tra, chằng chống phòng học, cắt điện các khu vực không "
            "cần thiết; trực 24/24 giờ trong thời gian bão đổ bộ."
        ),
        P("Đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện."),
        _sign("Tổ Văn phòng"),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "date": "06/11/2026 - 17:20",
        "utc": "2026-11-06T10:20:00Z",
        "updated": "07/11/2026 - 06:05",
        "tags": ["Phòng chống thiên tai"],
        "thumb": None,
    },
)

S7 = Story(
    id=7,
    slug="ke-hoach-hoi-thi-giao-vien-day-gioi-cap-truong-2026-2027",
    title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat="tb",
    published_at="2026-10-20T14:00:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch năm học 2026 – 2027, nhà trường tổ chức Hội thi giáo viên dạy giỏi "
            "cấp trường nhằm phát hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực chuyên "
            "môn vững vàng, đồng thời lựa chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp "
            "tỉnh."
        ),
        P("I. Đối tượng và điều kiện dự thi", "h3"),
        P(
            "Giáo viên đang trực tiếp giảng dạy tại trường, có thời gian công tác từ 3 năm trở "
            "lên;",
            "mso",
        ),
        P(
            "Được đánh giá xếp loại hoàn thành tốt nhiệm vụ trở lên trong năm học 2025 – 2026;",
            "mso",
        ),
        P("Mỗi tổ chuyên môn cử ít nhất 02 giáo viên tham gia.", "mso"),
        P("II. Nội dung và hình thức thi", "h3"),
        P(
            "Mỗi giáo viên dự thi thực hiện 02 tiết dạy: 01 tiết tự chọn và 01 tiết bốc thăm "
            "trước 01 ngày; trình bày biện pháp nâng cao chất lượng giảng dạy trong thời gian "
            "không quá 15 phút."
        ),
        P("III. Thời gian tổ chức", "h3"),
        P("- Đăng ký dự thi: trước ngày 31/10/2026."),
        P("- Thi thực hành giảng dạy: từ ngày 16/11 đến 27/11/2026."),
        P("- Tổng kết, trao giải: trong tháng 12/2026."),
    ],
    opts={
        "date": "20/10/2026 - 14:00",
        "utc": "2026-10-20T07:00:00Z",
        "mode": "word",
        "nfd": True,
        "tags": ["Giáo viên dạy giỏi"],
        "thumb": None,
        "old_url": "/index.php/chuyen-mon/182-ke-hoach-hoi-thi-gvdg.html",
    },
)

S8 = Story(
    id=8,
    slug="chung-ket-tieng-hat-hoc-duong-2026",
    title="🎉 Chung kết cuộc thi “Tiếng hát học đường” năm 2026",
    cat="dh",
    published_at="2026-11-28T19:45:00+07:00",
    summary=(
        "Tối 27/11, tại sân trường, Đoàn trường THPT Trần Hưng Đạo tổ chức đêm chung kết cuộc "
        "thi “Tiếng hát học đường” năm 2026 với chủ đề “Mái trường thân yêu”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sau hơn một tháng tranh tài qua vòng sơ khảo và bán kết, 10 tiết mục xuất sắc nhất "
            "đã bước vào đêm chung kết. Các tiết mục được đầu tư công phu về dàn dựng, trang "
            "phục, thể hiện nhiều dòng nhạc từ dân ca xứ Nghệ, nhạc cách mạng đến nhạc trẻ."
        ),
        Img(
            _img("tieng-hat-hoc-duong-2026-top10"),
            "(Top 10 tiết mục xuất sắc nhất vào đêm chung kết)",
            "Top 10 tiết mục xuất sắc nhất vào đêm chung kết",
            style="widget",
        ),
        P(
            "Ban giám khảo là các thầy cô trong Tổ Nghệ thuật và đại diện Nhà Văn hóa Thanh thiếu "
            "nhi tỉnh Nghệ An đã đánh giá cao sự tự tin, sáng tạo của các thí sinh."
        ),
        P(
            "Kết quả chung cuộc, giải Nhất thuộc về tiết mục “Giận mà thương” của Chi đoàn 11A2; "
            "giải Nhì thuộc về tiết mục “Bài ca xứ Nghệ” của Chi đoàn 12A6; hai giải Ba thuộc về "
            "Chi đoàn 10A4 và 11A7. Giải Thí sinh được yêu thích nhất do khán giả bình chọn trên "
            "fanpage thuộc về em Võ Thảo Nguyên, lớp 12A1."
        ),
        Raw(
            "<!--own:video-->"
            '<div class="videoExtWrapper"><iframe src="https://www.youtube.com/embed/x7Qm2LrT0aE?rel=0" '
            'width="100%" height="400" frameborder="0" allowfullscreen="allowfullscreen" '
            'title="Chung kết Tiếng hát học đường 2026"></iframe></div>'
        ),
        Img(
            _img("tieng-hat-hoc-duong-2026-giai-nhat"),
            "(Chi đoàn 11A2 nhận giải Nhất)",
            "Chi đoàn 11A2 nhận giải Nhất",
            style="widget",
        ),
        _sign("Tin: Nguyễn Minh Khoa (lớp 11A2) - Ảnh: CLB Truyền thông THĐ"),
    ],
    authors=["Nguyễn Minh Khoa"],
    photographers=["CLB Truyền thông THĐ"],
    opts={
        "date": "28/11/2026 - 19:45",
        "utc": "2026-11-28T12:45:00Z",
        "sapo": "desc",
        "tags": ["Nổi bật", "Văn nghệ"],
        "featured": True,
        "thumb": "tieng-hat-hoc-duong-2026-giai-nhat",
    },
)

S9 = Story(
    id=9,
    slug="rung-chuong-vang-tim-hieu-phap-luat-2026",
    title="Hưởng ứng Ngày Pháp luật Việt Nam: Sân chơi “Rung chuông vàng – Tìm hiểu pháp luật” năm 2026",
    cat="dh",
    published_at="2026-11-10T15:30:00+07:00",
    blocks=[
        P(
            "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11), chiều "
            "09/11/2026, Đoàn trường phối hợp với Công an phường Vinh Phú tổ chức sân chơi “Rung "
            "chuông vàng – Tìm hiểu pháp luật” cho học sinh khối 10."
        ),
        P(
            "100 thí sinh đại diện cho 12 chi đoàn khối 10 lần lượt vượt qua 25 câu hỏi xoay "
            "quanh Luật Giao thông đường bộ, Luật An ninh mạng, Luật Phòng, chống ma túy và các "
            "quy định về phòng, chống bạo lực học đường."
        ),
        P(
            "“Thông qua sân chơi, em hiểu rõ hơn trách nhiệm của mình khi tham gia giao thông và "
            "khi sử dụng mạng xã hội”, em Trần Bảo Ngọc, lớp 10A3 chia sẻ.",
            "quote",
        ),
        P(
            "Sau gần 2 giờ tranh tài, em Nguyễn Đình Phúc, lớp 10A1 là thí sinh duy nhất vượt qua "
            "câu hỏi cuối cùng và rung tiếng chuông vàng."
        ),
        Img(_img("rung-chuong-vang-phap-luat-2026"), None, None, style="widget"),
        _sign("Theo Website Tỉnh đoàn Nghệ An", bold=False, italic=True),
    ],
    source="Website Tỉnh đoàn Nghệ An",
    opts={
        "date": "10/11/2026 - 15:30",
        "utc": "2026-11-10T08:30:00Z",
        "tags": ["Pháp luật"],
        "thumb": "rung-chuong-vang-phap-luat-2026",
    },
)

S10 = Story(
    id=10,
    slug="khoi-dong-chuong-trinh-mua-dong-am-2026",
    title="Đoàn trường khởi động chương trình “Mùa đông ấm” năm 2026",
    cat="dh",
    published_at="2026-12-03T16:10:00+07:00",
    summary=(
        "Chiều 03/12, Đoàn trường THPT Trần Hưng Đạo tổ chức lễ khởi động chương trình “Mùa "
        "đông ấm” năm 2026, hướng tới học sinh có hoàn cảnh khó khăn tại các xã miền núi của "
        "tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch, từ nay đến ngày 25/12/2026, các chi đoàn sẽ quyên góp áo ấm, chăn "
            "màn, sách vở và kinh phí để trao tặng học sinh Trường PTDTBT THCS Tri Lễ (xã Tri Lễ) "
            "và Trường Tiểu học Nậm Cắn (xã Nậm Cắn)."
        ),
        P(
            "Mỗi đoàn viên ủng hộ tối thiểu một chiếc áo ấm hoặc 20.000 đồng; các chi đoàn đăng "
            "ký thêm các phần quà “Tết yêu thương” gồm bánh chưng, gạo và nhu yếu phẩm."
        ),
        P("Điểm tiếp nhận: Văn phòng Đoàn trường, tầng 1 nhà A."),
        P("Thời gian: các buổi sáng từ thứ Hai đến thứ Bảy.", "br"),
        Img(
            _img("mua-dong-am-2026-khoi-dong"),
            "Bí thư Đoàn trường Phan Thị Thu Trang phát động chương trình.",
            "Bí thư Đoàn trường Phan Thị Thu Trang phát động chương trình.",
            style="widget",
        ),
        _sign("Tin, ảnh: Đoàn trường"),
        Raw(
            '<p class="text-align-left"><span style="display: initial;"><strong>Xem thêm:</strong> '
            '<a href="/blog/rung-chuong-vang-tim-hieu-phap-luat-2026">Hưởng ứng Ngày Pháp luật '
            "Việt Nam: Sân chơi “Rung chuông vàng – Tìm hiểu pháp luật” năm 2026</a></span></p>"
        ),
    ],
    authors=["Đoàn trường"],
    photographers=["Đoàn trường"],
    opts={
        "date": "03/12/2026 - 16:10",
        "utc": "2026-12-03T09:10:00Z",
        "updated": "04/12/2026 - 08:30",
        "sapo": "desc",
        "tags": ["Tình nguyện", "Mùa đông ấm"],
        "thumb": "mua-dong-am-2026-khoi-dong",
    },
)

S11 = Story(
    id=11,
    slug="chuyen-de-ung-dung-ai-trong-day-hoc-doc-hieu-ngu-van-10",
    title="Chuyên đề: Ứng dụng trí tuệ nhân tạo trong dạy học đọc hiểu văn bản Ngữ văn 10",
    cat="cm",
    published_at="2026-11-14T09:00:00+07:00",
    summary=(
        "Trong khuôn khổ sinh hoạt chuyên môn tháng 11, Tổ Ngữ văn tổ chức chuyên đề về ứng dụng "
        "trí tuệ nhân tạo (AI) trong dạy học đọc hiểu, hướng tới phát triển năng lực tự học và tư "
        "duy phản biện cho học sinh."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Đặt vấn đề", "h3"),
        P(
            "Chương trình giáo dục phổ thông 2018 môn Ngữ văn đặt mục tiêu hình thành năng lực đọc "
            "hiểu theo đặc trưng thể loại.[1] Trong bối cảnh các công cụ AI tạo sinh ngày càng phổ "
            "biến, giáo viên cần chủ động hướng dẫn học sinh sử dụng AI như một “người bạn đồng "
            "hành”, thay vì để các em lệ thuộc vào câu trả lời có sẵn."
        ),
        P("2. Một số biện pháp đã triển khai", "h3"),
        P(
            "Thứ nhất, giáo viên sử dụng AI để thiết kế hệ thống câu hỏi đọc hiểu theo các mức độ "
            "nhận biết, thông hiểu, vận dụng; sau đó chọn lọc, điều chỉnh cho phù hợp với đối "
            "tượng học sinh.[2]"
        ),
        P(
            "Thứ hai, học sinh được giao nhiệm vụ đối chiếu câu trả lời của AI với văn bản gốc, "
            "chỉ ra chỗ đúng, chỗ chưa chính xác và giải thích lý do. Hoạt động này giúp các em rèn "
            "luyện tư duy phản biện và ý thức trung thực trong học tập."
        ),
        P(
            "Thứ ba, tổ chuyên môn xây dựng bộ tiêu chí đánh giá sản phẩm học tập có sử dụng AI, "
            "trong đó yêu cầu học sinh ghi rõ phần nội dung có sự hỗ trợ của công cụ."
        ),
        Img(
            _img("chuyen-de-ai-ngu-van-10a2"),
            "Tiết dạy minh họa tại lớp 10A2.",
            "Tiết dạy minh họa tại lớp 10A2.",
            style="widget",
        ),
        P("3. Kết quả bước đầu", "h3"),
        P(
            "Qua khảo sát 4 lớp thực nghiệm, 82% học sinh cho biết các em hứng thú hơn với giờ đọc "
            "hiểu; điểm trung bình bài kiểm tra giữa kỳ I tăng 0,6 điểm so với các lớp đối chứng."
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban "
            "hành kèm theo Thông tư số 32/2018/TT-BGDĐT.",
            "note",
        ),
        P(
            "[2] Nguyễn Thị Hồng Vân (2025), “Dạy học đọc hiểu với sự hỗ trợ của trí tuệ nhân "
            "tạo”, Tạp chí Giáo dục, số 562, tr. 18–23.",
            "note",
        ),
        _sign("ThS. Lê Thị Thu Hà – Tổ trưởng Tổ Ngữ văn"),
    ],
    authors=["Lê Thị Thu Hà"],
    opts={
        "date": "14/11/2026 - 09:00",
        "utc": "2026-11-14T02:00:00Z",
        "sapo": "desc",
        "ftn": True,
        "tags": ["Nổi bật", "Chuyên đề", "Ngữ văn"],
        "featured": True,
        "thumb": "chuyen-de-ai-ngu-van-10a2",
    },
)

S12 = Story(
    id=12,
    slug="sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc-cum-truong-khu-vuc-vinh",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THPT khu vực Vinh",
    cat="cm",
    published_at="2026-10-30T08:40:00+07:00",
    blocks=[
        P(
            "Ngày 29/10/2026, Trường THPT Trần Hưng Đạo đăng cai buổi sinh hoạt chuyên môn theo "
            "nghiên cứu bài học môn Toán của cụm 5 trường THPT khu vực Vinh, với sự tham dự của 46 "
            "giáo viên."
        ),
        P(
            "Tiết dạy minh họa “Xác suất của biến cố hợp” (Toán 11) do cô Nguyễn Thị Quỳnh Như "
            "thực hiện tại lớp 11A4. Thay vì tập trung vào hoạt động của giáo viên, các thầy cô dự "
            "giờ quan sát việc học của từng nhóm học sinh: các em học như thế nào, gặp khó khăn ở "
            "đâu, vì sao."
        ),
        Img(
            _img("sh-nghien-cuu-bai-hoc-tiet-day"),
            "Cô Nguyễn Thị Quỳnh Như hướng dẫn học sinh hoạt động nhóm.",
            "Cô Nguyễn Thị Quỳnh Như hướng dẫn học sinh hoạt động nhóm.",
            style="widget",
        ),
        P(
            "Trong phần thảo luận, các thầy cô thống nhất nhiều giải pháp điều chỉnh: giao nhiệm "
            "vụ ngắn gọn hơn, tăng thời gian cho học sinh trình bày, sử dụng phiếu học tập có gợi "
            "ý theo mức độ."
        ),
        Img(_img("sh-nghien-cuu-bai-hoc-thao-luan"), None, None, style="widget"),
        P(
            "Buổi sinh hoạt là dịp để giáo viên các trường chia sẻ kinh nghiệm, góp phần đổi mới "
            "phương pháp dạy học theo Chương trình GDPT 2018."
        ),
        _sign("Tổ Toán – Tin"),
        Raw(
            '<p class="text-align-left"><span style="display: initial;"><strong>Xem thêm:</strong> '
            '<a href="/index.php/chuyen-mon/182-ke-hoach-hoi-thi-gvdg.html">Kế hoạch tổ chức Hội '
            "thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027</a></span></p>"
        ),
    ],
    authors=["Tổ Toán – Tin"],
    opts={
        "date": "30/10/2026 - 08:40",
        "utc": "2026-10-30T01:40:00Z",
        "mode": "soup",
        "tags": ["Nghiên cứu bài học", "Toán"],
        "thumb": "sh-nghien-cuu-bai-hoc-tiet-day",
    },
)

S13 = Story(
    id=13,
    slug="hoi-thao-dinh-huong-on-thi-tot-nghiep-thpt-2027",
    title="Hội thảo định hướng ôn thi tốt nghiệp THPT năm 2027",
    cat="cm",
    published_at="2026-12-02",
    blocks=[
        P(
            "Nhằm nâng cao chất lượng ôn tập cho học sinh lớp 12, ngày 01/12/2026, Trường THPT "
            "Trần Hưng Đạo tổ chức hội thảo “Định hướng ôn thi tốt nghiệp THPT năm 2027” với sự "
            "tham gia của toàn thể giáo viên dạy lớp 12."
        ),
        Img(_img("hoi-thao-on-thi-tn-2027"), "Quang cảnh hội thảo.", "Quang cảnh hội thảo.", style="inline"),
        P(
            "Tại hội thảo, các tổ chuyên môn báo cáo kết quả khảo sát chất lượng đầu năm và đề "
            "xuất kế hoạch ôn tập. Một số nội dung được thống nhất:"
        ),
        P("Phân loại học sinh theo năng lực để xây dựng nội dung ôn tập phù hợp;"),
        P("Tổ chức 3 đợt thi thử theo cấu trúc đề minh họa của Bộ GD&ĐT;", "br"),
        P("Tăng cường ôn luyện kỹ năng làm bài trắc nghiệm đúng/sai và trả lời ngắn.", "br"),
        P(
            "Phát biểu kết luận, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường đề nghị giáo viên "
            "bám sát định hướng của Bộ GD&ĐT, tăng cường kiểm tra, đánh giá thường xuyên và phối "
            "hợp chặt chẽ với phụ huynh trong quá trình ôn tập."
        ),
        _sign("Trần Quốc Bảo"),
    ],
    authors=["Trần Quốc Bảo"],
    opts={
        "date": "02/12/2026 - 00:00",
        "utc": "2026-12-01T17:00:00Z",
        "tags": ["Tốt nghiệp THPT", "Lớp 12"],
        "thumb": "hoi-thao-on-thi-tn-2027",
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
#: Duda's order: publish time (the Duda date, not the letterhead's day), newest first
BLOG_ORDER = sorted(STORIES, key=lambda s: s.opts["utc"], reverse=True)
FEATURED = [S1, S2, S8, S11]
MOST_READ = [S1, S8, S2, S5]


def _post_path(s: Story) -> str:
    return f"/blog/{s.slug}"


def _in_section(key: str) -> list[Story]:
    return [s for s in BLOG_ORDER if s.cat == key]


# --- text rendering ------------------------------------------------------------------------

_FTN = re.compile(r"\[(\d)\]")


def _soup(value: str, seed: int) -> str:
    """Text cut into Duda editor spans at arbitrary points (inside words too), some &nbsp;."""
    out = []
    i = 0
    n = 0
    while i < len(value):
        step = 9 + (seed * 7 + n * 13) % 17
        piece = value[i : i + step]
        piece_html = esc(piece)
        if n % 3 == 1:
            piece_html = piece_html.replace(" ", "&nbsp;", 1)
        style = "display: initial;" if n % 2 == 0 else "display: initial; font-size: 16px;"
        out.append(f'<span style="{style}">{piece_html}</span>')
        i += step
        n += 1
    return "".join(out)


def _t(s: Story, value: str, seed: int = 0, *, note: bool = False) -> str:
    if s.opts.get("mode") == "soup":
        return _soup(value, seed)
    markup = text(value, nfd=bool(s.opts.get("nfd")))
    if s.opts.get("ftn") and note:
        # a note entry: its number links back to the call
        return _FTN.sub(
            lambda m: f'<a href="#_ftnref{m[1]}" name="_ftn{m[1]}" title="">[{m[1]}]</a>', markup, count=1
        )
    if s.opts.get("ftn"):
        markup = _FTN.sub(
            lambda m: (
                f'<a style="mso-footnote-id:ftn{m[1]}" href="#_ftn{m[1]}" name="_ftnref{m[1]}" '
                f'title=""><span class="MsoFootnoteReference">[{m[1]}]</span></a>'
            ),
            markup,
        )
    return markup


_FB_WRAP = (
    '<span class="html-span xdj266r x11i5rnm xat24cr x1mh8g0r xexx8yu x4uap5 x18d9i69 '
    'xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 x1j61x8r x1fcty0u xdj266r xhhsvwb xat24cr '
    'xgzva0m xxymvpz xlup9mm x1kky2od">'
)
_FB_EMOJI = {"1f4cc": "📌", "1f449": "👉"}


def _para(s: Story, p: P, seed: int, br_tail: list[P]) -> str:
    """One paragraph (plus <br>-joined continuation lines) in the post's editor style."""
    mode = s.opts.get("mode", "duda")
    parts = [_t(s, p.text, seed, note=p.style == "note")]
    parts += [_t(s, q.text, seed + k + 1) for k, q in enumerate(br_tail)]
    inner = "<br>\n".join(parts)
    style = p.style
    if style.startswith("fb:"):
        code = style[3:]
        emoji = (
            f'{_FB_WRAP}<img height="16" width="16" alt="{_FB_EMOJI[code]}" '
            'referrerpolicy="origin-when-cross-origin" '
            f'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t2d/1/16/{code}.png"></span>'
        )
        return f'<div dir="auto" style="text-align: start;">{emoji} {inner}</div>\n'
    if mode == "fb":
        return f'<div dir="auto" style="text-align: start;">{inner}</div>\n'
    if mode == "word":
        span = (
            '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times '
            f'New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;">{inner}</span>'
        )
        if style == "h3":
            return (
                '<p class="MsoNormal" style="margin-top:6.0pt;text-align:justify;line-height:150%">'
                f"<b>{span}</b></p>\n"
            )
        if style == "mso":
            return (
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-align:justify;'
                'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                '<span style="font-size:14.0pt;line-height:150%;font-family:Symbol;'
                'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">'
                '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
                f"{span}</p>\n"
            )
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            f"{span}</p>\n"
        )
    if style in ("h3", "h4"):
        size = "22" if style == "h3" else "19"
        return (
            f'<{style} class="text-align-left m-size-18 size-{size}">'
            f'<span class="font-size-{size}" style="display: initial;">{inner}</span></{style}>\n'
        )
    if style == "bold":
        return (
            '<p class="text-align-justify m-text-align-left"><strong>'
            f'<span style="display: initial;">{inner}</span></strong></p>\n'
        )
    if style == "quote":
        return (
            '<blockquote style="border-left: 3px solid rgb(178, 34, 34); padding-left: 12px;">'
            f'<p class="text-align-justify"><em><span style="display: initial;">{inner}</span></em>'
            "</p></blockquote>\n"
        )
    if style == "note":
        return (
            '<p class="text-align-left" style="font-size: 14px;">'
            f'<span style="display: initial; color: rgb(85, 85, 85);">{inner}</span></p>\n'
        )
    return (
        '<p class="text-align-justify m-text-align-left">'
        f'<span style="display: initial;">{inner}</span></p>\n'
    )


def _table(s: Story, rows: list[P]) -> str:
    trs = []
    for row in rows:
        cells = [c.strip() for c in row.text.split(" | ")]
        if row.style == "rowh":
            tds = "".join(
                f'<td style="border: 1px solid #999; padding: 4px 6px; background: #f2f2f2; '
                f'text-align: center;"><strong>{_t(s, c)}</strong></td>'
                for c in cells
            )
        else:
            tds = "".join(
                f'<td style="border: 1px solid #999; padding: 4px 6px;">{_t(s, c)}</td>' for c in cells
            )
        trs.append(f"<tr>{tds}</tr>")
    return (
        '<div class="ndsm-tbl-wrap" style="overflow-x: auto;"><table border="1" cellpadding="4" '
        'cellspacing="0" style="border-collapse: collapse; width: 100%;"><tbody>'
        + "".join(trs)
        + "</tbody></table></div>\n"
    )


def _text_widget(s: Story, inner: str, n: int) -> str:
    w = _wid("txt", s.id, n)
    if s.opts.get("mode") == "fb":
        inner = (
            '<div class="x1iorvi4 x1pi30zi x1l90r2v x1swvt13" data-ad-comet-preview="message" '
            f'data-ad-preview="message"><div class="x78zum5 xdt5ytf xz62fqu x16ldp7u">{inner}</div></div>'
        )
    return (
        f'<div class="u_{w} dmNewParagraph" data-element-type="paragraph" data-version="5" '
        f'id="{w}" style="transition: opacity 1s ease-in-out 0s;">\n{inner}</div>\n'
    )


def _image_widget(s: Story, img: Img, n: int) -> str:
    w = _wid("img", s.id, n)
    small = img.src.replace("-1920w.", "-640w.")
    out = (
        f'<div class="u_{w} imageWidget align-center" data-element-type="image" '
        f'data-widget-type="image" id="{w}" data-binding="">'
        f'<a id="{w}_lnk" class="dmLightbox" data-dm-multisize-attr="href" href="{img.src}">'
        f'<img src="{img.src}" srcset="{small} 640w, {img.src} 1920w" '
        f'sizes="(max-width: 767px) 100vw, 760px" id="{w}_img" class="" alt="" '
        f'data-dm-image-path="{img.src}" width="1920" height="1280" '
        'onerror="handleImageLoadError(this)"/></a></div>\n'
    )
    if img.printed:
        c = _wid("cap", s.id, n)
        out += (
            f'<div class="u_{c} dmNewParagraph" data-element-type="paragraph" data-version="5" '
            f'id="{c}"><p class="text-align-center m-text-align-center">'
            f'<span style="display: initial; font-size: 14px; color: rgb(102, 102, 102);">'
            f"<em>{esc(img.printed)}</em></span></p></div>\n"
        )
    return out


def _gallery(s: Story, imgs: list[Img], n: int) -> str:
    g = _wid("gal", s.id, n)
    opts = json.dumps({"thumbnailsPerRow": 3, "rowsToShow": 1, "imageScaleMethod": "fill"})
    cols = []
    for k, img in enumerate(imgs):
        small = img.src.replace("-1920w.", "-640w.")
        caption = (
            '<div class="caption-container" style="">'
            '<span class="caption-inner"><h3 class="caption-title"></h3>'
            f'<div class="caption-text"><p>{esc(img.printed)}</p></div></span></div>'
            if img.printed
            else ""
        )
        cols.append(
            f'<div class="photogallery-column column-3" data-index="{k}">'
            f'<div index="{k}" class="photoGalleryThumbs animated" data-index="{k}">'
            '<div class="thumbnailInnerWrapper"><div class="image-container revealed">'
            f'<a data-dm-multisize-attr="href" data-image-url="{img.src}" href="{small}">'
            f'<img src="{img.src}" alt="" data-dm-image-path="{img.src}" '
            'onerror="handleImageLoadError(this)"/></a></div>'
            f"{caption}</div></div></div>"
        )
    return (
        f'<div class="u_{g} dmPhotoGallery newPhotoGallery dmPhotoGalleryResp photoGallery '
        'photo-gallery-done text-layout-bottom captionAlignment-center_center '
        f'photogallery-column-3" galleryoptionsparams="{esc(opts)}" data-desktop-layout="square" '
        f'data-element-type="dYG1bG1FY5" data-desktop-columns="3" id="{g}" '
        'data-link-gallery="true" data-widget-type="photoGallery">'
        f'<div class="dmPhotoGalleryHolder clearfix gallery shadowEffectToChildren" id="{g}_h"></div>'
        '<div class="layout-container square"><div class="photogallery-row" data-index="">'
        + "".join(cols)
        + "</div></div></div>\n"
    )


def _inline_image(img: Img) -> str:
    out = (
        '<p class="text-align-center" style="text-align: center;">'
        f'<img src="{img.src}" alt="" style="width: 100%; max-width: 760px; height: auto;"/></p>\n'
    )
    if img.printed:
        out += (
            '<p class="text-align-center" style="text-align: center;">'
            f'<span style="display: initial;"><em>{esc(img.printed)}</em></span></p>\n'
        )
    return out


def _content(s: Story) -> str:
    """The post's blocks as Duda prints them: a run of sibling widgets."""
    widgets: list[str] = []
    buf: list[str] = []
    n = 0

    def flush() -> None:
        nonlocal n
        if buf:
            widgets.append(_text_widget(s, "".join(buf), n))
            n += 1
            buf.clear()

    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                flush()
                widgets.append(_gallery(s, group, n))
                n += 1
                continue
            if b.style == "inline":
                buf.append(_inline_image(b))
            else:
                flush()
                widgets.append(_image_widget(s, b, n))
                n += 1
        elif isinstance(b, Raw):
            if b.html.startswith("<!--own:video-->"):
                flush()
                v = _wid("vid", s.id, n)
                widgets.append(
                    f'<div class="u_{v} dmVideoWidget" data-element-type="video" id="{v}">'
                    f"{b.html[len('<!--own:video-->'):]}</div>\n"
                )
                n += 1
            else:
                buf.append(b.html + "\n")
        elif b.style in ("row", "rowh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "rowh"):
                rows.append(blocks[i])
                i += 1
            buf.append(_table(s, rows))
            continue
        else:
            tail = []
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                tail.append(blocks[j])
                j += 1
            buf.append(_para(s, b, i, tail))
            i = j
            continue
        i += 1
    flush()
    return "".join(widgets)


# --- chrome --------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        [("Lịch sử - Truyền thống", "/gioi-thieu"), ("Đội ngũ cán bộ, giáo viên", "/doi-ngu")],
    ),
    (
        "Tin tức",
        "/blog",
        [("Tin tức - Sự kiện", "/tin-tuc-su-kien"), ("Thông báo", "/thong-bao"), ("Đoàn - Hội", "/doan-hoi")],
    ),
    ("Chuyên môn", "/chuyen-mon", [("Hoạt động chuyên môn", "/chuyen-mon"), ("Văn bản", "/van-ban")]),
    ("Tuyển sinh", "/tuyen-sinh", []),
    ("Thư viện", "/thu-vien-anh", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Liên hệ", "/lien-he", []),
]


def _nav(active: str, *, drawer: bool = False) -> str:
    items = []
    for k, (label, href, subs) in enumerate(MENU):
        sel = " dmNavItemSelected" if label == active else ""
        has_sub = " unifiednav__item_has-sub-nav" if subs else ""
        aria = ' aria-current="page"' if label == active else ""
        sub_html = ""
        if subs:
            lis = "".join(
                f'<li role="menuitem" class=" unifiednav__item-wrap " data-auto="more-pages" data-depth="1">'
                f'<a href="{h}" class="unifiednav__item  dmUDNavigationItem_0{k}0{m}  " target="" '
                f'data-target-page-alias=""><span class="nav-item-text " data-link-text="{esc(lb)}" '
                f'data-auto="page-text-style">{esc(lb)}<span class="icon icon-angle-right"></span>'
                "</span></a></li>"
                for m, (lb, h) in enumerate(subs)
            )
            sub_html = (
                '<ul role="menu" aria-expanded="false" class="unifiednav__container '
                f'unifiednav__container_sub-nav" data-depth="0" data-auto="sub-pages">{lis}</ul>'
            )
        items.append(
            f'<li role="menuitem" class=" unifiednav__item-wrap " data-auto="more-pages" data-depth="0">'
            f'<a href="{href}" class="unifiednav__item {sel} dmUDNavigationItem_0{k}{has_sub}" '
            f'target="" data-target-page-alias=""{aria}><span class="nav-item-text " '
            f'data-link-text="{esc(label)}" data-auto="page-text-style">{esc(label)}'
            f'<span class="icon icon-angle-down"></span></span></a>{sub_html}</li>'
        )
    nid = "1734902261" if drawer else "1517722843"
    layout = "vertical_nav_layout_1" if drawer else "horizontal_nav_layout_2"
    return (
        f'<nav class="u_{nid} effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation" '
        f'layout-main="{layout}" layout-sub="submenu_horizontal_2" data-show-vertical-sub-items="HOVER" '
        f'id="{nid}" dmle_extension="onelinksmenu" data-element-type="onelinksmenu" '
        'data-nav-structure="HORIZONTAL" wr="true" icon="true" surround="true" adwords="" '
        'navigation-id="unifiedNav">'
        '<ul role="menubar" class="unifiednav__container  " data-auto="navigation-pages">'
        + "".join(items)
        + "</ul></nav>"
    )


def _header(active: str) -> str:
    return f"""<div class="layout-drawer-hamburger hamburger-on-header" id="layout-drawer-hamburger" aria-label="menu" aria-controls="hamburger-drawer" aria-expanded="false" role="button" tabindex="0"><span class="hamburger__slice"></span><span class="hamburger__slice"></span><span class="hamburger__slice"></span></div>
<div id="hcontainer" class="u_hcontainer dmHeader p_hfcontainer" freeheader="true" headerlayout="b58ba5b5703b4cd7b5f5f7951565dc87===horizontal-layout-5" data-scrollable-target="body" data-scrollable-target-threshold="1" data-scroll-responder-id="1" preserve-sticky-header="true" logo-size-target="100%">
<div dm:templateorder="85" class="dmHeaderResp dmHeaderStack noSwitch" id="1709005236">
 <div class="u_1416238516 dmRespRow ndsm-topbar" style="text-align: center;" id="1416238516">
  <div class="dmRespColsWrapper" id="1530219651">
   <div class="u_1170224411 dmRespCol small-12 large-7 medium-7" id="1170224411">
    <div class="u_1593006470 dmNewParagraph" data-element-type="paragraph" id="1593006470" data-version="5"><p class="text-align-left"><span style="display: initial; color: rgb(255, 255, 255);">📅 {TODAY_LINE}</span><span style="display: initial; color: rgb(255, 255, 255);"> &nbsp;|&nbsp; ☎ Hotline: 0238 3 855 616 &nbsp;|&nbsp; ✉ c3tranhungdao@nghean.edu.vn</span></p></div>
   </div>
   <div class="u_1850342977 dmRespCol small-12 large-5 medium-5" id="1850342977">
    <div class="u_1203958476 dmSocialHub gapSpacing" data-element-type="social_hub" id="1203958476"><div class="socialHubWrapper"><div class="socialHubInnerDiv "><a href="https://www.facebook.com/thpttranhungdao.nghean" target="_blank" dm_dont_rewrite_url="true" aria-label="facebook" class="dmSocialFacebook"><span class="dmSocialFacebook dm-social-icons-facebook oneIcon socialHubIcon style8" aria-hidden="true"></span></a><a href="https://www.youtube.com/@thpttranhungdaonghean" target="_blank" dm_dont_rewrite_url="true" aria-label="youtube" class="dmSocialYoutube"><span class="dmSocialYoutube dm-social-icons-youtube oneIcon socialHubIcon style8" aria-hidden="true"></span></a></div></div></div>
    <div class="u_1588421370 dmSiteSearch" data-element-type="site_search" id="1588421370"><form class="ndsm-timkiem" action="/tim-kiem" method="get" role="search"><input type="text" name="q" value="" placeholder="Tìm kiếm..." aria-label="Tìm kiếm"/><button type="submit" class="dmSearchButton">🔍</button></form></div>
   </div>
  </div>
 </div>
 <div class="u_1283429331 dmRespRow fullBleedChanged fullBleedMode ndsm-logo-row" id="1283429331">
  <div class="dmRespColsWrapper" id="1995302188">
   <div class="u_1064331590 dmRespCol small-12 large-5 medium-5" id="1064331590">
    <div class="u_1879316425 imageWidget align-left" data-element-type="image" data-widget-type="image" id="1879316425"><a href="/" id="1879316425_lnk"><img src="{_img('logo-thpt-tran-hung-dao', 200, 'png')}" id="1879316425_img" class="" alt="Logo Trường THPT Trần Hưng Đạo" width="200" height="200" onerror="handleImageLoadError(this)"/></a></div>
    <div class="u_1402281893 dmNewParagraph" data-element-type="paragraph" id="1402281893" data-version="5"><p class="text-align-left"><span style="display: initial; color: rgb(25, 72, 140);">SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN</span></p><p class="text-align-left"><strong><span style="display: initial; color: rgb(178, 34, 34); font-size: 26px;">TRƯỜNG THPT TRẦN HƯNG ĐẠO</span></strong></p></div>
   </div>
   <div class="u_1347710056 dmRespCol small-12 large-7 medium-7" id="1347710056">
    {_nav(active)}
   </div>
  </div>
 </div>
</div>
</div>
"""


def _footer() -> str:
    quick = "".join(
        f'<li><a href="{h}">{esc(lb)}</a></li>'
        for lb, h in (
            ("Giới thiệu", "/gioi-thieu"),
            ("Tuyển sinh lớp 10", "/tuyen-sinh"),
            ("Văn bản", "/van-ban"),
            ("Thư viện ảnh", "/thu-vien-anh"),
            ("Liên hệ", "/lien-he"),
        )
    )
    return f"""<div class="dmFooterContainer">
<div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer">
<div dm:templateorder="250" class="dmFooterResp generalFooter" id="1943048428">
 <div class="u_1597412011 dmRespRow" id="1597412011"><div class="dmRespColsWrapper" id="1208734120">
  <div class="u_1472205590 dmRespCol small-12 large-5 medium-5" id="1472205590">
   <div class="u_1150728343 dmNewParagraph" data-element-type="paragraph" id="1150728343" data-version="5">
    <p><strong><span style="display: initial;">TRƯỜNG THPT TRẦN HƯNG ĐẠO</span></strong></p>
    <p><span style="display: initial;">Địa chỉ: Số 86 đường Nguyễn Sỹ Sách, phường Vinh Phú, tỉnh Nghệ An</span></p>
    <p><span style="display: initial;">Điện thoại: 0238 3 855 616 - Fax: 0238 3 855 617</span></p>
    <p><span style="display: initial;">Email: <a href="mailto:c3tranhungdao@nghean.edu.vn">c3tranhungdao@nghean.edu.vn</a></span></p>
    <p><span style="display: initial;">Chịu trách nhiệm nội dung: ThS. Nguyễn Văn Hùng - Hiệu trưởng</span></p>
   </div>
  </div>
  <div class="u_1712093466 dmRespCol small-12 large-3 medium-3" id="1712093466">
   <div class="u_1630045210 dmNewParagraph" data-element-type="paragraph" id="1630045210" data-version="5"><h4><span style="display: initial;">Liên kết nhanh</span></h4><ul class="ndsm-lknhanh">{quick}</ul></div>
  </div>
  <div class="u_1066952118 dmRespCol small-12 large-4 medium-4" id="1066952118">
   <div class="u_1318007452 dmCustomHtml ndsm-tk" data-element-type="custom_extension" id="1318007452">
    <div class="tk-tieude">THỐNG KÊ TRUY CẬP</div>
    <table class="tk-bang"><tr><td>Đang online:</td><td>31</td></tr><tr><td>Hôm nay:</td><td>427</td></tr><tr><td>Tháng này:</td><td>9.815</td></tr><tr><td>Tổng truy cập:</td><td>1.284.536</td></tr></table>
   </div>
  </div>
 </div></div>
 <div class="u_1829355206 dmRespRow ndsm-copy" id="1829355206"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12">
  <div class="u_1276542087 dmNewParagraph" data-element-type="paragraph" id="1276542087" data-version="5"><p class="text-align-center"><span style="display: initial;">© 2026 Trường THPT Trần Hưng Đạo - Nghệ An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</span></p><p class="text-align-center"><span style="display: initial;">Thiết kế website: <a href="https://songlamdigital.vn" target="_blank" rel="nofollow">Sông Lam Digital</a></span></p></div>
 </div></div></div>
</div>
</div>
</div>
"""


def _popup() -> str:
    return """<div class="dmPopupMask" id="dmPopupMask"></div>
<div id="dmPopup" class="dmPopup" role="dialog" aria-labelledby="dmPopupTitle" style="display: none;">
 <div class="dmPopupClose dm-common-icons-close oneIcon" onclick="dmHidePopupPage()"></div>
 <div class="dmPopupTitle" id="dmPopupTitle">Thông báo</div>
 <div class="data">
  <div class="u_1981733046 dmNewParagraph" data-element-type="paragraph" id="1981733046" data-version="5">
   <p class="text-align-center"><strong><span style="display: initial;">TUYỂN SINH LỚP 10 NĂM HỌC 2027 – 2028</span></strong></p>
   <p class="text-align-justify"><span style="display: initial;">Nhà trường tổ chức tư vấn tuyển sinh trực tiếp vào sáng thứ Bảy hằng tuần từ tháng 3/2027 tại Hội trường nhà B. Cha mẹ học sinh, học sinh có nhu cầu vui lòng liên hệ hotline 0238 3 855 616 để được hỗ trợ.</span></p>
  </div>
  <a href="/tuyen-sinh" class="dmButtonLink u_1482011935" data-element-type="dButtonLinkId" id="1482011935"><span class="text">Tìm hiểu thêm</span></a>
 </div>
</div>
"""


def _list_item_small(s: Story) -> str:
    thumb = s.opts.get("thumb")
    src = _img(thumb, 640) if thumb else _img("thd-mac-dinh", 640, "png")
    return (
        '<li class="ndsm-docnhieu-item">'
        f'<a href="{_post_path(s)}" class="thumb"><img src="{src}" alt="" width="90" height="60"/></a>'
        f'<a href="{_post_path(s)}" class="tt">{esc(s.title)}</a>'
        f'<span class="ngay">{s.opts["date"][:10]}</span></li>'
    )


def _sidebar() -> str:
    most = "".join(_list_item_small(s) for s in MOST_READ)
    return f"""<div class="u_1546210337 dmCustomHtml ndsm-box" data-element-type="custom_extension" id="1546210337">
 <div class="ndsm-box-tt">TIN ĐỌC NHIỀU</div><ul class="ndsm-docnhieu">{most}</ul>
</div>
<div class="u_1660917725 dmCustomHtml ndsm-box" data-element-type="custom_extension" id="1660917725">
 <div class="ndsm-box-tt">LỊCH CÔNG TÁC TUẦN 15 (07/12 – 12/12/2026)</div>
 <table class="ndsm-lct"><tr><td>Thứ Hai 07/12</td><td>Chào cờ; sinh hoạt dưới cờ chủ đề “Uống nước nhớ nguồn”</td></tr><tr><td>Thứ Tư 09/12</td><td>14h00: Họp Hội đồng sư phạm tháng 12</td></tr><tr><td>Thứ Sáu 11/12</td><td>Nộp đề kiểm tra cuối kỳ I về Phó Hiệu trưởng chuyên môn</td></tr></table>
</div>
<div class="u_1139840226 dmform ndsm-box" data-element-type="dContactUsRespId" id="1139840226">
 <div class="ndsm-box-tt">THĂM DÒ Ý KIẾN</div>
 <form class="dmform-wrapper" method="post" action="/_dm/s/rt/actions/sites/{SITE_ALIAS}/poll/vote">
  <p>Bạn đánh giá thế nào về giao diện website mới của nhà trường?</p>
  <label><input type="radio" name="binhchon" value="1"/> Rất đẹp, dễ sử dụng</label>
  <label><input type="radio" name="binhchon" value="2"/> Bình thường</label>
  <label><input type="radio" name="binhchon" value="3"/> Cần cải thiện</label>
  <input type="hidden" name="dmformsubject" value="Bình chọn website"/>
  <button type="submit" class="dmformsubmit">Bình chọn</button>
 </form>
</div>
<div class="u_1295043357 dmCustomHtml ndsm-box" data-element-type="custom_extension" id="1295043357">
 <div class="ndsm-box-tt">LIÊN KẾT WEBSITE</div>
 <a href="https://moet.gov.vn" target="_blank" rel="nofollow"><img src="{_img('banner-bo-gddt', 640, 'png')}" alt="Bộ Giáo dục và Đào tạo"/></a>
 <a href="https://nghean.edu.vn" target="_blank" rel="nofollow"><img src="{_img('banner-so-gddt-nghe-an', 640, 'png')}" alt="Sở GD&amp;ĐT Nghệ An"/></a>
 <a href="https://csdl.moet.gov.vn" target="_blank" rel="nofollow"><img src="{_img('banner-csdl-nganh', 640, 'png')}" alt="CSDL ngành"/></a>
</div>
"""


def _page(
    req: Request,
    *,
    title: str,
    alias: str,
    main: str,
    active: str = "",
    description: str = "",
    canonical: str | None = None,
    head_extra: str = "",
    og_type: str = "website",
) -> Response:
    base = base_url(req)
    pid = _wid("page", alias)
    canon = f'<link rel="canonical" href="{base}{canonical}"/>\n' if canonical else ""
    og_url = f'<meta property="og:url" content="{base}{canonical}"/>\n' if canonical else ""
    body = f"""<!DOCTYPE html>
<html lang="vi" class="">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0, viewport-fit=cover"/>
<meta name="format-detection" content="telephone=no"/>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}"/>
<meta property="og:type" content="{og_type}"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:description" content="{esc(description)}"/>
<meta property="og:site_name" content="THPT Trần Hưng Đạo - Nghệ An"/>
{og_url}{canon}<link rel="icon" href="{_img('favicon-thd', 32, 'png')}" type="image/x-icon"/>
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin="anonymous"/>
<script>var _dmRtStart=Date.now();window.Parameters=window.Parameters||{{AjaxContainer:'div.dmBody',SiteAlias:'{SITE_ALIAS}',SiteType:atob('RFVEQU9ORQ=='),SiteId:'19264213',SiteLang:'vi',HomePage:'home',CurrentPageAlias:'{alias}',isInEditor:false,isResellerSite:true,isFlexSite:false}};</script>
<link rel="stylesheet" type="text/css" href="/_dm/s/rt/dist/css/d-css-runtime-desktop-one-package-structured-global.min.css"/>
<link rel="stylesheet" type="text/css" href="/files/dm-site-{SITE_ALIAS}/css/{SITE_ALIAS}_1.min.css" id="siteGlobalCss"/>
<style id="forceCssIncludes">[data-hidden-on-desktop]{{display:none!important}}@media (max-width:767px){{[data-hidden-on-mobile]{{display:none!important}}[data-hidden-on-desktop]{{display:block!important}}}}.ndsm-duongdan li{{display:inline}}</style>
{head_extra}</head>
<body id="dmRoot" data-page-alias="{alias}" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody responsiveTablet " style="padding:0;margin:0;">
<div id="dm" class="dmwr">
<div class="dm_wrapper standard-var5 widgetStyle-3 standard">
<div dmwrapped="true" id="1901957768" class="dm-home-page" themewaschanged="true">
<div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations hasStickyHeader inMiniHeaderMode rows-1200 dmPageBody d-page-{pid} inputs-css-clean dmFreeHeader" id="dm-outer-wrapper" data-page-class="{pid}" data-soch="true">
<div id="dmStyle_outerContainer" class="dmOuterContainer">
<div id="dmStyle_innerContainer" class="dmInnerContainer">
<div class="dmLayoutWrapper standard-var dmStandardDesktop">
<div id="iscrollBody">
<div id="site_content">
{_header(active)}
<div class="stickyHeaderSpacer" id="stickyHeaderSpacer" data-new="true"></div>
<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_{alias} dm-home-page">
<div id="allWrapper" class="allWrapper">
<div id="dm_content" class="dmContent" role="main">
<div dm:templateorder="170" class="dmDefaultRespTmpl mainBorder" id="{pid}">
<div class="innerPageTmplBox dmDefaultPage dmRespRowsWrapper" id="{_wid('box', alias)}">
{main}
</div>
</div>
</div>
</div>
</div>
{_footer()}
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
{_popup()}
<div id="hamburger-drawer" class="hamburger-drawer layout-drawer" layout="5ff40d3e2cf04ccf8cb6eb3ad9c7d5a8===header" data-origin="side-reveal">
<div class="u_1049200715 dmRespRow" id="1049200715"><div class="dmRespColsWrapper"><div class="dmRespCol large-12 medium-12 small-12">{_nav(active, drawer=True)}</div></div></div>
</div>
<script id="d-js-core" defer="true" src="/_dm/s/rt/scripts/d-js-one-runtime-unified-desktop.min.js"></script>
<script>window.dmAPI&&dmAPI.runOnReady('ndsm-counter',function(){{}});</script>
</body>
</html>
"""
    return html(body)


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    lis = []
    for k, (label, href) in enumerate(crumbs):
        if k:
            lis.append('<li class="sep">›</li>')
        lis.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href else f"<li><span>{esc(label)}</span></li>")
    w = _wid("bc", *[c[0] for c in crumbs])
    return (
        f'<div class="u_{w} dmCustomHtml ndsm-bc" data-element-type="custom_extension" id="{w}">'
        f'<ul class="ndsm-duongdan">{"".join(lis)}</ul></div>\n'
    )


def _crumbs_for(key: str) -> list[tuple[str, str | None]]:
    name, path, (parent, parent_href) = CATS[key]
    return [("Trang chủ", "/"), (parent, parent_href), (name, path)]


def _excerpt(s: Story, n: int = 150) -> str:
    first = s.summary if s.summary else next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "…"


def _list_date(s: Story) -> str:
    d, m, y = s.opts["date"][:10].split("/")
    return f"{int(d)} thg {int(m)}, {y}"


def _post_list(stories: list[Story], seed: str, *, layout: str = "list-2", tail: str = "") -> str:
    items = []
    for s in stories:
        thumb = s.opts.get("thumb")
        src = _img(thumb, 640) if thumb else _img("thd-mac-dinh", 640, "png")
        items.append(
            f'<div class="post-item" data-post-id="{hashlib.md5(s.slug.encode()).hexdigest()[:24]}">'
            f'<div class="post-image"><a href="{_post_path(s)}" aria-label="{esc(s.title)}">'
            f'<img src="{src}" alt="" loading="lazy"/></a></div>'
            '<div class="post-content">'
            f'<div class="post-info"><span class="post-date">{_list_date(s)}</span>'
            f' <span class="post-cat">{esc(CATS[s.cat][0])}</span></div>'
            f'<h3 class="post-title"><a href="{_post_path(s)}">{esc(s.title)}</a></h3>'
            f'<p class="post-description">{esc(_excerpt(s))}</p>'
            f'<a class="post-readmore" href="{_post_path(s)}">Đọc tiếp »</a></div></div>'
        )
    w = _wid("bpl", seed)
    return (
        f'<div class="u_{w} dmBlogPostList blog-post-list" data-element-type="blog_post_list" '
        f'data-layout="{layout}" id="{w}"><div class="blog-posts-wrapper">'
        + "".join(items)
        + "</div>"
        + tail
        + "</div>\n"
    )


def _json_ld(req: Request, s: Story) -> str:
    base = base_url(req)
    imgs = [base + img.src for img in s.images]
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": base + _post_path(s)},
        "headline": s.title,
        "datePublished": s.opts["utc"],
        "dateModified": s.opts["utc"],
        "author": {"@type": "Person", "name": "Quản trị website"},
        "publisher": {
            "@type": "Organization",
            "name": SCHOOL,
            "logo": {"@type": "ImageObject", "url": base + _img("logo-thpt-tran-hung-dao", 200, "png")},
        },
    }
    if imgs:
        data["image"] = imgs
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False)
        + "</script>\n"
    )


# --- pages ---------------------------------------------------------------------------------


def _post_page(req: Request, s: Story) -> Response:
    path = _post_path(s)
    base = base_url(req)
    hero_id = _wid("hero", s.id)
    title_w = _wid("title", s.id)
    meta_w = _wid("meta", s.id)
    desc_html = ""
    mobile_desc = ""
    if s.opts.get("sapo") == "desc":
        dw = _wid("desc", s.id)
        desc_html = (
            f'<div class="u_{dw} dmNewParagraph ndsm-mota" data-element-type="paragraph" '
            f'data-version="5" id="{dw}" data-hidden-on-mobile="true" '
            'data-binding="[{&quot;bindingOn&quot;:&quot;TEXT&quot;,&quot;bindingName&quot;:&quot;postDescription&quot;}]">'
            f'<p class="text-align-left size-18"><span style="display: initial; font-weight: 600;">'
            f"{esc(s.summary or '')}</span></p></div>\n"
        )
        mw = _wid("mdesc", s.id)
        mobile_desc = (
            f'<div class="u_{mw} dmNewParagraph ndsm-mota-m" data-element-type="paragraph" '
            f'data-version="5" id="{mw}" data-hidden-on-desktop="true">'
            f'<p class="text-align-left"><strong><span style="display: initial;">{esc(s.summary or "")}'
            "</span></strong></p></div>\n"
        )
    updated = (
        f'<span class="ndsm-sep"> | </span><span style="display: initial;">Cập nhật: {s.opts["updated"]}</span>'
        if s.opts.get("updated")
        else ""
    )
    meta = (
        f'<div class="u_{meta_w} dmNewParagraph ndsm-meta" data-element-type="paragraph" data-version="5" '
        f'id="{meta_w}" data-binding="[{{&quot;bindingOn&quot;:&quot;TEXT&quot;,&quot;bindingName&quot;:&quot;publishDate&quot;}}]">'
        f'<p class="text-align-left"><span style="display: initial; color: rgb(128, 128, 128);">🕒 {s.opts["date"]}</span>'
        f'{updated}<span class="ndsm-sep"> | </span><span style="display: initial; color: rgb(128, 128, 128);">'
        "Tác giả: Quản trị website</span></p></div>\n"
    )
    hero = (
        f'<div class="u_{hero_id} dmRespRow ndsm-post-hero fullBleedChanged fullBleedMode" '
        f'style="text-align: center;" id="{hero_id}"><div class="dmRespColsWrapper" id="{_wid("hw", s.id)}">'
        f'<div class="dmRespCol large-12 medium-12 small-12" id="{_wid("hc", s.id)}">\n'
        + _breadcrumb(_crumbs_for(s.cat))
        + f'<div class="u_{title_w} dmNewParagraph" data-element-type="paragraph" data-version="5" '
        f'id="{title_w}" data-binding="[{{&quot;bindingOn&quot;:&quot;TEXT&quot;,&quot;bindingName&quot;:&quot;postTitle&quot;}}]">'
        f'<h1 class="text-align-left m-size-24 size-32"><span class="font-size-32 m-font-size-24" '
        f'style="display: initial;">{esc(s.title)}</span></h1></div>\n'
        + desc_html
        + meta
        + "</div></div></div>\n"
    )
    tags = "".join(f'<span class="ndsm-tag">{esc(t)}</span> ' for t in s.opts.get("tags", []))
    tag_w = _wid("tags", s.id)
    share_w = _wid("share", s.id)
    abs_url = quote_plus(base + path)
    share = (
        f'<div class="u_{tag_w} dmCustomHtml ndsm-tukhoa" data-element-type="custom_extension" id="{tag_w}">'
        f'<span class="lb">Từ khóa:</span> {tags}</div>\n'
        f'<div class="u_{share_w} dmShareWidget dmWidget hasFBLike" data-element-type="social_hub" id="{share_w}">'
        '<span class="ndsm-chiase">Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={abs_url}" target="_blank" class="dmSocialFacebook">Facebook</a> '
        f'<a href="https://zalo.me/share/?url={abs_url}" target="_blank" class="ndsm-zalo">Zalo</a> '
        '<a href="javascript:window.print();" class="ndsm-in">🖨 In bài viết</a></div>\n'
    )
    related = [r for r in _in_section(s.cat) if r is not s][:2]
    rel_w = _wid("relt", s.id)
    related_html = (
        f'<div class="u_{rel_w} dmNewParagraph" data-element-type="paragraph" data-version="5" id="{rel_w}">'
        '<h3 class="text-align-left"><span style="display: initial;">Bài viết liên quan</span></h3></div>\n'
        + _post_list(related, f"rel{s.id}", layout="grid-2")
    )
    main_id = _wid("main", s.id)
    main_row = (
        f'<div class="u_{main_id} dmRespRow ndsm-post-main" id="{main_id}">'
        f'<div class="dmRespColsWrapper" id="{_wid("mw", s.id)}">'
        f'<div class="dmRespCol large-8 medium-8 small-12 ndsm-c8" id="{_wid("c8", s.id)}">\n'
        + mobile_desc
        + _content(s)
        + share
        + related_html
        + "</div>\n"
        f'<div class="dmRespCol large-4 medium-4 small-12 ndsm-c4" id="{_wid("c4", s.id)}">\n'
        + _sidebar()
        + "</div></div></div>\n"
    )
    news_id = _wid("news", s.id)
    newsletter = (
        f'<div class="u_{news_id} dmRespRow ndsm-dangky" id="{news_id}"><div class="dmRespColsWrapper">'
        '<div class="dmRespCol large-12 medium-12 small-12">'
        '<div class="dmNewParagraph" data-element-type="paragraph" data-version="5">'
        '<h3 class="text-align-center"><span style="display: initial;">Đăng ký nhận bản tin nhà trường</span></h3>'
        '<p class="text-align-center"><span style="display: initial;">Cha mẹ học sinh nhận thông báo, lịch '
        "kiểm tra và kết quả học tập qua email hằng tuần.</span></p></div>"
        f'<form class="dmform-wrapper" method="post" action="/_dm/s/rt/actions/sites/{SITE_ALIAS}/forms/submit">'
        '<input type="email" name="email" placeholder="Email của bạn"/>'
        '<input type="hidden" name="dmformsubject" value="Đăng ký bản tin"/>'
        '<button type="submit" class="dmformsubmit">Đăng ký</button></form>'
        "</div></div></div>\n"
    )
    head = _json_ld(req, s)
    if s.images:
        head += f'<meta property="og:image" content="{base}{s.images[0].src}"/>\n'
    first = next(b.text for b in s.blocks if isinstance(b, P))
    description = (s.summary or first)[:155]
    return _page(
        req,
        title=f"{s.title} | THPT Trần Hưng Đạo",
        alias=f"blog-{s.slug}"[:60],
        main=hero + main_row + newsletter,
        active=CATS[s.cat][2][0],
        description=description,
        canonical=path,
        head_extra=head,
        og_type="article",
    )


def _listing(
    req: Request,
    *,
    heading: str,
    crumbs: list[tuple[str, str | None]],
    stories: list[Story],
    per_page: int,
    base_path: str,
    alias: str,
    active: str,
) -> Response | None:
    raw = req.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    pages = max(1, -(-len(stories) // per_page))
    if page < 1 or page > pages:
        return None
    shown = stories[(page - 1) * per_page : page * per_page]
    more = ""
    head = ""
    if page < pages:
        nxt = f"{base_path}?page={page + 1}"
        more = (
            '<div class="blog-load-more"><a class="dmBlogLoadMore dmButtonLink" '
            f'href="{nxt}" data-next-page="{page + 1}" data-display-type="block" role="button" '
            'onclick="return dmBlogLoadMore(this);"><span class="text">Xem thêm bài viết</span></a></div>'
        )
        head = f'<link rel="next" href="{nxt}"/>\n'
    if page > 1:
        head += f'<link rel="prev" href="{base_path}{"" if page == 2 else f"?page={page - 1}"}"/>\n'
    hero_id = _wid("lhero", alias)
    main_id = _wid("lmain", alias)
    main = (
        f'<div class="u_{hero_id} dmRespRow ndsm-list-hero" id="{hero_id}"><div class="dmRespColsWrapper">'
        '<div class="dmRespCol large-12 medium-12 small-12">\n'
        + _breadcrumb(crumbs)
        + f'<div class="dmNewParagraph" data-element-type="paragraph" data-version="5"><h1 class="text-align-left">'
        f'<span style="display: initial;">{esc(heading)}</span></h1></div>\n'
        "</div></div></div>\n"
        f'<div class="u_{main_id} dmRespRow" id="{main_id}"><div class="dmRespColsWrapper">'
        '<div class="dmRespCol large-8 medium-8 small-12">\n'
        + _post_list(shown, f"{alias}{page}", tail=more)
        + "</div>\n"
        '<div class="dmRespCol large-4 medium-4 small-12">\n'
        + _sidebar()
        + "</div></div></div>\n"
    )
    canonical = base_path if page == 1 else f"{base_path}?page={page}"
    title = heading if page == 1 else f"{heading} - Trang {page}"
    return _page(
        req,
        title=f"{title} | THPT Trần Hưng Đạo",
        alias=alias,
        main=main,
        active=active,
        description=f"{heading} - Trường THPT Trần Hưng Đạo, Nghệ An",
        canonical=canonical,
        head_extra=head,
    )


def _row(inner: str, seed: str, cls: str = "") -> str:
    w = _wid("row", seed)
    return (
        f'<div class="u_{w} dmRespRow {cls}" id="{w}"><div class="dmRespColsWrapper" id="{_wid("rw", seed)}">'
        f'<div class="dmRespCol large-12 medium-12 small-12" id="{_wid("rc", seed)}">\n{inner}\n</div></div></div>\n'
    )


def _par(*paras: str, seed: str) -> str:
    w = _wid("par", seed)
    body = "".join(
        f'<p class="text-align-justify"><span style="display: initial;">{esc(p)}</span></p>' for p in paras
    )
    return f'<div class="u_{w} dmNewParagraph" data-element-type="paragraph" data-version="5" id="{w}">{body}</div>\n'


def _h(level: int, value: str) -> str:
    return (
        f'<div class="dmNewParagraph" data-element-type="paragraph" data-version="5"><h{level} '
        f'class="text-align-left"><span style="display: initial;">{esc(value)}</span></h{level}></div>\n'
    )


def _home(req: Request) -> Response:
    slides = []
    for k, s in enumerate(FEATURED):
        thumb = s.opts.get("thumb")
        slides.append(
            f'<div class="slide" data-index="{k}"><div class="slide-inner" '
            f'style="background-image: url(\'{_img(thumb)}\');" data-bg="{_img(thumb)}">'
            f'<div class="slide-text"><h3 class="slide-title">{esc(s.title)}</h3>'
            f'<a class="slide-button dmButtonLink" href="{_post_path(s)}?{esc(UTM)}">Xem chi tiết</a>'
            "</div></div></div>"
        )
    slider = (
        '<div class="u_1713402557 dmImageSlider flexslider" data-element-type="slider" id="1713402557" '
        'data-autoplay="true" data-interval="5000"><div class="slides">' + "".join(slides) + "</div></div>"
    )
    latest = BLOG_ORDER[:4]
    ticker_items = [
        f'<li><a href="{S5.opts["old_url"]}">{esc(S5.title)}</a> <span class="moi">Mới</span></li>',
        f'<li><a href="{_post_path(S6)}">{esc(S6.title)}</a></li>',
    ]
    ticker = (
        '<div class="u_1640029335 dmCustomHtml ndsm-thongbao" data-element-type="custom_extension" id="1640029335">'
        '<div class="ndsm-box-tt">📢 THÔNG BÁO</div><marquee direction="up" scrollamount="2" '
        'onmouseover="this.stop()" onmouseout="this.start()"><ul>' + "".join(ticker_items) + "</ul></marquee>"
        '<a class="xemtatca" href="/thong-bao">Xem tất cả »</a></div>'
    )
    intro = _par(
        "Trường THPT Trần Hưng Đạo được thành lập năm 1979. Trải qua hơn 47 năm xây dựng và "
        "phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều thế hệ học sinh đã trở thành "
        "cán bộ, nhà khoa học, doanh nhân thành đạt trên mọi miền đất nước.",
        "Năm học 2026 – 2027, trường có 36 lớp với 1.452 học sinh, 96 cán bộ, giáo viên, nhân viên; "
        "trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
        seed="home-intro",
    )
    stats = (
        '<div class="u_1557281400 dmCustomHtml ndsm-so-lieu" data-element-type="custom_extension" id="1557281400">'
        '<div class="so"><b>1.452</b><span>Học sinh</span></div><div class="so"><b>36</b><span>Lớp học</span></div>'
        '<div class="so"><b>96</b><span>CB - GV - NV</span></div><div class="so"><b>47</b><span>Năm thành lập</span></div></div>'
    )
    main = (
        _row(slider, "home-slider", "fullBleedChanged fullBleedMode")
        + '<div class="u_1377251063 dmRespRow" id="1377251063"><div class="dmRespColsWrapper">'
        '<div class="dmRespCol large-8 medium-8 small-12">'
        + _h(2, "TIN MỚI")
        + _post_list(latest, "home-latest")
        + '<a class="dmButtonLink ndsm-xemtatca" href="/blog"><span class="text">Xem tất cả tin tức</span></a>'
        "</div>"
        '<div class="dmRespCol large-4 medium-4 small-12">' + ticker + "</div></div></div>\n"
        + _row(
            _h(2, "CHÀO MỪNG ĐẾN VỚI TRƯỜNG THPT TRẦN HƯNG ĐẠO")
            + intro
            + '<a class="dmButtonLink" href="/gioi-thieu"><span class="text">Tìm hiểu thêm</span></a>',
            "home-intro-row",
        )
        + _row(stats, "home-stats", "ndsm-nen-do")
        + _row(
            _h(2, "VIDEO - HÌNH ẢNH")
            + '<div class="videoExtWrapper"><iframe src="https://www.youtube.com/embed/Hq3vW8nZ1pA" '
            'width="100%" height="360" frameborder="0" allowfullscreen="allowfullscreen" '
            'title="Lễ khai giảng năm học 2026 - 2027"></iframe></div>'
            '<p><a href="/video">Xem thêm video »</a> &nbsp; <a href="/thu-vien-anh">Thư viện ảnh »</a></p>',
            "home-media",
        )
    )
    return _page(
        req,
        title="Trường THPT Trần Hưng Đạo - Nghệ An",
        alias="home",
        main=main,
        active="Trang chủ",
        description="Website chính thức của Trường THPT Trần Hưng Đạo, phường Vinh Phú, tỉnh Nghệ An.",
        canonical="/",
    )


def _simple(req: Request, *, title: str, alias: str, active: str, crumbs, inner: str, description: str = "") -> Response:
    main = _row(_breadcrumb(crumbs) + _h(1, title), alias + "-hero", "ndsm-list-hero") + _row(inner, alias + "-body")
    return _page(
        req,
        title=f"{title} | THPT Trần Hưng Đạo",
        alias=alias,
        main=main,
        active=active,
        description=description or title,
        canonical=req.path,
    )


def _gioi_thieu(req: Request) -> Response:
    inner = (
        _h(2, "Lịch sử hình thành và phát triển")
        + _par(
            "Trường THPT Trần Hưng Đạo được thành lập theo Quyết định số 412/QĐ-UB ngày 18/8/1979 "
            "của UBND tỉnh Nghệ Tĩnh, tiền thân là Trường cấp III Vinh 3. Những năm đầu, trường chỉ "
            "có 6 lớp học với 18 thầy cô giáo, cơ sở vật chất thiếu thốn.",
            "Năm 1991, trường được đổi tên thành Trường THPT Trần Hưng Đạo. Từ năm 2012, trường "
            "được công nhận đạt chuẩn quốc gia; năm 2023 được công nhận lại đạt chuẩn quốc gia mức "
            "độ 2 và đạt kiểm định chất lượng giáo dục cấp độ 3.",
            "Nhà trường vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba (năm "
            "2009), hạng Nhì (năm 2019) cùng nhiều Bằng khen của Thủ tướng Chính phủ, Bộ GD&ĐT và "
            "UBND tỉnh Nghệ An.",
            seed="gt1",
        )
        + f'<div class="imageWidget align-center" data-element-type="image"><img src="{_img("toan-canh-truong-thd")}" alt="Toàn cảnh nhà trường"/></div>\n'
        + _h(2, "Sứ mệnh - Tầm nhìn")
        + _par(
            "Xây dựng môi trường học tập kỷ cương, tình thương, trách nhiệm; mỗi học sinh được phát "
            "triển toàn diện, có năng lực tự học và khát vọng vươn lên.",
            seed="gt2",
        )
    )
    return _simple(
        req,
        title="Lịch sử - Truyền thống",
        alias="gioi-thieu",
        active="Giới thiệu",
        crumbs=[("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu")],
        inner=inner,
    )


def _lien_he(req: Request) -> Response:
    inner = (
        _par(
            "Trường THPT Trần Hưng Đạo",
            "Địa chỉ: Số 86 đường Nguyễn Sỹ Sách, phường Vinh Phú, tỉnh Nghệ An",
            "Điện thoại: 0238 3 855 616 - Email: c3tranhungdao@nghean.edu.vn",
            "Giờ làm việc: Sáng 7h00 - 11h30, chiều 13h30 - 17h00 từ thứ Hai đến thứ Bảy.",
            seed="lh",
        )
        + '<div class="u_1309477120 dmform" data-element-type="dContactUsRespId" id="1309477120">'
        f'<form class="dmform-wrapper" method="post" action="/_dm/s/rt/actions/sites/{SITE_ALIAS}/forms/submit">'
        '<label>Họ và tên</label><input type="text" name="hoten"/><label>Số điện thoại</label>'
        '<input type="tel" name="sdt"/><label>Nội dung</label><textarea name="noidung"></textarea>'
        '<input type="hidden" name="dmformsubject" value="Liên hệ từ website"/>'
        '<button type="submit" class="dmformsubmit">Gửi liên hệ</button></form></div>'
        '<div class="u_1844312609 inlineMap" data-element-type="inlineMap" id="1844312609">'
        '<iframe src="https://maps.google.com/maps?q=THPT+Tr%E1%BA%A7n+H%C6%B0ng+%C4%90%E1%BA%A1o+Vinh&amp;output=embed" '
        'width="100%" height="320" frameborder="0" title="Bản đồ"></iframe></div>'
    )
    return _simple(
        req,
        title="Liên hệ",
        alias="lien-he",
        active="Liên hệ",
        crumbs=[("Trang chủ", "/"), ("Liên hệ", "/lien-he")],
        inner=inner,
    )


def _tuyen_sinh(req: Request) -> Response:
    faq = [
        ("Năm học 2027 – 2028 nhà trường tuyển bao nhiêu lớp 10?",
         "Dự kiến nhà trường tuyển 12 lớp với 540 học sinh; chỉ tiêu chính thức theo quyết định giao của Sở GD&ĐT Nghệ An."),
        ("Nhà trường có lớp định hướng khối tự nhiên không?",
         "Có. Nhà trường tổ chức 4 lớp định hướng khối tự nhiên, 3 lớp định hướng khối xã hội và 5 lớp tổ hợp linh hoạt."),
        ("Hồ sơ nhập học gồm những gì?",
         "Học bạ THCS, giấy chứng nhận tốt nghiệp THCS tạm thời, giấy khai sinh bản sao và phiếu đăng ký tổ hợp môn học."),
    ]
    acc = "".join(
        f'<div class="accordion-item"><div class="accordion-title" role="button">{esc(q)}</div>'
        f'<div class="accordion-content"><p>{esc(a)}</p></div></div>'
        for q, a in faq
    )
    inner = (
        _h(2, "TUYỂN SINH LỚP 10 NĂM HỌC 2027 – 2028")
        + _par(
            "Trường THPT Trần Hưng Đạo thông tin tới cha mẹ học sinh và các em học sinh lớp 9 "
            "những nội dung chính về kỳ tuyển sinh lớp 10 năm học 2027 – 2028. Thông tin chi tiết sẽ "
            "được cập nhật ngay khi Sở GD&ĐT Nghệ An ban hành kế hoạch tuyển sinh.",
            "Phương thức tuyển sinh: thi tuyển với 3 bài thi Ngữ văn, Toán và môn thứ ba do Sở GD&ĐT công bố.",
            seed="ts",
        )
        + '<div class="u_1460385552 dmAccordion" data-element-type="accordion" id="1460385552">' + acc + "</div>"
        + '<p class="ndsm-capnhat"><em>Cập nhật: 01/12/2026</em></p>'
    )
    return _simple(
        req,
        title="Tuyển sinh lớp 10",
        alias="tuyen-sinh",
        active="Tuyển sinh",
        crumbs=[("Trang chủ", "/"), ("Tuyển sinh", "/tuyen-sinh")],
        inner=inner,
    )


def _video(req: Request) -> Response:
    vids = [
        ("Lễ khai giảng năm học 2026 - 2027", "Hq3vW8nZ1pA"),
        ("Chung kết Tiếng hát học đường 2026", "x7Qm2LrT0aE"),
        ("Phóng sự: 47 năm Trường THPT Trần Hưng Đạo", "pK0dT5sYw2M"),
    ]
    inner = "".join(
        '<div class="u_video dmVideoWidget" data-element-type="video">'
        f'<iframe src="https://www.youtube.com/embed/{v}" width="100%" height="320" frameborder="0" '
        f'allowfullscreen="allowfullscreen" title="{esc(t)}"></iframe><p class="text-align-center">{esc(t)}</p></div>'
        for t, v in vids
    )
    return _simple(
        req,
        title="Video",
        alias="video",
        active="Thư viện",
        crumbs=[("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh"), ("Video", "/video")],
        inner=inner,
    )


ALBUM = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027"


def _thu_vien(req: Request) -> Response:
    inner = (
        '<div class="u_1906623412 dmDynamicList" data-element-type="dynamic_list" id="1906623412">'
        f'<div class="dl-item"><a href="{ALBUM}"><img src="{_img("khai-giang-2026-01", 640)}" alt=""/></a>'
        f'<h3><a href="{ALBUM}">Lễ khai giảng năm học 2026 - 2027</a></h3><p>24 ảnh</p></div>'
        '<div class="dl-item"><a href="https://www.facebook.com/media/set/?set=a.1087734591&amp;type=3" target="_blank">'
        f'<img src="{_img("trung-thu-2026", 640)}" alt=""/></a><h3>Vui Tết Trung thu 2026 (xem trên Fanpage)</h3></div>'
        "</div>"
    )
    return _simple(
        req,
        title="Thư viện ảnh",
        alias="thu-vien-anh",
        active="Thư viện",
        crumbs=[("Trang chủ", "/"), ("Thư viện", "/thu-vien-anh"), ("Thư viện ảnh", "/thu-vien-anh")],
        inner=inner,
    )


def _album(req: Request) -> Response:
    caps = [
        "Lễ chào cờ khai giảng năm học mới.",
        "Thầy Hiệu trưởng đánh trống khai trường.",
        "Học sinh khối 10 trong ngày đầu đến trường.",
        "Tiết mục văn nghệ chào mừng.",
    ]
    cells = "".join(
        f'<div class="photoGalleryThumbs"><a href="{_img(f"khai-giang-2026-0{k + 1}")}">'
        f'<img src="{_img(f"khai-giang-2026-0{k + 1}", 640)}" alt=""/></a>'
        f'<div class="caption-text"><p>{esc(c)}</p></div></div>'
        for k, c in enumerate(caps)
    )
    inner = (
        '<p class="ndsm-capnhat"><em>Ngày đăng: 05/09/2026</em></p>'
        + _par(
            "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THPT Trần "
            "Hưng Đạo long trọng tổ chức Lễ khai giảng năm học 2026 - 2027.",
            seed="album",
        )
        + '<div class="u_1622180334 dmPhotoGallery photoGallery" data-element-type="dYG1bG1FY5" id="1622180334">'
        + cells
        + "</div>"
    )
    return _simple(
        req,
        title="Lễ khai giảng năm học 2026 - 2027",
        alias="album-khai-giang-2026",
        active="Thư viện",
        crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), ("Lễ khai giảng năm học 2026 - 2027", None)],
        inner=inner,
    )


TEACHERS = {
    "nguyen-van-hung": (
        "ThS. Nguyễn Văn Hùng",
        "Hiệu trưởng",
        "Thạc sĩ Quản lý giáo dục",
        "hungnv.c3thd@nghean.edu.vn",
        [
            "Thầy Nguyễn Văn Hùng sinh năm 1974, quê xã Nghi Lộc, tỉnh Nghệ An. Thầy công tác tại "
            "nhà trường từ năm 1997, giảng dạy môn Vật lí và từng là tổ trưởng Tổ Vật lí - Công nghệ.",
            "Từ năm 2019 đến nay, thầy giữ chức vụ Hiệu trưởng nhà trường; được tặng Bằng khen của "
            "Bộ trưởng Bộ GD&ĐT năm 2022 và danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024.",
        ],
    ),
    "le-thi-thu-ha": (
        "ThS. Lê Thị Thu Hà",
        "Tổ trưởng Tổ Ngữ văn",
        "Thạc sĩ Lý luận và phương pháp dạy học bộ môn Văn",
        "hahtt.c3thd@nghean.edu.vn",
        [
            "Cô Lê Thị Thu Hà có 18 năm giảng dạy môn Ngữ văn, nhiều năm liền là giáo viên dạy giỏi "
            "cấp tỉnh, trực tiếp bồi dưỡng đội tuyển học sinh giỏi tỉnh môn Ngữ văn.",
            "Cô là tác giả của nhiều sáng kiến kinh nghiệm cấp tỉnh về đổi mới phương pháp dạy học "
            "đọc hiểu và ứng dụng công nghệ trong dạy học.",
        ],
    ),
}


def _doi_ngu(req: Request) -> Response:
    cards = []
    for slug, (nm, post, _, _, _) in TEACHERS.items():
        cards.append(
            f'<div class="dl-item"><a href="/doi-ngu/{slug}"><img src="{_img("gv-" + slug, 640)}" alt=""/></a>'
            f'<h3><a href="/doi-ngu/{slug}">{esc(nm)}</a></h3><p>{esc(post)}</p></div>'
        )
    for nm, post in (("Hoàng Thị Thanh Tâm", "Phó Hiệu trưởng"), ("Đặng Minh Tuấn", "Phó Hiệu trưởng"), ("Phan Thị Thu Trang", "Bí thư Đoàn trường")):
        cards.append(f'<div class="dl-item"><h3>{esc(nm)}</h3><p>{esc(post)}</p></div>')
    inner = (
        '<div class="u_1588013299 dmDynamicList" data-element-type="dynamic_list" id="1588013299">'
        + "".join(cards)
        + "</div>"
    )
    return _simple(
        req,
        title="Đội ngũ cán bộ, giáo viên",
        alias="doi-ngu",
        active="Giới thiệu",
        crumbs=[("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Đội ngũ cán bộ, giáo viên", "/doi-ngu")],
        inner=inner,
    )


def _teacher(req: Request, slug: str) -> Response:
    nm, post, degree, email, bio = TEACHERS[slug]
    inner = (
        f'<div class="imageWidget align-center" data-element-type="image"><img src="{_img("gv-" + slug)}" alt="{esc(nm)}"/></div>'
        '<div class="u_1499302215 dmNewParagraph" data-element-type="paragraph" id="1499302215" '
        'data-binding="[{&quot;bindingName&quot;:&quot;chuc_vu&quot;}]">'
        f"<p><strong>Chức vụ:</strong> {esc(post)}</p><p><strong>Trình độ:</strong> {esc(degree)}</p>"
        f"<p><strong>Email:</strong> {esc(email)}</p></div>"
        + _par(*bio, seed="gv" + slug)
        + '<p class="ndsm-capnhat"><em>Cập nhật: 15/11/2026</em></p>'
    )
    return _simple(
        req,
        title=nm,
        alias="doi-ngu-item",
        active="Giới thiệu",
        crumbs=[("Trang chủ", "/"), ("Đội ngũ cán bộ, giáo viên", "/doi-ngu"), (nm, None)],
        inner=inner,
    )


DOC = "/van-ban/ke-hoach-so-128-kh-thptthd"


def _van_ban(req: Request) -> Response:
    rows = [
        ("128/KH-THPTTHĐ", "05/09/2026", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", DOC),
        ("096/QĐ-THPTTHĐ", "20/08/2026", "Quyết định thành lập các tổ chuyên môn năm học 2026 - 2027", "/files/QD-096-thanh-lap-to-chuyen-mon.pdf"),
        ("01/QC-THPTTHĐ", "15/01/2026", "Quy chế chi tiêu nội bộ năm 2026", "/files/QC-chi-tieu-noi-bo-2026.pdf"),
    ]
    trs = "".join(
        f"<tr><td>{esc(a)}</td><td>{b}</td><td><a href=\"{d}\">{esc(c)}</a></td></tr>" for a, b, c, d in rows
    )
    inner = (
        '<table class="ndsm-vb" border="1" cellpadding="6" style="border-collapse: collapse; width: 100%;">'
        "<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>"
    )
    return _simple(
        req,
        title="Văn bản",
        alias="van-ban",
        active="Chuyên môn",
        crumbs=[("Trang chủ", "/"), ("Chuyên môn", None), ("Văn bản", "/van-ban")],
        inner=inner,
    )


def _doc(req: Request) -> Response:
    inner = (
        '<table class="ndsm-vb-ct" border="1" cellpadding="6" style="border-collapse: collapse; width: 100%;"><tbody>'
        "<tr><td>Số/Ký hiệu</td><td>128/KH-THPTTHĐ</td></tr>"
        "<tr><td>Ngày ban hành</td><td>05/09/2026</td></tr>"
        "<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>"
        "<tr><td>Người ký</td><td>Nguyễn Văn Hùng</td></tr>"
        "<tr><td>Trích yếu</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</td></tr>"
        "</tbody></table>"
        '<p>📎 Tệp đính kèm: <a href="/files/KH-128-ke-hoach-nam-hoc-2026-2027.pdf">KH-128-ke-hoach-nam-hoc-2026-2027.pdf</a></p>'
        '<iframe src="https://docs.google.com/viewer?embedded=true&amp;url=KH-128.pdf" width="100%" height="600" title="Xem văn bản"></iframe>'
    )
    return _simple(
        req,
        title="Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        alias="van-ban-item",
        active="Chuyên môn",
        crumbs=[("Trang chủ", "/"), ("Văn bản", "/van-ban"), ("128/KH-THPTTHĐ", None)],
        inner=inner,
    )


def _search(req: Request) -> Response:
    q = req.params.get("q", "").strip()
    if q:
        found = [s for s in BLOG_ORDER if q.lower() in s.title.lower()]
        inner = (
            f"<p>Tìm thấy {len(found)} kết quả cho từ khóa “{esc(q)}”.</p>"
            + _post_list(found, "search")
        )
    else:
        inner = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    main = _row(_h(1, "Kết quả tìm kiếm") + inner, "search")
    return _page(req, title="Tìm kiếm | THPT Trần Hưng Đạo", alias="site-search", main=main, description="Tìm kiếm")


class DudaSite:
    """The school's Duda site."""

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method == "POST":
            if path in FORM_ACTIONS:
                return Response(200, b'{"status":"success"}', {"Content-Type": "application/json"})
            return None
        if path == "/":
            return _home(req)
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow: /_dm/\n", {"Content-Type": "text/plain"})
        if path in REDIRECTS:
            return redirect(base_url(req) + REDIRECTS[path], 301)
        if path.startswith("/blog/"):
            story = BY_SLUG.get(path[len("/blog/") :])
            return _post_page(req, story) if story else None
        if path == "/blog":
            return _listing(
                req,
                heading="Tin tức",
                crumbs=[("Trang chủ", "/"), ("Tin tức", "/blog")],
                stories=BLOG_ORDER,
                per_page=BLOG_PER_PAGE,
                base_path="/blog",
                alias="blog",
                active="Tin tức",
            )
        if path in SECTION_PATHS:
            key = SECTION_PATHS[path]
            name = CATS[key][0]
            return _listing(
                req,
                heading=name,
                crumbs=_crumbs_for(key),
                stories=_in_section(key),
                per_page=SECTION_PER_PAGE,
                base_path=path,
                alias=path.strip("/"),
                active=CATS[key][2][0],
            )
        pages = {
            "/gioi-thieu": _gioi_thieu,
            "/lien-he": _lien_he,
            "/tuyen-sinh": _tuyen_sinh,
            "/video": _video,
            "/thu-vien-anh": _thu_vien,
            ALBUM: _album,
            "/doi-ngu": _doi_ngu,
            "/van-ban": _van_ban,
            DOC: _doc,
            "/tim-kiem": _search,
        }
        if path in pages:
            return pages[path](req)
        if path.startswith("/doi-ngu/") and path[len("/doi-ngu/") :] in TEACHERS:
            return _teacher(req, path[len("/doi-ngu/") :])
        if path in PDF_FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/dms3rep/", "/_dm/", "/files/dm-site-")):
            return static_file(path)
        return None


def build_site() -> DudaSite:
    return DudaSite()


GOLD = [
    gold_record(
        s,
        _post_path(s),
        CATS[s.cat][0],
        canonical_path=_post_path(s),
        alt_paths=[f"{_post_path(s)}?{UTM}"] if s.opts.get("featured") else [],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/tuyen-sinh",
    "/video",
    ALBUM,
    "/doi-ngu/nguyen-van-hung",
    "/doi-ngu/le-thi-thu-ha",
    DOC,
]
