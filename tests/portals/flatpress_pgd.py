"""FlatPress 1.3 blog of a district education office (Phòng GD&ĐT huyện Cam Lộ, Quảng Trị).

Platform
    FlatPress 1.3 "Arioso": a flat-file PHP blog, no database. A local IT vendor customised the
    stock ``leggero`` theme (Vietnamese class names, a left and a right widget column, a drop-down
    top menu, a breadcrumb, a running ``<marquee>``) and left FlatPress's own markup inside it:
    ``<div id="entryYYMMDD-HHMMSS" class="entry">``, ``<h2 class="date">``, ``ul.entry-footer``,
    the BBCode plugin's ``wpautop`` paragraphs (a single newline in the editor is a ``<br />``),
    ``[img]`` tags whose ``alt``/``title`` are the file name, the ``[more]`` split, comments.

URL scheme (everything on ``/`` or ``/index.php``; links are absolute on the request's host)
    ``/``                                    home listing, 5 entries a page
    ``/?paged=N``                            older pages of the home listing
    ``/?x=cat:N`` / ``/?x=cat:N;paged:2``    category listing (a parent shows its children's entries)
    ``/?x=y:26;m:11`` (``;paged:2``)         month archive (archives widget)
    ``/?x=entry:entry261204-092000``         one entry (the id is the *server's UTC* time)
    ``/?x=entry:…;comments:1``               the same entry with its comments and the comment form
    ``/index.php?x=entry:…;comments:1``      the "Bình luận mới" widget's links (same page again)
    ``…&PHPSESSID=…``                        every link printed on a comments page (see traps)
    ``/?page=gioithieu`` …                   FlatPress static pages (intro, staff, week plan, album)
    ``/contact.php``, ``/search.php?q=``     contact form, search
    ``/?x=feed:rss2``                        RSS 2.0 (10 latest entries, UTC dates)
    ``/fp-content/images/…``, ``/fp-content/attachs/…``, ``/fp-interface/…``  files

Page templates
    listing: left column (search, categories, last comments, notice block), the entries of the
    page (full text, or the teaser before ``[more]`` with "Đọc tiếp »"), one ``h2.date`` per day
    (printed once for several entries of one day), "« Bài cũ hơn" / "Bài mới hơn »" only (no
    page numbers), right column (latest entries, most read, archives, links, poll, counter).
    entry: breadcrumb, ``h2.date`` (day only), ``h3`` title, tool bar, the text, the entry
    footer ("Đăng bởi quantri lúc 08:30 trong <categories>", comments link with view count),
    previous/next entry, "Các bài viết khác". The comments view adds the comments and a form.
    static page: breadcrumb, ``h3`` title, text; no date, no entry footer.

How each gold article is reached
    The 5 newest entries are on ``/`` and in the "Bài viết mới" widget; the next 5 on
    ``/?paged=2``; the 4 October entries on ``/?paged=3`` only (linked from page 2 alone: the
    pager has no numbers), on their category listings (``?x=cat:3;paged:2`` for the Mầm non
    conference), in the October archive, and through the entry-to-entry "«  / »" chain and the
    "Các bài viết khác" lists; no widget on page 1 links to them, except the comment widget's
    ``index.php`` link to the THCS Nguyễn Trãi entry. Every open entry also has its comments
    view.

Traps
    1. Entry ids are the server's UTC clock: ``entry261117-170000`` was posted on 18/11/2026 at
       00:00 local time, ``entry261204-092000`` at 16:20. Gold dates come from the page
       (``h2.date`` for the day, "lúc HH:MM" in the entry footer for the time), never from the
       id; the RSS feed prints the same UTC times (``+0000``).
    2. The day and the time are printed apart (day in ``h2.date`` above the title, time in the
       footer below the text); a midnight time ("lúc 00:00", an imported entry) is a day only:
       gold "2026-11-18". Comment dates ("02/12/2026 lúc 08:30") and the left column's "Bình luận
       mới" dates come before or after the entry and are never its date.
    3. Listings print whole entries (FlatPress shows the full text unless the editor put a
       ``[more]``): a listing page looks like five articles glued together and is no article.
    4. Duplicates without a canonical link: each entry is served at ``?x=entry:ID``, at
       ``…;comments:1``, at ``/index.php?x=entry:ID;comments:1`` (comment widget) and, because
       the comments view starts a PHP session for the anti-spam question and the host has
       ``session.use_trans_sid`` on, at every one of these with ``&PHPSESSID=…`` appended (all
       links and forms of a comments page carry the session id). Gold: ``?x=entry:ID`` is the
       path and canonical path, the others are ``alt_paths``.
    5. An entry filed under two categories (Mầm non and Tin tức - Sự kiện) is listed in both;
       gold category is the breadcrumb's last item, i.e. its first category "Giáo dục Mầm non".
    6. Official notice: a letterhead table (UBND HUYỆN … | CỘNG HÒA …, "Số: 845/TB-PGDĐT",
       "Cam Lộ, ngày 02 tháng 12 năm 2026"), "THÔNG BÁO / Về việc …", then "Nơi nhận" and the
       signer "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG / Nguyễn Thị Minh Tâm". Gold date is the
       letterhead's day "2026-12-02" (the entry was posted on 03/12 at 09:15), the author is the
       signer; letterhead, kind/subject and closing are not body. The schedule table inside
       is body (cells joined by " | ").
    7. A document entry (category "Văn bản chỉ đạo": number, date, subject, signer, PDF) uses the
       very same entry template as the articles: it is a non-article.
    8. Captions as the BBCode editor makes them: the ``[img]`` and an italic line in the same
       ``<p>`` after a ``<br />``; a parenthesised line (parentheses dropped in gold); a line
       that only credits the photographer ("Ảnh: Phan Đình Tú": caption None, photographer);
       a two-row table; and ``alt``/``title`` attributes that are the file name (no caption).
    9. Bylines at the end, right-aligned, in all forms: a unit alone ("Tổ Phổ cập", "Bộ phận
       Tiểu học"), "Tin, ảnh: X (Trường MN Hoa Sen)", "Tin: X - Ảnh: Y", "ThS. X" with the post
       on the next line, "Name - Hiệu trưởng …", "BBT" (nobody). The footer's "Đăng bởi
       quantri" is the CMS account (nobody). In the topical article the references ("Tài liệu
       tham khảo") come *after* the byline and are still the text's own.
   10. Text a generic cleaner breaks: one entry typed with Unikey in composed-Unicode mode (NFD
       throughout, gold NFC); one pasted with numeric/named entities mixed with raw UTF-8; a
       footnote call "[1]" that stays and a bare ``<sup><a>2</a></sup>`` that goes; single
       newlines (``<br />``) that split one ``<p>`` into several gold paragraphs; body sentences
       starting "Theo báo cáo…" / "Theo kế hoạch…" that are text, not a source; an emoji in a
       title and in a caption.
   11. Chrome that reads like content: the left column's "Thông báo" block (a static page shown
       as a widget), the marquee, "Xem thêm:" and "Tệp đính kèm:" lines, comments with names and
       dates, "Các bài viết khác" and previous/next titles.

Gold decisions on ambiguous points
    - ``published_at``: the day of ``h2.date`` plus the footer's "lúc HH:MM" (+07:00); midnight
      is the day alone; an official notice takes its letterhead's day.
    - ``category``: the breadcrumb's last item (the entry's first category); for an entry in a
      sub-category that is the sub-category ("Giáo dục Tiểu học", not "Chuyên môn nghiệp vụ").
    - ``summary``: only a bold first paragraph (``<p><strong>…</strong></p>``) is a sapo; the
      SEO plugin's meta description is not.
    - A numbered heading printed bold ("1. Thời gian kiểm tra", "I. MỤC ĐÍCH, YÊU CẦU") is a body
      paragraph, and never a sapo.
    - "Tin, ảnh: Hoàng Thị Mỹ Linh (Trường MN Hoa Sen)": the unit in parentheses is dropped.
    - A credit-only caption line ("Ảnh: Phan Đình Tú") names the photographer.
    - Comments (names, dates, text) are neither body nor authors.
    - ``alt_paths`` lists the URL forms the site links to for the entry (trap 4); the
      ``PHPSESSID`` form of the plain entry view is listed for every entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
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

NAME = "flatpress_pgd"
PLATFORM = "FlatPress 1.3 (flat-file PHP blog, customised leggero theme)"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Phòng GD&ĐT Cam Lộ"
SID = "b7e1c04f9a2d63k8q5m0r1t6v3"
PER_PAGE = 5
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
IMG = "/fp-content/images/2026/"

#: FlatPress categories: id -> (name, parent)
CATS: dict[int, tuple[str, int | None]] = {
    1: ("Tin tức - Sự kiện", None),
    2: ("Thông báo", None),
    3: ("Chuyên môn nghiệp vụ", None),
    4: ("Giáo dục Mầm non", 3),
    5: ("Giáo dục Tiểu học", 3),
    6: ("Giáo dục THCS", 3),
    7: ("Công đoàn - Đoàn Đội", None),
    8: ("Văn bản chỉ đạo", None),
}


@dataclass
class Comment:
    name: str
    when: str  # local "YYYY-MM-DD HH:MM"
    body: str


@dataclass
class Entry:
    story: Story
    local: str  # local time as printed, "YYYY-MM-DD HH:MM"
    cats: list[int]
    locked: bool = False
    more_at: int | None = None  # block index of the [more] split
    comments: list[Comment] = field(default_factory=list)
    nfd: bool = False
    entities: int = 0
    doc: bool = False
    views: int = 0  # the postviews plugin's count

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.local, "%Y-%m-%d %H:%M")

    @property
    def id(self) -> str:
        return "entry" + (self.dt - timedelta(hours=7)).strftime("%y%m%d-%H%M%S")

    @property
    def path(self) -> str:
        return f"/?x=entry:{self.id}"

    @property
    def cpath(self) -> str:
        return f"/?x=entry:{self.id};comments:1"


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the entries ------------------------------------------------------------------------------

A1 = Entry(
    Story(
        1,
        "so-ket-pcgd",
        "Hội nghị sơ kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        "Tin tức - Sự kiện",
        "2026-12-04T16:20:00+07:00",
        [
            P(
                "Chiều ngày 04/12/2026, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ (PCGD-XMC) huyện "
                "Cam Lộ tổ chức hội nghị sơ kết công tác PCGD-XMC năm 2026 và triển khai nhiệm vụ "
                "năm 2027. Đồng chí Hồ Thị Thu Hằng, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo "
                "chủ trì hội nghị."
            ),
            P(
                "Tham dự hội nghị có đại diện lãnh đạo Phòng GD&ĐT, Phòng Nội vụ, Trung tâm "
                "GDNN-GDTX huyện; lãnh đạo UBND các xã, thị trấn cùng hiệu trưởng các trường mầm "
                "non, tiểu học, trung học cơ sở trên địa bàn."
            ),
            Img(
                IMG + "12/hoinghi-pcgd-01.jpg",
                "Đồng chí Hồ Thị Thu Hằng, Phó Chủ tịch UBND huyện phát biểu chỉ đạo hội nghị",
                "Đồng chí Hồ Thị Thu Hằng, Phó Chủ tịch UBND huyện phát biểu chỉ đạo hội nghị",
                "next-em",
            ),
            P(
                "Theo báo cáo, năm 2026 toàn huyện tiếp tục duy trì và nâng cao chất lượng phổ cập "
                "giáo dục mầm non cho trẻ em 5 tuổi; 8/8 xã, thị trấn đạt chuẩn phổ cập giáo dục "
                "tiểu học mức độ 3; 8/8 xã, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở "
                "mức độ 2, trong đó 5 đơn vị đạt mức độ 3. Tỷ lệ người trong độ tuổi từ 15 đến 60 "
                "biết chữ đạt 99,2%."
            ),
            P("Hội nghị cũng chỉ ra một số hạn chế cần khắc phục:"),
            P(
                "- Việc cập nhật dữ liệu trên Hệ thống thông tin điện tử quản lý phổ cập giáo dục "
                "ở một số đơn vị còn chậm, số liệu chưa khớp với sổ theo dõi;",
                "br",
            ),
            P(
                "- Công tác huy động học viên tham gia các lớp xóa mù chữ ở thôn Ba Thung, xã Cam "
                "Tuyền còn gặp nhiều khó khăn.",
                "br",
            ),
            P(
                "Phát biểu kết luận, đồng chí Phó Chủ tịch UBND huyện đề nghị các thành viên Ban "
                "Chỉ đạo, các xã, thị trấn và các trường học tiếp tục quán triệt, thực hiện nghiêm "
                "các văn bản chỉ đạo của cấp trên; rà soát, điều tra, cập nhật số liệu chính xác, "
                "đầy đủ; phấn đấu năm 2027 có thêm 2 xã đạt chuẩn phổ cập giáo dục trung học cơ sở "
                "mức độ 3."
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất "
                "sắc trong công tác PCGD-XMC năm 2026."
            ),
            _byline("<strong>Tổ Phổ cập</strong>"),
        ],
        authors=["Tổ Phổ cập"],
    ),
    "2026-12-04 16:20",
    [1],
)

_LETTERHEAD = Raw(
    '<table style="width: 100%; border-collapse: collapse;" border="0">\n<tbody>\n<tr>\n'
    '<td style="width: 40%; text-align: center; vertical-align: top;">UBND HUYỆN CAM LỘ<br />\n'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />\n"
    "<span style=\"font-size: 10pt;\">Số: 845/TB-PGDĐT</span></td>\n"
    '<td style="width: 60%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
    "NGHĨA VIỆT NAM</strong><br />\n<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />\n"
    "<em>Cam Lộ, ngày 02 tháng 12 năm 2026</em></td>\n</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027</strong></p>"
)
_CLOSING = Raw(
    '<table style="width: 100%;" border="0">\n<tbody>\n<tr>\n'
    '<td style="width: 50%; vertical-align: top;"><span style="font-size: 10pt;"><strong><em>'
    "Nơi nhận:</em></strong><br />\n- Các trường MN, TH, THCS;<br />\n- Lãnh đạo Phòng;<br />\n"
    "- Lưu: VT, CM.</span></td>\n"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG'
    "<br />\nPHÓ TRƯỞNG PHÒNG</strong><br />\n<em>(Đã ký)</em><br />\n<br />\n"
    "<strong>Nguyễn Thị Minh Tâm</strong></td>\n</tr>\n</tbody>\n</table>"
)

A2 = Entry(
    Story(
        2,
        "tb-kiem-tra-hki",
        "Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027",
        "Thông báo",
        "2026-12-02",
        [
            _LETTERHEAD,
            P(
                "Căn cứ Kế hoạch số 512/KH-PGDĐT ngày 05/9/2026 của Phòng GD&ĐT huyện Cam Lộ về "
                "thực hiện nhiệm vụ năm học 2026-2027;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra cuối học kỳ I năm học "
                "2026-2027 đối với cấp tiểu học và trung học cơ sở như sau:"
            ),
            P("1. Thời gian kiểm tra", "b"),
            P(
                "a) Cấp tiểu học: kiểm tra các môn Tiếng Việt, Toán (lớp 4, lớp 5 kiểm tra thêm "
                "môn Khoa học, Lịch sử và Địa lí, Tin học và Công nghệ) từ ngày 28/12/2026 đến "
                "ngày 31/12/2026."
            ),
            P(
                "b) Cấp trung học cơ sở: kiểm tra theo đề chung của Phòng đối với các môn Ngữ "
                "văn, Toán, Tiếng Anh; các môn còn lại do nhà trường tự ra đề. Lịch kiểm tra các "
                "môn đề chung:",
                "br",
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("29/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("29/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("30/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("2. Tổ chức thực hiện", "b"),
            P(
                "Hiệu trưởng các trường chịu trách nhiệm tổ chức coi, chấm kiểm tra nghiêm túc, "
                "khách quan, đúng quy chế; nhận đề kiểm tra qua hệ thống thư điện tử công vụ trước "
                "giờ kiểm tra 60 phút; báo cáo kết quả về Phòng GD&ĐT (qua Bộ phận Chuyên môn) "
                "trước ngày 08/01/2027."
            ),
            P(
                "Trong quá trình thực hiện nếu có vướng mắc, các đơn vị liên hệ đồng chí Lê Quang "
                "Vinh, chuyên viên Phòng GD&ĐT, số điện thoại 0914.236.518 để được hướng dẫn./."
            ),
            _CLOSING,
        ],
        authors=["Nguyễn Thị Minh Tâm"],
    ),
    "2026-12-03 09:15",
    [2],
    locked=True,
)

A3 = Entry(
    Story(
        3,
        "ngay-hoi-hoa-sen",
        "Trường Mầm non Hoa Sen tổ chức Ngày hội “Bé khỏe - Bé ngoan” 🎉",
        "Giáo dục Mầm non",
        "2026-12-01T14:30:00+07:00",
        [
            P(
                "Sáng ngày 01/12/2026, Trường Mầm non Hoa Sen (thị trấn Cam Lộ) tổ chức Ngày hội "
                "“Bé khỏe - Bé ngoan” năm học 2026-2027 với sự tham gia của gần 300 trẻ cùng đông "
                "đảo phụ huynh.",
                "lead",
            ),
            P(
                "Ngày hội nhằm tạo sân chơi bổ ích, giúp trẻ được vận động, rèn luyện thể lực, phát "
                "triển các kỹ năng giao tiếp, hợp tác; đồng thời tăng cường sự phối hợp giữa nhà "
                "trường và gia đình trong việc chăm sóc, giáo dục trẻ."
            ),
            Img(
                IMG + "12/hoasen-ngayhoi-01.jpg",
                "Các bé lớp Mẫu giáo lớn A1 đồng diễn thể dục chào mừng ngày hội",
                "Các bé lớp Mẫu giáo lớn A1 đồng diễn thể dục chào mừng ngày hội",
                "br-em",
            ),
            P(
                "Các bé đã tham gia nhiều trò chơi vận động sôi nổi như: bật qua suối nhỏ, ném bóng "
                "vào rổ, kéo co, chuyền bóng qua đầu, đi trên ván dốc… Mỗi trò chơi đều được giáo "
                "viên thiết kế phù hợp với từng độ tuổi, bảo đảm an toàn cho trẻ."
            ),
            Img(
                IMG + "12/hoasen-ngayhoi-02.jpg",
                "Phụ huynh cùng con tham gia trò chơi “Gia đình tài năng” 😊",
                "Phụ huynh cùng con tham gia trò chơi “Gia đình tài năng” 😊",
                "br-em",
            ),
            P(
                "Xen kẽ các phần thi là những tiết mục văn nghệ do chính các bé và giáo viên biểu "
                "diễn, mang lại không khí vui tươi, gần gũi. Kết thúc ngày hội, Ban tổ chức đã trao "
                "12 giải cho các đội đạt thành tích cao và tặng quà cho tất cả các bé tham gia."
            ),
            Img(
                IMG + "12/hoasen-ngayhoi-03.jpg",
                "(Ban Giám hiệu nhà trường trao thưởng cho các đội đạt giải)",
                "Ban Giám hiệu nhà trường trao thưởng cho các đội đạt giải",
                "paren",
            ),
            _byline("<em><strong>Tin, ảnh: Hoàng Thị Mỹ Linh (Trường MN Hoa Sen)</strong></em>"),
        ],
        authors=["Hoàng Thị Mỹ Linh"],
        photographers=["Hoàng Thị Mỹ Linh"],
        summary=(
            "Sáng ngày 01/12/2026, Trường Mầm non Hoa Sen (thị trấn Cam Lộ) tổ chức Ngày hội "
            "“Bé khỏe - Bé ngoan” năm học 2026-2027 với sự tham gia của gần 300 trẻ cùng đông "
            "đảo phụ huynh."
        ),
    ),
    "2026-12-01 14:30",
    [4, 1],
    more_at=2,
    comments=[
        Comment(
            "Trần Thị Hoa",
            "2026-12-01 20:14",
            "Con mình về kể suốt buổi tối, cảm ơn các cô giáo đã tổ chức ngày hội thật ý nghĩa!",
        ),
        Comment(
            "Phụ huynh lớp Chồi B2",
            "2026-12-02 08:30",
            "Nhà trường có thể gửi thêm ảnh của lớp Chồi B2 lên trang không ạ? Xin cảm ơn.",
        ),
    ],
)

A4 = Entry(
    Story(
        4,
        "chuyen-de-nghien-cuu-bai-hoc",
        "Chuyên đề: Đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học ở trường THCS",
        "Giáo dục THCS",
        "2026-11-28T10:00:00+07:00",
        [
            P(
                "Sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học là một trong những giải pháp "
                "quan trọng nhằm nâng cao năng lực nghề nghiệp cho đội ngũ giáo viên, đáp ứng yêu "
                "cầu của Chương trình giáo dục phổ thông 2018.[1]"
            ),
            P(
                "Trong những năm qua, các trường THCS trên địa bàn huyện đã tích cực triển khai "
                "hình thức sinh hoạt này. Tuy nhiên, qua kiểm tra cho thấy ở một số đơn vị, việc "
                "thực hiện vẫn còn mang tính hình thức, nội dung sinh hoạt chưa thực sự tập trung "
                "vào hoạt động học của học sinh."
            ),
            P("1. Những kết quả bước đầu", "b"),
            P(
                "Đến nay, 100% tổ chuyên môn ở các trường THCS đã xây dựng kế hoạch sinh hoạt "
                "chuyên môn theo hướng nghiên cứu bài học, bình quân mỗi tổ tổ chức từ 2 đến 3 "
                "chuyên đề mỗi học kỳ. Giáo viên đã chú trọng quan sát, phân tích hoạt động học "
                "của học sinh thay vì chỉ nhận xét, đánh giá giờ dạy của đồng nghiệp như trước đây."
            ),
            P("2. Một số giải pháp trong thời gian tới", "b"),
            P(
                "Thứ nhất, mỗi tổ chuyên môn cần lựa chọn bài học nghiên cứu gắn với những khó "
                "khăn thực tế của học sinh, tránh chọn bài dễ, bài “trình diễn”.",
                "li",
            ),
            P(
                "Thứ hai, khi dự giờ, giáo viên tập trung quan sát học sinh: học sinh học như thế "
                "nào, gặp khó khăn gì, vì sao; từ đó đề xuất cách điều chỉnh phù hợp.",
                "li",
            ),
            P(
                "Thứ ba, phát huy vai trò của tổ trưởng chuyên môn trong việc điều hành, tạo không "
                "khí cởi mở, tôn trọng, lắng nghe trong các buổi sinh hoạt, đúng tinh thần Nghị "
                "quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI.",
                "li sup2",
            ),
            P(
                "Đổi mới sinh hoạt chuyên môn là quá trình lâu dài, đòi hỏi sự kiên trì và quyết tâm "
                "của cả tập thể sư phạm. Phòng GD&ĐT sẽ tiếp tục tổ chức các đợt sinh hoạt chuyên "
                "môn cụm trường để giáo viên có điều kiện học hỏi, chia sẻ kinh nghiệm."
            ),
            _byline(
                "<strong>ThS. Trần Quốc Bảo</strong><br />\n"
                "<em>Phó Trưởng phòng GD&amp;ĐT huyện Cam Lộ</em>"
            ),
            P("Tài liệu tham khảo", "b"),
            P(
                "[1] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông - Chương trình tổng thể, ban "
                "hành kèm theo Thông tư số 32/2018/TT-BGDĐT.",
                "small",
            ),
            P(
                "2. Ban Chấp hành Trung ương Đảng (2013), Nghị quyết số 29-NQ/TW về đổi mới căn "
                "bản, toàn diện giáo dục và đào tạo.",
                "small tltk-2",
            ),
        ],
        authors=["Trần Quốc Bảo"],
    ),
    "2026-11-28 10:00",
    [6],
    more_at=2,
)

A5 = Entry(
    Story(
        5,
        "gvdg-tieu-hoc",
        "Kết quả Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "Giáo dục Tiểu học",
        "2026-11-25T15:45:00+07:00",
        [
            P(
                "Từ ngày 10/11 đến ngày 21/11/2026, Phòng GD&ĐT huyện Cam Lộ tổ chức Hội thi giáo "
                "viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027. Tham gia hội thi có 46 "
                "giáo viên đến từ 14 trường tiểu học trên địa bàn huyện."
            ),
            P(
                "Mỗi giáo viên dự thi trải qua hai phần thi: trình bày biện pháp nâng cao chất "
                "lượng giảng dạy, giáo dục học sinh và thực hành dạy 2 tiết, trong đó 1 tiết môn "
                "Tiếng Việt hoặc Toán và 1 tiết do giáo viên bốc thăm."
            ),
            Img(
                IMG + "11/gvdg-th-01.jpg",
                "Cô giáo Nguyễn Thị Thảo (Trường TH Cam Thành) trong tiết dạy thực hành môn Tiếng "
                "Việt lớp 3",
                "Cô giáo Nguyễn Thị Thảo (Trường TH Cam Thành) trong tiết dạy thực hành môn Tiếng "
                "Việt lớp 3",
                "br-em",
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 38 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "huyện. Các đơn vị có tỷ lệ giáo viên đạt cao gồm:"
            ),
            P("TT | Đơn vị | Số GV dự thi | Số GV đạt", "tr"),
            P("1 | Trường TH Thị trấn Cam Lộ | 5 | 5", "tr"),
            P("2 | Trường TH Cam Thành | 4 | 4", "tr"),
            P("3 | Trường TH Kim Đồng | 4 | 4", "tr"),
            P("4 | Trường TH Cam Hiếu | 3 | 3", "tr"),
            P(
                "Hội thi là dịp để giáo viên thể hiện năng lực chuyên môn, học hỏi, trao đổi kinh "
                "nghiệm với đồng nghiệp; đồng thời là cơ sở để Phòng GD&ĐT đánh giá chất lượng đội "
                "ngũ và lựa chọn giáo viên tham gia hội thi cấp tỉnh."
            ),
            Img(
                IMG + "11/gvdg-th-02.jpg",
                "Lãnh đạo Phòng GD&ĐT trao Giấy chứng nhận cho các giáo viên đạt danh hiệu",
                "Lãnh đạo Phòng GD&ĐT trao Giấy chứng nhận cho các giáo viên đạt danh hiệu",
                "br-em",
            ),
            _byline("<strong>Tin: Lê Thị Thanh Hương - Ảnh: Võ Đức Anh</strong>"),
        ],
        authors=["Lê Thị Thanh Hương"],
        photographers=["Võ Đức Anh"],
    ),
    "2026-11-25 15:45",
    [5],
)

A6 = Entry(
    Story(
        6,
        "hoi-thao-20-11",
        "Công đoàn ngành Giáo dục huyện tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "Công đoàn - Đoàn Đội",
        "2026-11-20T07:30:00+07:00",
        [
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công "
                "đoàn ngành Giáo dục huyện Cam Lộ đã tổ chức Hội thao dành cho cán bộ, giáo viên, "
                "nhân viên toàn ngành.",
                "lead",
            ),
            P(
                "Hội thao diễn ra trong hai ngày 14 và 15/11/2026 tại Nhà thi đấu đa năng huyện, "
                "thu hút hơn 350 vận động viên đến từ 31 công đoàn cơ sở tham gia tranh tài ở các "
                "môn: bóng chuyền hơi nam, nữ; cầu lông; kéo co và các trò chơi dân gian."
            ),
            Img(IMG + "11/hoithao-cd-01.jpg", "Ảnh: Phan Đình Tú", None, "next-em"),
            P(
                "Với tinh thần “Đoàn kết - Trung thực - Cao thượng”, các vận động viên đã thi đấu "
                "sôi nổi, nhiệt tình, mang lại nhiều trận đấu hấp dẫn. Kết quả, Ban tổ chức đã trao "
                "4 giải nhất, 4 giải nhì, 8 giải ba và 2 giải phong cách cho các đội xuất sắc."
            ),
            Img(IMG + "11/hoithao-cd-02.jpg", "Ảnh: Phan Đình Tú", None, "next-em"),
            P(
                "Phát biểu bế mạc, đồng chí Chủ tịch Công đoàn ngành Giáo dục huyện ghi nhận tinh "
                "thần tham gia tích cực của các công đoàn cơ sở; đồng thời mong muốn mỗi cán bộ, "
                "đoàn viên tiếp tục rèn luyện sức khỏe, giữ vững phẩm chất đạo đức nhà giáo, hoàn "
                "thành tốt nhiệm vụ năm học."
            ),
            _byline("<strong>Bài: Lê Thị Hồng Nhung</strong>"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Phan Đình Tú"],
        summary=(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công "
            "đoàn ngành Giáo dục huyện Cam Lộ đã tổ chức Hội thao dành cho cán bộ, giáo viên, "
            "nhân viên toàn ngành."
        ),
    ),
    "2026-11-20 07:30",
    [7],
    comments=[
        Comment(
            "Nguyễn Hữu Phước",
            "2026-11-21 21:05",
            "Hội thao năm nay tổ chức rất chu đáo. Chúc mừng đội bóng chuyền hơi nữ THCS Cam Lộ!",
        )
    ],
)

A7 = Entry(
    Story(
        7,
        "toa-dam-20-11",
        "Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "Tin tức - Sự kiện",
        "2026-11-18",
        [
            P(
                "Ngày 17/11/2026, Phòng GD&ĐT huyện Cam Lộ tổ chức buổi tọa đàm kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam. Đến dự có đồng chí Trần Văn Hải, Phó Bí thư Thường trực "
                "Huyện ủy, cùng các thầy cô giáo nguyên là lãnh đạo Phòng GD&ĐT qua các thời kỳ."
            ),
            P(
                "Tại buổi tọa đàm, các đại biểu đã cùng ôn lại truyền thống của ngành Giáo dục "
                "huyện nhà qua gần 50 năm xây dựng và phát triển; chia sẻ những kỷ niệm sâu sắc về "
                "những năm tháng gian khó “vừa dạy, vừa xây trường”."
            ),
            Img(
                IMG + "11/toadam-2011.jpg",
                "Các thầy cô giáo nguyên là lãnh đạo ngành chụp ảnh lưu niệm tại buổi tọa đàm",
                "Các thầy cô giáo nguyên là lãnh đạo ngành chụp ảnh lưu niệm tại buổi tọa đàm",
                "br-em",
            ),
            P(
                "“Nghề dạy học là nghề cao quý nhất trong những nghề cao quý, nghề sáng tạo nhất "
                "trong những nghề sáng tạo.”",
                "quote",
            ),
            P(
                "Phát biểu tại buổi tọa đàm, đồng chí Phó Bí thư Thường trực Huyện ủy đánh giá cao "
                "những đóng góp của đội ngũ nhà giáo qua các thời kỳ, đồng thời đề nghị ngành Giáo "
                "dục tiếp tục đổi mới, nâng cao chất lượng giáo dục toàn diện, xứng đáng với sự tin "
                "tưởng của Đảng bộ và Nhân dân trong huyện."
            ),
        ],
    ),
    "2026-11-18 00:00",
    [1],
)

A8 = Entry(
    Story(
        8,
        "tap-huan-ai",
        "Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên trung học cơ sở",
        "Giáo dục THCS",
        "2026-11-12T08:00:00+07:00",
        [
            P(
                "Ngày 11/11/2026, Sở GD&ĐT Quảng Trị tổ chức lớp tập huấn trực tuyến “Ứng dụng trí "
                "tuệ nhân tạo (AI) trong dạy học và kiểm tra, đánh giá” cho cán bộ quản lý, giáo "
                "viên cấp trung học cơ sở toàn tỉnh. Tại điểm cầu huyện Cam Lộ có 182 cán bộ quản "
                "lý, giáo viên tham dự."
            ),
            P(
                "Tại lớp tập huấn, báo cáo viên đã giới thiệu tổng quan về trí tuệ nhân tạo tạo "
                "sinh, các nguyên tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường; hướng "
                "dẫn giáo viên sử dụng một số công cụ hỗ trợ thiết kế kế hoạch bài dạy, xây dựng "
                "ngân hàng câu hỏi và phân tích kết quả học tập của học sinh."
            ),
            Img(
                IMG + "11/taphuan-ai-camlo.jpg",
                "Giáo viên tại điểm cầu huyện Cam Lộ tham gia tập huấn",
                "Giáo viên tại điểm cầu huyện Cam Lộ tham gia tập huấn",
                "next-em",
            ),
            P(
                "Báo cáo viên cũng lưu ý giáo viên cần kiểm chứng thông tin do AI cung cấp, bảo vệ "
                "dữ liệu cá nhân của học sinh và không lạm dụng công nghệ thay thế vai trò của người "
                "thầy trong quá trình dạy học."
            ),
            _byline("<strong>Hoài Thương</strong>"),
            Raw("<p><em>Nguồn: Sở GD&amp;ĐT Quảng Trị</em></p>"),
        ],
        authors=["Hoài Thương"],
        source="Sở GD&ĐT Quảng Trị",
    ),
    "2026-11-12 08:00",
    [6],
    locked=True,
    nfd=True,
)

A9 = Entry(
    Story(
        9,
        "hd-trai-nghiem-th",
        "Hướng dẫn tổ chức hoạt động trải nghiệm cho học sinh tiểu học học kỳ I năm học "
        "2026-2027",
        "Giáo dục Tiểu học",
        "2026-11-05T08:30:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 512/KH-PGDĐT về nhiệm vụ năm học 2026-2027, Phòng GD&ĐT "
                "hướng dẫn các trường tiểu học tổ chức hoạt động trải nghiệm cho học sinh trong học "
                "kỳ I như sau:"
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
            P(
                "Giúp học sinh hình thành, phát triển các phẩm chất chủ yếu và năng lực chung thông "
                "qua các hoạt động thực tiễn gắn với nhà trường, gia đình và cộng đồng."
            ),
            P(
                "Hoạt động phải được tổ chức an toàn, thiết thực, phù hợp với tâm sinh lý lứa tuổi "
                "và điều kiện thực tế của từng đơn vị; không thu các khoản ngoài quy định."
            ),
            P("II. NỘI DUNG HOẠT ĐỘNG", "b"),
            P("Chủ đề tháng 9: Em yêu trường em.", "li"),
            P("Chủ đề tháng 10: Em là người con hiếu thảo.", "li"),
            P("Chủ đề tháng 11: Biết ơn thầy cô.", "li"),
            P("Chủ đề tháng 12: Uống nước nhớ nguồn.", "li"),
            P(
                "Theo kế hoạch, mỗi trường tổ chức ít nhất một buổi trải nghiệm ngoài nhà trường "
                "trong học kỳ I; các trường chủ động lựa chọn địa điểm như Khu di tích Đôi bờ Hiền "
                "Lương, Thành cổ Quảng Trị, các làng nghề truyền thống trên địa bàn."
            ),
            _byline("<strong>Bộ phận Tiểu học</strong>"),
            Raw("@@XEMTHEM@@"),
            Raw(
                '<p><img src="/fp-interface/themes/leggero-pgd/imgs/icon-pdf.gif" alt="pdf" /> '
                "Tệp đính kèm: @@ATTACH:HD-trai-nghiem-TH-HKI.pdf@@</p>"
            ),
        ],
        authors=["Bộ phận Tiểu học"],
    ),
    "2026-11-05 08:30",
    [5],
    locked=True,
)

A10 = Entry(
    Story(
        10,
        "thcs-nguyen-trai-chuan-qg",
        "Trường THCS Nguyễn Trãi đón Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        "Tin tức - Sự kiện",
        "2026-10-30T16:00:00+07:00",
        [
            P(
                "Chiều ngày 30/10/2026, Trường THCS Nguyễn Trãi (xã Cam Thành) long trọng tổ chức "
                "lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 giai đoạn 2026-2031 "
                "của UBND tỉnh Quảng Trị."
            ),
            P(
                "Sau 5 năm nỗ lực phấn đấu, nhà trường đã hoàn thiện các tiêu chuẩn về tổ chức và "
                "quản lý; đội ngũ cán bộ quản lý, giáo viên và nhân viên; cơ sở vật chất và thiết "
                "bị dạy học; quan hệ giữa nhà trường, gia đình và xã hội; hoạt động giáo dục và kết "
                "quả giáo dục. Năm học 2025-2026, nhà trường có 27 học sinh đạt giải học sinh giỏi "
                "cấp huyện, 4 học sinh đạt giải cấp tỉnh; tỷ lệ học sinh lên lớp đạt 99,6%."
            ),
            Img(
                IMG + "10/thcs-ntrai-chuanqg-01.jpg",
                "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho "
                "nhà trường",
                "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho "
                "nhà trường",
                "table",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hồ Thị Thu Hằng, Phó Chủ tịch UBND huyện biểu dương "
                "những nỗ lực của tập thể cán bộ, giáo viên, nhân viên và học sinh nhà trường; đề "
                "nghị nhà trường tiếp tục phát huy kết quả đạt được, duy trì bền vững các tiêu "
                "chuẩn trường chuẩn quốc gia."
            ),
            Img(
                IMG + "10/thcs-ntrai-chuanqg-02.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh nhà trường",
                "Tiết mục văn nghệ chào mừng của học sinh nhà trường",
                "table",
            ),
            _byline("<strong>Nguyễn Văn Sáu</strong> - Hiệu trưởng Trường THCS Nguyễn Trãi"),
        ],
        authors=["Nguyễn Văn Sáu"],
    ),
    "2026-10-30 16:00",
    [1],
    comments=[
        Comment(
            "Lê Minh Khang",
            "2026-10-30 19:42",
            "Chúc mừng thầy cô và các em học sinh trường THCS Nguyễn Trãi!",
        ),
        Comment(
            "Cựu học sinh khóa 2010-2014",
            "2026-10-31 06:55",
            "Tự hào về ngôi trường cũ. Mong trường ngày càng phát triển.",
        ),
        Comment(
            "Hoàng Văn Dũng",
            "2026-10-31 10:20",
            "Xin hỏi năm học tới trường có tuyển sinh lớp 6 chất lượng cao không ạ?",
        ),
    ],
)

A11 = Entry(
    Story(
        11,
        "hn-nhiem-vu-mn",
        "Hội nghị triển khai nhiệm vụ năm học 2026-2027 cấp học Mầm non",
        "Giáo dục Mầm non",
        "2026-10-22T10:10:00+07:00",
        [
            P(
                "Ngày 21/10/2026, Phòng GD&ĐT huyện Cam Lộ tổ chức hội nghị triển khai nhiệm vụ "
                "năm học 2026-2027 cấp học Mầm non cho hiệu trưởng, phó hiệu trưởng 16 trường mầm "
                "non trên địa bàn huyện.",
                "lead",
            ),
            Img(IMG + "10/MN-hoinghi-1.jpg", None, None, "title"),
            P(
                "Năm học 2025-2026, cấp học Mầm non của huyện đã hoàn thành tốt các nhiệm vụ trọng "
                "tâm: tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 42,5%, trẻ mẫu giáo đạt 99,1%; 100% trẻ "
                "được ăn bán trú tại trường; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm còn 4,8%."
            ),
            P(
                "Năm học 2026-2027, cấp học Mầm non tập trung triển khai Chương trình giáo dục mầm "
                "non mới; tăng cường bảo đảm an toàn cho trẻ; nâng cao chất lượng chăm sóc, nuôi "
                "dưỡng; tiếp tục thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung "
                "tâm” và chuẩn bị các điều kiện phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi."
            ),
            Img(IMG + "10/MN-hoinghi-2.jpg", None, None, "title"),
            P(
                "Tại hội nghị, các đại biểu đã thảo luận, chia sẻ kinh nghiệm trong công tác quản "
                "lý, xây dựng môi trường giáo dục, phòng chống bạo hành trẻ và ứng dụng công nghệ "
                "thông tin trong quản lý cơ sở giáo dục mầm non."
            ),
            _byline("<strong>BBT</strong>"),
        ],
        summary=(
            "Ngày 21/10/2026, Phòng GD&ĐT huyện Cam Lộ tổ chức hội nghị triển khai nhiệm vụ "
            "năm học 2026-2027 cấp học Mầm non cho hiệu trưởng, phó hiệu trưởng 16 trường mầm "
            "non trên địa bàn huyện."
        ),
    ),
    "2026-10-22 10:10",
    [4],
)

A12 = Entry(
    Story(
        12,
        "chieu-sinh-bd-cbql",
        "Thông báo chiêu sinh lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục phổ thông năm 2026",
        "Thông báo",
        "2026-10-15T14:00:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch bồi dưỡng thường xuyên năm 2026 của Sở GD&ĐT Quảng Trị, Phòng "
                "GD&ĐT huyện Cam Lộ thông báo chiêu sinh lớp bồi dưỡng cán bộ quản lý cơ sở giáo "
                "dục phổ thông, cụ thể như sau:"
            ),
            P(
                "- Đối tượng: giáo viên trong diện quy hoạch chức danh hiệu trưởng, phó hiệu trưởng "
                "các trường tiểu học, trung học cơ sở;",
                "br",
            ),
            P(
                "- Thời gian học: từ ngày 02/11/2026 đến ngày 28/11/2026, học vào thứ Bảy và Chủ "
                "nhật hằng tuần;",
                "br",
            ),
            P("- Địa điểm: Trung tâm Chính trị huyện Cam Lộ;", "br"),
            P("- Kinh phí: do ngân sách nhà nước chi trả.", "br"),
            P(
                "Các trường lập danh sách giáo viên đăng ký (theo mẫu đính kèm) gửi về Phòng GD&ĐT "
                "qua Bộ phận Tổ chức cán bộ trước ngày 25/10/2026."
            ),
            Raw(
                '<p><img src="/fp-interface/themes/leggero-pgd/imgs/icon-doc.gif" alt="doc" /> '
                "@@ATTACH:Mau-dang-ky-BD-CBQL-2026.doc@@</p>"
            ),
        ],
    ),
    "2026-10-15 14:00",
    [2],
    locked=True,
    entities=2,
)

A13 = Entry(
    Story(
        13,
        "camthanh-hoc-tap-suot-doi",
        "Liên đội Trường TH Cam Thành ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "Công đoàn - Đoàn Đội",
        "2026-10-08T09:00:00+07:00",
        [
            P(
                "Sáng ngày 07/10/2026, Liên đội Trường Tiểu học Cam Thành tổ chức lễ ra quân hưởng "
                "ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ nguyên "
                "số”."
            ),
            P(
                "Tại buổi lễ, các em học sinh được nghe giới thiệu về ý nghĩa của Tuần lễ học tập "
                "suốt đời, về tấm gương tự học của các bậc tiền nhân; tham gia thi đọc sách, giới "
                "thiệu sách và trang trí góc thư viện lớp học."
            ),
            Img(
                IMG + "10/camthanh-hoctap-01.jpg",
                "Các em học sinh tham gia giới thiệu sách tại lễ ra quân",
                "Các em học sinh tham gia giới thiệu sách tại lễ ra quân",
                "br-em",
            ),
            P(
                "Dịp này, Liên đội phát động phong trào “Mỗi tuần một cuốn sách hay”, quyên góp "
                "được hơn 600 cuốn sách, truyện để bổ sung cho thư viện nhà trường và tặng thư viện "
                "xanh của các thôn trên địa bàn xã."
            ),
            Img(IMG + "10/camthanh-hoctap-02.jpg", None, None, "center"),
            _byline("<strong>Tin, ảnh: Đoàn Thanh Tùng</strong> - TPT Đội Trường TH Cam Thành"),
        ],
        authors=["Đoàn Thanh Tùng"],
        photographers=["Đoàn Thanh Tùng"],
    ),
    "2026-10-08 09:00",
    [7],
)

#: the document entry of "Văn bản chỉ đạo": same template, not an article
DOC = Entry(
    Story(
        99,
        "cv-812",
        "Công văn số 812/PGDĐT-CM về việc hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027",
        "Văn bản chỉ đạo",
        None,
        [
            Raw(
                '<table class="vb-tt" border="1" cellpadding="4" style="border-collapse: collapse; '
                'width: 100%;">\n<tbody>\n'
                '<tr><td style="width: 25%;"><strong>Số/Ký hiệu</strong></td><td>812/PGDĐT-CM</td></tr>\n'
                "<tr><td><strong>Ngày ban hành</strong></td><td>26/11/2026</td></tr>\n"
                "<tr><td><strong>Loại văn bản</strong></td><td>Công văn</td></tr>\n"
                "<tr><td><strong>Trích yếu</strong></td><td>V/v hướng dẫn kiểm tra cuối học kỳ I "
                "năm học 2026-2027 cấp tiểu học, THCS</td></tr>\n"
                "<tr><td><strong>Người ký</strong></td><td>Lê Văn Thắng - Trưởng phòng</td></tr>\n"
                "<tr><td><strong>Tệp đính kèm</strong></td><td>"
                "@@ATTACH:812-PGDDT-CM.pdf@@</td></tr>\n"
                "</tbody>\n</table>"
            )
        ],
    ),
    "2026-11-28 14:00",
    [8],
    locked=True,
    doc=True,
)

for _entry, _views in zip(
    [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, DOC],
    [612, 1530, 1284, 397, 845, 877, 468, 355, 731, 402, 288, 519, 236, 694],
    strict=True,
):
    _entry.views = _views

ENTRIES: list[Entry] = sorted(
    [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, DOC], key=lambda e: e.dt, reverse=True
)
ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {e.id: e for e in ENTRIES}

ATTACHMENTS = {
    "HD-trai-nghiem-TH-HKI.pdf": ("application/pdf", PDF),
    "Mau-dang-ky-BD-CBQL-2026.doc": ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504),
    "812-PGDDT-CM.pdf": ("application/pdf", PDF),
}

STATIC_PAGES = {
    "gioithieu": "Giới thiệu chung",
    "cocau": "Cơ cấu tổ chức",
    "lichcongtac": "Lịch công tác tuần",
    "album": "Thư viện ảnh",
}


def _all_comments() -> list[tuple[Entry, int, Comment]]:
    out = [(e, i, c) for e in ENTRIES for i, c in enumerate(e.comments)]
    return sorted(out, key=lambda t: t[2].when, reverse=True)


def _comment_id(c: Comment) -> str:
    dt = datetime.strptime(c.when, "%Y-%m-%d %H:%M") - timedelta(hours=7)
    return "comment" + dt.strftime("%y%m%d-%H%M%S")


# --- rendering -------------------------------------------------------------------------------


class Ctx:
    """Link building for one response: absolute on the request's host; on a page that runs a
    PHP session (the comments view) every same-host link carries ``PHPSESSID`` (trans_sid)."""

    def __init__(self, request: Request, session: bool = False):
        self.base = base_url(request)
        self.session = session

    def u(self, target: str) -> str:
        frag = ""
        if "#" in target:
            target, frag = target.split("#", 1)
            frag = "#" + frag
        if self.session:
            target += ("&" if "?" in target else "?") + "PHPSESSID=" + SID
        return esc(self.base + target + frag)

    def src(self, path: str) -> str:
        return esc(self.base + path)

    def hidden_sid(self) -> str:
        if not self.session:
            return ""
        return f'<input type="hidden" name="PHPSESSID" value="{SID}" />'


def _day(dt: datetime) -> str:
    return f"{WEEKDAYS[dt.weekday()]}, {dt:%d/%m/%Y}"


def _t(e: Entry, value: str) -> str:
    return text(value, nfd=e.nfd, entities=e.entities)


def _img_tag(ctx: Ctx, img: Img, klass: str = "bbcode-img aligncenter") -> str:
    fname = img.src.rsplit("/", 1)[1]
    return (
        f'<img src="{ctx.src(img.src)}" alt="{esc(fname)}" title="{esc(fname)}" class="{klass}" '
        'width="600" height="400" />'
    )


def _para_markup(e: Entry, p: P) -> str:
    body = _t(e, p.text)
    if "sup2" in p.style:
        body = body[:-1] + '<sup><a href="#tltk-2">2</a></sup>' + body[-1]
    return body


def render_content(e: Entry, ctx: Ctx, teaser: bool = False) -> str:
    """The entry's text as the BBCode plugin prints it (``wpautop`` paragraphs)."""
    out: list[str] = []
    open_p: list[str] | None = None
    group: str | None = None  # "ul" or "table" being filled

    def flush_p() -> None:
        nonlocal open_p
        if open_p is not None:
            out.append("<p>" + "<br />\n".join(open_p) + "</p>")
            open_p = None

    def close_group() -> None:
        nonlocal group
        if group == "ul":
            out.append("</ul>")
        elif group == "table":
            out.append("</tbody>\n</table>")
        group = None

    for i, block in enumerate(e.story.blocks):
        if e.more_at is not None and i == e.more_at:
            flush_p()
            close_group()
            if teaser:
                out.append(
                    f'<p class="read-more"><a href="{ctx.u(e.path + "#readmore-" + e.id)}">'
                    "Đọc tiếp »</a></p>"
                )
                break
            out.append(f'<a id="readmore-{e.id}"></a>')
        if isinstance(block, P):
            style = block.style
            if style == "br" and open_p is not None:
                open_p.append(_para_markup(e, block))
                continue
            flush_p()
            if style.startswith("li"):
                if group != "ul":
                    close_group()
                    out.append("<ul>")
                    group = "ul"
                out.append(f"<li>{_para_markup(e, block)}</li>")
                continue
            if style == "tr":
                if group != "table":
                    close_group()
                    out.append(
                        '<table border="1" cellspacing="0" cellpadding="3" '
                        'style="border-collapse: collapse; width: 100%;">\n<tbody>'
                    )
                    group = "table"
                cells = "".join(f"<td>{_t(e, c.strip())}</td>" for c in block.text.split(" | "))
                out.append(f"<tr>{cells}</tr>")
                continue
            close_group()
            if style in ("b", "lead"):
                out.append(f"<p><strong>{_para_markup(e, block)}</strong></p>")
            elif style == "quote":
                out.append(f"<blockquote><p><em>{_para_markup(e, block)}</em></p></blockquote>")
            elif style.startswith("small"):
                anchor = ' id="tltk-2"' if "tltk-2" in style else ""
                out.append(f'<p{anchor}><span style="font-size: 10pt;">{_para_markup(e, block)}</span></p>')
            else:
                open_p = [_para_markup(e, block)]
            continue
        flush_p()
        close_group()
        if isinstance(block, Img):
            tag = _img_tag(ctx, block)
            line = _t(e, block.printed) if block.printed else ""
            if block.style == "br-em":
                out.append(f"<p>{tag}<br />\n<em>{line}</em></p>")
            elif block.style == "next-em":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{line}</em></p>')
            elif block.style == "paren":
                out.append(
                    f'<p style="text-align: center;">{tag}<br />\n'
                    f'<span style="font-size: 10pt; color: #333399;">{line}</span></p>'
                )
            elif block.style == "table":
                out.append(
                    '<table class="tbl-anh" align="center" border="0" cellpadding="2" '
                    'style="width: 620px;">\n<tbody>\n'
                    f"<tr><td>{tag}</td></tr>\n"
                    f'<tr><td style="text-align: center; background: #eeeeee;"><em>{line}</em>'
                    "</td></tr>\n</tbody>\n</table>"
                )
            elif block.style == "title":
                out.append(f"<p>{tag}</p>")
            else:
                out.append(f'<div class="center">{tag}</div>')
        elif isinstance(block, Raw):
            out.append(_raw(block.html, ctx))
    flush_p()
    close_group()
    return "\n".join(out)


def _raw(markup: str, ctx: Ctx) -> str:
    def attach(m: re.Match) -> str:
        name = m.group(1)
        return f'<a href="{ctx.u("/fp-content/attachs/" + name)}">{esc(name)}</a>'

    markup = re.sub(r"@@ATTACH:([^@]+)@@", attach, markup)
    if "@@XEMTHEM@@" in markup:
        markup = markup.replace(
            "@@XEMTHEM@@",
            f'<p><strong><em>Xem thêm:</em></strong> <a href="{ctx.u(A11.path)}">'
            f"{esc(A11.story.title)}</a></p>",
        )
    return markup.replace('src="/fp-interface', f'src="{ctx.base}/fp-interface')


def _cat_links(e: Entry, ctx: Ctx) -> str:
    return ", ".join(f'<a href="{ctx.u(f"/?x=cat:{c}")}">{esc(CATS[c][0])}</a>' for c in e.cats)


def _comments_label(e: Entry) -> str:
    n = len(e.comments)
    label = f"{n} bình luận" if n else "Chưa có bình luận"
    return f"{label} (<strong>{e.views}</strong> lượt xem)"


def _entry_footer(e: Entry, ctx: Ctx) -> str:
    dt = e.dt
    comments = ""
    if not e.locked:
        comments = (
            f'<li class="link-comments"><a href="{ctx.u(e.cpath + "#comments")}">'
            f"{_comments_label(e)}</a></li>\n"
        )
    else:
        comments = f'<li class="luot-xem">{e.views} lượt xem</li>\n'
    return (
        '<ul class="entry-footer">\n'
        f'<li class="entry-info">Đăng bởi <span class="tk">quantri</span> lúc {dt:%H:%M} trong '
        f"{_cat_links(e, ctx)}</li>\n{comments}</ul>"
    )


def _entry_block(e: Entry, ctx: Ctx, teaser: bool, show_day: bool) -> str:
    day = f'<h2 class="date">{_day(e.dt)}</h2>\n' if show_day else ""
    title = _t(e, e.story.title)
    return (
        f"{day}<div id=\"{e.id}\" class=\"entry y-{e.dt:%Y} m-{e.dt:%m} d-{e.dt:%d}\">\n"
        f'<h3><a href="{ctx.u(e.path)}">{title}</a></h3>\n'
        f'<div class="nd-bai">\n{render_content(e, ctx, teaser=teaser)}\n</div>\n'
        f"{_entry_footer(e, ctx)}\n</div>"
    )


# --- chrome ---------------------------------------------------------------------------------


def _menu(ctx: Ctx) -> str:
    def cat(c: int) -> str:
        return f'<a href="{ctx.u(f"/?x=cat:{c}")}">{esc(CATS[c][0])}</a>'

    return f"""<div id="menu-ngang">
<ul class="dd-menu">
<li class="mn-1"><a href="{ctx.u('/')}">Trang chủ</a></li>
<li class="mn-2"><a href="{ctx.u('/?page=gioithieu')}">Giới thiệu</a>
 <ul class="sub-mn">
 <li><a href="{ctx.u('/?page=gioithieu')}">Giới thiệu chung</a></li>
 <li><a href="{ctx.u('/?page=cocau')}">Cơ cấu tổ chức</a></li>
 </ul></li>
<li class="mn-3">{cat(1)}</li>
<li class="mn-4">{cat(3)}
 <ul class="sub-mn">
 <li>{cat(4)}</li>
 <li>{cat(5)}</li>
 <li>{cat(6)}</li>
 </ul></li>
<li class="mn-5">{cat(2)}</li>
<li class="mn-6">{cat(8)}</li>
<li class="mn-7">{cat(7)}</li>
<li class="mn-8"><a href="{ctx.u('/?page=lichcongtac')}">Lịch công tác</a></li>
<li class="mn-9"><a href="{ctx.u('/?page=album')}">Thư viện ảnh</a></li>
<li class="mn-10"><a href="{ctx.u('/contact.php')}">Liên hệ</a></li>
</ul>
</div>"""


def _left(ctx: Ctx) -> str:
    def cat_li(c: int, children: list[int] = ()) -> str:
        n = sum(1 for e in ENTRIES if c in e.cats or any(k in e.cats for k in children))
        sub = ""
        if children:
            sub = "\n<ul>" + "".join(cat_li(k) for k in children) + "</ul>\n"
        return f'<li><a href="{ctx.u(f"/?x=cat:{c}")}">{esc(CATS[c][0])}</a> ({n}){sub}</li>\n'

    cats = cat_li(1) + cat_li(2) + cat_li(3, [4, 5, 6]) + cat_li(7) + cat_li(8)
    recent = []
    for e, _i, c in _all_comments()[:5]:
        when = datetime.strptime(c.when, "%Y-%m-%d %H:%M")
        recent.append(
            f'<li><a href="{ctx.u("/index.php?x=entry:" + e.id + ";comments:1#" + _comment_id(c))}">'
            f"{esc(c.name)}</a> <span class=\"tg\">({when:%d/%m/%Y %H:%M})</span><br />"
            f'<span class="trich">{esc(c.body[:48])}…</span></li>'
        )
    return f"""<div id="cot-trai">
<div class="wg" id="widget-searchbox"><h4 class="wg-td">Tìm kiếm</h4>
<form method="get" action="{ctx.u('/search.php')}" id="frm-tk">{ctx.hidden_sid()}
<input type="text" name="q" size="18" value="" /> <input type="submit" value="Tìm" />
</form></div>
<div class="wg" id="widget-categories"><h4 class="wg-td">Chuyên mục</h4>
<ul class="ds-cm">
{cats}</ul></div>
<div class="wg" id="widget-lastcomments"><h4 class="wg-td">Bình luận mới</h4>
<ul class="bl-moi">
{chr(10).join(recent)}
</ul></div>
<div class="wg" id="widget-blockparser-thongbao"><h4 class="wg-td">Thông báo</h4>
<div class="tb-khung">
<p><strong>THÔNG BÁO:</strong> Lãnh đạo Phòng GD&amp;ĐT tiếp công dân vào sáng thứ Hai hằng
tuần tại phòng tiếp dân, tầng 1 trụ sở Phòng (Khu phố 3, thị trấn Cam Lộ).</p>
<p>Các đơn vị gửi báo cáo qua hộp thư công vụ <a href="mailto:pgdcamlo@quangtri.edu.vn">pgdcamlo@quangtri.edu.vn</a>
trước 16 giờ 30 ngày thứ Sáu hằng tuần.</p>
</div></div>
</div>"""


def _right(ctx: Ctx) -> str:
    latest = "".join(
        f'<li><a href="{ctx.u(e.path)}">{_t(e, e.story.title)}</a></li>\n' for e in ENTRIES[:5]
    )
    top = sorted(ENTRIES, key=lambda e: e.views, reverse=True)[:5]
    most = "".join(
        f'<li><a href="{ctx.u(e.path)}">{_t(e, e.story.title)}</a> '
        f'<span class="lx">({e.views})</span></li>\n'
        for e in top
    )
    months = []
    for ym, label in (("m:12", "Tháng Mười Hai 2026"), ("m:11", "Tháng Mười Một 2026"), ("m:10", "Tháng Mười 2026")):
        n = sum(1 for e in ENTRIES if e.dt.month == int(ym[2:]))
        months.append(f'<li><a href="{ctx.u("/?x=y:26;" + ym)}">{label}</a> ({n})</li>')
    return f"""<div id="cot-phai">
<div class="wg" id="widget-lastentries"><h4 class="wg-td">Bài viết mới</h4>
<ul class="bv-moi">
{latest}</ul></div>
<div class="wg" id="widget-postviews"><h4 class="wg-td">Xem nhiều nhất</h4>
<ol class="xem-nhieu">
{most}</ol></div>
<div class="wg" id="widget-archives"><h4 class="wg-td">Lưu trữ</h4>
<ul class="luu-tru">
{chr(10).join(months)}
</ul></div>
<div class="wg" id="widget-blockparser-lienket"><h4 class="wg-td">Liên kết website</h4>
<select onchange="if(this.value!='')window.open(this.value);" style="width:95%">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.quangtri.gov.vn">Sở GD&amp;ĐT Quảng Trị</option>
<option value="https://camlo.quangtri.gov.vn">Cổng TTĐT huyện Cam Lộ</option>
<option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option>
</select>
<p><a href="https://csdl.quangtri.edu.vn" target="_blank"><img src="{ctx.src('/fp-content/images/banner/csdl-nganh.png')}" alt="CSDL ngành" width="180" /></a></p>
</div>
<div class="wg" id="widget-blockparser-binhchon"><h4 class="wg-td">Thăm dò ý kiến</h4>
<form method="post" action="{ctx.u('/fp-plugins/binhchon/vote.php')}">{ctx.hidden_sid()}
<p>Bạn đánh giá thế nào về trang thông tin điện tử của Phòng?</p>
<input type="radio" name="bc" value="1" /> Rất hữu ích<br />
<input type="radio" name="bc" value="2" /> Hữu ích<br />
<input type="radio" name="bc" value="3" /> Cần cải thiện thêm<br />
<input type="submit" value="Bình chọn" />
</form></div>
<div class="wg" id="widget-counter"><h4 class="wg-td">Thống kê truy cập</h4>
<table class="tk-truycap">
<tr><td>Đang online:</td><td>12</td></tr>
<tr><td>Hôm nay:</td><td>318</td></tr>
<tr><td>Tháng này:</td><td>2.117</td></tr>
<tr><td>Tổng truy cập:</td><td>1.204.567</td></tr>
</table></div>
</div>"""


def _page(ctx: Ctx, title: str, main: str, main_class: str, description: str = "") -> str:
    full_title = f"{esc(SITE_TITLE)} » {title}" if title else esc(SITE_TITLE)
    meta = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{full_title}</title>
<meta name="generator" content="FlatPress fp-1.3 Arioso" />
{meta}<meta name="keywords" content="giáo dục, Cam Lộ, phòng giáo dục, quảng trị" />
<link rel="alternate" type="application/rss+xml" title="Get RSS 2.0 Feed" href="{ctx.src('/?x=feed:rss2')}" />
<link rel="stylesheet" type="text/css" href="{ctx.src('/fp-interface/themes/leggero-pgd/res/style.css')}" media="screen" />
<link rel="stylesheet" type="text/css" href="{ctx.src('/fp-interface/themes/leggero-pgd/res/print.css')}" media="print" />
<script type="text/javascript" src="{ctx.src('/fp-plugins/jquery/res/jquery-3.7.1.min.js')}"></script>
<script type="text/javascript" src="{ctx.src('/fp-interface/themes/leggero-pgd/res/ddmenu.js')}"></script>
<link rel="shortcut icon" href="{ctx.src('/favicon.ico')}" />
</head>
<body>
<div id="body-container">
<div id="outer-container">
<div id="thanh-tren"><span class="ngay-ht">{TODAY}</span> | <a href="{ctx.u('/?x=feed:rss2')}">RSS</a> |
<a href="{ctx.u('/contact.php')}">Liên hệ</a> | <a href="https://www.facebook.com/pgdcamlo" target="_blank">Facebook</a></div>
<div id="header">
<img src="{ctx.src('/fp-interface/themes/leggero-pgd/imgs/logo-pgd.png')}" alt="logo" class="logo" />
<h1><a href="{ctx.u('/')}">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAM LỘ</a></h1>
<p class="desc">Trang thông tin điện tử - Huyện Cam Lộ, tỉnh Quảng Trị</p>
</div>
{_menu(ctx)}
<div class="chu-chay"><marquee scrollamount="3">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam
20/11/1982 - 20/11/2026 * Toàn ngành thi đua dạy tốt - học tốt *</marquee></div>
<div id="inner-container">
{_left(ctx)}
<div id="main" class="{main_class}">
{main}
</div>
{_right(ctx)}
</div>
<div id="footer">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAM LỘ</strong><br />
Địa chỉ: Khu phố 3, thị trấn Cam Lộ, huyện Cam Lộ, tỉnh Quảng Trị<br />
Điện thoại: 0233.3871.245 - Email: pgdcamlo@quangtri.edu.vn<br />
Chịu trách nhiệm nội dung: Trưởng phòng Lê Văn Thắng</p>
<p class="ban-quyen">&copy; 2016-2026 Phòng GD&amp;ĐT Cam Lộ. Powered by
<a href="https://flatpress.org/" title="FlatPress">FlatPress</a> - Giao diện: leggero (Tin học Ánh Dương tùy biến)</p>
</div>
</div>
</div>
</body>
</html>"""


def _breadcrumb(ctx: Ctx, items: list[tuple[str, str | None]]) -> str:
    parts = [f'<a href="{ctx.u("/")}">Trang chủ</a>']
    for label, target in items:
        parts.append(f'<a href="{ctx.u(target)}">{esc(label)}</a>' if target else f"<span>{esc(label)}</span>")
    return '<div class="duong-dan">' + " &raquo; ".join(parts) + "</div>"


def _cat_trail(c: int) -> list[tuple[str, str]]:
    name, parent = CATS[c]
    trail = _cat_trail(parent) if parent else []
    return [*trail, (name, f"/?x=cat:{c}")]


# --- pages ---------------------------------------------------------------------------------


def _listing(ctx: Ctx, entries: list[Entry], page: int, heading: str, crumbs, link) -> Response | None:
    pages = max(1, -(-len(entries) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = entries[(page - 1) * PER_PAGE : page * PER_PAGE]
    blocks = []
    last_day = None
    for e in chunk:
        day = e.dt.date()
        blocks.append(_entry_block(e, ctx, teaser=True, show_day=day != last_day))
        last_day = day
    nav = []
    if page < pages:
        nav.append(f'<p class="previous"><a href="{ctx.u(link(page + 1))}">« Bài cũ hơn</a></p>')
    if page > 1:
        nav.append(f'<p class="next"><a href="{ctx.u(link(page - 1))}">Bài mới hơn »</a></p>')
    head = f'<h2 class="td-cm">{esc(heading)}</h2>\n' if heading else ""
    main = (
        (_breadcrumb(ctx, crumbs) + "\n" if crumbs else "")
        + head
        + "\n".join(blocks)
        + '\n<div class="navigation">\n'
        + "\n".join(nav)
        + "\n</div>"
    )
    return html(_page(ctx, heading, main, "ds-bai"))


def _home_link(n: int) -> str:
    return "/" if n == 1 else f"/?paged={n}"


def _entry_page(ctx: Ctx, e: Entry, comments_view: bool) -> Response:
    first_cat = e.cats[0]
    crumbs = _cat_trail(first_cat)
    idx = ENTRIES.index(e)
    nav = []
    if idx + 1 < len(ENTRIES):
        older = ENTRIES[idx + 1]
        nav.append(
            f'<p class="bai-truoc">« <a href="{ctx.u(older.path)}">{_t(older, older.story.title)}</a></p>'
        )
    if idx > 0:
        newer = ENTRIES[idx - 1]
        nav.append(
            f'<p class="bai-sau"><a href="{ctx.u(newer.path)}">{_t(newer, newer.story.title)}</a> »</p>'
        )
    same = [o for o in ENTRIES if o is not e and first_cat in o.cats][:5]
    if len(same) < 3:
        same += [o for o in ENTRIES if o is not e and o not in same][: 5 - len(same)]
    others = "".join(
        f'<li><a href="{ctx.u(o.path)}">{_t(o, o.story.title)}</a> <span class="ng">({o.dt:%d/%m/%Y})</span></li>\n'
        for o in same
    )
    tools = (
        '<div class="cong-cu">'
        '<a href="javascript:window.print();" class="in-bai">'
        f'<img src="{ctx.src("/fp-interface/themes/leggero-pgd/imgs/print.gif")}" alt="In" /> In bài</a> | '
        f'<a href="mailto:?subject={esc(e.story.slug)}" class="gui-mail">Gửi email</a> | '
        '<a href="#" onclick="doiCo(1);return false;">A+</a> <a href="#" onclick="doiCo(-1);return false;">A-</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(ctx.base + e.path)}" target="_blank">'
        f'<img src="{ctx.src("/fp-interface/themes/leggero-pgd/imgs/fb-share.png")}" alt="Chia sẻ" /></a>'
        "</div>"
    )
    title = _t(e, e.story.title)
    block = (
        f'<h2 class="date">{_day(e.dt)}</h2>\n'
        f'<div id="{e.id}" class="entry y-{e.dt:%Y} m-{e.dt:%m} d-{e.dt:%d}">\n'
        f'<h3><a href="{ctx.u(e.path)}">{title}</a></h3>\n{tools}\n'
        f'<div class="nd-bai">\n{render_content(e, ctx)}\n</div>\n'
        f"{_entry_footer(e, ctx)}\n</div>"
    )
    comments = ""
    if comments_view:
        if e.locked:
            comments = '<p class="khoa-bl">Bình luận đã bị khóa đối với bài viết này.</p>'
        else:
            items = []
            for n, c in enumerate(e.comments, 1):
                when = datetime.strptime(c.when, "%Y-%m-%d %H:%M")
                cid = _comment_id(c)
                items.append(
                    f'<li id="{cid}" class="comment">\n<p class="date"><a href="{ctx.u(e.cpath + "#" + cid)}">#{n}</a> '
                    f'<strong class="comment-author">{esc(c.name)}</strong> - {when:%d/%m/%Y} lúc {when:%H:%M}</p>\n'
                    f"<p>{esc(c.body)}</p>\n</li>"
                )
            listing = (
                f'<ol id="comments-list">\n{chr(10).join(items)}\n</ol>'
                if items
                else "<p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</p>"
            )
            comments = f"""<h4 id="comments">Bình luận ({len(e.comments)})</h4>
{listing}
<h4>Gửi bình luận của bạn</h4>
<form id="commentform" action="{ctx.u(e.cpath + '#commentform')}" method="post" enctype="multipart/form-data">{ctx.hidden_sid()}
<fieldset><legend>Thông tin cá nhân</legend>
<p><label for="name">Họ tên (*)</label> <input type="text" name="name" id="name" value="" /></p>
<p><label for="email">Email</label> <input type="text" name="email" id="email" value="" /></p>
<p><label for="url">Website</label> <input type="text" name="url" id="url" value="" /></p>
</fieldset>
<fieldset><legend>Nội dung</legend>
<p><textarea name="content" id="content" rows="6" cols="60"></textarea></p>
<p><label for="aaspam">Chống spam: 7 cộng 5 bằng bao nhiêu?</label> <input type="text" name="aaspam" id="aaspam" /></p>
</fieldset>
<p><input type="submit" name="submit" value="Gửi bình luận" /></p>
</form>"""
    main = (
        _breadcrumb(ctx, crumbs)
        + "\n"
        + block
        + "\n"
        + comments
        + '\n<div class="navigation dh-bai">\n'
        + "\n".join(nav)
        + "\n</div>\n"
        + f'<div class="bai-khac"><h4>Các bài viết khác</h4>\n<ul>\n{others}</ul></div>'
    )
    first_text = next((b.text for b in e.story.blocks if isinstance(b, P)), e.story.title)
    return html(_page(ctx, title, main, "xem-bai", description=first_text[:150]))


_STATIC_BODY = {
    "gioithieu": """<p>Phòng Giáo dục và Đào tạo huyện Cam Lộ là cơ quan chuyên môn thuộc UBND huyện, tham mưu,
giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p><strong>Chức năng, nhiệm vụ:</strong><br />
- Trình UBND huyện ban hành quyết định, chỉ thị, kế hoạch phát triển giáo dục trên địa bàn;<br />
- Hướng dẫn, kiểm tra việc thực hiện nhiệm vụ năm học đối với các trường mầm non, tiểu học, THCS;<br />
- Thực hiện công tác phổ cập giáo dục, xóa mù chữ, kiểm định chất lượng giáo dục.</p>
<p>Toàn huyện hiện có 16 trường mầm non, 14 trường tiểu học, 9 trường THCS và 1 trường TH&amp;THCS
với hơn 1.100 cán bộ, giáo viên, nhân viên.</p>""",
    "cocau": """<table border="1" cellpadding="4" style="border-collapse: collapse; width: 100%;">
<tr style="background:#dde7f3"><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>1</td><td>Lê Văn Thắng</td><td>Trưởng phòng</td><td>0905.112.347</td></tr>
<tr><td>2</td><td>Nguyễn Thị Minh Tâm</td><td>Phó Trưởng phòng</td><td>0914.580.226</td></tr>
<tr><td>3</td><td>Trần Quốc Bảo</td><td>Phó Trưởng phòng</td><td>0935.667.018</td></tr>
<tr><td>4</td><td>Lê Quang Vinh</td><td>Chuyên viên THCS</td><td>0914.236.518</td></tr>
<tr><td>5</td><td>Võ Thị Lan</td><td>Chuyên viên Mầm non</td><td>0983.441.092</td></tr>
</table>""",
    "lichcongtac": """<p style="text-align: center;"><strong>LỊCH CÔNG TÁC TUẦN 49</strong><br />
<em>(Từ ngày 30/11/2026 đến ngày 06/12/2026)</em></p>
<table border="1" cellpadding="3" style="border-collapse: collapse; width: 100%;">
<tr><th>Thứ, ngày</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr>
<tr><td>Thứ Hai 30/11</td><td>Giao ban lãnh đạo Phòng</td><td>Trưởng phòng</td><td>Phòng họp</td></tr>
<tr><td>Thứ Ba 01/12</td><td>Kiểm tra chuyên đề tại Trường TH Cam Hiếu</td><td>PTP Trần Quốc Bảo</td><td>TH Cam Hiếu</td></tr>
<tr><td>Thứ Năm 03/12</td><td>Dự họp UBND huyện</td><td>Trưởng phòng</td><td>UBND huyện</td></tr>
<tr><td>Thứ Sáu 04/12</td><td>Hội nghị sơ kết PCGD-XMC</td><td>Ban Chỉ đạo</td><td>Hội trường UBND huyện</td></tr>
</table>""",
}


def _album(ctx: Ctx) -> str:
    items = [
        ("album/2011/anh-01.jpg", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam"),
        ("album/2011/anh-02.jpg", "Hội thao ngành Giáo dục"),
        ("album/2011/anh-03.jpg", "Tọa đàm với các thầy cô nguyên lãnh đạo ngành"),
        ("album/2011/anh-04.jpg", "Văn nghệ chào mừng 20/11"),
    ]
    figs = "\n".join(
        f'<figure class="gallery-item"><a href="{ctx.u("/fp-content/images/" + p)}" class="photoswipe">'
        f'<img src="{ctx.src("/fp-content/images/" + p.replace("anh-", "thumb-anh-"))}" alt="{esc(cap)}" /></a>'
        f"<figcaption>{esc(cap)}</figcaption></figure>"
        for p, cap in items
    )
    return f'<p>Album: Chào mừng Ngày Nhà giáo Việt Nam 20/11/2026</p>\n<div class="gallery">\n{figs}\n</div>'


def _static_page(ctx: Ctx, name: str) -> Response | None:
    if name not in STATIC_PAGES:
        return None
    title = STATIC_PAGES[name]
    body = _album(ctx) if name == "album" else _STATIC_BODY[name]
    main = (
        _breadcrumb(ctx, [(title, None)])
        + f'\n<div class="entry static" id="static-{name}">\n<h3>{esc(title)}</h3>\n{body}\n</div>'
    )
    return html(_page(ctx, title, main, "trang-tinh"))


def _contact(ctx: Ctx) -> Response:
    main = (
        _breadcrumb(ctx, [("Liên hệ", None)])
        + f"""
<div class="entry static" id="lien-he">
<h3>Liên hệ</h3>
<p>Mọi ý kiến đóng góp xin gửi về Phòng GD&amp;ĐT huyện Cam Lộ theo mẫu dưới đây hoặc qua địa chỉ
email pgdcamlo@quangtri.edu.vn.</p>
<form id="contactform" method="post" action="{ctx.u('/contact.php')}" enctype="multipart/form-data">
<p><label for="name">Họ tên (*)</label> <input type="text" name="name" id="name" /></p>
<p><label for="email">Email (*)</label> <input type="text" name="email" id="email" /></p>
<p><label for="content">Nội dung (*)</label><br /><textarea name="content" id="content" rows="8" cols="50"></textarea></p>
<p><input type="submit" value="Gửi" /></p>
</form>
</div>"""
    )
    return html(_page(ctx, "Liên hệ", main, "trang-tinh"))


def _search(ctx: Ctx, q: str) -> Response:
    q = q.strip()
    if not q:
        res = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        found = [e for e in ENTRIES if q.lower() in e.story.title.lower()]
        res = (
            "<ul class=\"kq-tim\">"
            + "".join(f'<li><a href="{ctx.u(e.path)}">{_t(e, e.story.title)}</a></li>' for e in found)
            + "</ul>"
            if found
            else f"<p>Không tìm thấy kết quả nào cho từ khóa <strong>{esc(q)}</strong>.</p>"
        )
    main = (
        _breadcrumb(ctx, [("Tìm kiếm", None)])
        + f"""
<div class="entry static"><h3>Tìm kiếm</h3>
<form method="get" action="{ctx.u('/search.php')}"><input type="text" name="q" value="{esc(q)}" />
<input type="submit" value="Tìm" /></form>
{res}</div>"""
    )
    return html(_page(ctx, "Tìm kiếm", main, "trang-tinh"))


def _rss(ctx: Ctx) -> Response:
    items = []
    for e in ENTRIES[:10]:
        utc = e.dt - timedelta(hours=7)
        desc = esc(render_content(e, ctx, teaser=True))
        items.append(
            f"<item>\n<title>{esc(e.story.title)}</title>\n<link>{esc(ctx.base + e.path)}</link>\n"
            f"<guid isPermaLink=\"true\">{esc(ctx.base + e.path)}</guid>\n"
            f"<pubDate>{utc:%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n"
            f"<category>{esc(CATS[e.cats[0]][0])}</category>\n<description>{desc}</description>\n</item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
        f"<title>{esc(SITE_TITLE)}</title>\n<link>{esc(ctx.base)}/</link>\n"
        "<description>Trang thông tin điện tử Phòng GD&amp;ĐT huyện Cam Lộ</description>\n"
        "<language>vi</language>\n<generator>FlatPress</generator>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _parse_x(value: str) -> dict[str, str]:
    out = {}
    for piece in value.split(";"):
        if ":" in piece:
            k, v = piece.split(":", 1)
            out[k.strip()] = v.strip()
        elif piece.strip():
            out[piece.strip()] = ""
    return out


def _int(value: str | None, default: int = 1) -> int | None:
    if value is None or value == "":
        return default
    return int(value) if value.isdigit() else None


class FlatPressSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith("/fp-content/attachs/"):
            name = path.rsplit("/", 1)[1]
            if name in ATTACHMENTS:
                ctype, data = ATTACHMENTS[name]
                return Response(200, data, {"Content-Type": ctype})
            return None
        if path.startswith(("/fp-content/", "/fp-interface/", "/fp-plugins/")) or path == "/favicon.ico":
            return static_file(path)
        params = request.params
        if path == "/contact.php":
            return _contact(Ctx(request))
        if path == "/search.php":
            return _search(Ctx(request), params.get("q", ""))
        if path not in ("/", "/index.php"):
            return None
        x = _parse_x(params.get("x", ""))
        if "page" in params:
            return _static_page(Ctx(request), params["page"])
        if x.get("feed"):
            return _rss(Ctx(request))
        if "entry" in x:
            e = BY_ID.get(x["entry"])
            if e is None:
                return None
            comments_view = x.get("comments") == "1"
            return _entry_page(Ctx(request, session=comments_view), e, comments_view)
        paged = _int(x.get("paged") or params.get("paged"))
        if paged is None:
            return None
        ctx = Ctx(request)
        if "cat" in x:
            c = _int(x["cat"], 0)
            if c not in CATS:
                return None
            kids = [k for k, (_n, parent) in CATS.items() if parent == c]
            entries = [e for e in ENTRIES if any(k in e.cats for k in [c, *kids])]
            return _listing(
                ctx,
                entries,
                paged,
                CATS[c][0],
                [(n, None if t == f"/?x=cat:{c}" else t) for n, t in _cat_trail(c)],
                lambda n, c=c: f"/?x=cat:{c}" + ("" if n == 1 else f";paged:{n}"),
            )
        if "y" in x and "m" in x:
            if x["y"] != "26" or not x["m"].isdigit():
                return None
            m = int(x["m"])
            entries = [e for e in ENTRIES if e.dt.month == m and e.dt.year == 2026]
            if not entries:
                return None
            base = f"/?x=y:26;m:{m:02d}" if x["m"].startswith("0") else f"/?x=y:26;m:{m}"
            return _listing(
                ctx,
                entries,
                paged,
                f"Lưu trữ tháng {m}/2026",
                [(f"Lưu trữ tháng {m}/2026", None)],
                lambda n, base=base: base + ("" if n == 1 else f";paged:{n}"),
            )
        return _listing(ctx, ENTRIES, paged, "", [], _home_link)


def build_site() -> FlatPressSite:
    return FlatPressSite()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(e: Entry) -> list[str]:
    sid = f"&PHPSESSID={SID}"
    alts = [e.path + sid]
    if not e.locked:
        alts += [e.cpath, e.cpath + sid]
    if e.comments:
        alts += ["/index.php" + e.cpath[1:], "/index.php" + e.cpath[1:] + sid]
    return alts


GOLD = [
    gold_record(e.story, e.path, e.story.cat, canonical_path=e.path, alt_paths=_alt_paths(e))
    for e in ARTICLES
]

NON_ARTICLES = [
    "/?page=gioithieu",
    "/?page=cocau",
    "/?page=lichcongtac",
    "/?page=album",
    "/contact.php",
    DOC.path,
]
