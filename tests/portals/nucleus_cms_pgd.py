"""Nucleus CMS 3.x portal of a district education office (Phòng GD&ĐT huyện Nghĩa Hành).

Platform
--------
Nucleus CMS v3.51, the old PHP blog engine, with a vendor skin ("pgdnh", table layout, Vietnamese
class names) and a handful of period plugins (NP_MostViewed, NP_EditedTime, NP_FCKeditor,
NP_Poll). One installation, three blogs sharing one item and one category numbering:

* blog 1 ``tintuc`` "Tin tức – Sự kiện" (5 items a page, *convert line breaks* on: the text is
  typed as lines and Nucleus turns every newline into ``<br />``), categories 1 "Tin hoạt động",
  2 "Công đoàn – Đoàn Đội", 3 "Thông báo";
* blog 2 ``chuyenmon`` "Chuyên môn" (2 items a page, FCKeditor ``<p>`` markup, its own date
  template in the server's vi_VN locale), categories 4 "Giáo dục Mầm non", 5 "Giáo dục Tiểu
  học", 6 "Giáo dục THCS";
* blog 3 ``vanban`` "Văn bản – Tư liệu": document entries, a photo album and a video page, all
  Nucleus items too (categories 7 "Văn bản chỉ đạo", 8 "Ảnh – Video").

URL scheme (all under ``/index.php``, links printed root-relative or absolute):

* ``/`` and ``/index.php`` – blog 1's index; older items via ``/index.php?startpos=5``;
* ``?blogid=2`` (+ ``&startpos=2``, ``&startpos=4``), ``?blogid=3`` – the other blogs' indexes;
* ``?catid=N`` (+ ``&startpos=K``) – a category; its item links carry ``&catid=N``;
* ``?archivelist=1`` and ``?archive=2026-11&blogid=1`` – month archives of blog 1;
* ``?itemid=N`` – an item (the article, a document entry, an album, a video page);
  ``?itemid=N&catid=C`` and the fancy ``/index.php/item/N`` serve the same item;
* ``?special=gioithieu`` / ``?special=lienhe`` – special skin parts (intro, contact);
* ``?memberid=N`` – a member's page; ``?query=…`` – search; ``/xml-rss2.php`` – RSS of blog 1;
* ``/media/<member>/<file>`` – uploads (photos, pdf, doc); ``/skins/pgdnh/…`` – theme files.

Page templates: index/category/archive listings print each item's *body* part only (the
"extended" part is behind "Đọc tiếp »" / "Xem tiếp »"), blog 1 grouped under day headers;
the item page prints body + ``<a name="more"></a>`` + extended part, then the item info line
(blog 1) or the date under the title (blog 2), then comments and a comment form.

How the gold is reached: the 8 blog-1 articles from the home page (5), its page 2
``?startpos=5`` (3), the category listings and the month archives; the 5 blog-2 articles from
``?blogid=2`` and its pages 2 and 3, and the category pages. Item 103 is linked only from page 3
of blog 2 and from page 2 of category 6 (no sidebar, archive or "other items" box lists it).

Traps
-----
1. *Read more.* Listings print only the item's body part, often a complete-looking paragraph
   with a photo; the rest (the "more" text) is only on the item page. Gold: the item page's
   body + more, never a listing excerpt; one item (101) has no extended part and no
   "Đọc tiếp" link at all, only its title links to it.
2. *Item URL variants.* Category listings link ``?itemid=N&catid=C``, the most-read plugin links
   the fancy ``/index.php/item/N``; both serve the same page (no canonical link is printed).
   Gold: path ``/index.php?itemid=N``; the two variants in ``alt_paths``.
3. *Convert-breaks text.* Blog 1 items have no ``<p>``: lines separated by ``<br />`` (a pasted
   table even gets ``<br />`` between its rows). Gold: each line is a paragraph; table rows are
   paragraphs with cells joined by " | ".
4. *Dates.* The header prints today; blog 1 prints the post time after the text ("Đăng lúc
   16:45 ngày 04/12/2026 bởi quantri") next to NP_EditedTime's "Sửa lần cuối" line, comments
   print later dates; blog 2 prints "Thứ hai, 30 Tháng mười một 2026, 07:45" (month in words);
   item 115 is posted at "00:00". Gold: the post time with +07:00; "00:00" -> the day alone;
   never the edit, comment or header date.
5. *Official notice.* Item 117 is a Word notice pasted into blog 1 (letterhead table, "Số:",
   "Nghĩa Hành, ngày 30 tháng 11 năm 2026", THÔNG BÁO / Về việc …, Nơi nhận, signer) posted on
   01/12. Gold: date "2026-11-30", author the signer "Phạm Văn Hùng", letterhead/subject/closing
   and the attachment link not in the body.
6. *CMS accounts and bylines.* Every item prints "bởi quantri" / "Người đăng: chuyenmon" and
   links the member page; the real byline is a right-aligned line at the end of the text, in
   many shapes ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - Phó Trưởng phòng", "X (Trường …)",
   a unit alone "Tổ Văn phòng", "BBT"). Gold: names only, accounts and BBT nobody.
7. *Blog 3 items share the article URL.* ``?itemid=113`` etc. are document entries (number,
   date, summary, pdf link), an album and a video page, listed like articles. Gold: not
   articles (NON_ARTICLES).
8. *Captions.* Blog 1 prints the caption as an italic line after the ``<img>`` (sometimes in
   parentheses, sometimes only "Ảnh: X"); blog 2 in a centred ``<em>`` paragraph or in the row
   under the image of a small table; item 106's photo has a Nucleus ``alt``/``title`` but no line.
   Gold: caption = the printed line without parentheses; "Ảnh: X" -> no caption and X a
   photographer; alt text alone -> no caption; captions are never body.
9. *Text encodings.* FCKeditor wrote entities (all of 114 and 108, every second letter of 104),
   item 111 was typed in decomposed Unicode (Unikey "Unicode tổ hợp"), title included. Gold: NFC
   text.
10. *Boundaries of the text.* Comments ("Ý kiến bạn đọc") with names and dates, "Xem thêm:"
   lines, attachment lines, "« Bài trước / Bài tiếp »", "Các tin khác", and footnotes: item 116
   has a bare superscript "1" (dropped) and its "Chú thích" after the byline (kept); item 114
   keeps "[1]" in its sentence and its "Tài liệu tham khảo" after the byline (kept); Word list
   markers (``mso-list:Ignore``) in 116 are no text.
11. *Headings that are not the title.* The only ``<h1>`` is the office's name; blog 1's headline
   is a ``<div class="td_bai">``; ``<title>`` is prefixed with the site and blog names. Gold: the
   item title.
12. *Pagination.* No page numbers: "Tin cũ hơn »" links with ``startpos``; blog 2 shows two items
   a page, so item 103 is three pages deep.

Gold decisions on ambiguous points
----------------------------------
* ``category`` is the Nucleus category the item is filed under (the breadcrumb's last link),
  not the blog's name.
* ``summary`` only for items whose first line is printed bold (110, 116); otherwise null.
* A "Theo cô …, Hiệu trưởng …" sentence inside the text (115) is text; the closing italic
  "Theo Báo Quảng Ngãi" (112) is the source; "Nguồn: Website Trường MN Hành Thiện" (108) too.
* Lines the editor typed with "- " keep the dash; Word's list numbers do not.
* Notes and references printed after the byline are the text's own and end the body.
* A byline "Bích Ngọc" plus a photo line "Ảnh: Bích Ngọc" makes her author and photographer.
* Comments are not part of the article; the comment count is chrome.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

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

NAME = "nucleus_cms_pgd"
PLATFORM = "Nucleus CMS 3.x (PHP blog engine, itemid/catid/archive URLs, multi-blog)"
START_PATH = "/"

OFFICE = "Phòng GD&ĐT Nghĩa Hành"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

# --- blogs, categories, members ------------------------------------------------------------


@dataclass(frozen=True)
class Blog:
    id: int
    short: str
    name: str
    amount: int


BLOGS = {
    1: Blog(1, "tintuc", "Tin tức – Sự kiện", 5),
    2: Blog(2, "chuyenmon", "Chuyên môn", 2),
    3: Blog(3, "vanban", "Văn bản – Tư liệu", 5),
}
#: catid -> (blogid, name)
CATS = {
    1: (1, "Tin hoạt động"),
    2: (1, "Công đoàn – Đoàn Đội"),
    3: (1, "Thông báo"),
    4: (2, "Giáo dục Mầm non"),
    5: (2, "Giáo dục Tiểu học"),
    6: (2, "Giáo dục THCS"),
    7: (3, "Văn bản chỉ đạo"),
    8: (3, "Ảnh – Video"),
}
MEMBERS = {1: ("quantri", "Quản trị website"), 2: ("chuyenmon", "Bộ phận Chuyên môn")}

_CAP_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_LOCALE_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_LOCALE_MONTHS = {10: "Tháng mười", 11: "Tháng mười một", 12: "Tháng mười hai"}


def day_header(when: datetime) -> str:
    return f"{_CAP_DAYS[when.weekday()]}, {when:%d/%m/%Y}"


def locale_date(when: datetime) -> str:
    """strftime("%A, %d %B %Y, %H:%M") under glibc's vi_VN locale."""
    return f"{_LOCALE_DAYS[when.weekday()]}, {when:%d} {_LOCALE_MONTHS[when.month]} {when:%Y}, {when:%H:%M}"


# --- the articles -------------------------------------------------------------------------

RIGHT = '<div align="right"><b>{}</b></div>'

A1 = Story(
    id=118,
    slug="hoi-thi-gvdg-thcs",
    title="Hội thi Giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 – 2027 thành công tốt đẹp",
    cat="Tin hoạt động",
    published_at="2026-12-04T16:45:00+07:00",
    blocks=[
        P(
            "Từ ngày 30/11 đến ngày 04/12/2026, Phòng GD&ĐT huyện Nghĩa Hành tổ chức Hội thi Giáo viên "
            "dạy giỏi cấp huyện bậc THCS năm học 2026 – 2027. Tham gia Hội thi có 64 giáo viên đến từ 12 "
            "trường THCS trên địa bàn huyện, dự thi ở 9 môn học và hoạt động giáo dục."
        ),
        P(
            "Hội thi nhằm đánh giá, công nhận giáo viên dạy giỏi; tạo điều kiện để giáo viên trao đổi kinh "
            "nghiệm, đổi mới phương pháp dạy học theo định hướng phát triển phẩm chất, năng lực học sinh, "
            "đáp ứng yêu cầu Chương trình giáo dục phổ thông 2018."
        ),
        Img(
            "/media/1/20261204-gvdg-thcs-01.jpg",
            "(Ban Giám khảo chấm tiết dạy môn Vật lí của cô giáo Lê Thị Hoa, Trường THCS Thị trấn Chợ Chùa)",
            "Ban Giám khảo chấm tiết dạy môn Vật lí của cô giáo Lê Thị Hoa, Trường THCS Thị trấn Chợ Chùa",
            "cb-i",
        ),
        P(
            "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy "
            "và thực hành giảng dạy hai tiết trên lớp, trong đó có một tiết bốc thăm trước 3 ngày."
        ),
        P(
            "Qua 5 ngày thi, Ban Giám khảo đánh giá các tiết dạy được chuẩn bị công phu, ứng dụng hiệu quả "
            "công nghệ thông tin; nhiều giáo viên tổ chức tốt các hoạt động học tập theo nhóm, phát huy tính "
            "tích cực, chủ động của học sinh."
        ),
        Img(
            "/media/1/20261204-gvdg-thcs-02.jpg",
            "Đồng chí Phạm Văn Hùng, Trưởng phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải",
            "Đồng chí Phạm Văn Hùng, Trưởng phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải",
            "cb-center",
        ),
        P(
            "Kết quả, có 51 giáo viên được công nhận Giáo viên dạy giỏi cấp huyện, đạt tỷ lệ 79,7%. Trường "
            "THCS Hành Trung, THCS Thị trấn Chợ Chùa và THCS Hành Phước là các đơn vị có tỷ lệ giáo viên "
            "đạt cao nhất."
        ),
        Raw(RIGHT.format("Tin, ảnh: Trần Thị Mỹ Linh")),
        Raw(
            '<b>Xem thêm:</b> <a href="/index.php?itemid=106">Hội nghị triển khai nhiệm vụ năm học '
            "2026 – 2027 khối THCS</a>"
        ),
    ],
    authors=["Trần Thị Mỹ Linh"],
    photographers=["Trần Thị Mỹ Linh"],
    opts={"catid": 1, "posted": datetime(2026, 12, 4, 16, 45), "more_at": 3, "mode": "cb"},
)

_LETTERHEAD = """<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr>
<td width="42%" align="center" valign="top">UBND HUYỆN NGHĨA HÀNH<br><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></td>
<td align="center" valign="top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></td>
</tr>
<tr>
<td align="center">Số: 318/TB-PGDĐT</td>
<td align="center"><i>Nghĩa Hành, ngày 30 tháng 11 năm 2026</i></td>
</tr>
</table>"""

_CLOSING = """<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr>
<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br><font size="2">- Các trường THCS (t/h);<br>- Lãnh đạo Phòng;<br>- Lưu: VT, CM.</font></td>
<td align="center" valign="top"><b>TRƯỞNG PHÒNG</b><br><br><br><br><b>Phạm Văn Hùng</b></td>
</tr>
</table>"""

A2 = Story(
    id=117,
    slug="thong-bao-thi-hsg-lop-9",
    title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        Raw('<div align="center"><b>THÔNG BÁO</b></div>'),
        Raw(
            '<div align="center"><b>Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện<br>'
            "năm học 2026 – 2027</b></div>"
        ),
        P(
            "Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về thực hiện nhiệm vụ năm học "
            "2026 – 2027;"
        ),
        P(
            "Phòng GD&ĐT huyện Nghĩa Hành thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm "
            "học 2026 – 2027 như sau:"
        ),
        P("1. Thời gian, địa điểm", "h"),
        P(
            "- Thời gian: Ngày 19/12/2026 (thứ Bảy). Thí sinh có mặt tại địa điểm thi lúc 6 giờ 45 phút để "
            "làm thủ tục dự thi."
        ),
        P("- Địa điểm: Trường THCS Thị trấn Chợ Chùa."),
        P("2. Môn thi, hình thức thi", "h"),
        P("- Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học."),
        P(
            "- Hình thức thi: Tự luận (riêng môn Tiếng Anh thi kết hợp trắc nghiệm và tự luận); thời gian "
            "làm bài 150 phút."
        ),
        P("3. Hồ sơ đăng ký dự thi", "h"),
        P(
            "Các trường lập danh sách thí sinh dự thi (theo mẫu đính kèm) gửi về Phòng GD&ĐT qua bộ phận "
            "chuyên môn THCS trước ngày 10/12/2026, đồng thời gửi bản mềm qua địa chỉ email "
            "chuyenmon.pgdnghiahanh@gmail.com."
        ),
        P(
            "Nhận được Thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm "
            "túc./."
        ),
        Raw(_CLOSING),
        Raw(
            '<img src="/skins/pgdnh/images/icon_doc.gif" border="0" alt="" /> <b>File đính kèm:</b> '
            '<a href="/media/1/mau-dang-ky-hsg9-2026.doc">mau-dang-ky-hsg9-2026.doc</a> (38 KB)'
        ),
    ],
    authors=["Phạm Văn Hùng"],
    opts={"catid": 3, "posted": datetime(2026, 12, 1, 9, 10), "more_at": 5, "mode": "cb"},
)

A3 = Story(
    id=115,
    slug="ngay-hoi-em-yeu-khoa-hoc",
    title="Trường TH Hành Thuận tổ chức Ngày hội “Em yêu khoa học” 🔬",
    cat="Tin hoạt động",
    published_at="2026-11-28",
    blocks=[
        P(
            "Sáng 27/11, Trường Tiểu học Hành Thuận tổ chức Ngày hội “Em yêu khoa học” năm học 2026 – 2027 "
            "với sự tham gia của hơn 420 học sinh từ khối 1 đến khối 5."
        ),
        Img("/media/1/20261128-th-hanh-thuan-01.jpg", "Ảnh: Nguyễn Văn Tâm", None, "cb-i"),
        P(
            "Tại ngày hội, các em được trải nghiệm 15 gian hàng khoa học do giáo viên và học sinh các khối "
            "lớp chuẩn bị như: làm núi lửa phun trào, chế tạo xe chạy bằng bóng bay, tìm hiểu sự nảy mầm "
            "của hạt đậu, lắp mạch điện đơn giản…"
        ),
        P(
            "Điểm nhấn của chương trình là phần thi “Nhà khoa học nhí” 🧪, nơi các đội trình bày sản phẩm và "
            "trả lời câu hỏi của Ban tổ chức. Nhiều sản phẩm được làm từ vật liệu tái chế, thể hiện sự sáng "
            "tạo và ý thức bảo vệ môi trường của các em."
        ),
        Img(
            "/media/1/20261128-th-hanh-thuan-02.jpg",
            "Học sinh lớp 4A hào hứng với thí nghiệm “núi lửa phun trào”",
            "Học sinh lớp 4A hào hứng với thí nghiệm “núi lửa phun trào”",
            "cb-center",
        ),
        P(
            "Theo cô Lê Thị Ngọc Ánh, Hiệu trưởng nhà trường, ngày hội giúp học sinh hình thành kỹ năng "
            "quan sát, đặt câu hỏi và làm việc nhóm, đồng thời góp phần triển khai hiệu quả giáo dục STEM "
            "trong nhà trường."
        ),
        Raw('<div align="right"><b>Nguyễn Thị Thu Hà</b> (Trường TH Hành Thuận)</div>'),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Văn Tâm"],
    opts={"catid": 1, "posted": datetime(2026, 11, 28, 0, 0), "more_at": 2, "mode": "cb"},
)

A4 = Story(
    id=112,
    slug="thang-hanh-dong-binh-dang-gioi",
    title=(
        "Công đoàn ngành Giáo dục huyện phát động Tháng hành động vì bình đẳng giới và phòng ngừa, "
        "ứng phó với bạo lực trên cơ sở giới"
    ),
    cat="Công đoàn – Đoàn Đội",
    published_at="2026-11-20T10:05:00+07:00",
    blocks=[
        P(
            "Ngày 19/11, Công đoàn ngành Giáo dục huyện Nghĩa Hành tổ chức lễ phát động Tháng hành động vì "
            "bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến "
            "15/12/2026)."
        ),
        P(
            "Năm nay, Tháng hành động có chủ đề “Chung tay thúc đẩy bình đẳng giới trong trường học”. Công "
            "đoàn ngành đề nghị công đoàn cơ sở các trường tuyên truyền sâu rộng đến đoàn viên, người lao "
            "động và học sinh về Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình."
        ),
        P(
            "Các hoạt động hưởng ứng gồm: treo băng rôn, khẩu hiệu; tổ chức diễn đàn, sinh hoạt chuyên đề "
            "dưới cờ; lồng ghép nội dung bình đẳng giới vào các tiết hoạt động trải nghiệm và giáo dục địa "
            "phương."
        ),
        P(
            "Dịp này, Công đoàn ngành đã trao 20 suất quà, mỗi suất trị giá 500.000 đồng cho nữ đoàn viên có "
            "hoàn cảnh khó khăn."
        ),
        Raw('<div align="right"><i>Theo Báo Quảng Ngãi</i></div>'),
    ],
    source="Báo Quảng Ngãi",
    opts={"catid": 2, "posted": datetime(2026, 11, 20, 10, 5), "more_at": 1, "mode": "cb"},
)

A5 = Story(
    id=110,
    slug="ky-niem-20-11",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="Tin hoạt động",
    published_at="2026-11-19T15:20:00+07:00",
    blocks=[
        P(
            "Chiều 19/11, Phòng GD&ĐT huyện Nghĩa Hành tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
            "tuyên dương nhà giáo tiêu biểu năm 2026. Đến dự có đồng chí Nguyễn Thị Kim Thoa, Phó Chủ tịch "
            "UBND huyện.",
            "b",
        ),
        Img("/media/1/20261119-le-ky-niem-01.jpg", "Quang cảnh buổi lễ kỷ niệm", "Quang cảnh buổi lễ kỷ niệm", "cb-i"),
        P(
            "Năm học 2025 – 2026, toàn ngành có 18 trường đạt chuẩn quốc gia, 39 học sinh đạt giải cấp tỉnh; "
            "100% cán bộ quản lý, giáo viên đạt chuẩn trình độ đào tạo theo quy định."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Nguyễn Thị Kim Thoa ghi nhận những đóng góp của đội ngũ nhà "
            "giáo trong huyện và đề nghị ngành tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng giáo dục "
            "mũi nhọn và đại trà."
        ),
        P(
            "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh noi "
            "theo”, đồng chí Phó Chủ tịch UBND huyện nhấn mạnh.",
            "q",
        ),
        Img(
            "/media/1/20261119-le-ky-niem-02.jpg",
            "(Khen thưởng 25 nhà giáo tiêu biểu năm 2026)",
            "Khen thưởng 25 nhà giáo tiêu biểu năm 2026",
            "cb-i",
        ),
        P(
            "Nhân dịp này, UBND huyện tặng Giấy khen cho 25 nhà giáo có thành tích xuất sắc trong sự nghiệp "
            "trồng người."
        ),
        Raw(RIGHT.format("BBT")),
    ],
    summary=(
        "Chiều 19/11, Phòng GD&ĐT huyện Nghĩa Hành tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
        "tuyên dương nhà giáo tiêu biểu năm 2026. Đến dự có đồng chí Nguyễn Thị Kim Thoa, Phó Chủ tịch "
        "UBND huyện."
    ),
    opts={
        "catid": 1,
        "posted": datetime(2026, 11, 19, 15, 20),
        "more_at": 2,
        "mode": "cb",
        "comments": [
            (
                "Phụ huynh em Minh Anh (lớp 6B)",
                "20/11/2026 07:12",
                "Kính chúc các thầy cô giáo luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người!",
            ),
            (
                "Cựu học sinh THCS Hành Đức",
                "21/11/2026 21:40",
                "Nhớ thầy cô quá. Chúc mừng ngày 20/11 các thầy cô Trường THCS Hành Đức!",
            ),
        ],
    },
)

A6 = Story(
    id=106,
    slug="hoi-nghi-nhiem-vu-thcs",
    title="Hội nghị triển khai nhiệm vụ năm học 2026 – 2027 khối THCS",
    cat="Tin hoạt động",
    published_at="2026-10-22T08:30:00+07:00",
    blocks=[
        P(
            "Ngày 21/10, Phòng GD&ĐT huyện Nghĩa Hành tổ chức Hội nghị triển khai nhiệm vụ năm học "
            "2026 – 2027 khối THCS cho hiệu trưởng, phó hiệu trưởng và tổ trưởng chuyên môn các trường."
        ),
        Img("/media/1/20261022-hoi-nghi-thcs.jpg", None, None, "nimg:Quang cảnh hội nghị"),
        P(
            "Năm học 2025 – 2026, chất lượng giáo dục khối THCS có nhiều chuyển biến tích cực. Một số chỉ "
            "tiêu cơ bản như sau:"
        ),
        P("Chỉ tiêu | Năm học 2025 – 2026 | Kế hoạch 2026 – 2027", "tr"),
        P("Tỷ lệ học sinh lên lớp | 98,6% | 99%", "tr"),
        P("Tốt nghiệp THCS | 99,4% | 99,5%", "tr"),
        P("Học sinh giỏi cấp tỉnh | 39 giải | 42 giải", "tr"),
        P(
            "Năm học mới, khối THCS tập trung thực hiện hiệu quả Chương trình GDPT 2018 ở tất cả các khối "
            "lớp; đổi mới kiểm tra, đánh giá; tăng cường ứng dụng công nghệ thông tin và xây dựng trường "
            "học số."
        ),
        P(
            "Hội nghị cũng dành thời gian thảo luận các giải pháp nâng cao chất lượng dạy học môn Tiếng Anh "
            "và công tác bồi dưỡng học sinh giỏi."
        ),
        Raw(RIGHT.format("Bộ phận THCS")),
    ],
    authors=["Bộ phận THCS"],
    opts={
        "catid": 1,
        "posted": datetime(2026, 10, 22, 8, 30),
        "edited": "23/10/2026 07:02",
        "more_at": 2,
        "mode": "cb",
    },
)

A7 = Story(
    id=104,
    slug="tap-huan-chuyen-doi-so",
    title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý năm 2026",
    cat="Tin hoạt động",
    published_at="2026-10-15T14:00:00+07:00",
    blocks=[
        P(
            "Trong 2 ngày 13 và 14/10/2026, Phòng GD&ĐT huyện Nghĩa Hành phối hợp với Viettel Quảng Ngãi tổ "
            "chức tập huấn chuyển đổi số trong quản lý trường học cho hơn 120 cán bộ quản lý các trường mầm "
            "non, tiểu học và THCS."
        ),
        P(
            "Tại lớp tập huấn, học viên được hướng dẫn sử dụng hệ thống quản lý trường học, sổ điểm điện tử, "
            "học bạ số và phần mềm quản lý hồ sơ công việc; cách thức ký số văn bản và lưu trữ hồ sơ điện tử "
            "theo quy định."
        ),
        P("Một số nội dung trọng tâm:", "h4"),
        P("Triển khai học bạ số đối với học sinh tiểu học và THCS từ năm học 2026 – 2027;", "li"),
        P("Sử dụng chữ ký số trong giao dịch điện tử giữa nhà trường và Phòng GD&ĐT;", "li"),
        P("Bảo đảm an toàn thông tin, bảo mật dữ liệu cá nhân của học sinh.", "li"),
        Img(
            "/media/1/20261015-tap-huan-cds.jpg",
            "Học viên thực hành ký số trên phần mềm quản lý văn bản",
            "Học viên thực hành ký số trên phần mềm quản lý văn bản",
            "fck-p",
        ),
        P(
            "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài kiểm tra thực hành và được cấp giấy chứng "
            "nhận."
        ),
        Raw('<p style="text-align: right;"><strong>ThS. Lê Quang Vinh - Phó Trưởng phòng</strong></p>'),
    ],
    authors=["Lê Quang Vinh"],
    opts={"catid": 1, "posted": datetime(2026, 10, 15, 14, 0), "more_at": 1, "mode": "fck", "entities": 2},
)

A8 = Story(
    id=101,
    slug="ket-qua-sang-kien-2026",
    title="Thông báo kết quả xét công nhận sáng kiến cấp huyện năm 2026",
    cat="Thông báo",
    published_at="2026-10-05T07:45:00+07:00",
    blocks=[
        P(
            "Căn cứ biên bản họp Hội đồng xét công nhận sáng kiến cấp huyện ngày 02/10/2026, Phòng GD&ĐT "
            "thông báo kết quả xét công nhận sáng kiến năm 2026 của cán bộ, giáo viên ngành giáo dục huyện "
            "như sau:"
        ),
        P("- Số sáng kiến đăng ký xét: 86 sáng kiến (mầm non: 21; tiểu học: 33; THCS: 32).", "line"),
        P("- Số sáng kiến được công nhận: 71 sáng kiến, trong đó 12 sáng kiến được đề nghị xét công nhận cấp tỉnh.", "line"),
        P("- Số sáng kiến không được công nhận: 15 sáng kiến.", "line"),
        P(
            "Danh sách chi tiết các sáng kiến được công nhận xem tại tệp đính kèm. Các đơn vị có ý kiến phản "
            "hồi gửi về Tổ Văn phòng trước ngày 15/10/2026."
        ),
        Raw(
            '<img src="/skins/pgdnh/images/icon_pdf.gif" border="0" alt="" /> '
            '<a href="/media/1/ds-sang-kien-2026.pdf">ds-sang-kien-2026.pdf</a> (245 KB)'
        ),
        Raw(RIGHT.format("Tổ Văn phòng")),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "catid": 3,
        "posted": datetime(2026, 10, 5, 7, 45),
        "edited": "06/10/2026 10:12",
        "more_at": None,
        "mode": "cb",
    },
)

_FTN_LIST = (
    "<div style=\"mso-element:footnote-list\"><br clear=\"all\" />\n"
    '<hr align="left" size="1" width="33%" />\n'
)

B1 = Story(
    id=116,
    slug="chuyen-de-ngu-van-9",
    title="Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận trong môn Ngữ văn 9”",
    cat="Giáo dục THCS",
    published_at="2026-11-30T07:45:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo Chương trình GDPT 2018, ngày 28/11/2026, "
            "Phòng GD&ĐT tổ chức chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận trong "
            "môn Ngữ văn 9” tại Trường THCS Hành Phước.",
            "b",
        ),
        P(
            "Chuyên đề thu hút 46 giáo viên Ngữ văn của 12 trường THCS trong huyện tham dự. Tiết dạy minh "
            "họa bài “Bàn về đọc sách” do cô giáo Đặng Thị Thanh Thủy thực hiện với học sinh lớp 9A."
        ),
        P(
            "Theo định hướng của Chương trình GDPT 2018, đọc hiểu văn bản nghị luận cần giúp học sinh nhận "
            "biết được luận đề, luận điểm, lí lẽ và bằng chứng tiêu biểu trong văn bản.",
            "sup:văn bản.:1",
        ),
        P("Sau tiết dạy, các giáo viên thảo luận và thống nhất một số biện pháp:"),
        P("Tổ chức cho học sinh đọc trước văn bản ở nhà theo phiếu học tập có câu hỏi gợi mở;", "wli:1."),
        P("Sử dụng sơ đồ tư duy để hệ thống luận điểm, lí lẽ và bằng chứng;", "wli:2."),
        P("Tăng cường cho học sinh viết đoạn văn nghị luận ngắn sau mỗi bài học.", "wli:3."),
        Img(
            "/media/2/chuyen-de-ngu-van-9-hanh-phuoc.jpg",
            "Cô giáo Đặng Thị Thanh Thủy trong tiết dạy minh họa tại lớp 9A",
            "Cô giáo Đặng Thị Thanh Thủy trong tiết dạy minh họa tại lớp 9A",
            "fck-p",
        ),
        P(
            "Chuyên đề là dịp để giáo viên chia sẻ kinh nghiệm, tháo gỡ những khó khăn khi dạy học theo sách "
            "giáo khoa mới."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Đặng Thị Thanh Thủy</strong><br />\n'
            "<em>Tổ trưởng tổ Ngữ văn, Trường THCS Hành Phước</em></p>"
        ),
        Raw(_FTN_LIST),
        P("Chú thích:", "fnh"),
        P(
            "1. Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm "
            "theo Thông tư số 32/2018/TT-BGDĐT.",
            "fn",
        ),
        Raw("</div>"),
    ],
    authors=["Đặng Thị Thanh Thủy"],
    summary=(
        "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo Chương trình GDPT 2018, ngày 28/11/2026, "
        "Phòng GD&ĐT tổ chức chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận trong "
        "môn Ngữ văn 9” tại Trường THCS Hành Phước."
    ),
    opts={"catid": 6, "posted": datetime(2026, 11, 30, 7, 45), "more_at": 1, "mode": "fck"},
)

B2 = Story(
    id=114,
    slug="doc-hieu-lop-3",
    title="Một số kinh nghiệm rèn kỹ năng đọc hiểu cho học sinh lớp 3",
    cat="Giáo dục Tiểu học",
    published_at="2026-11-24T14:10:00+07:00",
    blocks=[
        P(
            "Đọc hiểu là kỹ năng nền tảng giúp học sinh tiểu học tiếp cận tri thức ở tất cả các môn học. Với "
            "học sinh lớp 3, việc rèn kỹ năng đọc hiểu cần được tổ chức thường xuyên, nhẹ nhàng và phù hợp "
            "với đặc điểm tâm lí lứa tuổi."
        ),
        P("1. Hướng dẫn học sinh đọc đúng, đọc trôi chảy", "h"),
        P(
            "Giáo viên đọc mẫu, hướng dẫn học sinh ngắt nghỉ hơi đúng chỗ, nhấn giọng ở những từ ngữ gợi tả, "
            "gợi cảm. Đọc đúng là tiền đề để học sinh hiểu nội dung văn bản.[1]"
        ),
        P("2. Đặt câu hỏi theo các mức độ nhận thức", "h"),
        P(
            "Hệ thống câu hỏi được thiết kế từ nhận biết, thông hiểu đến vận dụng, giúp học sinh từng bước "
            "khai thác nội dung, ý nghĩa của bài đọc và liên hệ với thực tế cuộc sống."
        ),
        P("3. Xây dựng góc đọc sách trong lớp học", "h"),
        P(
            "Mỗi lớp xây dựng một góc đọc với khoảng 50 đầu sách phù hợp lứa tuổi; duy trì 15 phút đọc sách "
            "đầu giờ vào thứ Ba và thứ Năm hằng tuần."
        ),
        Img(
            "/media/2/goc-doc-sach-lop-3b.jpg",
            "Góc đọc sách lớp 3B, Trường TH Hành Phước",
            "Góc đọc sách lớp 3B, Trường TH Hành Phước",
            "fck-tbl",
        ),
        P(
            "Sau một học kỳ áp dụng, 92% học sinh lớp 3 của trường đạt yêu cầu về kỹ năng đọc hiểu theo "
            "chuẩn kiến thức, kỹ năng của chương trình."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Võ Thị Kim Oanh</strong> (GV Trường TH Hành Phước)</p>'
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2022), Tiếng Việt 3, tập một, Nhà xuất bản Giáo dục Việt Nam.",
            "small",
        ),
        P(
            "[2] Nguyễn Thị Hạnh (2019), Rèn kĩ năng đọc hiểu cho học sinh tiểu học, Nhà xuất bản Đại học "
            "Sư phạm.",
            "small",
        ),
    ],
    authors=["Võ Thị Kim Oanh"],
    opts={
        "catid": 5,
        "posted": datetime(2026, 11, 24, 14, 10),
        "more_at": 1,
        "mode": "fck",
        "entities": 1,
        "comments": [
            (
                "Giáo viên TH Hành Minh",
                "26/11/2026 20:05",
                "Bài viết rất thiết thực, trường em sẽ áp dụng góc đọc sách cho khối 3. Cảm ơn cô Oanh!",
            )
        ],
    },
)

B3 = Story(
    id=111,
    slug="nghien-cuu-bai-hoc-toan",
    title=unicodedata.normalize(
        "NFD", "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán cụm trường THCS phía Tây"
    ),
    cat="Giáo dục THCS",
    published_at="2026-11-19T16:40:00+07:00",
    blocks=[
        P(
            "Ngày 18/11, tại Trường THCS Hành Tín Tây, cụm chuyên môn các trường THCS phía Tây huyện tổ chức "
            "buổi sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán."
        ),
        Img(
            "/media/2/nghien-cuu-bai-hoc-toan-8.jpg",
            "Thầy giáo Nguyễn Văn Lực dạy minh họa bài “Định lí Pythagore và ứng dụng” ở lớp 8",
            "Thầy giáo Nguyễn Văn Lực dạy minh họa bài “Định lí Pythagore và ứng dụng” ở lớp 8",
            "fck-p",
        ),
        P(
            "Tham dự buổi sinh hoạt có 28 giáo viên dạy Toán của các trường THCS Hành Tín Tây, Hành Tín "
            "Đông, Hành Dũng, Hành Nhân và Hành Thịnh."
        ),
        P(
            "Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh, phân tích nguyên nhân những khó "
            "khăn mà học sinh gặp phải thay vì đánh giá, xếp loại tiết dạy."
        ),
        P(
            "Qua buổi sinh hoạt, giáo viên được chia sẻ thêm nhiều kinh nghiệm trong việc thiết kế nhiệm vụ "
            "học tập, giúp học sinh chủ động khám phá kiến thức."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Huỳnh Tấn Lộc - Ảnh: Lê Minh Khoa</strong></p>'),
    ],
    authors=["Huỳnh Tấn Lộc"],
    photographers=["Lê Minh Khoa"],
    opts={"catid": 6, "posted": datetime(2026, 11, 19, 16, 40), "more_at": 1, "mode": "fck", "nfd": True},
)

B4 = Story(
    id=108,
    slug="be-khoe-be-ngoan-hanh-thien",
    title="Trường MN Hành Thiện tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027",
    cat="Giáo dục Mầm non",
    published_at="2026-11-06T09:00:00+07:00",
    blocks=[
        P(
            "Sáng 05/11/2026, Trường Mầm non Hành Thiện tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học "
            "2026 – 2027 cho trẻ 5 – 6 tuổi."
        ),
        P(
            "Hội thi gồm 3 phần: đồng diễn thể dục, thi tài năng và trò chơi vận động. Các bé tự tin thể "
            "hiện những bài đồng diễn sôi động, những tiết mục văn nghệ đặc sắc và thi đua trong các trò chơi "
            "dân gian như kéo co, nhảy bao bố, đi cà kheo."
        ),
        Img(
            "/media/2/be-khoe-be-ngoan-01.jpg",
            "Các bé lớp Lá 1 đồng diễn thể dục với vòng",
            "Các bé lớp Lá 1 đồng diễn thể dục với vòng",
            "fck-tbl",
        ),
        Img("/media/2/be-khoe-be-ngoan-02.jpg", "Ảnh: Bích Ngọc", None, "fck-tbl"),
        P(
            "Kết thúc hội thi, Ban tổ chức trao giải Nhất cho lớp Lá 2, giải Nhì cho lớp Lá 1 và giải Ba cho "
            "lớp Lá 3."
        ),
        Raw('<p style="text-align: right;"><strong>Bích Ngọc</strong></p>'),
        Raw("<p><em>Nguồn: Website Trường MN Hành Thiện</em></p>"),
    ],
    authors=["Bích Ngọc"],
    photographers=["Bích Ngọc"],
    source="Website Trường MN Hành Thiện",
    opts={"catid": 4, "posted": datetime(2026, 11, 6, 9, 0), "more_at": 1, "mode": "fck", "entities": 1},
)

B5 = Story(
    id=103,
    slug="tin-hoc-tre-hanh-trung",
    title="Trường THCS Hành Trung giành giải Nhất toàn đoàn Hội thi Tin học trẻ cấp huyện lần thứ XV",
    cat="Giáo dục THCS",
    published_at="2026-10-09T10:20:00+07:00",
    blocks=[
        P(
            "Hội thi Tin học trẻ cấp huyện lần thứ XV năm 2026 diễn ra trong 2 ngày 07 và 08/10/2026 tại "
            "Trường THCS Thị trấn Chợ Chùa với 96 thí sinh đến từ 12 trường THCS và 14 trường tiểu học."
        ),
        P("Kết quả, Ban tổ chức trao 34 giải cho các thí sinh, gồm:", "brl"),
        P("- Bảng A (tiểu học): 2 giải Nhất, 3 giải Nhì, 5 giải Ba, 6 giải Khuyến khích;", "brl"),
        P("- Bảng B (THCS): 2 giải Nhất, 4 giải Nhì, 5 giải Ba, 7 giải Khuyến khích.", "brl"),
        P(
            "Trường THCS Hành Trung xuất sắc giành giải Nhất toàn đoàn với 1 giải Nhất, 2 giải Nhì và 1 giải "
            "Ba. Em Phạm Minh Khang, học sinh lớp 9A, đạt giải Nhất phần thi lập trình với ngôn ngữ Python."
        ),
        Img(
            "/media/2/tin-hoc-tre-2026.jpg",
            "Ban tổ chức trao giải Nhất toàn đoàn cho Trường THCS Hành Trung",
            "Ban tổ chức trao giải Nhất toàn đoàn cho Trường THCS Hành Trung",
            "fck-p",
        ),
        P(
            "Các thí sinh đạt giải Nhất, Nhì sẽ được bồi dưỡng để tham dự Hội thi Tin học trẻ cấp tỉnh vào "
            "tháng 3/2027."
        ),
        Raw('<p style="text-align: right;"><em><strong>Trường THCS Hành Trung</strong></em></p>'),
    ],
    authors=["Trường THCS Hành Trung"],
    opts={"catid": 6, "posted": datetime(2026, 10, 9, 10, 20), "more_at": 1, "mode": "fck"},
)

STORIES = [A1, A2, B1, A3, B2, A4, B3, A5, B4, A6, A7, B5, A8]

# --- blog 3: entries that are not articles ---------------------------------------------------


@dataclass(frozen=True)
class Entry:
    id: int
    title: str
    catid: int
    posted: datetime
    kind: str  # doc | album | video
    data: dict


ENTRIES = [
    Entry(
        113,
        "Công văn số 1024/PGDĐT-CM về việc hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp năm học 2026 – 2027",
        7,
        datetime(2026, 11, 23, 8, 0),
        "doc",
        {
            "so": "1024/PGDĐT-CM",
            "ngay": "20/11/2026",
            "loai": "Công văn",
            "ky": "Nguyễn Thị Mai (Phó Trưởng phòng)",
            "trichyeu": "V/v hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp năm học 2026 – 2027",
            "file": "/media/3/1024-pgddt-cm.pdf",
        },
    ),
    Entry(
        109,
        "Quyết định số 542/QĐ-PGDĐT về việc thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi cấp huyện bậc THCS",
        7,
        datetime(2026, 11, 10, 15, 0),
        "doc",
        {
            "so": "542/QĐ-PGDĐT",
            "ngay": "09/11/2026",
            "loai": "Quyết định",
            "ky": "Phạm Văn Hùng (Trưởng phòng)",
            "trichyeu": "Về việc thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 – 2027",
            "file": "/media/3/542-qd-pgddt.pdf",
        },
    ),
    Entry(
        107,
        "Album ảnh: Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026",
        8,
        datetime(2026, 10, 30, 16, 0),
        "album",
        {
            "photos": [
                ("/media/3/hkpd-2026-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng"),
                ("/media/3/hkpd-2026-02.jpg", "Môn điền kinh nữ THCS"),
                ("/media/3/hkpd-2026-03.jpg", "Môn cờ vua khối tiểu học"),
                ("/media/3/hkpd-2026-04.jpg", "Trao cờ toàn đoàn"),
            ]
        },
    ),
    Entry(
        105,
        "Video: Phóng sự “Ngày hội đọc sách” Trường TH Thị trấn Chợ Chùa",
        8,
        datetime(2026, 10, 20, 9, 30),
        "video",
        {"yt": "dQ7vT3kNq2s", "len": "05:42"},
    ),
]

# --- shared lookups ---------------------------------------------------------------------------

ITEMS: dict[int, Story | Entry] = {s.id: s for s in STORIES}
ITEMS.update({e.id: e for e in ENTRIES})


def _catid(item: Story | Entry) -> int:
    return item.opts["catid"] if isinstance(item, Story) else item.catid


def _posted(item: Story | Entry) -> datetime:
    return item.opts["posted"] if isinstance(item, Story) else item.posted


def _blog(item: Story | Entry) -> int:
    return CATS[_catid(item)][0]


def items_of(blogid: int | None = None, catid: int | None = None) -> list[Story | Entry]:
    found = [
        it
        for it in ITEMS.values()
        if (blogid is None or _blog(it) == blogid) and (catid is None or _catid(it) == catid)
    ]
    return sorted(found, key=_posted, reverse=True)


def item_href(item_id: int, catid: int | None = None) -> str:
    return f"/index.php?itemid={item_id}" + (f"&amp;catid={catid}" if catid else "")


# --- article text ---------------------------------------------------------------------------


def _enc(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _img_tag(story: Story, img: Img) -> str:
    if img.style.startswith("nimg:"):
        alt = esc(img.style[5:])
        return f'<img src="{img.src}" width="450" height="300" alt="{alt}" title="{alt}" />'
    if story.opts["mode"] == "cb":
        return f'<img src="{img.src}" border="0" width="500" alt="" />'
    return f'<img alt="" src="{img.src}" style="width: 500px; height: 333px;" />'


def _render_cb(story: Story, blocks: list) -> str:
    """Blog 1: text typed as lines; Nucleus's addBreaks turns each newline into ``<br />``.

    Blocks are separated by an empty line, except the "- " lines of a typed list (one newline).
    """
    chunks: list[str] = []
    seps: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(
                    f'<td style="padding:3px">{_enc(story, c.strip())}</td>' for c in blocks[i].text.split("|")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            seps.append("\n\n" if chunks else "")
            chunks.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse" '
                'width="96%" align="center">\n' + "\n".join(rows) + "\n</table>"
            )
            continue
        seps.append("" if not chunks else "\n" if isinstance(b, P) and b.style == "line" else "\n\n")
        if isinstance(b, P):
            t = _enc(story, b.text)
            if b.style in ("b", "h"):
                t = f"<b>{t}</b>"
            elif b.style == "q":
                t = f"<i>{t}</i>"
            chunks.append(t)
        elif isinstance(b, Img):
            tag = _img_tag(story, b)
            if b.style == "cb-center":
                line = f'<div align="center">{tag}\n<span style="font-size:8pt"><i>{_enc(story, b.printed)}</i></span></div>'
            elif b.printed:
                line = f"{tag}\n<i>{_enc(story, b.printed)}</i>"
            else:
                line = tag
            chunks.append(line)
        else:
            chunks.append(b.html)
        i += 1
    return "".join(sep + chunk for sep, chunk in zip(seps, chunks, strict=True)).replace("\n", "<br />\n")


_WORD_P = "class=MsoNormal style='text-align:justify;text-indent:27.0pt;line-height:130%'"


def _render_fck(story: Story, blocks: list) -> str:
    """Blog 2 (and item 104): FCKeditor markup, Word pastes included."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "brl"):
            style = b.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(_enc(story, blocks[i].text))
                i += 1
            if style == "li":
                out.append("<ul>\n" + "\n".join(f"\t<li>{g}</li>" for g in group) + "\n</ul>")
            else:
                out.append('<p style="text-align: justify;">' + "<br />\n".join(group) + "</p>")
            continue
        if isinstance(b, P):
            t = _enc(story, b.text)
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "h":
                out.append(f'<p style="text-align: justify;"><strong><em>{t}</em></strong></p>')
            elif b.style == "h4":
                out.append(f"<h4>{t}</h4>")
            elif b.style.startswith("wli:"):
                mark = b.style[4:]
                out.append(
                    "<p class=MsoListParagraph style='margin-left:45.0pt;text-indent:-18.0pt;"
                    "mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>"
                    f"{mark}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; "
                    f"</span></span><![endif]>{t}</p>"
                )
            elif b.style.startswith("sup:"):
                _, word, num = b.style.split(":")
                anchor = _enc(story, word)
                before, after = anchor[:-1], anchor[-1]
                sup = f'<sup><a href="#_ftn{num}" name="_ftnref{num}" title="">{num}</a></sup>'
                out.append(f"<p {_WORD_P}>{t.replace(anchor, before + sup + after, 1)}</p>")
            elif b.style == "fnh":
                out.append(f"<p class=MsoFootnoteText><b>{t}</b></p>")
            elif b.style == "fn":
                out.append(f'<div style="mso-element:footnote" id=ftn1><p class=MsoFootnoteText>{t}</p></div>')
            elif b.style == "small":
                out.append(f'<p style="text-align: justify;"><span style="font-size:12px;">{t}</span></p>')
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        elif isinstance(b, Img):
            tag = _img_tag(story, b)
            cap = _enc(story, b.printed) if b.printed else ""
            if b.style == "fck-tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" '
                    'style="width: 500px;">\n<tbody>\n<tr>\n<td>' + tag + "</td>\n</tr>\n<tr>\n"
                    '<td style="text-align: center;"><span style="font-size:11px;"><em>' + cap
                    + "</em></span></td>\n</tr>\n</tbody>\n</table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
                if cap:
                    out.append(f'<p style="text-align: center;"><em>{cap}</em></p>')
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def render_part(story: Story, blocks: list) -> str:
    if story.opts["mode"] == "cb":
        return _render_cb(story, blocks)
    return _render_fck(story, blocks)


def body_part(story: Story) -> str:
    k = story.opts["more_at"]
    return render_part(story, story.blocks if k is None else story.blocks[:k])


def more_part(story: Story) -> str:
    k = story.opts["more_at"]
    return "" if k is None else render_part(story, story.blocks[k:])


def title_html(item: Story | Entry) -> str:
    return esc(item.title)


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    (
        "/index.php?special=gioithieu",
        "Giới thiệu",
        [("/index.php?special=gioithieu", "Chức năng, nhiệm vụ"), ("/index.php?special=lienhe", "Liên hệ")],
    ),
    ("/index.php?catid=1", "Tin tức – Sự kiện", [(f"/index.php?catid={c}", CATS[c][1]) for c in (1, 2, 3)]),
    ("/index.php?blogid=2", "Chuyên môn", [(f"/index.php?catid={c}", CATS[c][1]) for c in (4, 5, 6)]),
    ("/index.php?blogid=3", "Văn bản – Tư liệu", [(f"/index.php?catid={c}", CATS[c][1]) for c in (7, 8)]),
    ("http://mail.quangngai.edu.vn", "Email công vụ", []),
    ("/index.php?special=lienhe", "Liên hệ", []),
]

MOST_READ = [110, 118, 114]


def _menu() -> str:
    parts = ['<table id="tblMenu" width="100%" cellpadding="0" cellspacing="0"><tr>']
    for n, (href, label, subs) in enumerate(MENU):
        sub = ""
        if subs:
            sub = '<ul class="mnu_con">' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
        parts.append(
            f'<td class="mnu" id="mnu{n + 1}" onmouseover="hienMenu({n + 1})" onmouseout="anMenu({n + 1})">'
            f'<a href="{href}">{esc(label).upper() if n == 0 else esc(label)}</a>{sub}</td>'
            + ('<td class="mnu_gach"><img src="/skins/pgdnh/images/gach.gif" alt="" /></td>' if n < len(MENU) - 1 else "")
        )
    parts.append("</tr></table>")
    return "\n".join(parts)


def _sidebar() -> str:
    most = "".join(
        f'<tr><td class="stt">{n}</td><td><a href="/index.php/item/{i}">{title_html(ITEMS[i])}</a> '
        f"<span class=\"xem\">({ITEMS[i].views()})</span></td></tr>"
        for n, i in enumerate(MOST_READ, 1)
    )
    months = "".join(
        f'<li><a href="/index.php?archive=2026-{m}&amp;blogid=1">Tháng {m}/2026</a></li>' for m in ("12", "11", "10")
    )
    return f"""<td id="cot_phai" width="230" valign="top">
<div class="khung_p"><div class="tde_p">Tìm kiếm</div>
<form method="get" action="/index.php"><div class="searchform">
<input type="hidden" name="amount" value="0" /><input type="hidden" name="blogid" value="1" />
<input name="query" class="formfield" size="18" maxlength="60" accesskey="4" value="" />
<input type="submit" value="Tìm" class="formbutton" /></div></form></div>
<div class="khung_p"><div class="tde_p">Tin đọc nhiều</div>
<table class="tbl_docnhieu" width="100%">{most}</table></div>
<div class="khung_p"><div class="tde_p">Lưu trữ</div><ul class="luutru">{months}</ul>
<div class="xemtatca"><a href="/index.php?archivelist=1">» Xem toàn bộ lưu trữ</a></div></div>
<div class="khung_p"><div class="tde_p">Thăm dò ý kiến</div>
<form method="post" action="/action.php"><input type="hidden" name="action" value="plugin" />
<input type="hidden" name="name" value="Poll" /><input type="hidden" name="type" value="vote" />
<input type="hidden" name="pollid" value="3" />
<div class="poll_q">Theo thầy/cô, website Phòng GD&amp;ĐT cần bổ sung nội dung gì?</div>
<input type="radio" name="opt" value="1" /> Văn bản chỉ đạo<br />
<input type="radio" name="opt" value="2" /> Tư liệu dạy học<br />
<input type="radio" name="opt" value="3" /> Thi đua – Khen thưởng<br />
<input type="submit" value="Bình chọn" /></form></div>
<div class="khung_p"><div class="tde_p">Thành viên</div>
<form method="post" action="/action.php"><input type="hidden" name="action" value="login" />
Tên đăng nhập:<br /><input name="login" size="14" /><br />Mật khẩu:<br /><input name="password" size="14" type="password" /><br />
<input type="checkbox" value="1" name="shared" id="shared" /> Nhớ đăng nhập<br /><input type="submit" value="Đăng nhập" /></form></div>
<div class="khung_p"><div class="tde_p">Liên kết website</div>
<select onchange="if(this.value!='') window.open(this.value)">
<option value="">-- Chọn website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://quangngai.edu.vn">Sở GD&amp;ĐT Quảng Ngãi</option>
<option value="https://nghiahanh.quangngai.gov.vn">Cổng TTĐT huyện Nghĩa Hành</option>
</select>
<a href="https://vnedu.vn" target="_blank"><img src="/skins/pgdnh/images/banner-vnedu.png" alt="vnEdu" width="210" /></a>
</div>
<div class="khung_p"><div class="tde_p">Thống kê truy cập</div>
<table class="thongke"><tr><td>Đang online:</td><td>17</td></tr>
<tr><td>Hôm nay:</td><td>342</td></tr><tr><td>Tổng truy cập:</td><td>1.204.578</td></tr></table></div>
</td>"""


def page(request: Request, title: str, main: str, crumbs: str = "") -> str:
    notices = [s for s in STORIES if s.opts["catid"] == 3][:1]
    marquee = " &nbsp;&nbsp;•&nbsp;&nbsp; ".join(
        f'<a href="/index.php?itemid={s.id}">{title_html(s)}</a>' for s in notices
    )
    crumb = f'<div class="duongdan">{crumbs}</div>' if crumbs else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Nucleus CMS v3.51" />
<meta name="description" content="Website Phòng Giáo dục và Đào tạo huyện Nghĩa Hành, tỉnh Quảng Ngãi" />
<meta name="keywords" content="giáo dục, Nghĩa Hành, PGD, Quảng Ngãi" />
<title>{esc(OFFICE)} » {title}</title>
<link rel="stylesheet" type="text/css" href="/skins/pgdnh/style.css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/xml-rss2.php?blogid=1" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/skins/pgdnh/menu.js"></script>
</head>
<body>
<div id="bao">
<table id="dau" width="990" cellpadding="0" cellspacing="0" align="center">
<tr><td id="logo" width="120"><a href="/"><img src="/skins/pgdnh/images/logo.png" alt="Logo" width="100" /></a></td>
<td id="banner"><div class="cq_tren">UBND HUYỆN NGHĨA HÀNH</div>
<h1 class="tenweb">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN NGHĨA HÀNH</h1>
<div class="khauhieu">Dạy tốt – Học tốt – Quản lý tốt</div></td></tr>
</table>
{_menu()}
<table id="thanh_ngay" width="990" align="center"><tr>
<td class="ngayhomnay"><img src="/skins/pgdnh/images/lich.gif" alt="" /> {TODAY_LINE}</td>
<td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><b>Thông báo:</b> {marquee}</marquee></td>
</tr></table>
<table id="than" width="990" cellpadding="0" cellspacing="0" align="center"><tr>
<td id="cot_giua" valign="top">
{crumb}
{main}
</td>
{_sidebar()}
</tr></table>
<div id="chan">
<div class="chan_1"><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN NGHĨA HÀNH</b></div>
<div>Địa chỉ: Số 12 đường Phạm Văn Đồng, thị trấn Chợ Chùa, huyện Nghĩa Hành, tỉnh Quảng Ngãi</div>
<div>Điện thoại: 0255.3861 245 – Fax: 0255.3861 246 – Email: <a href="mailto:pgdnghiahanh@quangngai.edu.vn">pgdnghiahanh@quangngai.edu.vn</a></div>
<div>Chịu trách nhiệm nội dung: Trưởng phòng Phạm Văn Hùng</div>
<div class="banquyen">Bản quyền © 2009 - 2026 {esc(OFFICE)}. Powered by <a href="http://nucleuscms.org">Nucleus CMS</a> – Thiết kế: Trung tâm Tin học Quảng Ngãi</div>
</div>
</div>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1873421-9']);</script>
</body>
</html>"""


# --- listings -------------------------------------------------------------------------------


def _list_item_blog1(item: Story | Entry, link: str) -> str:
    story = item
    assert isinstance(story, Story)
    posted = story.opts["posted"]
    more = ""
    if story.opts["more_at"] is not None:
        more = f'<div class="doctiep"><a href="{link}#more">Đọc tiếp »</a></div>'
    ncom = len(story.opts.get("comments", []))
    member = MEMBERS[1][0]
    return f"""<table class="bai_ds" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="td_tde"><a href="{link}">{title_html(story)}</a></td></tr>
<tr><td class="td_nd">{body_part(story)}
{more}</td></tr>
<tr><td class="td_tt">{posted:%H:%M} | <a href="/index.php?memberid=1">{member}</a> | <a href="/index.php?catid={story.opts['catid']}">{esc(CATS[story.opts['catid']][1])}</a> | <a href="{link}#c">Bình luận ({ncom})</a></td></tr>
</table>"""


def _list_item_blog2(item: Story | Entry, link: str) -> str:
    story = item
    assert isinstance(story, Story)
    posted = story.opts["posted"]
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = f'<img class="anh_dd" src="{first.src}" width="120" align="left" alt="" />' if first else ""
    return f"""<div class="tin_cm" id="tin{story.id}">
<h3 class="tde_cm"><a href="{link}">{title_html(story)}</a></h3>
<div class="ngay_cm">{posted:%d/%m/%Y}</div>
<div class="tomtat_cm">{thumb}{body_part(story)}</div>
<div class="xemtiep"><a href="{link}#more">Xem tiếp »</a></div>
<div style="clear:both"></div></div>"""


def _list_item_blog3(item: Story | Entry, link: str) -> str:
    assert isinstance(item, Entry)
    if item.kind == "doc":
        d = item.data
        extra = f"<div class=\"vb_tt\">Số: {esc(d['so'])} – Ngày ban hành: {d['ngay']}</div>"
    elif item.kind == "album":
        extra = f'<img src="{item.data["photos"][0][0]}" width="160" alt="" />'
    else:
        extra = f'<img src="/skins/pgdnh/images/video-icon.png" alt="" /> Thời lượng: {item.data["len"]}'
    return f"""<div class="vb_dong"><a href="{link}">{title_html(item)}</a>
{extra}<div class="vb_ngay">Đăng ngày {item.posted:%d/%m/%Y}</div></div>"""


_LISTERS = {1: _list_item_blog1, 2: _list_item_blog2, 3: _list_item_blog3}


def render_list(items: list, blogid: int, link_catid: int | None, day_headers: bool) -> str:
    out = []
    last_day = None
    for it in items:
        b = _blog(it)
        if day_headers and b == 1:
            day = _posted(it).date()
            if day != last_day:
                out.append(f'<div class="ngay_nhom"><span>{day_header(_posted(it))}</span></div>')
                last_day = day
        out.append(_LISTERS[b](it, item_href(it.id, link_catid)))
    return "\n".join(out)


def pager(base: str, start: int, amount: int, total: int, first: str | None = None) -> str:
    links = []
    if start > 0:
        prev = start - amount
        href = (first or base) if prev == 0 else f"{base}{'&amp;' if '?' in base else '?'}startpos={prev}"
        links.append(f'<a href="{href}">« Tin mới hơn</a>')
    if start + amount < total:
        sep = "&amp;" if "?" in base else "?"
        links.append(f'<a href="{base}{sep}startpos={start + amount}">Tin cũ hơn »</a>')
    return '<div class="phantrang">' + " &nbsp;|&nbsp; ".join(links) + "</div>" if links else ""


def _startpos(request: Request, amount: int, total: int) -> int | None:
    raw = request.params.get("startpos", "0")
    if not raw.isdigit():
        return None
    start = int(raw)
    if start % amount or (start and start >= total):
        return None
    return start


def listing(request: Request, blogid: int | None, catid: int | None) -> Response | None:
    if catid is not None:
        if catid not in CATS:
            return None
        blogid = CATS[catid][0]
    blog = BLOGS[blogid]
    items = items_of(blogid, catid)
    start = _startpos(request, blog.amount, len(items))
    if start is None:
        return None
    shown = items[start : start + blog.amount]
    if catid is not None:
        heading = f"Chuyên mục: {esc(CATS[catid][1])}"
        base = f"/index.php?catid={catid}"
        crumbs = f'<a href="/">Trang chủ</a> » {esc(blog.name)} » <b>{esc(CATS[catid][1])}</b>'
        title = esc(CATS[catid][1])
    elif request.path in ("/", "/index.php") and "blogid" not in request.params:
        heading = "Tin tức – Sự kiện"
        base = "/index.php"
        crumbs = ""
        title = "Trang chủ"
    else:
        heading = esc(blog.name)
        base = f"/index.php?blogid={blogid}"
        crumbs = f'<a href="/">Trang chủ</a> » <b>{esc(blog.name)}</b>'
        title = esc(blog.name)
    body = render_list(shown, blogid, catid, day_headers=True)
    boxes = ""
    if not crumbs and start == 0:
        boxes = _home_boxes()
    main = (
        f'<div class="khung_g"><div class="tde_g">{heading}</div>\n{body}\n'
        f"{pager(base, start, blog.amount, len(items), '/' if base == '/index.php' else None)}</div>{boxes}"
    )
    return html(page(request, title, main, crumbs))


def _home_boxes() -> str:
    cm = "".join(
        f'<li><a href="/index.php?itemid={it.id}">{title_html(it)}</a> <span class="ngay">({_posted(it):%d/%m})</span></li>'
        for it in items_of(2)[:2]
    )
    vb = "".join(
        f'<li><a href="/index.php?itemid={it.id}">{title_html(it)}</a></li>' for it in items_of(3)[:3]
    )
    return (
        '<table width="100%" class="hai_cot"><tr>'
        f'<td width="50%" valign="top"><div class="tde_g">Chuyên môn</div><ul class="ds_ngan">{cm}</ul>'
        '<a class="xemtatca" href="/index.php?blogid=2">Xem tất cả »</a></td>'
        f'<td valign="top"><div class="tde_g">Văn bản – Tư liệu</div><ul class="ds_ngan">{vb}</ul>'
        '<a class="xemtatca" href="/index.php?blogid=3">Xem tất cả »</a></td>'
        "</tr></table>"
    )


def archive_page(request: Request, month: str) -> Response | None:
    if request.params.get("blogid", "1") not in ("1", "tintuc"):
        return None
    items = [it for it in items_of(1) if f"{_posted(it):%Y-%m}" == month]
    if not items:
        return None
    y, m = month.split("-")
    main = (
        f'<div class="khung_g"><div class="tde_g">Lưu trữ tháng {m}/{y}</div>\n'
        f"{render_list(items, 1, None, day_headers=True)}</div>"
    )
    crumbs = f'<a href="/">Trang chủ</a> » <a href="/index.php?archivelist=1">Lưu trữ</a> » <b>Tháng {m}/{y}</b>'
    return html(page(request, f"Lưu trữ {m}/{y}", main, crumbs))


def archivelist_page(request: Request) -> Response | None:
    if request.params.get("archivelist") not in ("1", "tintuc"):
        return None
    rows = []
    for month in ("2026-12", "2026-11", "2026-10"):
        n = sum(1 for it in items_of(1) if f"{_posted(it):%Y-%m}" == month)
        y, m = month.split("-")
        rows.append(f'<li><a href="/index.php?archive={month}&amp;blogid=1">Tháng {m}/{y}</a> ({n} bài)</li>')
    main = f'<div class="khung_g"><div class="tde_g">Lưu trữ – Tin tức – Sự kiện</div><ul>{"".join(rows)}</ul></div>'
    return html(page(request, "Lưu trữ", main, '<a href="/">Trang chủ</a> » <b>Lưu trữ</b>'))


def search_page(request: Request) -> Response:
    q = request.params.get("query", "").strip()
    hits = [it for it in items_of() if q and q.lower() in unicodedata.normalize("NFC", it.title).lower()]
    if hits:
        res = "<ol>" + "".join(f'<li><a href="/index.php?itemid={it.id}">{title_html(it)}</a></li>' for it in hits) + "</ol>"
    else:
        res = "<p>Không tìm thấy kết quả nào phù hợp.</p>"
    main = f'<div class="khung_g"><div class="tde_g">Kết quả tìm kiếm: {esc(q)}</div>{res}</div>'
    return html(page(request, "Tìm kiếm", main, '<a href="/">Trang chủ</a> » <b>Tìm kiếm</b>'))


# --- item pages -----------------------------------------------------------------------------


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    rows = "".join(
        f'<div class="bl_muc" id="c{story.id}{n}"><div class="bl_ten"><b>{esc(name)}</b> – <span class="bl_ngay">{when}</span></div>'
        f'<div class="bl_nd">{esc(body)}</div></div>'
        for n, (name, when, body) in enumerate(comments, 1)
    )
    return f"""<a name="c"></a><div class="binhluan"><div class="tde_bl">Ý kiến bạn đọc ({len(comments)})</div>
{rows or '<div class="bl_trong">Chưa có ý kiến nào.</div>'}
<form method="post" action="/action.php"><div class="commentform">
<input type="hidden" name="action" value="addcomment" /><input type="hidden" name="url" value="index.php" />
<input type="hidden" name="itemid" value="{story.id}" />
<label for="nucleus_cf_name">Họ tên</label> <input name="user" size="40" maxlength="40" id="nucleus_cf_name" /><br />
<label for="nucleus_cf_mail">Email</label> <input name="userid" size="40" maxlength="60" id="nucleus_cf_mail" /><br />
<textarea name="body" cols="50" rows="6"></textarea><br />
<input type="submit" value="Gửi ý kiến" class="formbutton" /></div></form></div>"""


def _tools(request: Request, story: Story) -> str:
    url = quote(base_url(request) + f"/index.php?itemid={story.id}", safe="")
    return (
        '<div class="congcu"><a href="javascript:window.print()"><img src="/skins/pgdnh/images/print.gif" alt="" /> In bài</a>'
        ' | <a href="javascript:history.back()">Quay lại</a> | <a href="#dau">Đầu trang</a>'
        f' | <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">'
        '<img src="/skins/pgdnh/images/facebook.png" alt="Chia sẻ Facebook" /></a></div>'
    )


def item_page(request: Request, item: Story | Entry) -> Response:
    catid = _catid(item)
    blogid = _blog(item)
    blog = BLOGS[blogid]
    blog_link = esc(blog.name) if blogid == 1 else f'<a href="/index.php?blogid={blogid}">{esc(blog.name)}</a>'
    crumbs = (
        f'<a href="/">Trang chủ</a> » {blog_link} » '
        f'<a href="/index.php?catid={catid}">{esc(CATS[catid][1])}</a>'
    )
    if isinstance(item, Entry):
        main = _entry_main(item)
    elif blogid == 1:
        main = _blog1_item(request, item)
    else:
        main = _blog2_item(request, item)
    return html(page(request, f"{esc(blog.name)} » {title_html(item)}", main, crumbs))


def _blog1_item(request: Request, story: Story) -> str:
    posted = story.opts["posted"]
    more = more_part(story)
    sep = '<br /><br /><a name="more"></a>' if story.opts["mode"] == "cb" else '<a name="more"></a>'
    edited = (
        f' <span class="suacuoi">(Sửa lần cuối: {story.opts["edited"]})</span>' if story.opts.get("edited") else ""
    )
    blog1 = items_of(1)
    idx = blog1.index(story)
    nav = []
    if idx + 1 < len(blog1):
        older = blog1[idx + 1]
        nav.append(f'<a href="/index.php?itemid={older.id}">« Bài trước: {title_html(older)}</a>')
    if idx > 0:
        newer = blog1[idx - 1]
        nav.append(f'<a href="/index.php?itemid={newer.id}">Bài tiếp: {title_html(newer)} »</a>')
    others = "".join(
        f'<li><a href="/index.php?itemid={it.id}">{title_html(it)}</a> <span class="ngay">({_posted(it):%d/%m/%Y})</span></li>'
        for it in [x for x in blog1 if x is not story][:5]
    )
    ncom = len(story.opts.get("comments", []))
    return f"""<div class="khung_g">
<div class="bai_viet" id="item{story.id}">
<div class="td_bai">{title_html(story)}</div>
<div class="nd_bai">{body_part(story)}{sep if more else ""}{more}</div>
<div class="tt_bai">Đăng lúc {posted:%H:%M} ngày {posted:%d/%m/%Y} bởi <a href="/index.php?memberid=1">{MEMBERS[1][0]}</a>{edited}
 | Chuyên mục: <a href="/index.php?catid={story.opts['catid']}">{esc(story.cat)}</a> | <a href="#c">Bình luận ({ncom})</a> | Lượt xem: {story.views()}</div>
{_tools(request, story)}
</div>
<div class="dieuhuong">{' &nbsp;|&nbsp; '.join(nav)}</div>
{_comments(story)}
<div class="tinkhac"><div class="tde_tk">Các tin khác</div><ul>{others}</ul></div>
</div>"""


def _blog2_item(request: Request, story: Story) -> str:
    posted = story.opts["posted"]
    newest = "".join(
        f'<li><a href="/index.php?itemid={it.id}">{title_html(it)}</a></li>'
        for it in items_of(2)[:3]
        if it is not story
    )
    return f"""<div class="khung_g">
<div class="baicm" id="bai{story.id}">
<h3 class="tde_baicm">{title_html(story)}</h3>
<div class="ngaydang_cm"><img src="/skins/pgdnh/images/clock.gif" alt="" /> {locale_date(posted)} &nbsp; Người đăng: <a href="/index.php?memberid=2">{MEMBERS[2][0]}</a> &nbsp; Lượt xem: {story.views()}</div>
<div class="ndcm">
{body_part(story)}
<a name="more"></a>
{more_part(story)}
</div>
{_tools(request, story)}
</div>
{_comments(story)}
<div class="tinkhac"><div class="tde_tk">Bài viết mới – Chuyên môn</div><ul>{newest}</ul></div>
</div>"""


def _entry_main(entry: Entry) -> str:
    if entry.kind == "doc":
        d = entry.data
        body = f"""<table class="tbl_vb" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="30%"><b>Số/Ký hiệu</b></td><td>{esc(d['so'])}</td></tr>
<tr><td><b>Loại văn bản</b></td><td>{esc(d['loai'])}</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>{d['ngay']}</td></tr>
<tr><td><b>Người ký</b></td><td>{esc(d['ky'])}</td></tr>
<tr><td><b>Trích yếu</b></td><td>{esc(d['trichyeu'])}</td></tr>
<tr><td><b>Tệp đính kèm</b></td><td><img src="/skins/pgdnh/images/icon_pdf.gif" alt="" /> <a href="{d['file']}">{d['file'].rsplit('/', 1)[1]}</a></td></tr>
</table>"""
    elif entry.kind == "album":
        cells = "".join(
            f'<td align="center" width="50%"><a href="{src}" target="_blank"><img src="{src}" width="220" alt="" /></a><br />{esc(cap)}</td>'
            + ("</tr><tr>" if n % 2 == 1 else "")
            for n, (src, cap) in enumerate(entry.data["photos"])
        )
        body = f'<table class="album" width="100%"><tr>{cells}</tr></table><div align="right"><i>Ảnh: Tổ Văn phòng</i></div>'
    else:
        body = (
            f'<div align="center"><iframe width="560" height="315" src="https://www.youtube.com/embed/{entry.data["yt"]}" '
            'frameborder="0" allowfullscreen></iframe></div>'
            f'<div>Thời lượng: {entry.data["len"]} – Nguồn: Đài Truyền thanh – Truyền hình huyện Nghĩa Hành</div>'
        )
    return f"""<div class="khung_g"><div class="bai_viet" id="item{entry.id}">
<div class="td_bai">{title_html(entry)}</div>
<div class="nd_bai">{body}</div>
<div class="tt_bai">Đăng ngày {entry.posted:%d/%m/%Y} bởi <a href="/index.php?memberid=1">{MEMBERS[1][0]}</a> | Chuyên mục: <a href="/index.php?catid={entry.catid}">{esc(CATS[entry.catid][1])}</a></div>
</div></div>"""


# --- special pages, members, rss, errors ---------------------------------------------------

SPECIALS = {
    "gioithieu": (
        "Giới thiệu",
        """<div class="tde_g">Giới thiệu chung</div>
<p>Phòng Giáo dục và Đào tạo huyện Nghĩa Hành là cơ quan chuyên môn thuộc UBND huyện, tham mưu, giúp UBND huyện
thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<a name="cnnv"></a><p><b>Chức năng, nhiệm vụ</b></p>
<p>- Trình UBND huyện ban hành quyết định, kế hoạch phát triển giáo dục trên địa bàn;<br />
- Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, THCS thực hiện nhiệm vụ năm học;<br />
- Quản lý đội ngũ, cơ sở vật chất, thiết bị dạy học theo phân cấp.</p>
<p><b>Lãnh đạo Phòng</b></p>
<table border="1" cellpadding="4" cellspacing="0"><tr><td>Trưởng phòng</td><td>Phạm Văn Hùng</td></tr>
<tr><td>Phó Trưởng phòng</td><td>Lê Quang Vinh</td></tr><tr><td>Phó Trưởng phòng</td><td>Nguyễn Thị Mai</td></tr></table>
<p>Toàn huyện hiện có 14 trường mầm non, 15 trường tiểu học, 12 trường THCS với trên 19.000 học sinh.</p>""",
    ),
    "lienhe": (
        "Liên hệ",
        """<div class="tde_g">Liên hệ</div>
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN NGHĨA HÀNH</b><br />
Địa chỉ: Số 12 đường Phạm Văn Đồng, thị trấn Chợ Chùa, huyện Nghĩa Hành, tỉnh Quảng Ngãi<br />
Điện thoại: 0255.3861 245 – Fax: 0255.3861 246<br />
Email: pgdnghiahanh@quangngai.edu.vn</p>
<form method="post" action="/action.php"><input type="hidden" name="action" value="plugin" />
<input type="hidden" name="name" value="ContactForm" />
Họ tên: <input name="ten" /><br />Email: <input name="email" /><br />Nội dung:<br /><textarea name="nd" rows="5" cols="40"></textarea><br />
<input type="submit" value="Gửi liên hệ" /></form>""",
    ),
}


def special_page(request: Request, name: str) -> Response | None:
    if name not in SPECIALS:
        return None
    title, body = SPECIALS[name]
    return html(page(request, title, f'<div class="khung_g">{body}</div>', f'<a href="/">Trang chủ</a> » <b>{title}</b>'))


def member_page(request: Request, member_id: str) -> Response | None:
    if not member_id.isdigit() or int(member_id) not in MEMBERS:
        return None
    login, real = MEMBERS[int(member_id)]
    main = f"""<div class="khung_g"><div class="tde_g">Thông tin thành viên: {login}</div>
<table class="tbl_tv"><tr><td>Tên đăng nhập:</td><td>{login}</td></tr><tr><td>Tên thật:</td><td>{esc(real)}</td></tr>
<tr><td>Website:</td><td>http://pgdnghiahanh.edu.vn</td></tr></table>
<div class="tde_g">Gửi tin nhắn cho {login}</div>
<form method="post" action="/action.php"><input type="hidden" name="action" value="sendmessage" />
<input type="hidden" name="memberid" value="{member_id}" /><textarea name="message" rows="5" cols="40"></textarea><br />
<input type="submit" value="Gửi" /></form></div>"""
    return html(page(request, f"Thành viên {login}", main, f'<a href="/">Trang chủ</a> » <b>{login}</b>'))


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(it.title)}</title><link>{base}/index.php?itemid={it.id}</link>"
        f"<description>{esc(body_part(it))}</description><category>{esc(it.cat)}</category>"
        f"<pubDate>{_posted(it):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>\n"
        for it in items_of(1)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(OFFICE)} – Tin tức – Sự kiện</title><link>{base}/</link>"
        f"<description>Tin tức Phòng GD&amp;ĐT Nghĩa Hành</description><language>vi</language>"
        f"<generator>Nucleus CMS v3.51</generator>\n{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/xml; charset=utf-8"})


def error_page(request: Request, message: str) -> Response:
    main = f'<div class="khung_g"><div class="tde_g">Lỗi</div><p class="loi">{message}</p><a href="javascript:history.back()">Quay lại</a></div>'
    return html(page(request, "Lỗi", main), status=404)


_FILES = {
    "/media/1/mau-dang-ky-hsg9-2026.doc": ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 56),
    "/media/1/ds-sang-kien-2026.pdf": ("application/pdf", PDF),
    "/media/3/1024-pgddt-cm.pdf": ("application/pdf", PDF),
    "/media/3/542-qd-pgddt.pdf": ("application/pdf", PDF),
}


class NucleusSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in _FILES:
            ctype, data = _FILES[path]
            return Response(200, data, {"Content-Type": ctype})
        if path.startswith(("/media/", "/skins/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/xml-rss2.php":
            return rss(request)
        if path == "/action.php":
            if request.method == "POST":
                return redirect("/")
            return html("<html><body>Lỗi: Không có hành động nào được chỉ định.</body></html>", status=400)
        m = re.fullmatch(r"/index\.php/item/(\d+)/?", path)
        if m:
            item = ITEMS.get(int(m.group(1)))
            return item_page(request, item) if item else error_page(request, "Không có bài viết này.")
        if path not in ("/", "/index.php"):
            return None
        p = request.params
        if "itemid" in p:
            item = ITEMS.get(int(p["itemid"])) if p["itemid"].isdigit() else None
            return item_page(request, item) if item else error_page(request, "Không có bài viết này.")
        if "special" in p:
            return special_page(request, p["special"])
        if "memberid" in p:
            return member_page(request, p["memberid"])
        if "archivelist" in p:
            return archivelist_page(request)
        if "archive" in p:
            return archive_page(request, p["archive"])
        if "query" in p:
            return search_page(request)
        if "catid" in p:
            return listing(request, None, int(p["catid"])) if p["catid"].isdigit() else None
        if "blogid" in p:
            if not p["blogid"].isdigit() or int(p["blogid"]) not in BLOGS:
                return None
            return listing(request, int(p["blogid"]), None)
        return listing(request, 1, None)


def build_site() -> NucleusSite:
    return NucleusSite()


def _gold(story: Story) -> dict:
    path = f"/index.php?itemid={story.id}"
    return gold_record(
        story,
        path,
        story.cat,
        canonical_path=path,
        alt_paths=[f"{path}&catid={story.opts['catid']}", f"/index.php/item/{story.id}"],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/index.php?itemid=113",
    "/index.php?itemid=109",
    "/index.php?itemid=107",
    "/index.php?itemid=105",
    "/index.php?special=gioithieu",
    "/index.php?special=lienhe",
    "/index.php?memberid=1",
    "/index.php?memberid=2",
]
