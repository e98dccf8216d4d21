"""Fixture portal: Trường THPT Nguyễn Huệ (Tuy Hòa, Phú Yên) on Atlassian Confluence Data Center 8.

Platform
    A public space (key ``THPTNH``) readable by anonymous users, used as the school's news site:
    the space's *blog posts* are the news, the space's *pages* are the static pages, and the
    notices are child pages of the page "Thông báo". Default Confluence 8 theme (AUI header,
    space sidebar, breadcrumbs, page metadata, likes/labels, comments) with a custom header and
    footer pasted in "Custom HTML" (school banner, today's date, drop-down menu, address,
    visitor counter). Confluence has no Vietnamese UI language: its own chrome is English
    ("Created by", "last modified on Nov 22, 2026", "posted on", "Next »").

URL scheme
    /                                               302 -> space home page
    /display/THPTNH                                 302 -> space home page
    /display/THPTNH/Trang+ch%E1%BB%A7              space home (Blog Posts macro: 3 newest)
    /display/THPTNH/<yyyy>/<mm>/<dd>/<Title+With+Plus>   a blog post (title percent-encoded,
                                                    spaces as "+"); extra query (src=…,
                                                    focusedCommentId=…) serves the same post
    /pages/viewpage.action?pageId=<id>              any page or blog post by id; the ONLY URL
                                                    of a post whose title holds "/" or "?"
    /pages/viewrecentblogposts.action?key=THPTNH[&startIndex=4|8]   blog index, 4 posts a page,
                                                    each printed in full
    /display/THPTNH/<Page+Title>                    space pages (intro, contact, notices …)
    /collector/pages.action?key=THPTNH              the space's page index
    /label/THPTNH/<label>                           content with a label (tag page)
    /spacedirectory/view.action                     the "Spaces" directory (one space)
    /display/~<user>                                302 -> /login.action (profiles are private)
    /login.action?os_destination=…                  the login form
    /download/attachments/<id>/<file>?version=1&modificationDate=…&api=v2   images and PDFs

Page templates
    Every page: custom banner ``#nh-banner`` (logo, name, "Thứ Bảy, 05/12/2026", menu with
    drop-downs), AUI header ``#header`` with "Log in", ``.ia-splitter-left`` sidebar (space
    name, "Pages"/"Blog" shortcuts, an EMPTY page tree that Confluence fills by JavaScript),
    ``#main`` with ``#breadcrumb-section``, ``h1#title-text``, ``.page-metadata``, then
    ``#main-content.wiki-content`` (the text), ``#likes-and-labels-container``,
    ``#comments-section``; custom footer (address, phone, counter, links) and the Atlassian
    footer.
    Blog index: ``div.blog-post-listing`` blocks, each with ``a.blogHeading``, "<user> posted on
    <date>" and the post's whole ``div.wiki-content``; "« Previous" / "Next »" links.

How each gold article is reached
    Blog posts 1–4: blog index page 1 (startIndex 0); 1–3 also from the home page macro.
    Blog posts 5–8: only blog index ``startIndex=4`` (plus label pages / related macros).
    Blog posts 9–10: only blog index ``startIndex=8`` (plus label pages / related macros).
    Notices 11–13: the page "Thông báo" (menu, home page) whose Children Display macro lists them.

Traps (each with the gold it implies)
    1. The blog index prints every post IN FULL (title, "posted on", whole text): it is a
       listing, not an article; each post's own page is its gold path.
    2. Confluence's own dates are English ("Nov 20, 2026"), and a blog post's metadata prints
       only "last modified [by Y] on <date>": an update date. The posting day is printed by the
       breadcrumbs "Blog / 2026 / 11 / 20" (and the URL): published_at is that day alone.
    3. A notice page (not a blog post) printing only "Created by A, last modified by B on Dec 01,
       2026" and no date in its text has published_at null (an update date is no publication).
    4. The breadcrumbs' last crumbs on a post are the year, month and day: the category is
       "Blog" (the crumb before them), not "20"; notices are filed under "Thông báo".
    5. The date macro inside the text (``<time datetime="2026-12-15" class="date-future">``)
       is an event date in a sentence: the sentence keeps "15 Dec 2026" as printed, and it is
       not the publication date.
    6. Table of Contents macro (``div.toc-macro`` with a list of #anchor links) sits inside
       ``#main-content``: not body; the headings it lists are body paragraphs.
    7. Page layouts (``div.contentLayout2 > div.columnLayout > div.cell > div.innerCell``):
       text split over two cells, a photo in the right cell; the body is all cells in order. A
       notice prints its letterhead as a two-column layout section instead of a table.
    8. Expand macro: the list of winners sits in ``div.expand-content.expand-hidden`` (hidden
       until clicked) and IS body; the toggle text ``span.expand-control-text`` is not.
    9. Content by Label macro ("Bài viết cùng chủ đề", ``div.plugin-contentbylabel``) inside
       ``#main-content``: a related-links list, not body; its links use
       ``/pages/viewpage.action?pageId=`` of posts that also have a /display/ URL (alt_paths).
   10. Comments: ``div.comment-content.wiki-content`` has the same class as the text; not body.
       Their permalinks ``?focusedCommentId=N#comment-N`` serve the post again (alt_paths).
   11. Emoticons are ``<img class="emoticon …" alt="(tick)">`` at the start of list items: no
       images, no text ("(tick)" is not in the body).
   12. "Created by Quản trị viên" / "Văn thư THPTNH" is the CMS account that typed the post:
       nobody; the author is the right-aligned signature at the end of the text (degrees and
       posts after the name dropped, "Tin, ảnh: X" -> author and photographer).
   13. Posts whose title holds "/" or "?" have no /display/ URL: their only address is
       ``/pages/viewpage.action?pageId=`` (that is their gold path).
   14. Images are ``img.confluence-embedded-image`` with ``?version=1&modificationDate=…&api=v2``
       (the gold path keeps that query as printed); the caption is the next centred ``<em>``
       line (parentheses taken off), or the same paragraph after ``<br/>``; "Ảnh: X" alone is a
       photographer. Avatars (``img.userLogo``), emoticons and file icons are no images.
   15. The Attachments macro (``div.plugin_attachments_container``, a file table) inside
       ``#main-content`` is not body; labels (``ul.label-list``) lead to tag pages.
   16. Every page's "Log in" link carries its own ``os_destination``: a login form, not content.
   17. Official notice: letterhead (table or layout), "THÔNG BÁO / Về việc …", "Nơi nhận" and the
       signer are not body; published_at = the letterhead's day; the signer is the author.

Gold decisions on ambiguous points
    - Blog posts' category is "Blog" (the breadcrumb; the custom menu calls the index "Tin tức –
      Sự kiện" but the page prints "Blog"); notices' category is "Thông báo" (their parent).
    - Confluence prints no time of day for posts: published_at is a day.
    - The Note/Info macro's paragraphs inside the text are body (the editor wrote them as text).
    - A user mention (``a.user-mention``) inside a sentence is text.
    - A bold first paragraph is the sapo (summary); otherwise summary is null.
    - The space home, the "Thông báo" page, the blog index, the page index and label pages are
      listings (neither gold nor NON_ARTICLES); NON_ARTICLES are the static pages.
    - Image paths are the ``src`` as printed (attachment path with its query).
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import quote, quote_plus, unquote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "confluence_thpt"
PLATFORM = "Atlassian Confluence Data Center 8 (public space blog)"
START_PATH = "/"

KEY = "THPTNH"
SPACE_NAME = "Trường THPT Nguyễn Huệ"
HOME_TITLE = "Trang chủ"
NOTICES_TITLE = "Thông báo"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def en_date(day: str) -> str:
    """Confluence's date format: "Nov 20, 2026"."""
    y, m, d = (int(x) for x in day.split("-"))
    return f"{_MONTHS[m - 1]} {d:02d}, {y}"


def mod_ms(day: str) -> int:
    y, m, d = (int(x) for x in day.split("-"))
    moment = _dt.datetime(y, m, d, 8, 17, 5, tzinfo=_dt.timezone(_dt.timedelta(hours=7)))
    return int(moment.timestamp() * 1000)


def att(page_id: int, name: str, day: str) -> str:
    return f"/download/attachments/{page_id}/{name}?version=1&modificationDate={mod_ms(day)}&api=v2"


def display_path(title: str, day: str | None = None) -> str:
    if day:
        return f"/display/{KEY}/{day.replace('-', '/')}/{quote_plus(title)}"
    return f"/display/{KEY}/{quote_plus(title)}"


def viewpage(page_id: int) -> str:
    return f"/pages/viewpage.action?pageId={page_id}"


def sign(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def sign_em(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em>{esc(line)}</em></p>')


def expand_open(n: int, label: str) -> Raw:
    return Raw(
        f'<div id="expander-{n}" class="expand-container">'
        f'<div id="expander-control-{n}" class="expand-control" aria-expanded="false">'
        '<span class="expand-icon aui-icon aui-icon-small aui-iconfont-chevron-right">&nbsp;</span>'
        f'<span class="expand-control-text">{esc(label)}</span></div>'
        f'<div id="expander-content-{n}" class="expand-content expand-hidden">'
    )


CLOSE2 = Raw("</div></div>")

LAYOUT_OPEN = Raw(
    '<div class="contentLayout2"><div class="columnLayout two-equal" data-layout="two-equal">'
    '<div class="cell normal" data-type="normal"><div class="innerCell">'
)
LAYOUT_NEXT = Raw('</div></div><div class="cell normal" data-type="normal"><div class="innerCell">')
LAYOUT_CLOSE = Raw("</div></div></div></div>")


def note_open(kind: str = "note") -> Raw:
    icon = {"note": "warning", "info": "info-filled", "tip": "approve"}[kind]
    return Raw(
        f'<div class="confluence-information-macro confluence-information-macro-{kind}">'
        f'<span class="aui-icon aui-icon-small aui-iconfont-{icon} confluence-information-macro-icon">'
        '</span><div class="confluence-information-macro-body">'
    )


# --- the stories ------------------------------------------------------------------------------
# opts: kind ("blog"/"page"), day (posting day), pid, creator, modified (day, by), labels,
# comments [(cid, user, day, text)], related [story ids], attachments [(file, size)],
# toc (bool), url ("display"/"pageid")

S = Story

STORIES: list[Story] = [
    S(
        1, "hsg-tinh", "Học sinh Trường THPT Nguyễn Huệ đạt 12 giải học sinh giỏi cấp tỉnh", "Blog",
        "2026-12-04",
        [
            P(
                "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026–2027 vừa khép lại, đội tuyển "
                "Trường THPT Nguyễn Huệ giành 12 giải, trong đó có 2 giải Nhất ở các môn Ngữ văn và "
                "Hóa học.",
                "bold",
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 27 và 28/11/2026 tại Hội đồng thi Trường THPT chuyên "
                "Lương Văn Chánh với hơn 900 thí sinh của 32 trường THPT trong tỉnh dự thi."
            ),
            Img(
                "att:doi-tuyen-hsg.jpg",
                "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm cùng Ban Giám hiệu",
            ),
            P(
                "Ngoài 2 giải Nhất, các em còn đạt 3 giải Nhì, 4 giải Ba và 3 giải Khuyến khích. Đây là "
                "kết quả cao nhất của nhà trường trong 5 năm trở lại đây."
            ),
            P(
                "Thay mặt Ban Giám hiệu, thầy Hiệu trưởng Lê Văn Thành biểu dương tinh thần học tập của "
                "các em và sự tận tụy của đội ngũ giáo viên bồi dưỡng."
            ),
            sign_em("Tin, ảnh: Trần Quốc Bảo"),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Trần Quốc Bảo"],
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026–2027 vừa khép lại, đội tuyển "
            "Trường THPT Nguyễn Huệ giành 12 giải, trong đó có 2 giải Nhất ở các môn Ngữ văn và "
            "Hóa học."
        ),
        opts={
            "pid": 65538201, "creator": "quantri", "modified": ("2026-12-05", None),
            "labels": ["thi-dua"], "related": [4, 5],
            "comments": [
                (65538260, "phuhuynh.12a1", "2026-12-04", "Chúc mừng các em và quý thầy cô!"),
                (65538262, "cuuhs.k2019", "2026-12-05", "Tự hào quá, Nguyễn Huệ ơi."),
            ],
        },
    ),
    S(
        2, "binh-dang-gioi", "Tuổi trẻ Nguyễn Huệ hưởng ứng Tháng hành động vì bình đẳng giới", "Blog",
        "2026-12-02",
        [
            LAYOUT_OPEN,
            P(
                "Sáng 30/11/2026, Đoàn trường tổ chức buổi sinh hoạt dưới cờ với chủ đề “Bình đẳng giới "
                "– Hãy bắt đầu từ lớp học của em”."
            ),
            P(
                "Tại buổi sinh hoạt, các bạn đoàn viên lớp 11A3 trình diễn tiểu phẩm về định kiến giới "
                "trong việc chọn nghề, thu hút sự cổ vũ nhiệt tình của toàn trường."
            ),
            P(
                "Hoạt động nằm trong chuỗi sự kiện Tháng hành động vì bình đẳng giới và phòng, chống "
                "bạo lực trên cơ sở giới năm 2026, kéo dài đến ngày 15/12."
            ),
            LAYOUT_NEXT,
            Img("att:tieu-pham-11a3.jpg", "Ảnh: Nguyễn Minh Tâm", None),
            P(
                "Sau buổi sinh hoạt, mỗi chi đoàn đăng ký một công trình măng non gắn với chủ đề bình "
                "đẳng giới."
            ),
            LAYOUT_CLOSE,
            sign("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        photographers=["Nguyễn Minh Tâm"],
        opts={
            "pid": 65538188, "creator": "quantri", "modified": ("2026-12-02", None),
            "labels": ["doan-thanh-nien"], "related": [8],
        },
    ),
    S(
        3, "hoi-thao", "Hội thao chào mừng 82 năm Ngày thành lập QĐND Việt Nam (22/12/1944 – 22/12/2026)",
        "Blog", "2026-11-28",
        [
            P(
                "Thực hiện kế hoạch năm học, Tổ Thể dục – Quốc phòng phối hợp với Đoàn trường tổ chức "
                "Hội thao dành cho học sinh ba khối lớp."
            ),
            Raw("TOC"),
            P("1. Mục đích", "h2"),
            P("Chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam.", "li-tick"),
            P("Rèn luyện thể chất, tinh thần đoàn kết của học sinh.", "li-tick"),
            P("2. Nội dung thi đấu", "h2"),
            P("Kéo co, chạy tiếp sức 4x100 m, đá cầu và tháo lắp súng AK.", "li-tick"),
            P(
                "Các lớp đăng ký vận động viên với giáo viên chủ nhiệm; hạn chót nộp danh sách là "
                "15 Dec 2026.",
                "time:2026-12-15:15 Dec 2026",
            ),
            P("3. Thời gian", "h2"),
            P("Lễ khai mạc bắt đầu lúc 7 giờ sáng thứ Bảy, tại sân trường."),
            sign("Tổ Thể dục – Quốc phòng"),
        ],
        authors=["Tổ Thể dục – Quốc phòng"],
        opts={
            "pid": 65538170, "creator": "quantri", "modified": ("2026-11-30", "vanthu"),
            "labels": ["doan-thanh-nien"], "url": "pageid",
        },
    ),
    S(
        4, "tri-an-20-11", "Thầy và trò Trường THPT Nguyễn Huệ tri ân ngày Nhà giáo Việt Nam 20-11", "Blog",
        "2026-11-25",
        [
            P(
                "Sáng 20/11/2026, Trường THPT Nguyễn Huệ long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam với sự tham dự của đại diện Ban đại diện cha mẹ học sinh."
            ),
            Img(
                "att:le-20-11.jpg",
                "(Cô Lê Thị Hồng phát biểu tại buổi lễ)",
                "Cô Lê Thị Hồng phát biểu tại buổi lễ",
            ),
            P(
                "Tại buổi lễ, cô Lê Thị Hồng, giáo viên Tổ Toán, đại diện tập thể sư phạm ôn lại truyền "
                "thống tôn sư trọng đạo của dân tộc."
            ),
            P(
                "Nhà trường đã khen thưởng 18 giáo viên có thành tích xuất sắc trong phong trào thi đua "
                "“Hai tốt” đợt 1."
            ),
            Img("att:van-nghe.jpg", None, None),
            P("Chương trình văn nghệ do học sinh các lớp dàn dựng đã khép lại buổi lễ trong không khí ấm áp."),
            sign_em("Tin: Phạm Thu Trang - Ảnh: Võ Đức Huy"),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Võ Đức Huy"],
        opts={
            "pid": 65538152, "creator": "quantri", "modified": ("2026-11-25", None),
            "labels": ["thi-dua"], "related": [1],
            "comments": [(65538158, "hoi.cmhs", "2026-11-26", "Kính chúc quý thầy cô luôn mạnh khỏe.")],
        },
    ),
    S(
        5, "gvdg", "Hội thi giáo viên dạy giỏi cấp trường năm học 2026–2027", "Blog", "2026-11-20",
        [
            P(
                "Từ ngày 02 đến 14/11/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường với "
                "24 giáo viên đăng ký tham gia."
            ),
            P(
                "Mỗi giáo viên trình bày một biện pháp nâng cao chất lượng dạy học và dạy hai tiết thực "
                "hành trên lớp theo định hướng phát triển năng lực."
            ),
            P("Kết quả, Ban tổ chức công nhận 16 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường."),
            Raw("EXPAND_OPEN"),
            P("STT | Họ và tên | Tổ chuyên môn | Xếp loại", "tr-head"),
            P("1 | Nguyễn Thị Hạnh | Toán – Tin | Xuất sắc", "tr"),
            P("2 | Trần Văn Phúc | Vật lý – Công nghệ | Xuất sắc", "tr"),
            P("3 | Lê Thị Mai | Ngữ văn | Giỏi", "tr"),
            CLOSE2,
            P("Các giáo viên đạt giải Xuất sắc sẽ được cử tham dự hội thi cấp tỉnh."),
            sign("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "pid": 65538131, "creator": "vanthu", "modified": ("2026-11-21", "quantri"),
            "labels": ["thi-dua"], "related": [1, 4],
        },
    ),
    S(
        6, "lop-10", "Làm gì để học sinh lớp 10 thích nghi với môn học lựa chọn?", "Blog", "2026-11-16",
        [
            P(
                "Sau hơn hai tháng học tập theo các cụm môn học lựa chọn, không ít học sinh lớp 10 còn "
                "lúng túng trong cách học và phân bổ thời gian."
            ),
            P(
                "Theo khảo sát của Tổ Tư vấn học đường, 37% học sinh khối 10 cho biết các em chưa "
                "quen với lượng kiến thức của môn học mới."
            ),
            note_open("note"),
            P(
                "Phụ huynh có thể liên hệ cô Nguyễn Thị Hà để được tư vấn việc đổi môn học lựa chọn "
                "trước ngày 30/11/2026.",
                "mention:Nguyễn Thị Hà:hanguyen",
            ),
            CLOSE2,
            P(
                "Giáo viên chủ nhiệm cần gặp gỡ từng học sinh, giúp các em lập kế hoạch học tập phù hợp "
                "với năng lực và định hướng nghề nghiệp."
            ),
            sign_em("ThS. Nguyễn Thị Thu Hà – Tổ trưởng Tổ Ngữ văn"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "pid": 65538117, "creator": "quantri", "modified": ("2026-11-16", None),
            "labels": ["tu-van"], "url": "pageid",
        },
    ),
    S(
        7, "ngoai-khoa-phap-luat", "Ngoại khóa pháp luật: Nói không với bạo lực học đường", "Blog",
        "2026-11-10",
        [
            P(
                "Chiều 07/11/2026, Trường THPT Nguyễn Huệ phối hợp với Công an phường 7 tổ chức buổi "
                "ngoại khóa tuyên truyền pháp luật cho hơn 1.200 học sinh."
            ),
            P(
                "Theo kế hoạch, buổi ngoại khóa gồm hai phần: báo cáo chuyên đề và giao lưu hỏi đáp "
                "tình huống pháp luật."
            ),
            Img(
                "att:ngoai-khoa.jpg",
                "Học sinh đặt câu hỏi cho báo cáo viên",
                "Học sinh đặt câu hỏi cho báo cáo viên",
                "br",
            ),
            P(
                "Các em được hướng dẫn cách nhận diện, phòng tránh và báo tin khi gặp các hành vi bạo lực, "
                "bắt nạt trên không gian mạng."
            ),
            Raw('<p><em>Theo Báo Phú Yên</em></p>'),
        ],
        source="Báo Phú Yên",
        opts={
            "pid": 65538104, "creator": "quantri", "modified": ("2026-11-12", None),
            "labels": ["tu-van"], "related": [6],
        },
    ),
    S(
        8, "ket-nap-doan", "Lễ kết nạp đoàn viên mới đợt 1 năm học 2026–2027", "Blog", "2026-11-03",
        [
            P(
                "Sáng 03/11/2026, Đoàn trường tổ chức lễ kết nạp đoàn viên mới cho 86 học sinh ưu tú "
                "khối 10.",
                "bold",
            ),
            P(
                "Các đoàn viên mới tuyên thệ trước cờ Tổ quốc, cờ Đoàn.",
                "br1",
            ),
            P(
                "Lời tuyên thệ vang lên giữa sân trường trong không khí trang nghiêm.",
                "br2",
            ),
            Img("att:ket-nap.jpg", "Các đoàn viên mới nhận huy hiệu Đoàn", "Các đoàn viên mới nhận huy hiệu Đoàn"),
            P("Đoàn trường giao nhiệm vụ cho mỗi đoàn viên mới thực hiện một phần việc cụ thể đến cuối năm học."),
            sign_em("Huỳnh Văn Lộc (Bí thư Đoàn trường)"),
        ],
        authors=["Huỳnh Văn Lộc"],
        summary="Sáng 03/11/2026, Đoàn trường tổ chức lễ kết nạp đoàn viên mới cho 86 học sinh ưu tú khối 10.",
        opts={
            "pid": 65538090, "creator": "quantri", "modified": ("2026-11-03", None),
            "labels": ["doan-thanh-nien"],
            "comments": [(65538095, "doanvien.10a2", "2026-11-04", "Em rất vinh dự được đứng trong hàng ngũ của Đoàn.")],
        },
    ),
    S(
        9, "tham-quan-dh", "Học sinh khối 12 tham quan Trường Đại học Phú Yên", "Blog", "2026-10-24",
        [
            P(
                "Nhằm giúp học sinh định hướng nghề nghiệp, ngày 22/10/2026 nhà trường tổ chức cho 380 học "
                "sinh khối 12 tham quan Trường Đại học Phú Yên."
            ),
            Img("att:dhpy.jpg", "Học sinh tham quan phòng thí nghiệm", "Học sinh tham quan phòng thí nghiệm"),
            P("Lịch trình buổi tham quan:"),
            P("Thời gian | Hoạt động", "tr-head"),
            P("7 giờ 30 | Tập trung tại cổng trường", "tr"),
            P("8 giờ 15 | Tham quan các khoa và phòng thí nghiệm", "tr"),
            P("10 giờ 00 | Giao lưu, tư vấn tuyển sinh", "tr"),
            P("Nhiều em cho biết đã có thêm thông tin để chọn ngành phù hợp trong kỳ tuyển sinh sắp tới."),
            sign_em("Tin, ảnh: Đặng Thị Mỹ Linh"),
        ],
        authors=["Đặng Thị Mỹ Linh"],
        photographers=["Đặng Thị Mỹ Linh"],
        opts={
            "pid": 65538071, "creator": "vanthu", "modified": ("2026-10-26", "quantri"),
            "labels": ["tu-van"],
        },
    ),
    S(
        10, "bong-chuyen", "Khai mạc Giải bóng chuyền nữ chào mừng ngày Phụ nữ Việt Nam 20-10", "Blog",
        "2026-10-15",
        [
            P(
                "Chiều 14/10/2026, Giải bóng chuyền nữ học sinh chào mừng 96 năm Ngày thành lập Hội Liên "
                "hiệp Phụ nữ Việt Nam chính thức khai mạc với 18 đội tham gia."
            ),
            Img("att:bong-chuyen.jpg", None, None),
            P("Giải thi đấu theo thể thức loại trực tiếp, trận chung kết dự kiến diễn ra ngày 19/10."),
            P("Chúc các đội thi đấu thành công!", "emo-end"),
        ],
        opts={
            "pid": 65538055, "creator": "quantri", "modified": ("2026-10-15", None),
            "labels": ["doan-thanh-nien"],
        },
    ),
    # --- notices: child pages of "Thông báo" --------------------------------------------------
    S(
        11, "lich-kiem-tra", "Lịch kiểm tra cuối học kỳ I năm học 2026–2027", "Thông báo", None,
        [
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn học như sau:"),
            P("Ngày | Khối | Môn", "tr-head"),
            P("21/12/2026 | 10, 11, 12 | Ngữ văn", "tr"),
            P("22/12/2026 | 10, 11, 12 | Toán", "tr"),
            P("23/12/2026 | 10, 11, 12 | Tiếng Anh", "tr"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."),
        ],
        opts={
            "kind": "page", "pid": 65538240, "creator": "vanthu", "modified": ("2026-12-01", "quantri"),
            "labels": ["thong-bao"], "attachments": [("Lich-kiem-tra-HKI.pdf", "212 kB")],
        },
    ),
    S(
        12, "nghi-bao", "Thông báo nghỉ học do ảnh hưởng của bão số 13", "Thông báo", "2026-11-06",
        [
            Raw("LETTERHEAD_TABLE"),
            P(
                "Căn cứ Công điện số 09/CĐ-UBND ngày 05/11/2026 của Ủy ban nhân dân tỉnh Phú Yên về việc "
                "ứng phó với bão số 13;"
            ),
            P(
                "Trường THPT Nguyễn Huệ thông báo cho toàn thể học sinh nghỉ học ngày 07/11/2026 để bảo "
                "đảm an toàn. Thời gian đi học trở lại sẽ được thông báo sau."
            ),
            P("Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh của lớp mình phụ trách."),
            Raw("CLOSING_TABLE"),
        ],
        authors=["Lê Văn Thành"],
        opts={
            "kind": "page", "pid": 65538222, "creator": "vanthu", "modified": ("2026-11-06", None),
            "labels": ["thong-bao"],
            "letterhead": ("112/TB-THPTNH", "Tuy Hòa, ngày 06 tháng 11 năm 2026",
                           "Về việc cho học sinh nghỉ học do ảnh hưởng của bão số 13"),
            "signer": ("HIỆU TRƯỞNG", "Lê Văn Thành"),
        },
    ),
    S(
        13, "doi-tuyen-qg", "Tuyển chọn học sinh vào đội tuyển thi học sinh giỏi quốc gia", "Thông báo",
        "2026-10-20",
        [
            Raw("LETTERHEAD_LAYOUT"),
            P(
                "Nhằm chuẩn bị lực lượng tham gia kỳ thi chọn học sinh giỏi quốc gia năm 2027, nhà trường "
                "tổ chức tuyển chọn học sinh vào đội tuyển các môn Toán, Ngữ văn, Hóa học và Tiếng Anh."
            ),
            P("Đối tượng: học sinh khối 11 và 12 có kết quả học tập năm học trước đạt mức Tốt."),
            P("Học sinh đăng ký tại Văn phòng nhà trường từ ngày 21/10 đến hết ngày 28/10/2026."),
            Raw("CLOSING_LAYOUT"),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={
            "kind": "page", "pid": 65538205, "creator": "vanthu", "modified": ("2026-10-22", "quantri"),
            "labels": ["thong-bao"],
            "letterhead": ("98/TB-THPTNH", "Tuy Hòa, ngày 20 tháng 10 năm 2026",
                           "Về việc tuyển chọn học sinh vào đội tuyển thi học sinh giỏi quốc gia"),
            "signer": ("KT. HIỆU TRƯỞNG<br/>PHÓ HIỆU TRƯỞNG", "Nguyễn Thị Lan"),
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BLOG = [s for s in STORIES if s.opts.get("kind", "blog") == "blog"]  # newest first
NOTICES = [s for s in STORIES if s.opts.get("kind") == "page"]

USERS = {
    "quantri": "Quản trị viên",
    "vanthu": "Văn thư THPTNH",
    "hanguyen": "Nguyễn Thị Hà",
    "phuhuynh.12a1": "Phụ huynh 12A1",
    "cuuhs.k2019": "Cựu học sinh K2019",
    "hoi.cmhs": "Ban đại diện CMHS",
    "doanvien.10a2": "Đoàn viên 10A2",
}


def story_day(s: Story) -> str:
    return s.opts.get("day") or s.published_at or "2026-11-01"


def story_path(s: Story) -> str:
    if s.opts.get("kind") == "page":
        return display_path(s.title)
    if s.opts.get("url") == "pageid":
        return viewpage(s.opts["pid"])
    return display_path(s.title, story_day(s))


def img_src(s: Story, img: Img) -> str:
    if img.src.startswith("att:"):
        return att(s.opts["pid"], img.src[4:], story_day(s))
    return img.src


# images need the page id: resolve the "att:" sources once
for _s in STORIES:
    _s.blocks = [
        Img(img_src(_s, b), b.printed, b.caption, b.style) if isinstance(b, Img) else b for b in _s.blocks
    ]


# --- static (non-article) pages ---------------------------------------------------------------


STATIC_PAGES: list[tuple[int, str, str, str]] = [
    (
        65537001, "Giới thiệu chung", "quantri",
        "<p>Trường THPT Nguyễn Huệ được thành lập năm 1976, đóng tại phường 7, thành phố Tuy Hòa, tỉnh "
        "Phú Yên. Hiện nay trường có 36 lớp với hơn 1.400 học sinh và 92 cán bộ, giáo viên, nhân viên.</p>"
        "<p>Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>",
    ),
    (
        65537002, "Cơ cấu tổ chức", "quantri",
        "<h2>Ban Giám hiệu</h2><table class=\"confluenceTable\"><tbody>"
        "<tr><th class=\"confluenceTh\">Họ và tên</th><th class=\"confluenceTh\">Chức vụ</th></tr>"
        "<tr><td class=\"confluenceTd\">Lê Văn Thành</td><td class=\"confluenceTd\">Hiệu trưởng</td></tr>"
        "<tr><td class=\"confluenceTd\">Nguyễn Thị Lan</td><td class=\"confluenceTd\">Phó Hiệu trưởng</td></tr>"
        "</tbody></table><h2>Các tổ chuyên môn</h2><ul><li>Tổ Toán – Tin</li><li>Tổ Ngữ văn</li>"
        "<li>Tổ Vật lý – Công nghệ</li><li>Tổ Thể dục – Quốc phòng</li><li>Tổ Văn phòng</li></ul>",
    ),
    (
        65537003, "Thành tích nổi bật", "quantri",
        "<p>Trong 50 năm xây dựng và phát triển, nhà trường vinh dự được Chủ tịch nước tặng Huân chương "
        "Lao động hạng Nhì (2016) và nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>"
        "<p>Năm học 2025–2026, học sinh nhà trường đạt 41 giải học sinh giỏi cấp tỉnh và 2 giải quốc gia.</p>",
    ),
    (
        65537004, "Liên hệ", "quantri",
        "<p><strong>Trường THPT Nguyễn Huệ</strong></p><p>Địa chỉ: 02 Nguyễn Huệ, phường 7, thành phố "
        "Tuy Hòa, tỉnh Phú Yên</p><p>Điện thoại: 0257 3823 456</p>"
        "<p>Email: <a href=\"mailto:thptnguyenhue@phuyen.edu.vn\">thptnguyenhue@phuyen.edu.vn</a></p>",
    ),
    (
        65537005, "Văn bản – Biểu mẫu", "vanthu",
        "<p>Các văn bản, biểu mẫu dùng trong nhà trường (tải về ở phần tệp đính kèm).</p>"
        "ATTACH:Mau-don-xin-nghi-hoc.pdf:48 kB|Quy-che-noi-bo-2026.pdf:1.2 MB",
    ),
]
STATIC_BY_TITLE = {t: (pid, t, creator, body) for pid, t, creator, body in STATIC_PAGES}
NOTICES_PID = 65537010
HOME_PID = 65537000

HOME_PATH = display_path(HOME_TITLE)
NOTICES_PATH = display_path(NOTICES_TITLE)
BLOG_INDEX = f"/pages/viewrecentblogposts.action?key={KEY}"
PAGES_INDEX = f"/collector/pages.action?key={KEY}"
LABEL_NAMES = {
    "thi-dua": "thi-dua", "doan-thanh-nien": "doan-thanh-nien", "tu-van": "tu-van", "thong-bao": "thong-bao",
}
CSS = "/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-1fe2ea/8804/1dd6a2a/_/download/contextbatch/css/_super/batch.css"
JS = "/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-1fe2ea/8804/1dd6a2a/_/download/contextbatch/js/_super/batch.js"
LOGO = att(HOME_PID, "logo-nguyen-hue.png", "2026-08-15")
AVATAR = "/images/icons/profilepics/default.svg"


# --- rendering of the text ------------------------------------------------------------------


def anchor(title: str, heading: str) -> str:
    return title.replace(" ", "") + "-" + heading.replace(" ", "")


def user_link(user: str, cls: str = "url fn confluence-userlink") -> str:
    return (
        f'<a href="/display/~{esc(user)}" class="{cls}" data-username="{esc(user)}">'
        f"{esc(USERS[user])}</a>"
    )


def para_html(p: P) -> str:
    body = esc(p.text)
    style = p.style
    if style.startswith("time:"):
        _, iso, printed = style.split(":", 2)
        body = body.replace(esc(printed), f'<time datetime="{iso}" class="date-future">{esc(printed)}</time>')
    elif style.startswith("mention:"):
        _, name, user = style.split(":", 2)
        body = body.replace(
            esc(name), user_link(user, "confluence-userlink user-mention").replace(
                f">{esc(USERS[user])}<", f">{esc(name)}<"
            ),
        )
    return body


def img_html(s: Story, img: Img) -> str:
    name = img.src.split("/")[-1].split("?")[0]
    tag = (
        '<span class="confluence-embedded-file-wrapper confluence-embedded-manual-size">'
        f'<img class="confluence-embedded-image" draggable="false" width="600" src="{esc(img.src)}" '
        f'data-image-src="{esc(img.src)}" data-unresolved-comment-count="0" '
        f'data-linked-resource-id="{s.opts["pid"] + 7 + len(name)}" data-linked-resource-version="1" '
        f'data-linked-resource-type="attachment" data-linked-resource-default-alias="{esc(name)}" '
        f'data-base-url="" data-linked-resource-content-type="image/jpeg" '
        f'data-linked-resource-container-id="{s.opts["pid"]}" data-linked-resource-container-version="1"'
        "></span>"
    )
    if img.style == "br" and img.printed:
        return f'<p style="text-align: center;">{tag}<br/><em>{esc(img.printed)}</em></p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def toc_html(s: Story) -> str:
    items = "".join(
        f'<li><span class="toc-item-body" data-outline="{i}"><a href="#{esc(anchor(s.title, b.text))}" '
        f'class="toc-link">{esc(b.text)}</a></span></li>'
        for i, b in enumerate((b for b in s.blocks if isinstance(b, P) and b.style == "h2"), 1)
    )
    return (
        '<div class="toc-macro client-side-toc-macro conf-macro output-block" data-headerelements="H1,H2,H3" '
        f'data-hasbody="false" data-macro-name="toc"><ul style="list-style: none;">{items}</ul></div>'
    )


def letterhead_cells(s: Story) -> tuple[str, str, str, str]:
    number, place_day, _subject = s.opts["letterhead"]
    left = "SỞ GD&amp;ĐT PHÚ YÊN<br/><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong>"
    right = "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br/><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong>"
    return left, right, f"Số: {esc(number)}", f"<em>{esc(place_day)}</em>"


def closing_cells(s: Story) -> tuple[str, str]:
    post, name = s.opts["signer"]
    left = (
        "<strong><em>Nơi nhận:</em></strong><br/>- Sở GD&amp;ĐT (b/c);<br/>- GVCN các lớp;<br/>"
        "- Website trường;<br/>- Lưu: VT."
    )
    right = f"<strong>{post}</strong><br/><br/><em>(đã ký)</em><br/><br/><strong>{esc(name)}</strong>"
    return left, right


def kind_lines(s: Story) -> str:
    subject = s.opts["letterhead"][2]
    return (
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
        f'<p style="text-align: center;"><strong>{esc(subject)}</strong></p>'
    )


def two_cells_table(a: str, b: str, c: str | None = None, d: str | None = None) -> str:
    rows = f'<tr><td class="confluenceTd" style="text-align: center;">{a}</td>' \
        f'<td class="confluenceTd" style="text-align: center;">{b}</td></tr>'
    if c is not None:
        rows += f'<tr><td class="confluenceTd" style="text-align: center;">{c}</td>' \
            f'<td class="confluenceTd" style="text-align: center;">{d}</td></tr>'
    return (
        '<div class="table-wrap"><table class="wrapped relative-table confluenceTable" style="width: 100%;">'
        f'<colgroup><col style="width: 40%;"/><col style="width: 60%;"/></colgroup><tbody>{rows}</tbody></table></div>'
    )


def two_cells_layout(a: str, b: str) -> str:
    return (
        '<div class="columnLayout two-left-sidebar" data-layout="two-left-sidebar">'
        f'<div class="cell aside" data-type="aside"><div class="innerCell"><p style="text-align: center;">{a}</p></div></div>'
        f'<div class="cell normal" data-type="normal"><div class="innerCell"><p style="text-align: center;">{b}</p></div></div>'
        "</div>"
    )


def raw_html(s: Story, raw: Raw) -> str:
    if raw.html == "TOC":
        return toc_html(s)
    if raw.html == "EXPAND_OPEN":
        return expand_open(s.opts["pid"] % 1000, "Danh sách giáo viên đạt giải (bấm để xem)").html
    if raw.html == "LETTERHEAD_TABLE":
        return two_cells_table(*letterhead_cells(s)) + kind_lines(s)
    if raw.html == "CLOSING_TABLE":
        return two_cells_table(*closing_cells(s))
    if raw.html == "LETTERHEAD_LAYOUT":
        left, right, number, day = letterhead_cells(s)
        return (
            '<div class="contentLayout2">'
            + two_cells_layout(left + "<br/>" + number, right + "<br/>" + day)
            + '<div class="columnLayout single" data-layout="single"><div class="cell normal" data-type="normal">'
            '<div class="innerCell">' + kind_lines(s)
        )
    if raw.html == "CLOSING_LAYOUT":
        return "</div></div></div>" + two_cells_layout(*closing_cells(s)) + "</div>"
    return raw.html


def attachments_html(pid: int, day: str, files: list[tuple[str, str]]) -> str:
    rows = "".join(
        f'<tr><td class="attachment-name"><span class="icon icon-file-pdf"></span> '
        f'<a class="filename" href="{esc(att(pid, name, day))}" data-filename="{esc(name)}">{esc(name)}</a></td>'
        f'<td class="attachment-size">{esc(size)}</td><td class="attachment-created">{en_date(day)}</td></tr>'
        for name, size in files
    )
    return (
        '<div class="plugin_attachments_container conf-macro output-block" data-macro-name="attachments">'
        '<div class="plugin_attachments_table_container"><fieldset class="hidden">'
        f'<input type="hidden" name="pageId" value="{pid}"></fieldset>'
        '<table class="attachments aui"><thead><tr><th>File</th><th>Size</th><th>Modified</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></div>"
    )


def related_html(s: Story) -> str:
    ids = s.opts.get("related") or []
    if not ids:
        return ""
    items = "".join(
        '<li><div><span class="icon aui-icon content-type-blogpost" title="Blog post">Blog post:</span> '
        f'<a href="{esc(viewpage(BY_ID[i].opts["pid"]))}">{esc(BY_ID[i].title)}</a></div></li>'
        for i in ids
    )
    return (
        '<h3 id="related-heading">Bài viết cùng chủ đề</h3>'
        '<div class="plugin-contentbylabel conf-macro output-block" data-macro-name="contentbylabel">'
        f'<ul class="content-by-label">{items}</ul></div>'
    )


def body_html(s: Story) -> str:
    out: list[str] = []
    group: str | None = None

    def close() -> None:
        nonlocal group
        if group == "table":
            out.append("</tbody></table></div>")
        elif group == "ul":
            out.append("</ul>")
        group = None

    for b in s.blocks:
        want = None
        if isinstance(b, P) and b.style.startswith("tr"):
            want = "table"
        elif isinstance(b, P) and b.style == "li-tick":
            want = "ul"
        if want != group:
            close()
            if want == "table":
                out.append('<div class="table-wrap"><table class="wrapped confluenceTable"><tbody>')
            elif want == "ul":
                out.append("<ul>")
            group = want
        if isinstance(b, Raw):
            out.append(raw_html(s, b))
        elif isinstance(b, Img):
            out.append(img_html(s, b))
        elif b.style.startswith("tr"):
            cell = "th" if b.style == "tr-head" else "td"
            cls = "confluenceTh" if cell == "th" else "confluenceTd"
            out.append(
                "<tr>" + "".join(f'<{cell} class="{cls}">{esc(c)}</{cell}>' for c in b.text.split(" | ")) + "</tr>"
            )
        elif b.style == "li-tick":
            out.append(
                '<li><img class="emoticon emoticon-tick" data-emoticon-name="tick" '
                f'src="/images/icons/emoticons/check.svg" alt="(tick)"/> {para_html(b)}</li>'
            )
        elif b.style == "h2":
            out.append(f'<h2 id="{esc(anchor(s.title, b.text))}">{esc(b.text)}</h2>')
        elif b.style == "bold":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "br1":
            out.append(f"<p>{esc(b.text)}<br/>")
        elif b.style == "br2":
            out.append(f"{esc(b.text)}</p>")
        elif b.style == "emo-end":
            out.append(
                f'<p>{esc(b.text)} <img class="emoticon emoticon-thumbs-up" data-emoticon-name="thumbs-up" '
                'src="/images/icons/emoticons/thumbs_up.svg" alt="(thumbs up)"/></p>'
            )
        else:
            out.append(f"<p>{para_html(b)}</p>")
    close()
    out.append(related_html(s))
    if s.opts.get("attachments"):
        out.append(attachments_html(s.opts["pid"], s.opts["modified"][0], s.opts["attachments"]))
    return "".join(out)


# --- chrome ---------------------------------------------------------------------------------


def menu_html() -> str:
    sub = "".join(
        f'<li><a href="{esc(display_path(t))}">{esc(t)}</a></li>'
        for t in ("Giới thiệu chung", "Cơ cấu tổ chức", "Thành tích nổi bật")
    )
    return (
        '<ul id="nh-menu" style="list-style:none;margin:0;padding:0;background:#083b69">'
        f'<li class="nh-li"><a href="{HOME_PATH}">Trang chủ</a></li>'
        f'<li class="nh-li nh-dd"><a href="{esc(display_path("Giới thiệu chung"))}">Giới thiệu &#9662;</a>'
        f'<ul class="nh-sub" style="display:none">{sub}</ul></li>'
        f'<li class="nh-li"><a href="{esc(BLOG_INDEX)}">Tin tức – Sự kiện</a></li>'
        f'<li class="nh-li"><a href="{esc(NOTICES_PATH)}">Thông báo</a></li>'
        f'<li class="nh-li"><a href="{esc(display_path("Văn bản – Biểu mẫu"))}">Văn bản – Biểu mẫu</a></li>'
        f'<li class="nh-li"><a href="{esc(display_path("Liên hệ"))}">Liên hệ</a></li>'
        '<li class="nh-li"><a href="https://www.facebook.com/thptnguyenhue.tuyhoa" target="_blank">Facebook</a></li>'
        "</ul>"
    )


def banner_html() -> str:
    return (
        '<div id="nh-banner" style="background:#0b4f8a;color:#fff;font-family:Arial">'
        '<table style="width:100%;border:0"><tr>'
        f'<td style="width:90px"><a href="{HOME_PATH}"><img src="{esc(LOGO)}" alt="Logo THPT Nguyễn Huệ" height="80"/></a></td>'
        '<td><div style="font-size:13px">SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ YÊN</div>'
        '<div style="font-size:26px;font-weight:bold">TRƯỜNG THPT NGUYỄN HUỆ</div>'
        '<div style="font-size:12px">Dạy tốt – Học tốt – Rèn luyện tốt</div></td>'
        f'<td style="text-align:right;vertical-align:top"><span id="nh-ngay">{TODAY_LINE}</span></td>'
        f"</tr></table>{menu_html()}</div>"
    )


def aui_header(login_dest: str) -> str:
    return (
        '<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" aria-label="Site">'
        '<div class="aui-header-inner"><div class="aui-header-primary"><span id="logo" class="aui-header-logo '
        f'aui-header-logo-custom"><a href="{HOME_PATH}" aria-label="Go to home page">'
        f'<img src="{esc(LOGO)}" alt="Confluence"/></a></span><ul class="aui-nav">'
        '<li><a href="/spacedirectory/view.action" id="space-directory-link" class="aui-nav-link">Spaces</a></li>'
        '</ul></div><div class="aui-header-secondary"><ul class="aui-nav">'
        '<li><form id="quick-search" class="aui-quicksearch dont-default-focus header-quicksearch" '
        'action="/dosearchsite.action" method="get"><input id="quick-search-query" class="quick-search-query" '
        'type="text" name="queryString" placeholder="Search"/><input type="hidden" name="where" value="THPTNH"/>'
        "</form></li>"
        f'<li><a href="/login.action?os_destination={quote(login_dest, safe="")}" '
        'class="aui-nav-link login-link">Log in</a></li></ul></div></div></nav></header>'
    )


def sidebar_html(page_id: int) -> str:
    return (
        '<div class="ia-splitter-left"><div class="ia-fixed-sidebar"><div class="acs-side-bar ia-scrollable-section">'
        '<div class="acs-side-bar-space-info tipsy-enabled"><div class="avatar"><div class="space-logo" '
        f'data-key="{KEY}"><div class="avatar-img-container"><div class="avatar-img-wrapper">'
        f'<a href="{HOME_PATH}" title="{esc(SPACE_NAME)}"><img class="avatar-img" src="{esc(LOGO)}" alt=""/></a>'
        '</div></div></div></div><div class="space-information-container"><div class="name">'
        f'<a href="{HOME_PATH}" title="{esc(SPACE_NAME)}">{esc(SPACE_NAME)}</a></div></div></div>'
        '<div class="acs-side-bar-content"><div class="acs-nav-wrapper"><div class="acs-nav"><div class="acs-nav-sections">'
        '<div class="main-links-section"><ul class="acs-nav-list">'
        f'<li class="acs-nav-item wiki" data-collector-key="spacebar-pages"><a class="acs-nav-item-link" '
        f'href="{esc(PAGES_INDEX)}&amp;src=sidebar-pages"><span class="icon"></span><span class="acs-nav-item-label">Pages</span></a></li>'
        f'<li class="acs-nav-item blog" data-collector-key="spacebar-blogs"><a class="acs-nav-item-link" '
        f'href="{esc(BLOG_INDEX)}&amp;src=sidebar-blogs"><span class="icon"></span><span class="acs-nav-item-label">Blog</span></a></li>'
        "</ul></div></div></div></div>"
        '<div class="ia-secondary-container tipsy-enabled" data-tree-type="page-tree">'
        '<div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree"><span class="label">Page tree</span></h5></div>'
        '<div class="ia-secondary-content"><div class="plugin_pagetree conf-macro output-inline" data-macro-name="pagetree">'
        '<ul class="plugin_pagetree_children_list plugin_pagetree_children_list_noleftspace">'
        '<div class="plugin_pagetree_children"></div></ul><fieldset class="hidden">'
        '<input type="hidden" name="treeRequestId" value="/plugins/pagetree/naturalchildren.action?decorator=none&amp;'
        'excerpt=false&amp;sort=position&amp;reverse=false&amp;disableLinks=false&amp;expandCurrent=true&amp;placement=sidebar"/>'
        f'<input type="hidden" name="treePageId" value="{page_id}"/><input type="hidden" name="rootPageId" value="{HOME_PID}"/>'
        '<input type="hidden" name="loadingMessage" value="Loading..."/></fieldset></div></div></div>'
        "</div></div></div></div>"
    )


def footer_html() -> str:
    return (
        '<div id="nh-footer" style="background:#0b4f8a;color:#fff;padding:10px">'
        '<table style="width:100%"><tr><td><strong>TRƯỜNG THPT NGUYỄN HUỆ – TP. TUY HÒA, PHÚ YÊN</strong><br/>'
        "Địa chỉ: 02 Nguyễn Huệ, phường 7, thành phố Tuy Hòa, tỉnh Phú Yên<br/>"
        "Điện thoại: 0257 3823 456 – Email: thptnguyenhue@phuyen.edu.vn<br/>"
        "© 2026 Trường THPT Nguyễn Huệ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</td>"
        '<td style="width:30%"><div class="nh-counter"><div>Đang online: <b>14</b></div>'
        "<div>Hôm nay: <b>362</b></div><div>Tổng truy cập: <b>1.284.571</b></div></div>"
        '<div class="nh-links">Liên kết: <a href="https://phuyen.edu.vn" target="_blank">Sở GD&amp;ĐT Phú Yên</a> | '
        '<a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a></div></td></tr></table></div>'
        '<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby">'
        '<li class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" class="hover-footer-link">'
        'Atlassian Confluence</a> <span id="footer-build-information">8.5.4</span></li>'
        '<li class="print-only">Printed by Atlassian Confluence 8.5.4</li>'
        '<li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link">Report a bug</a></li>'
        '<li class="noprint"><a href="https://www.atlassian.com/company" class="hover-footer-link">Atlassian News</a></li>'
        '</ul><div id="footer-logo"><a href="https://www.atlassian.com/" rel="nofollow">Atlassian</a></div></section></div>'
    )


def crumbs_html(crumbs: list[tuple[str, str | None]]) -> str:
    items = []
    for i, (label, href) in enumerate(crumbs):
        cls = ' class="first"' if i == 0 else ""
        inner = f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        items.append(f"<li{cls}><span>{inner}</span></li>")
    return (
        '<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs">'
        + "".join(items)
        + "</ol></nav></div>"
    )


def layout(
    request: Request, title: str, page_id: int, crumbs: list[tuple[str, str | None]], content: str,
    self_path: str, canonical: str | None = None, content_class: str = "page view",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{esc(base + canonical)}"/>' if canonical else ""
    doc = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"/>'
        f"<title>{esc(title)} - {esc(SPACE_NAME)} - Confluence</title>"
        '<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7"/>'
        '<meta name="viewport" content="width=1024"/>'
        f'<meta name="ajs-page-id" content="{page_id}"/><meta name="ajs-space-key" content="{KEY}"/>'
        f'<meta name="ajs-space-name" content="{esc(SPACE_NAME)}"/>'
        f'<meta name="ajs-page-title" content="{esc(title)}"/>'
        '<meta name="ajs-context-path" content=""/><meta name="ajs-remote-user" content=""/>'
        f'{canon}<link rel="shortcut icon" href="/s/-1fe2ea/8804/1dd6a2a/_/favicon.ico"/>'
        f'<link rel="stylesheet" href="{CSS}" data-wrm-key="_super" media="all"/>'
        f'<script src="{JS}" data-wrm-key="_super"></script></head>'
        '<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">'
        f'<div id="full-height-container">{banner_html()}'
        f'<div id="header-precursor"></div>{aui_header(self_path)}'
        f'<div id="main-container" class="ia-splitter">{sidebar_html(page_id)}'
        '<div class="ia-splitter-handle tipsy-enabled"></div>'
        '<div id="main" class="aui-page-panel"><div id="main-header"><div id="navigation" class="content-navigation view">'
        '<ul class="ajs-menu-bar"><li class="ajs-button normal"><a id="action-menu-link" class="action aui-dropdown2-trigger-arrowless '
        'aui-button aui-button-subtle" href="#" aria-label="More options"><span class="aui-icon aui-icon-small '
        'aui-iconfont-more">More options</span></a></li></ul></div>'
        f'<div id="title-heading" class="pagetitle with-breadcrumbs">{crumbs_html(crumbs)}'
        f'<h1 id="title-text" class="with-breadcrumbs"><a href="{esc(self_path)}">{esc(title)}</a></h1></div></div>'
        f'<div id="content" class="{content_class}">{content}</div></div></div>'
        f"{footer_html()}</div></body></html>"
    )
    return html(doc, headers={"X-Confluence-Request-Time": "1764900000000", "X-ASEN": "SEN-L1234567"})


def metadata_html(creator: str, modified: tuple[str, str | None]) -> str:
    day, editor = modified
    who = f', last modified by <span class="editor">{user_link(editor)}</span>' if editor else ", last modified"
    return (
        '<div class="page-metadata"><ul><li class="page-metadata-modification-info">'
        f'Created by <span class="author">{user_link(creator)}</span>{who} on '
        f'<span class="last-modified" title="{en_date(day)}">{en_date(day)}</span></li></ul></div>'
    )


def labels_html(page_id: int, labels: list[str]) -> str:
    items = "".join(
        f'<li class="aui-label" data-label-id="{page_id % 997 + i}"><a class="aui-label-split-main" '
        f'href="/label/{KEY}/{esc(lb)}" rel="tag">{esc(lb)}</a></li>'
        for i, lb in enumerate(labels)
    )
    return (
        '<div id="likes-and-labels-container"><div id="likes-section" class="no-print">'
        '<a href="#" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span>'
        '<span class="like-button-text">Like</span></a><span class="like-summary">Be the first to like this</span></div>'
        f'<div id="labels-section" class="pageSection group"><div class="labels-section-content content-column" '
        f'entityid="{page_id}" entitytype="page"><div class="labels-content"><ul class="label-list label-list-right">'
        f"{items}</ul></div></div></div></div>"
    )


def comments_html(s: Story, self_path: str) -> str:
    comments = s.opts.get("comments") or []
    if not comments:
        return ""
    sep = "&" if "?" in self_path else "?"
    threads = "".join(
        f'<li id="comment-thread-{cid}" class="comment-thread"><div class="comment" id="comment-{cid}">'
        f'<p class="comment-user-logo"><img class="userLogo logo anonymous" src="{AVATAR}" alt="" title="Anonymous"/></p>'
        '<div class="comment-header"><h4 class="author">Anonymous</h4></div>'
        f'<div class="comment-body"><div class="comment-content wiki-content"><p>{esc(text)}</p></div>'
        '<div class="comment-actions"><ul class="comment-actions-secondary">'
        f'<li class="comment-date"><a href="{esc(self_path + sep)}focusedCommentId={cid}#comment-{cid}">'
        f"{en_date(day)}</a></li></ul></div></div></div></li>"
        for cid, _user, day, text in comments
    )
    n = len(comments)
    return (
        '<div id="comments-section" class="pageSection group"><div class="section-header">'
        f'<h2 id="comments-section-title" class="section-title">{n} Comment{"s" if n > 1 else ""}</h2></div>'
        f'<ol class="comment-threads top-level" id="page-comments">{threads}</ol></div>'
    )


# --- pages ----------------------------------------------------------------------------------


def story_page(request: Request, s: Story) -> Response:
    path = story_path(s)
    pid = s.opts["pid"]
    if s.opts.get("kind") == "page":
        crumbs = [("Pages", PAGES_INDEX), (HOME_TITLE, HOME_PATH), (NOTICES_TITLE, NOTICES_PATH)]
        cls = "page view"
    else:
        y, m, d = story_day(s).split("-")
        crumbs = [("Pages", PAGES_INDEX), ("Blog", BLOG_INDEX), (y, None), (m, None), (d, None)]
        cls = "blogpost view"
    content = (
        metadata_html(s.opts["creator"], s.opts["modified"])
        + f'<div id="main-content" class="wiki-content">{body_html(s)}</div>'
        + labels_html(pid, s.opts.get("labels", []))
        + comments_html(s, path)
    )
    return layout(request, s.title, pid, crumbs, content, path, canonical=path, content_class=cls)


def listing_entry(s: Story, full: bool) -> str:
    path = story_path(s)
    if full:
        text = body_html(s)
    else:
        first = next(b for b in s.blocks if isinstance(b, P))
        text = f"<p>{esc(first.text)}</p>"
    n = len(s.opts.get("comments") or [])
    comments = f'<a href="{esc(path)}#comments-section">{n} Comment{"s" if n != 1 else ""}</a>' if n else ""
    return (
        '<div class="blog-post-listing"><div class="logo-heading-block"><span class="logoBlock">'
        f'<img class="userLogo logo" src="{AVATAR}" alt="User icon: {esc(s.opts["creator"])}"/></span>'
        f'<span class="blogHeading"><a class="blogHeading" href="{esc(path)}">{esc(s.title)}</a></span>'
        f'<div class="page-metadata not-personal">{user_link(s.opts["creator"])} posted on '
        f'<a href="{esc(path)}">{en_date(story_day(s))}</a></div></div>'
        f'<div class="wiki-content">{text}</div><div class="endsection">{comments}</div></div>'
    )


def blog_index(request: Request) -> Response | None:
    try:
        start = int(request.params.get("startIndex", "0") or 0)
    except ValueError:
        return None
    if start < 0 or start % PER_PAGE or start >= len(BLOG):
        return None
    posts = BLOG[start : start + PER_PAGE]
    nav = []
    if start:
        prev = BLOG_INDEX if start - PER_PAGE == 0 else f"{BLOG_INDEX}&startIndex={start - PER_PAGE}"
        nav.append(f'<li class="aui-nav-previous"><a href="{esc(prev)}">« Previous</a></li>')
    if start + PER_PAGE < len(BLOG):
        nav.append(f'<li class="aui-nav-next"><a href="{esc(BLOG_INDEX)}&amp;startIndex={start + PER_PAGE}">Next »</a></li>')
    content = (
        '<div id="blog-posts-container">'
        + "".join(listing_entry(s, True) for s in posts)
        + f'<ol class="aui-nav aui-nav-pagination">{"".join(nav)}</ol></div>'
    )
    self_path = BLOG_INDEX if not start else f"{BLOG_INDEX}&startIndex={start}"
    return layout(request, "Blog", HOME_PID, [("Pages", PAGES_INDEX)], content, self_path)


def home_page(request: Request) -> Response:
    recent = "".join(listing_entry(s, False) for s in BLOG[:3])
    content = (
        metadata_html("quantri", ("2026-09-01", None))
        + '<div id="main-content" class="wiki-content">'
        '<p>Chào mừng quý phụ huynh, học sinh và bạn đọc đến với trang thông tin của Trường THPT Nguyễn Huệ.</p>'
        '<div class="contentLayout2"><div class="columnLayout two-right-sidebar" data-layout="two-right-sidebar">'
        '<div class="cell normal" data-type="normal"><div class="innerCell"><h2 id="Trangchủ-Tinmới">Tin mới</h2>'
        f'<div class="blog-posts conf-macro output-block" data-macro-name="blog-posts">{recent}</div>'
        f'<p><a href="{esc(BLOG_INDEX)}">Xem tất cả tin »</a></p></div></div>'
        '<div class="cell aside" data-type="aside"><div class="innerCell"><h2 id="Trangchủ-Thôngbáo">Thông báo</h2>'
        f'<p><a href="{esc(NOTICES_PATH)}">Xem các thông báo của nhà trường</a></p>'
        '<h2 id="Trangchủ-Thămdò">Thăm dò ý kiến</h2><p>Bạn đánh giá thế nào về website mới của trường?</p>'
        '<p>( ) Rất hài lòng ( ) Hài lòng ( ) Chưa hài lòng</p></div></div></div></div></div>'
    )
    return layout(request, HOME_TITLE, HOME_PID, [("Pages", PAGES_INDEX)], content, HOME_PATH, canonical=HOME_PATH)


def notices_page(request: Request) -> Response:
    items = "".join(f'<li><a href="{esc(story_path(s))}">{esc(s.title)}</a></li>' for s in NOTICES)
    content = (
        metadata_html("vanthu", ("2026-12-01", None))
        + '<div id="main-content" class="wiki-content"><p>Các thông báo của nhà trường:</p>'
        f'<ul class="childpages-macro conf-macro output-block" data-macro-name="children">{items}</ul></div>'
    )
    crumbs = [("Pages", PAGES_INDEX), (HOME_TITLE, HOME_PATH)]
    return layout(request, NOTICES_TITLE, NOTICES_PID, crumbs, content, NOTICES_PATH, canonical=NOTICES_PATH)


def static_page(request: Request, pid: int, title: str, creator: str, body: str) -> Response:
    extra = ""
    if "ATTACH:" in body:
        body, spec = body.split("ATTACH:")
        files = [tuple(item.split(":")) for item in spec.split("|")]
        extra = attachments_html(pid, "2026-09-10", files)
    path = display_path(title)
    content = (
        metadata_html(creator, ("2026-09-10", None))
        + f'<div id="main-content" class="wiki-content">{body}{extra}</div>'
        + labels_html(pid, [])
    )
    crumbs = [("Pages", PAGES_INDEX), (HOME_TITLE, HOME_PATH)]
    return layout(request, title, pid, crumbs, content, path, canonical=path)


def pages_index(request: Request) -> Response:
    items = "".join(
        f'<li><a href="{esc(display_path(t))}">{esc(t)}</a></li>'
        for t in ["Cơ cấu tổ chức", "Giới thiệu chung", "Liên hệ", NOTICES_TITLE, "Thành tích nổi bật", "Văn bản – Biểu mẫu"]
    )
    content = (
        '<div class="pages-collector"><h2>Page tree</h2>'
        f'<ul class="plugin_pagetree_children_list"><li><a href="{HOME_PATH}">{HOME_TITLE}</a><ul>{items}</ul></li></ul></div>'
    )
    return layout(request, "Pages", HOME_PID, [("Pages", PAGES_INDEX)], content, PAGES_INDEX)


def label_page(request: Request, label: str) -> Response | None:
    if label not in LABEL_NAMES:
        return None
    hits = [s for s in STORIES if label in s.opts.get("labels", [])]
    items = "".join(
        f'<li><span class="icon aui-icon content-type-{"page" if s.opts.get("kind") == "page" else "blogpost"}"></span>'
        f'<a href="{esc(story_path(s))}">{esc(s.title)}</a>'
        f'<div class="label-details">{en_date(story_day(s) if s.opts.get("kind") != "page" else s.opts["modified"][0])}</div></li>'
        for s in hits
    )
    content = (
        f'<div id="label-results"><p>Content with label <strong>{esc(label)}</strong> in {esc(SPACE_NAME)}</p>'
        f'<ul class="content-by-label">{items}</ul></div>'
    )
    path = f"/label/{KEY}/{label}"
    return layout(request, f"Labels: {label}", HOME_PID, [("Pages", PAGES_INDEX)], content, path)


def space_directory(request: Request) -> Response:
    content = (
        '<div id="space-directory"><table class="aui spaces-table"><thead><tr><th>Space</th><th>Key</th>'
        f'</tr></thead><tbody><tr><td><a href="{HOME_PATH}">{esc(SPACE_NAME)}</a></td><td>{KEY}</td></tr>'
        "</tbody></table></div>"
    )
    return layout(request, "Space directory", HOME_PID, [], content, "/spacedirectory/view.action")


def login_page(request: Request) -> Response:
    dest = esc(request.params.get("os_destination", ""))
    doc = (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"/><title>Log In - Confluence</title>'
        '<meta name="robots" content="noindex,nofollow"/></head><body class="login">'
        '<form id="loginform" method="post" action="/dologin.action" name="loginform">'
        '<label for="os_username">Username</label><input type="text" name="os_username" id="os_username"/>'
        '<label for="os_password">Password</label><input type="password" name="os_password" id="os_password"/>'
        f'<input type="hidden" name="os_destination" value="{dest}"/>'
        '<input type="submit" id="loginButton" value="Log in"/></form></body></html>'
    )
    return html(doc)


PAGE_TITLES = {s.title: s for s in NOTICES}
BLOG_BY_DISPLAY = {(story_day(s), s.title): s for s in BLOG if s.opts.get("url") != "pageid"}
BY_PID = {s.opts["pid"]: s for s in STORIES}


class ConfluenceSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", f"/display/{KEY}", f"/display/{KEY}/"):
            return redirect(HOME_PATH)
        if path.startswith("/download/attachments/") and path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.endswith(".svg"):
            svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"/>'
            return Response(200, svg, {"Content-Type": "image/svg+xml"})
        if path.startswith("/download/") or path.startswith("/s/") or path.startswith("/images/"):
            return static_file(path)
        if path == "/spacedirectory/view.action":
            return space_directory(request)
        if path == "/login.action":
            return login_page(request)
        if path.startswith("/display/~"):
            return redirect("/login.action?os_destination=" + quote(path, safe=""))
        if path == "/pages/viewpage.action":
            try:
                pid = int(request.params.get("pageId", ""))
            except ValueError:
                return None
            if pid in BY_PID:
                return story_page(request, BY_PID[pid])
            if pid == HOME_PID:
                return home_page(request)
            if pid == NOTICES_PID:
                return notices_page(request)
            for spid, title, creator, body in STATIC_PAGES:
                if spid == pid:
                    return static_page(request, spid, title, creator, body)
            return None
        if path == "/pages/viewrecentblogposts.action":
            return blog_index(request) if request.params.get("key") == KEY else None
        if path == "/collector/pages.action":
            return pages_index(request) if request.params.get("key") == KEY else None
        if path.startswith(f"/label/{KEY}/"):
            return label_page(request, unquote_plus(path[len(f"/label/{KEY}/"):]))
        prefix = f"/display/{KEY}/"
        if not path.startswith(prefix):
            return None
        parts = [unquote_plus(p) for p in path[len(prefix):].split("/")]
        if len(parts) == 4:
            s = BLOG_BY_DISPLAY.get(("-".join(parts[:3]), parts[3]))
            return story_page(request, s) if s else None
        if len(parts) != 1:
            return None
        title = parts[0]
        if title == HOME_TITLE:
            return home_page(request)
        if title == NOTICES_TITLE:
            return notices_page(request)
        if title in PAGE_TITLES:
            return story_page(request, PAGE_TITLES[title])
        if title in STATIC_BY_TITLE:
            return static_page(request, *STATIC_BY_TITLE[title])
        return None


def build_site() -> ConfluenceSite:
    return ConfluenceSite()


def _alt_paths(s: Story) -> list[str]:
    path = story_path(s)
    alts = [] if path.startswith("/pages/viewpage.action") else [viewpage(s.opts["pid"])]
    sep = "&" if "?" in path else "?"
    alts += [f"{path}{sep}focusedCommentId={cid}" for cid, *_ in s.opts.get("comments") or []]
    return alts


GOLD = [gold_record(s, story_path(s), s.cat, alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [display_path(title) for _pid, title, _c, _b in STATIC_PAGES]
