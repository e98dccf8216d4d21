"""Trường THCS Nguyễn Du (Krông Pắc, Đắk Lắk): a home-made PHP 5 site of about 2011, table layout.

Platform
--------
No framework: ``index.php`` includes ``header.php`` / ``menu.php`` / ``cot_trai.php`` /
``cot_phai.php`` / ``footer.php`` around a module file chosen by ``$_GET['mod']`` and
``$_GET['act']``. One 980-px table holds everything; inline styles and ``bgcolor`` everywhere;
FCKeditor 2 content pasted from Word; jQuery 1.4 drop-down menu; Yahoo! Messenger support icons,
a poll, a "Liên kết website" ``<select>``, a visitor counter. ``header.php`` prints
``<base href="http://<host>/">`` and every link of the templates is relative *without* a leading
slash (``index.php?mod=…``, ``trang/lienhe.html``, ``upload/…``).

URL scheme
----------
- ``/`` (= ``/index.php``): home page: "Tin mới nhất" (5 newest), one block per category (its 3
  newest), marquee "Tin nổi bật".
- ``/index.php?mod=tintuc&act=danhsach&cat=<n>[&page=<n>]``: a category listing, 3 items a page,
  pager "Trang: [1] 2 Sau » Cuối".
- ``/index.php?mod=tintuc&act=chitiet&id=<n>``: an article (the gold path).
- ``/index.php?mod=vanban&act=danhsach`` / ``…&act=chitiet&id=21``: documents; ``mod=album``,
  ``mod=video``, ``mod=timkiem`` (search form, GET), ``mod=binhchon&act=ketqua`` (poll results).
- ``/trang/gioithieu.html``, ``/trang/lichsu.html``, ``/trang/doingu.html``,
  ``/trang/lienhe.html``: static pages kept from the 2011 Dreamweaver site (same chrome, same
  ``<base href>``; ``lichsu.html`` is saved in windows-1258).
- Images under ``/upload/images/…``, thumbnails under ``/upload/thumb/…``, attachments under
  ``/upload/files/…``.

Page templates
--------------
Article (``chitiet``): breadcrumb ``td.dd_link`` ("Trang chủ » <category>"), headline in
``td.tieudetin`` (no ``<h1>``), an info line ``td.ngaydang`` ("Ngày đăng: Thứ năm, 03/12/2026 -
2:30 PM | Cập nhật: … | Lượt xem: 345 | Người đăng: ndu_admin"), an optional bold sapo row
``td.tt_tomtat``, the FCKeditor content in ``td#noidungchitiet`` (bylines, source lines,
attachments and embedded clips are typed inside it), a tool row (print = ``window.print()``,
mailto, back), "Ý kiến bạn đọc" (reader comments and a POST form) and "Các tin khác" (the
category's first listing page, each with "(dd/mm/yyyy)").

How each gold article is reached
--------------------------------
Categories: 1 "Tin tức - Sự kiện", 2 "Hoạt động chuyên môn", 3 "Đoàn - Đội", 4 "Thông báo".
- home "Tin mới nhất": 97, 96, 95, 93, 92; home category blocks = page 1 of each listing.
- cat 1 page 1: 96, 93 (cross-posted from cat 3), 90; **page 2 only: 84, 71, 66**.
- cat 2 page 1: 97, 89, 79; **page 2 only: 68**.
- cat 3: 93, 86. cat 4: 95, 92.
- "Tin đọc nhiều" (right column): 90, 79, 89, 86 and a deleted article (id=12).
- marquee "Tin nổi bật": 96, 90, 89 in the old mixed-case form ``mod=TinTuc&act=ChiTiet``.
"Các tin khác" only ever lists page 1 of the article's category, so the four page-2 articles
are reachable through the listings' page 2 alone.

Traps
-----
1. ``<base href>`` governs every relative link (new kind). Links are ``index.php?…`` and
   ``trang/….html`` without a leading slash; on the static pages under ``/trang/`` resolving
   against the page URL instead of the base gives ``/trang/index.php?…`` and
   ``/trang/trang/….html``, all 404. Gold: nothing on those wrong URLs.
2. The breadcrumb echoes ``$_GET['cat']`` (new kind). Listing items link the title to the bare
   URL and "Chi tiết »"/thumbnail to ``…&id=N&cat=C&page=P``; the breadcrumb prints the category
   named by the URL's ``cat`` when present, else the article's own one. Article 93 (filed under
   "Đoàn - Đội") is cross-posted into the cat-1 listing, so ``…&id=93&cat=1&page=1`` prints
   "Tin tức - Sự kiện". Gold: category = the one the bare URL prints ("Đoàn - Đội" for 93).
3. Duplicate URLs of one article: bare, ``&cat=C&page=P`` (both listings for 93) and the
   marquee's mixed-case ``mod=TinTuc&act=ChiTiet`` (PHP lower-cases them). Gold: path = bare
   URL, the others in ``alt_paths``.
4. A fixed ``<title>`` (the site's name on every page) and listing titles cut by PHP 5's
   byte-wise ``substr($tieude, 0, 75) . "..."``, which splits UTF-8 characters (an invalid byte
   sequence in an otherwise UTF-8 page) (new kind). Gold: title = the full headline of
   ``td.tieudetin``.
5. 12-hour clock from ``date("g:i A")`` (new kind): "2:30 PM" -> 14:30; "12:00 AM" is midnight,
   i.e. a day without a time (68 -> "2026-10-12"). The info line's "Cập nhật: …" (last edit) is
   never the publication date.
6. A dateless article (84): its date field is empty, so the info line and the listings print no
   date at all, while "Các tin khác" under it prints other articles' dates and the reader
   comments print their own ("07/11/2026 19:03") (new kind). Gold: published_at null.
7. Reader comments ("Ý kiến bạn đọc (2)") right under the text, each with a name, a date and a
   paragraph, then a POST comment form (new kind). Gold: comments are not body, their names are
   not authors, their dates not the publication date.
8. The sapo printed twice (new kind): in 90 the editor pasted the lead both into the sapo field
   (bold ``td.tt_tomtat``) and as the content's first paragraph. Gold: summary = the lead, the
   body has it once, as its first paragraph.
9. A soft 404 (new kind): "Tin đọc nhiều" still links the deleted article id=12; the page
   answers 200 with the whole chrome and "Tin này không tồn tại hoặc đã bị xóa!" (and a JS
   redirect). Gold: not an article (not in GOLD, not in NON_ARTICLES).
10. Encodings of older pages: articles 71 and 68 (from the old database) are served in
    windows-1258 (tone marks as combining characters; ``<meta … charset=windows-1258>``, no
    charset in the HTTP header); 79's content is FCKeditor entity output (every second
    non-ASCII character as ``&agrave;``/``&#7897;``); 89's text was typed in Unikey's
    "Unicode tổ hợp" (NFD). Gold: NFC text.
11. Captions and credits: a two-row image table with an italic caption cell; a centred
    ``<em>(…)</em>`` line under the picture (parentheses dropped); a picture whose only text is
    ``alt``/``title`` = its file name "DSC_0412.JPG" (caption None: alt/title are not printed
    lines); "Ảnh: Nguyễn Thị Mai" (caption None, photographer); an image path with ``%20``.
    Listing thumbnails ``/upload/thumb/…`` are never article images.
12. Bylines and sources inside the content: "ThS. Trần Thị Hạnh - Tổ trưởng tổ Ngữ văn - GDCD"
    -> "Trần Thị Hạnh"; "Tin, ảnh: Lê Văn Tâm (TPT Đội)" -> author and photographer; units
    signing alone ("Tổ Toán - Tin", "Bộ phận chuyên môn", "Tổ Khoa học tự nhiên") are the author;
    "Người đăng: ndu_admin"/"vanthu_nd" (CMS accounts) are nobody; "Nguồn: Đoàn xã Krông Pắc" and
    "Theo Báo Đắk Lắk" close two texts (sources), while a body sentence "Theo thống kê của nhà
    trường, …" is text.
13. Official notice (95) with letterhead table, "Số: 112/TB-THCSND", "Krông Pắc, ngày 01 tháng
    12 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and "HIỆU TRƯỞNG / (Đã ký) / Nguyễn Văn
    Hùng", posted on 02/12 at 9:05 AM. Gold: published_at "2026-12-01" (the letterhead's day),
    author "Nguyễn Văn Hùng", body = the text between subject and closing.
14. Things inside the content cell that are not text: a "Tập tin đính kèm:" line with a .doc
    link, a YouTube ``<object>/<embed>`` clip, empty ``<p>&nbsp;</p>`` spacers; results and
    schedule tables pasted from Word are text (one paragraph per row, cells joined " | ").
15. FCKeditor "enter mode br" (86): the whole text is one ``<div>`` with ``<br /><br />``
    between paragraphs. Gold: one paragraph per line.

Gold decisions on ambiguous points
----------------------------------
- category: what the breadcrumb prints at the bare URL (the article's own category), never the
  one a listing's ``cat`` parameter forces (trap 2).
- published_at: the info line's "Ngày đăng" (12-hour clock converted); "12:00 AM" -> the day
  alone; the official notice's letterhead day; null for 84, which prints no date of its own.
- summary: only the bold ``td.tt_tomtat`` sapo (71, 90, 97) or a bold lead paragraph (96);
  else null. The listings' snippets are not a sapo.
- The emoji "👉" typed as characters in 92 is text and stays.
- Lines typed by the editor starting with "- " (89) keep their "- ".
- The official notice's attachment line and the letterhead rows are not body.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    cp1258_bytes,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "php_legacy_table_thcs"
PLATFORM = "Home-made PHP 5 site (2011): table layout, include templates, index.php?mod=&act="
START_PATH = "/"

SITE_TITLE = "..:: TRƯỜNG THCS NGUYỄN DU - KRÔNG PẮC - ĐẮK LẮK ::.."
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
#: listing titles: `substr($row["tieude"], 0, 75) . "..."` on UTF-8 bytes
CUT_BYTES = 75

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Đoàn - Đội",
    4: "Thông báo",
}
CAT_OF = {name: num for num, name in CATS.items()}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

IMG = "upload/images/tintuc/2026"


def _right(line: str, tag: str = "b") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


# --- the articles ---------------------------------------------------------------------------

_DOC_HEAD = Raw(
    '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
    '<tr><td width="42%" align="center" valign="top">UBND XÃ KRÔNG PẮC<br />'
    "<strong>TRƯỜNG THCS NGUYỄN DU</strong><br />_______<br />Số: 112/TB-THCSND</td>"
    '<td align="center" valign="top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><br />"
    "<em>Krông Pắc, ngày 01 tháng 12 năm 2026</em></td></tr></table>"
    '<p>&nbsp;</p><p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_DOC_TAIL = Raw(
    '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
    '<td width="50%" valign="top" style="font-size:11px"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Đăng website trường;<br />- Lưu: VT.</td>"
    '<td align="center" valign="top"><strong>HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em>'
    "<br /><br /><strong>Nguyễn Văn Hùng</strong></td></tr></table>"
)


def _attach(fname: str, label: str) -> Raw:
    return Raw(
        f'<p><img src="images/icon_dinhkem.gif" width="16" height="16" border="0" align="absmiddle" /> '
        f'{esc(label)}: <a href="upload/files/{fname}" target="_blank">{esc(fname)}</a></p>'
    )


_YOUTUBE = Raw(
    '<p style="text-align: center;"><object width="425" height="344">'
    '<param name="movie" value="http://www.youtube.com/v/Xq3v9XJ1Z2k&amp;hl=vi&amp;fs=1"></param>'
    '<param name="allowFullScreen" value="true"></param>'
    '<embed src="http://www.youtube.com/v/Xq3v9XJ1Z2k&amp;hl=vi&amp;fs=1" '
    'type="application/x-shockwave-flash" allowfullscreen="true" width="425" height="344"></embed>'
    "</object></p>"
)

_SPACER = Raw("<p>&nbsp;</p>")

STORIES: list[Story] = [
    Story(
        id=97,
        slug="hoi-thi-gvg-cap-truong",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-04T07:30:00+07:00",
        summary=(
            "Từ ngày 23/11 đến ngày 04/12/2026, Trường THCS Nguyễn Du tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường năm học 2026 - 2027 với 18 giáo viên tham gia."
        ),
        sapo_outside=True,
        authors=["Tổ Toán - Tin"],
        blocks=[
            P(
                "Thực hiện Kế hoạch số 45/KH-THCSND ngày 10/10/2026 của Hiệu trưởng nhà trường, hội thi "
                "nhằm tuyển chọn những giáo viên có năng lực chuyên môn vững vàng để tham dự hội thi "
                "giáo viên dạy giỏi cấp tỉnh, đồng thời tạo sân chơi để thầy cô trao đổi kinh nghiệm, "
                "đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy trên lớp (một tiết bốc thăm, một tiết tự "
                "chọn) và trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn trước Ban giám khảo."
            ),
            Img(
                f"{IMG}/12/gvg-2026-anh.jpg",
                "Cô Hồ Thị Ngọc Ánh, giáo viên Toán, trong tiết dạy hội thi tại lớp 8A2",
                "Cô Hồ Thị Ngọc Ánh, giáo viên Toán, trong tiết dạy hội thi tại lớp 8A2",
                style="tbl",
            ),
            P("Lịch thi cụ thể của các tổ chuyên môn như sau:"),
            P("Tổ chuyên môn | Số giáo viên dự thi | Thời gian", style="trh"),
            P("Toán - Tin | 5 | 23/11 - 25/11/2026", style="tr"),
            P("Ngữ văn - GDCD | 4 | 26/11 - 27/11/2026", style="tr"),
            P("Khoa học tự nhiên | 5 | 30/11 - 02/12/2026", style="tr"),
            P("Ngoại ngữ - Nghệ thuật | 4 | 03/12 - 04/12/2026", style="tr"),
            P(
                "Qua hội thi, Ban giám khảo đánh giá nhiều tiết dạy được đầu tư công phu, vận dụng linh "
                "hoạt các kỹ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, trạm học tập; học sinh "
                "được hoạt động nhiều, chủ động chiếm lĩnh kiến thức."
            ),
            Img(
                f"{IMG}/12/gvg-2026-gopy.jpg",
                "(Ban giám khảo góp ý tiết dạy sau hội thi)",
                "Ban giám khảo góp ý tiết dạy sau hội thi",
                style="p",
            ),
            P(
                "Kết quả, có 12 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 6 giáo "
                "viên được chọn bồi dưỡng để tham dự hội thi cấp tỉnh vào tháng 3/2027."
            ),
            _right("Tổ Toán - Tin"),
            _attach("KQ_hoi_thi_GVG_2026-2027.doc", "File đính kèm"),
        ],
        opts={"posted": "2026-12-04 07:30", "poster": "ndu_admin"},
    ),
    Story(
        id=96,
        slug="kiem-tra-chuan-quoc-gia",
        title="Trường THCS Nguyễn Du đón Đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều ngày 02/12/2026, Đoàn kiểm tra của UBND tỉnh Đắk Lắk do ông Trần Quang Vinh, Phó "
            "Giám đốc Sở GD&ĐT làm trưởng đoàn đã về kiểm tra, đánh giá công nhận Trường THCS "
            "Nguyễn Du đạt chuẩn quốc gia mức độ 1."
        ),
        authors=["Phạm Thị Thu Hà"],
        blocks=[
            P(
                "Chiều ngày 02/12/2026, Đoàn kiểm tra của UBND tỉnh Đắk Lắk do ông Trần Quang Vinh, Phó "
                "Giám đốc Sở GD&ĐT làm trưởng đoàn đã về kiểm tra, đánh giá công nhận Trường THCS "
                "Nguyễn Du đạt chuẩn quốc gia mức độ 1.",
                style="b",
            ),
            P(
                "Tiếp và làm việc với đoàn có lãnh đạo UBND xã, Đảng ủy xã cùng tập thể Ban giám hiệu, "
                "đại diện Ban đại diện cha mẹ học sinh nhà trường."
            ),
            P(
                "Tại buổi làm việc, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường đã báo cáo kết quả tự "
                "đánh giá theo 5 tiêu chuẩn: tổ chức và quản lý nhà trường; cán bộ quản lý, giáo viên, "
                "nhân viên và học sinh; cơ sở vật chất và thiết bị dạy học; quan hệ giữa nhà trường, "
                "gia đình và xã hội; hoạt động giáo dục và kết quả giáo dục."
            ),
            Img(
                f"{IMG}/12/kiemtra-chuan-01.jpg",
                "Thầy Nguyễn Văn Hùng, Hiệu trưởng báo cáo kết quả tự đánh giá với Đoàn kiểm tra",
                "Thầy Nguyễn Văn Hùng, Hiệu trưởng báo cáo kết quả tự đánh giá với Đoàn kiểm tra",
                style="tbl",
            ),
            P(
                "Đoàn đã chia thành các nhóm kiểm tra hồ sơ, sổ sách, dự giờ một số tiết dạy, khảo sát "
                "cơ sở vật chất, phòng học bộ môn, thư viện và trao đổi trực tiếp với giáo viên, học sinh."
            ),
            Img(f"{IMG}/12/DSC_0412.JPG", None, None, style="bare"),
            P(
                "Kết luận buổi kiểm tra, trưởng đoàn ghi nhận những nỗ lực của tập thể sư phạm nhà "
                "trường trong nhiều năm qua: tỷ lệ học sinh lên lớp đạt 98,6%, tốt nghiệp THCS đạt "
                "100%; 100% giáo viên đạt chuẩn trình độ đào tạo; khuôn viên xanh - sạch - đẹp, có đủ "
                "phòng học bộ môn theo quy định."
            ),
            P(
                "Đoàn cũng đề nghị nhà trường tiếp tục bổ sung thiết bị dạy học tối thiểu cho khối 9, "
                "hoàn thiện hồ sơ kiểm định chất lượng giáo dục và đẩy mạnh ứng dụng công nghệ thông "
                "tin trong quản lý."
            ),
            _SPACER,
            _right("Phạm Thị Thu Hà", "strong"),
        ],
        opts={
            "posted": "2026-12-03 14:30",
            "updated": "05/12/2026 - 8:12 AM",
            "poster": "ndu_admin",
            "marquee": True,
            "comments": [
                (
                    "Nguyễn Văn Bình",
                    "04/12/2026 20:15",
                    "Chúc mừng thầy cô và các em học sinh trường Nguyễn Du! Mong trường sớm được "
                    "công nhận đạt chuẩn.",
                ),
                (
                    "Cựu học sinh khóa 2008 - 2012",
                    "05/12/2026 06:42",
                    "Nhớ trường quá, ngày xưa trường còn là dãy nhà cấp bốn, giờ khang trang quá. "
                    "Chúc thầy Hùng và các thầy cô luôn mạnh khỏe.",
                ),
            ],
        },
    ),
    Story(
        id=95,
        slug="thong-bao-kiem-tra-hki",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-12-01",
        authors=["Nguyễn Văn Hùng"],
        blocks=[
            _DOC_HEAD,
            P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027;"),
            P(
                "Căn cứ Công văn số 1520/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo tỉnh "
                "Đắk Lắk về việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027,"
            ),
            P("Trường THCS Nguyễn Du thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P(
                "1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026 (theo lịch chi tiết kèm theo)."
            ),
            P(
                "2. Các môn kiểm tra tập trung: Ngữ văn, Toán, Tiếng Anh (thời gian 90 phút); Khoa học "
                "tự nhiên, Lịch sử và Địa lí (thời gian 60 phút). Các môn còn lại kiểm tra theo lịch "
                "của tổ chuyên môn."
            ),
            P(
                "3. Học sinh có mặt tại phòng kiểm tra trước giờ kiểm tra 15 phút, mang theo thẻ học "
                "sinh và đồ dùng học tập cần thiết; không mang điện thoại, tài liệu vào phòng kiểm tra."
            ),
            P(
                "4. Giáo viên chủ nhiệm phổ biến thông báo này đến học sinh và cha mẹ học sinh của lớp "
                "mình phụ trách."
            ),
            P("Nhà trường đề nghị các bộ phận, giáo viên và học sinh nghiêm túc thực hiện./."),
            _DOC_TAIL,
            _attach("Lich_KT_HKI_2026-2027.doc", "Tập tin đính kèm"),
        ],
        opts={"posted": "2026-12-02 09:05", "poster": "vanthu_nd"},
    ),
    Story(
        id=93,
        slug="hoi-thi-chi-huy-doi-gioi",
        title="Liên đội tổ chức Hội thi “Chỉ huy Đội giỏi” năm học 2026 - 2027",
        cat="Đoàn - Đội",
        published_at="2026-11-28T15:15:00+07:00",
        authors=["Lê Văn Tâm"],
        photographers=["Lê Văn Tâm"],
        blocks=[
            P(
                "Nhằm nâng cao kỹ năng chỉ huy, điều hành hoạt động của đội ngũ cán bộ Đội, sáng ngày "
                "28/11/2026, Liên đội Trường THCS Nguyễn Du tổ chức Hội thi “Chỉ huy Đội giỏi” năm học "
                "2026 - 2027."
            ),
            P(
                "Tham gia hội thi có 24 chỉ huy chi đội đến từ các khối 6, 7, 8, 9. Các thí sinh trải "
                "qua ba phần thi: kiến thức về Đội Thiếu niên Tiền phong Hồ Chí Minh, nghi thức Đội và "
                "kỹ năng chỉ huy sinh hoạt chi đội."
            ),
            Img(
                f"{IMG}/11/hoi%20thi%20chi%20huy%20doi%2001.jpg",
                "(Phần thi nghi thức của chỉ huy chi đội 7A1)",
                "Phần thi nghi thức của chỉ huy chi đội 7A1",
                style="p",
            ),
            P(
                "Ở phần thi nghi thức, các em thể hiện tác phong nhanh nhẹn, động tác chuẩn xác, hô "
                "khẩu lệnh dõng dạc; phần thi kỹ năng có nhiều tiết mục sinh hoạt tập thể, trò chơi dân "
                "gian được dàn dựng công phu, sáng tạo."
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức trao giải Nhất cho em H’ Linh Byă (chỉ huy chi đội 9A3), "
                "giải Nhì cho em Trần Bảo Ngọc (8A1) và em Nguyễn Đức Thịnh (6A2), cùng 3 giải Ba và 5 "
                "giải Khuyến khích."
            ),
            Img(
                f"{IMG}/11/hoi%20thi%20chi%20huy%20doi%2002.jpg",
                "(Ban tổ chức trao giải cho các thí sinh đạt giải)",
                "Ban tổ chức trao giải cho các thí sinh đạt giải",
                style="p",
            ),
            P(
                "Hội thi là dịp để các em rèn luyện sự tự tin, bản lĩnh, đồng thời giúp Liên đội lựa "
                "chọn những chỉ huy xuất sắc tham gia hội thi do Hội đồng Đội xã tổ chức sắp tới."
            ),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Lê Văn Tâm (TPT Đội)</em></strong></p>'),
        ],
        opts={"posted": "2026-11-28 15:15", "poster": "ndu_admin", "also_in": [1]},
    ),
    Story(
        id=92,
        slug="nghi-hoc-do-mua-lon",
        title="Thông báo cho học sinh nghỉ học do ảnh hưởng của mưa lớn kéo dài",
        cat="Thông báo",
        published_at="2026-11-24T16:20:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của hoàn lưu bão kết hợp không khí lạnh, trên địa bàn xã đang có mưa lớn "
                "kéo dài, nhiều tuyến đường vào các buôn bị ngập, sạt lở, gây nguy hiểm cho học sinh khi "
                "đến trường."
            ),
            P(
                "Thực hiện chỉ đạo của UBND xã về việc chủ động ứng phó với mưa lũ, Trường THCS Nguyễn "
                "Du thông báo cho toàn thể học sinh nghỉ học 02 ngày: thứ Tư (25/11/2026) và thứ Năm "
                "(26/11/2026). Học sinh đi học trở lại vào thứ Sáu, ngày 27/11/2026."
            ),
            P(
                "👉 Trong thời gian nghỉ học, các em tuyệt đối không đi tắm sông, suối, ao hồ; không đi "
                "qua các đoạn đường ngập nước, cầu tràn."
            ),
            P(
                "👉 Giáo viên chủ nhiệm thông báo qua nhóm Zalo lớp đến cha mẹ học sinh, nắm tình hình "
                "học sinh và báo cáo về nhà trường trước 17 giờ hằng ngày."
            ),
            P(
                "Mọi thông tin cần trao đổi, đề nghị liên hệ thầy Võ Minh Đức, Phó Hiệu trưởng, điện "
                "thoại 0914 235 617."
            ),
        ],
        opts={"posted": "2026-11-24 16:20", "poster": "vanthu_nd"},
    ),
    Story(
        id=90,
        slug="ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T10:45:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam, ôn lại truyền thống vẻ vang của ngành Giáo dục và tri ân các thế hệ thầy "
            "cô giáo."
        ),
        sapo_outside=True,
        authors=["Thu Hà"],
        photographers=["Nguyễn Thị Mai"],
        blocks=[
            P(
                "Tham dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã, Ban đại diện cha mẹ học sinh, "
                "các thầy cô giáo nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 900 học "
                "sinh nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường điểm lại những "
                "thành tích nổi bật trong năm học 2025 - 2026: nhà trường có 27 học sinh giỏi cấp "
                "huyện, 6 học sinh giỏi cấp tỉnh; tập thể nhà trường được UBND tỉnh tặng Bằng khen vì "
                "có thành tích xuất sắc trong phong trào thi đua."
            ),
            Img(
                f"{IMG}/11/le-20-11-vannghe.jpg",
                "Các tiết mục văn nghệ chào mừng do học sinh biểu diễn",
                "Các tiết mục văn nghệ chào mừng do học sinh biểu diễn",
                style="tbl",
            ),
            P(
                "Nhân dịp này, Ban đại diện cha mẹ học sinh đã tặng hoa, quà chúc mừng các thầy cô; "
                "nhà trường khen thưởng 15 giáo viên có nhiều đóng góp trong phong trào “Dạy tốt - Học "
                "tốt” đợt thi đua chào mừng ngày 20/11."
            ),
            Img(f"{IMG}/11/le-20-11-tanghoa.jpg", "Ảnh: Nguyễn Thị Mai", None, style="credit"),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, thân tình với những lời chúc tốt đẹp dành cho "
                "các thầy cô giáo."
            ),
            _YOUTUBE,
            _right("Thu Hà"),
        ],
        opts={
            "posted": "2026-11-20 10:45",
            "updated": "21/11/2026 - 3:02 PM",
            "poster": "ndu_admin",
            "sapo_repeat": True,
            "marquee": True,
        },
    ),
    Story(
        id=89,
        slug="chuyen-de-ngu-van-8",
        title="Chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo định hướng phát triển năng lực” môn Ngữ văn 8",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-18T13:50:00+07:00",
        authors=["Trần Thị Hạnh"],
        blocks=[
            P(
                "Ngày 17/11/2026, tổ Ngữ văn - GDCD Trường THCS Nguyễn Du tổ chức chuyên đề “Dạy học "
                "đọc hiểu văn bản nghị luận theo định hướng phát triển năng lực” môn Ngữ văn 8, với sự "
                "tham gia của giáo viên Ngữ văn các trường THCS trong cụm chuyên môn số 2."
            ),
            P(
                "Tiết dạy minh họa do cô Lê Thị Mỹ Duyên thực hiện tại lớp 8A3 với văn bản “Hịch tướng "
                "sĩ” của Trần Quốc Tuấn. Tiết học được thiết kế theo chuỗi hoạt động: khởi động, khám "
                "phá văn bản, luyện tập và vận dụng."
            ),
            Img(
                f"{IMG}/11/chuyende-nguvan8.jpg",
                "Cô Lê Thị Mỹ Duyên hướng dẫn học sinh lớp 8A3 thảo luận nhóm",
                "Cô Lê Thị Mỹ Duyên hướng dẫn học sinh lớp 8A3 thảo luận nhóm",
                style="tbl",
            ),
            P(
                "Điểm nổi bật của tiết dạy là giáo viên sử dụng phiếu học tập để học sinh tự tìm luận "
                "điểm, lí lẽ, bằng chứng; học sinh trình bày sản phẩm bằng sơ đồ tư duy và tranh luận "
                "sôi nổi về lòng yêu nước của vị chủ tướng."
            ),
            P("Trong phần thảo luận, các thầy cô thống nhất một số lưu ý khi dạy văn bản nghị luận:"),
            P("- Giúp học sinh nhận diện rõ mối quan hệ giữa luận đề, luận điểm, lí lẽ và bằng chứng;"),
            P("- Tăng cường hoạt động đọc diễn cảm, phân tích tác dụng của các biện pháp tu từ;"),
            P(
                "- Liên hệ, vận dụng vào việc viết đoạn văn nghị luận ngắn về các vấn đề gần gũi với "
                "đời sống học sinh."
            ),
            P(
                "Chuyên đề đã giúp giáo viên trong cụm có thêm kinh nghiệm thực tiễn để vận dụng vào bài "
                "dạy, góp ý xây dựng kế hoạch dạy học phù hợp với đối tượng học sinh vùng nông thôn, "
                "dân tộc thiểu số."
            ),
            _right("ThS. Trần Thị Hạnh - Tổ trưởng tổ Ngữ văn - GDCD", "em"),
        ],
        opts={"posted": "2026-11-18 13:50", "poster": "ndu_admin", "enc": "nfd", "marquee": True},
    ),
    Story(
        id=86,
        slug="chu-nhat-xanh",
        title="Tuổi trẻ Nguyễn Du ra quân “Ngày Chủ nhật xanh” lần thứ IV",
        cat="Đoàn - Đội",
        published_at="2026-11-08T09:20:00+07:00",
        source="Đoàn xã Krông Pắc",
        blocks=[
            P(
                "Hưởng ứng “Ngày Chủ nhật xanh” lần thứ IV năm 2026 do Ban Thường vụ Tỉnh đoàn Đắk Lắk "
                "phát động, sáng ngày 08/11/2026, Chi đoàn giáo viên và Liên đội Trường THCS Nguyễn Du "
                "đã ra quân dọn dẹp vệ sinh môi trường, trồng cây xanh trong khuôn viên trường và tuyến "
                "đường liên thôn."
            ),
            P(
                "Hơn 150 đoàn viên, đội viên đã tham gia phát quang bụi rậm, thu gom rác thải, khơi "
                "thông cống rãnh dọc tuyến đường dài khoảng 2 km; trồng mới 40 cây bóng mát và chăm "
                "sóc bồn hoa trước các dãy phòng học."
            ),
            P(
                "Thông qua hoạt động, tuổi trẻ nhà trường góp phần nâng cao ý thức bảo vệ môi trường, "
                "xây dựng cảnh quan trường học xanh - sạch - đẹp - an toàn."
            ),
            Img(
                f"{IMG}/11/chunhatxanh-trongcay.jpg",
                "(Đoàn viên, đội viên trồng cây xanh trong khuôn viên trường)",
                "Đoàn viên, đội viên trồng cây xanh trong khuôn viên trường",
                style="p",
            ),
            P(
                "Dịp này, Chi đoàn giáo viên cũng phát động phong trào “Mỗi lớp một chậu cây xanh”, "
                "giao các chi đội chăm sóc bồn hoa, cây cảnh theo khu vực được phân công."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Đoàn xã Krông Pắc</em></p>'),
        ],
        opts={"posted": "2026-11-08 09:20", "poster": "ndu_admin", "br": True},
    ),
    Story(
        id=84,
        slug="hoc-bong-tiep-suc",
        title="Trao học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="Tin tức - Sự kiện",
        published_at=None,
        blocks=[
            P(
                "Chiều thứ Năm vừa qua, Trường THCS Nguyễn Du phối hợp với Hội Khuyến học xã và Công ty "
                "TNHH Cà phê Ea Kênh tổ chức trao 20 suất học bổng “Tiếp sức đến trường” cho học sinh "
                "có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng trị giá 1.000.000 đồng cùng bộ sách giáo khoa, 10 quyển vở và áo ấm. "
                "Đây là năm thứ ba liên tiếp chương trình được tổ chức tại trường, với tổng kinh phí "
                "hơn 60 triệu đồng."
            ),
            Img(
                f"{IMG}/11/hocbong-tiepsuc.jpg",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                "Đại diện nhà tài trợ trao học bổng cho học sinh",
                style="tbl",
            ),
            P(
                "Các em nhận học bổng đều là học sinh thuộc hộ nghèo, cận nghèo, học sinh mồ côi, trong "
                "đó có 14 em là người dân tộc Ê Đê, Mnông, Tày, Nùng."
            ),
            P(
                "Phát biểu tại buổi trao học bổng, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường bày tỏ "
                "sự cảm ơn đối với các nhà hảo tâm và mong muốn các em tiếp tục cố gắng, chăm ngoan, "
                "học giỏi để không phụ lòng gia đình, thầy cô."
            ),
            P(
                "Em H’ Nhung Êban, học sinh lớp 9A2, xúc động chia sẻ: “Em cảm ơn các cô chú đã quan "
                "tâm, giúp đỡ. Em sẽ cố gắng học thật tốt để thi đỗ vào lớp 10”."
            ),
        ],
        opts={
            "posted": None,
            "poster": "ndu_admin",
            "comments": [
                (
                    "Phụ huynh lớp 9A2",
                    "07/11/2026 19:03",
                    "Cảm ơn nhà trường và các nhà hảo tâm đã quan tâm đến các cháu. Gia đình chúng tôi "
                    "rất biết ơn.",
                ),
                (
                    "Trần Thị Lan",
                    "09/11/2026 08:27",
                    "Chương trình rất ý nghĩa, mong năm sau được mở rộng thêm nhiều suất hơn nữa.",
                ),
            ],
        },
    ),
    Story(
        id=79,
        slug="ket-qua-hsg-lop-9",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp trường lớp 9 năm học 2026 - 2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-30T16:05:00+07:00",
        authors=["Bộ phận chuyên môn"],
        blocks=[
            P(
                "Trong hai ngày 24 và 25/10/2026, Trường THCS Nguyễn Du tổ chức kỳ thi chọn học sinh "
                "giỏi cấp trường lớp 9 năm học 2026 - 2027 ở 8 môn: Toán, Ngữ văn, Tiếng Anh, Vật lí, "
                "Hóa học, Sinh học, Lịch sử, Địa lí."
            ),
            P(
                "Kỳ thi có 96 học sinh dự thi, được tổ chức nghiêm túc, đúng quy chế. Kết quả có 41 học "
                "sinh đạt giải, gồm 6 giải Nhất, 9 giải Nhì, 12 giải Ba và 14 giải Khuyến khích."
            ),
            P("Danh sách học sinh đạt giải Nhất:"),
            P("TT | Họ và tên | Lớp | Môn thi | Điểm", style="trh"),
            P("1 | Nguyễn Minh Khoa | 9A1 | Toán | 18,5", style="tr"),
            P("2 | Phan Thị Thanh Trúc | 9A2 | Ngữ văn | 17,0", style="tr"),
            P("3 | Đỗ Gia Huy | 9A1 | Tiếng Anh | 18,25", style="tr"),
            P("4 | H’ Yên Niê | 9A3 | Lịch sử | 16,5", style="tr"),
            P("5 | Lê Quang Vinh | 9A1 | Vật lí | 17,75", style="tr"),
            P("6 | Trần Ngọc Hân | 9A2 | Sinh học | 16,75", style="tr"),
            P(
                "Nhà trường sẽ tổ chức bồi dưỡng cho đội tuyển học sinh giỏi từ tháng 11/2026 để chuẩn "
                "bị tham dự kỳ thi chọn học sinh giỏi cấp tỉnh."
            ),
            _right("Bộ phận chuyên môn"),
        ],
        opts={"posted": "2026-10-30 16:05", "poster": "ndu_admin", "enc": "entities"},
    ),
    Story(
        id=71,
        slug="hoi-nghi-cbccvc",
        title="Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-16T08:00:00+07:00",
        summary=(
            "Ngày 15/10/2026, Trường THCS Nguyễn Du tổ chức Hội nghị cán bộ, công chức, viên chức năm "
            "học 2026 - 2027 nhằm đánh giá kết quả năm học vừa qua và bàn giải pháp thực hiện nhiệm vụ "
            "năm học mới."
        ),
        sapo_outside=True,
        authors=["Phạm Thị Thu Hà"],
        blocks=[
            P(
                "Dự hội nghị có đồng chí Phó Chủ tịch UBND xã cùng đại diện Công đoàn ngành giáo dục. Về "
                "phía nhà trường có 58 cán bộ, giáo viên, nhân viên tham dự."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
                "2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân "
                "và thảo luận, đóng góp ý kiến vào dự thảo Quy chế chi tiêu nội bộ."
            ),
            Img(f"{IMG}/10/hoinghi-cbccvc.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", style="tbl"),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành; các cá nhân ký "
                "cam kết thi đua thực hiện tốt nhiệm vụ năm học."
            ),
            P("Cũng tại hội nghị, Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí đã được bầu ra."),
            _right("Phạm Thị Thu Hà"),
        ],
        opts={"posted": "2026-10-16 08:00", "poster": "ndu_admin", "enc": "cp1258"},
    ),
    Story(
        id=68,
        slug="sinh-hoat-nghien-cuu-bai-hoc",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường số 2",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-12",
        authors=["Tổ Khoa học tự nhiên"],
        blocks=[
            P(
                "Sáng 10/10/2026, Trường THCS Nguyễn Du đăng cai buổi sinh hoạt chuyên môn theo nghiên "
                "cứu bài học môn Khoa học tự nhiên cụm trường số 2, với sự tham gia của 32 giáo viên đến "
                "từ 5 trường THCS trong cụm."
            ),
            P(
                "Tiết dạy minh họa bài “Tốc độ chuyển động” (Khoa học tự nhiên 7) do thầy Y Sơn Mlô thực "
                "hiện tại lớp 7A2."
            ),
            P(
                "Sau tiết dạy, các thầy cô tập trung phân tích hoạt động học của học sinh: học sinh học "
                "được gì, chưa học được gì, nguyên nhân vì sao, từ đó đề xuất điều chỉnh cách tổ chức "
                "hoạt động cho phù hợp."
            ),
            Img(
                f"{IMG}/10/nghiencuubaihoc-khtn.jpg",
                "(Giáo viên trong cụm dự giờ, quan sát học sinh học tập)",
                "Giáo viên trong cụm dự giờ, quan sát học sinh học tập",
                style="p",
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên thay đổi cách dự giờ, rút kinh nghiệm: không đánh giá, "
                "xếp loại tiết dạy mà tập trung vào việc học của học sinh, qua đó nâng cao năng lực "
                "chuyên môn của đội ngũ."
            ),
            _right("Tổ Khoa học tự nhiên"),
        ],
        opts={"posted": "2026-10-12 00:00", "poster": "ndu_admin", "enc": "cp1258"},
    ),
    Story(
        id=66,
        slug="phong-chong-duoi-nuoc",
        title="Tuyên truyền phòng, chống đuối nước cho học sinh mùa mưa lũ",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-08T15:40:00+07:00",
        authors=["Hoàng Linh"],
        source="Báo Đắk Lắk",
        blocks=[
            P(
                "Trước diễn biến phức tạp của thời tiết mùa mưa lũ, Trường THCS Nguyễn Du phối hợp với "
                "Công an xã và Trung tâm Văn hóa - Thể thao xã tổ chức buổi tuyên truyền, hướng dẫn kỹ "
                "năng phòng, chống đuối nước cho hơn 900 học sinh."
            ),
            P(
                "Tại buổi tuyên truyền, báo cáo viên đã thông tin về tình hình tai nạn đuối nước ở trẻ "
                "em trên địa bàn tỉnh thời gian qua, phân tích nguyên nhân và hướng dẫn các em cách nhận "
                "biết những khu vực nguy hiểm như ao hồ, hố sâu, đập tràn, sông suối."
            ),
            P(
                "Học sinh còn được thực hành kỹ năng tự cứu khi bị rơi xuống nước, cách sử dụng áo "
                "phao, phao cứu sinh và sơ cứu ban đầu cho người bị đuối nước."
            ),
            Img(
                f"{IMG}/10/duoinuoc-socuu.jpg",
                "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
                "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
                style="tbl",
            ),
            P(
                "Theo thống kê của nhà trường, hiện có khoảng 70% học sinh chưa biết bơi. Nhà trường đang "
                "phối hợp với Đoàn thanh niên xã mở các lớp dạy bơi miễn phí cho học sinh vào dịp hè "
                "năm 2027."
            ),
            _right("Hoàng Linh"),
            Raw('<p style="text-align: right;"><em>(Theo Báo Đắk Lắk)</em></p>'),
        ],
        opts={"posted": "2026-10-08 15:40", "poster": "ndu_admin"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
DELETED_ID = 12
DELETED_TITLE = "Hội khỏe Phù Đổng cấp trường năm học 2025 - 2026 thành công tốt đẹp"


def listing(cat: int) -> list[Story]:
    """Stories shown in category ``cat``'s listing, newest first (cross-posts included)."""
    items = [s for s in STORIES if CAT_OF[s.cat] == cat or cat in s.opts.get("also_in", [])]
    return sorted(items, key=lambda s: -s.id)


def page_count(cat: int) -> int:
    return max(1, -(-len(listing(cat)) // PER_PAGE))


def page_of(story: Story, cat: int) -> int:
    return listing(cat).index(story) // PER_PAGE + 1


# --- URLs -----------------------------------------------------------------------------------


def art_url(sid: int, cat: int | None = None, page: int | None = None) -> str:
    url = f"index.php?mod=tintuc&act=chitiet&id={sid}"
    if cat is not None:
        url += f"&cat={cat}&page={page}"
    return url


def list_url(cat: int, page: int = 1) -> str:
    url = f"index.php?mod=tintuc&act=danhsach&cat={cat}"
    return url + (f"&page={page}" if page > 1 else "")


def a(url: str) -> str:
    """An href value as the templates print it (``&amp;``)."""
    return esc(url)


# --- dates ----------------------------------------------------------------------------------


def _posted(story: Story) -> _dt.datetime | None:
    value = story.opts.get("posted")
    return _dt.datetime.strptime(value, "%Y-%m-%d %H:%M") if value else None


def _clock12(when: _dt.datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


def date_line(story: Story) -> str | None:
    """What the info line prints after "Ngày đăng:", None when the date field is empty."""
    when = _posted(story)
    if when is None:
        return None
    return f"{_WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y} - {_clock12(when)}"


def short_date(story: Story) -> str:
    when = _posted(story)
    return f"({when:%d/%m/%Y})" if when else ""


# --- PHP 5 substr on UTF-8 ------------------------------------------------------------------

_CUT = re.compile("\x00CUT(\\d+)\x00")


def cut_title(story: Story) -> str:
    """A placeholder replaced by the byte-cut title when the page is encoded."""
    return f"\x00CUT{story.id}\x00"


def _encode_utf8(page: str) -> bytes:
    """UTF-8 bytes of a page, with each title placeholder cut like ``substr($t, 0, 75)``."""
    out = b""
    pos = 0
    for m in _CUT.finditer(page):
        out += page[pos : m.start()].encode("utf-8")
        title = BY_ID[int(m.group(1))].title.encode("utf-8")
        out += title[:CUT_BYTES] + b"..." if len(title) > CUT_BYTES else title
        pos = m.end()
    return out + page[pos:].encode("utf-8")


def snippet(story: Story, words: int = 28) -> str:
    first = story.paragraphs[0] if story.paragraphs else ""
    parts = first.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


# --- chrome (header.php, menu.php, cot_trai.php, cot_phai.php, footer.php) -----------------


def _head(request: Request, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(SITE_TITLE)}</title>
<base href="{base_url(request)}/">
<meta name="keywords" content="THCS Nguyễn Du, Krông Pắc, Đắk Lắk, trường học, giáo dục">
<meta name="description" content="Website Trường THCS Nguyễn Du - huyện Krông Pắc - tỉnh Đắk Lắk">
<link href="css/style.css" rel="stylesheet" type="text/css">
<link rel="shortcut icon" href="images/favicon.ico">
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="js/menu_xo.js"></script>
<script type="text/javascript" src="js/swfobject.js"></script>
</head>
<body bgcolor="#E6EEDA" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF" id="khung_chinh">
<tr><td height="150" background="images/banner_bg.jpg">
<div id="flash_banner"><a href="index.php"><img src="images/banner_nguyendu.jpg" width="980" height="150" border="0" alt="Trường THCS Nguyễn Du"></a></div>
<script type="text/javascript">swfobject.embedSWF("flash/banner.swf", "flash_banner", "980", "150", "8.0.0");</script>
</td></tr>
<tr><td>{_menu()}</td></tr>
<tr><td height="24" bgcolor="#F3F7EC" style="border-bottom:1px solid #B5CC8E">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="190" class="ngayht" style="padding-left:8px;font-size:11px;color:#335500"><b>{TODAY_LINE}</b></td>
<td><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" style="font-size:11px">
<b style="color:#CC0000">Tin nổi bật:</b> {_marquee()}</marquee></td>
<td width="210" align="right" style="padding-right:6px">
<form name="frmTimKiem" method="get" action="index.php" style="margin:0">
<input type="hidden" name="mod" value="timkiem">
<input type="text" name="tukhoa" size="18" value="" style="font-size:11px;border:1px solid #9AB86B">
<input type="submit" value="Tìm" style="font-size:11px">
</form></td></tr></table>
</td></tr>
"""


def _menu() -> str:
    c = {n: a(list_url(n)) for n in CATS}
    return f"""<ul id="menu_ngang" class="mn_xo">
<li><a href="index.php" class="mn1">TRANG CHỦ</a></li>
<li><a href="trang/gioithieu.html" class="mn1">GIỚI THIỆU</a>
<ul class="cap2">
<li><a href="trang/gioithieu.html">Giới thiệu chung</a></li>
<li><a href="trang/lichsu.html">Lịch sử nhà trường</a></li>
<li><a href="trang/doingu.html">Đội ngũ CB - GV - NV</a></li>
</ul></li>
<li><a href="{c[1]}" class="mn1">TIN TỨC</a>
<ul class="cap2">
<li><a href="{c[1]}">Tin tức - Sự kiện</a></li>
<li><a href="{c[4]}">Thông báo</a></li>
</ul></li>
<li><a href="{c[2]}" class="mn1">CHUYÊN MÔN</a></li>
<li><a href="{c[3]}" class="mn1">ĐOÀN - ĐỘI</a></li>
<li><a href="index.php?mod=vanban&amp;act=danhsach" class="mn1">VĂN BẢN</a></li>
<li><a href="index.php?mod=album&amp;act=xem&amp;id=3" class="mn1">THƯ VIỆN ẢNH</a>
<ul class="cap2">
<li><a href="index.php?mod=album&amp;act=xem&amp;id=3">Album ảnh</a></li>
<li><a href="index.php?mod=video&amp;act=xem&amp;id=2">Video clip</a></li>
</ul></li>
<li><a href="trang/lienhe.html" class="mn1">LIÊN HỆ</a></li>
</ul>"""


def _marquee() -> str:
    items = [s for s in STORIES if s.opts.get("marquee")]
    return " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(
        f'<a href="index.php?mod=TinTuc&amp;act=ChiTiet&amp;id={s.id}" style="color:#003399">{esc(s.title)}</a>'
        for s in items
    )


def _left_col() -> str:
    cats = "\n".join(
        f'<tr><td class="dm_item"><img src="images/muiten.gif" width="7" height="7"> '
        f'<a href="{a(list_url(n))}">{esc(name)}</a></td></tr>'
        for n, name in CATS.items()
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi_trai">
<tr><td class="tieude_khoi" background="images/tieude_khoi.gif" height="28">&nbsp;DANH MỤC</td></tr>
{cats}
<tr><td class="dm_item"><img src="images/muiten.gif" width="7" height="7"> <a href="index.php?mod=vanban&amp;act=danhsach">Văn bản - Công văn</a></td></tr>
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi_trai">
<tr><td class="tieude_khoi" background="images/tieude_khoi.gif" height="28">&nbsp;HỖ TRỢ TRỰC TUYẾN</td></tr>
<tr><td align="center" style="padding:6px;font-size:11px">
<a href="ymsgr:sendIM?thcsnguyendu_kp"><img src="http://opi.yahoo.com/online?u=thcsnguyendu_kp&amp;m=g&amp;t=2" border="0"></a><br>Văn phòng trường<br>
<a href="ymsgr:sendIM?ndu_tinhoc"><img src="http://opi.yahoo.com/online?u=ndu_tinhoc&amp;m=g&amp;t=2" border="0"></a><br>Quản trị website
</td></tr></table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi_trai">
<tr><td class="tieude_khoi" background="images/tieude_khoi.gif" height="28">&nbsp;LIÊN KẾT WEBSITE</td></tr>
<tr><td align="center" style="padding:6px">
<select name="lienket" style="width:170px;font-size:11px" onchange="if(this.value!='')window.open(this.value)">
<option value="">--- Chọn liên kết ---</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="http://truonghocketnoi.edu.vn">Trường học kết nối</option>
<option value="http://violympic.vn">Violympic</option>
</select></td></tr></table>
<br>
<a href="http://www.moet.gov.vn" target="_blank"><img src="images/qc_bogd.gif" width="190" height="60" border="0"></a><br>
<a href="http://daklak.edu.vn" target="_blank"><img src="images/qc_sogd.gif" width="190" height="60" border="0"></a>"""


def _right_col() -> str:
    docnhieu = [BY_ID[90], BY_ID[79], BY_ID[89], BY_ID[86]]
    rows = "\n".join(
        f'<tr><td class="dn_item"><img src="images/bullet_do.gif"> '
        f'<a href="{a(art_url(s.id))}">{esc(s.title)}</a></td></tr>'
        for s in docnhieu
    )
    rows += (
        f'\n<tr><td class="dn_item"><img src="images/bullet_do.gif"> '
        f'<a href="{a(art_url(DELETED_ID))}">{esc(DELETED_TITLE)}</a></td></tr>'
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi_phai">
<tr><td class="tieude_khoi" background="images/tieude_khoi.gif" height="28">&nbsp;TIN ĐỌC NHIỀU</td></tr>
{rows}
</table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi_phai">
<tr><td class="tieude_khoi" background="images/tieude_khoi.gif" height="28">&nbsp;THĂM DÒ Ý KIẾN</td></tr>
<tr><td style="padding:5px;font-size:11px">
<form name="frmBinhChon" method="post" action="index.php?mod=binhchon&amp;act=gui&amp;id=1" style="margin:0">
<b>Bạn quan tâm nhất đến nội dung nào trên website?</b><br>
<input type="radio" name="phuongan" value="1"> Tin tức - Sự kiện<br>
<input type="radio" name="phuongan" value="2"> Hoạt động chuyên môn<br>
<input type="radio" name="phuongan" value="3"> Văn bản - Thông báo<br>
<input type="radio" name="phuongan" value="4"> Thư viện ảnh<br>
<input type="submit" value="Bình chọn" style="font-size:11px">
<a href="index.php?mod=binhchon&amp;act=ketqua&amp;id=1">[Xem kết quả]</a>
</form></td></tr></table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khoi_phai">
<tr><td class="tieude_khoi" background="images/tieude_khoi.gif" height="28">&nbsp;THỐNG KÊ TRUY CẬP</td></tr>
<tr><td style="padding:6px;font-size:11px">
<img src="images/icon_online.gif"> Đang online: <b>14</b><br>
<img src="images/icon_homnay.gif"> Hôm nay: <b>236</b><br>
<img src="images/icon_tong.gif"> Tổng truy cập: <b>1.284.517</b>
</td></tr></table>"""


def _foot() -> str:
    return """<tr><td height="4" bgcolor="#6B8E23"></td></tr>
<tr><td bgcolor="#EEF3E2" align="center" style="padding:8px;font-size:11px;color:#333;line-height:18px">
<b>TRƯỜNG THCS NGUYỄN DU - HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK</b><br>
Địa chỉ: Thôn 3, xã Ea Kênh, huyện Krông Pắc, tỉnh Đắk Lắk - Điện thoại: (0262) 3521 468<br>
Email: <a href="mailto:thcsnguyendu.kp@gmail.com">thcsnguyendu.kp@gmail.com</a><br>
Bản quyền &copy; 2011 Trường THCS Nguyễn Du. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br>
<span style="color:#888">Thiết kế: Tổ Tin học - Trường THCS Nguyễn Du</span>
</td></tr>
</table>
</body>
</html>"""


def _layout(request: Request, center: str, charset: str = "utf-8") -> str:
    return (
        _head(request, charset)
        + '<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>\n'
        + f'<td width="195" valign="top" bgcolor="#F7FAF1" style="padding:5px">{_left_col()}</td>\n'
        + f'<td valign="top" style="padding:6px 8px">{center}</td>\n'
        + f'<td width="200" valign="top" bgcolor="#F7FAF1" style="padding:5px">{_right_col()}</td>\n'
        + "</tr></table></td></tr>\n"
        + _foot()
    )


def _page(request: Request, center: str, charset: str = "utf-8") -> Response:
    page = _layout(request, center, charset)
    if charset == "windows-1258":
        return html(cp1258_bytes(page), charset=None)
    return html(_encode_utf8(page))


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #B5CC8E">'
        f'<tr><td class="tieude_giua" bgcolor="#6B8E23" height="26" style="color:#FFF;font-weight:bold;padding-left:8px">'
        f"{title}</td></tr><tr><td style=\"padding:6px\">{inner}</td></tr></table>"
    )


def _crumb(*parts: tuple[str, str | None]) -> str:
    links = ['<a href="index.php">Trang chủ</a>']
    for label, url in parts:
        links.append(f'<a href="{a(url)}">{esc(label)}</a>' if url else esc(label))
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        '<td class="dd_link" height="24" style="font-size:11px;border-bottom:1px dotted #999">'
        '<img src="images/home_icon.gif" align="absmiddle"> '
        + " &raquo; ".join(links)
        + "</td></tr></table>"
    )


# --- the article page (mod=tintuc&act=chitiet) ----------------------------------------------


def _img(img: Img, t) -> str:
    src = esc(img.src)
    if img.style == "tbl":
        return (
            '<table width="460" border="0" align="center" cellpadding="3" cellspacing="0"><tr>'
            f'<td align="center"><img src="{src}" width="450" height="300" border="0" alt="" /></td></tr>'
            f'<tr><td align="center" style="font-size:11px;color:#555555"><em>{t(img.printed)}</em></td></tr></table>'
        )
    if img.style == "bare":
        name = img.src.rsplit("/", 1)[-1]
        return (
            f'<p align="center"><img src="{src}" alt="{esc(name)}" title="{esc(name)}" '
            'width="450" height="300" border="0" /></p>'
        )
    line_align = "right" if img.style == "credit" else "center"
    return (
        f'<p style="text-align: center;"><img src="{src}" alt="" width="450" height="300" border="0" /></p>\n'
        f'<p style="text-align: {line_align};"><em>{t(img.printed)}</em></p>'
    )


def _table(rows: list[P], t) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse;font-size:12px">']
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "trh":
            out.append("<tr>" + "".join(f'<td align="center" bgcolor="#EEEEEE"><strong>{t(c)}</strong></td>' for c in cells) + "</tr>")
        else:
            out.append("<tr>" + "".join(f'<td valign="top">{t(c)}</td>' for c in cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def content_html(story: Story) -> str:
    """The FCKeditor field as stored: what sits inside ``td#noidungchitiet``."""
    enc = story.opts.get("enc")

    def t(value: str) -> str:
        return text(value, nfd=enc == "nfd")

    parts: list[str] = []
    if story.opts.get("sapo_repeat") and story.summary:
        parts.append(f'<p style="text-align: justify;">{t(story.summary)}</p>')
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("tr", "trh"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("tr", "trh"):
                j += 1
            parts.append(_table(blocks[i:j], t))
            i = j
            continue
        if isinstance(block, P) and story.opts.get("br"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P):
                j += 1
            lines = "<br />\n<br />\n".join(t(b.text) for b in blocks[i:j])
            parts.append(f'<div style="text-align: justify;">{lines}<br />\n&nbsp;</div>')
            i = j
            continue
        if isinstance(block, P):
            inner = f"<strong>{t(block.text)}</strong>" if block.style == "b" else t(block.text)
            parts.append(f'<p style="text-align: justify;">{inner}</p>')
        elif isinstance(block, Img):
            parts.append(_img(block, t))
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    return entity_mix(markup, 2) if enc == "entities" else markup


def _comments(story: Story) -> str:
    items = story.opts.get("comments", [])
    rows = "\n".join(
        '<tr><td class="bl_item" style="border-bottom:1px dotted #CCCCCC;padding:5px;font-size:12px">'
        f'<b style="color:#335500">{esc(name)}</b> <span style="color:#888888;font-size:10px">({when})</span><br>'
        f"{esc(said)}</td></tr>"
        for name, when, said in items
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bl_khung" style="margin-top:10px">
<tr><td class="bl_tieude" style="font-weight:bold;color:#CC0000;border-bottom:2px solid #6B8E23;padding:3px">Ý kiến bạn đọc ({len(items)})</td></tr>
{rows}
<tr><td style="padding:5px;font-size:11px">
<form name="frmYKien" method="post" action="index.php?mod=tintuc&amp;act=guiykien&amp;id={story.id}">
<b>Gửi ý kiến của bạn</b><br>
Họ tên: <input type="text" name="hoten" size="30"> Email: <input type="text" name="email" size="25"><br>
<textarea name="noidung" cols="60" rows="4"></textarea><br>
Mã xác nhận: <input type="text" name="maxn" size="6"> <img src="captcha.php?r={story.id * 7919 % 10000}" align="absmiddle">
<input type="submit" value="Gửi ý kiến"> <input type="reset" value="Nhập lại">
</form></td></tr></table>"""


def _others(story: Story) -> str:
    cat = CAT_OF[story.cat]
    items = [s for s in listing(cat)[:PER_PAGE] if s.id != story.id]
    if not items:
        return ""
    lis = "\n".join(
        f'<li><a href="{a(art_url(s.id))}">{esc(s.title)}</a> <span class="ngay_tk" style="color:#888;font-size:10px">{short_date(s)}</span></li>'
        for s in items
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:10px">'
        '<tr><td class="tinkhac_tit" style="font-weight:bold;color:#335500;border-bottom:1px solid #6B8E23">Các tin khác:</td></tr>'
        f'<tr><td><ul class="ds_tinkhac" style="margin:4px 0 0 18px;padding:0">{lis}</ul></td></tr></table>'
    )


def article_center(story: Story, cat_param: str | None) -> str:
    try:
        shown_cat = int(cat_param) if cat_param is not None else CAT_OF[story.cat]
    except ValueError:
        shown_cat = CAT_OF[story.cat]
    if shown_cat not in CATS:
        shown_cat = CAT_OF[story.cat]
    info = []
    if (line := date_line(story)) is not None:
        info.append(f"Ngày đăng: {line}")
    if story.opts.get("updated"):
        info.append(f"Cập nhật: {story.opts['updated']}")
    info.append(f"Lượt xem: {story.views()}")
    info.append(f"Người đăng: {story.opts.get('poster', 'admin')}")
    sapo = ""
    if story.summary and story.sapo_outside:
        t = story.opts.get("enc") == "nfd"
        sapo = (
            '<tr><td class="tt_tomtat" style="padding:6px 4px;font-weight:bold;text-align:justify;color:#333333">'
            f"{text(story.summary, nfd=t)}</td></tr>\n"
        )
    mail = quote(f"{story.title}")
    return f"""{_crumb((CATS[shown_cat], list_url(shown_cat)))}
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tieudetin" style="color:#C00000;font-size:15px;font-weight:bold;padding:8px 4px 4px 4px">{esc(story.title)}</td></tr>
<tr><td class="ngaydang" style="font-size:11px;color:#777777;padding:0 4px 4px 4px">{" &nbsp;|&nbsp; ".join(info)}</td></tr>
{sapo}<tr><td id="noidungchitiet" class="nd_chitiet" style="padding:4px;font-size:13px;line-height:19px">
{content_html(story)}
</td></tr>
<tr><td class="congcu" align="right" style="padding:6px 4px;font-size:11px;border-top:1px dotted #999">
<a href="javascript:window.print()"><img src="images/icon_in.gif" border="0" align="absmiddle"> In bài</a> &nbsp;
<a href="mailto:?subject={mail}"><img src="images/icon_mail.gif" border="0" align="absmiddle"> Gửi email</a> &nbsp;
<a href="javascript:history.back()"><img src="images/icon_back.gif" border="0" align="absmiddle"> Quay lại</a> &nbsp;
<a href="#top"><img src="images/icon_top.gif" border="0" align="absmiddle"> Lên đầu trang</a> &nbsp;
<a href="http://www.facebook.com/sharer.php?u=http://thcsnguyendu-krongpac.edu.vn/{a(art_url(story.id))}" target="_blank"><img src="images/fb_share.gif" border="0" align="absmiddle"></a>
</td></tr>
</table>
{_comments(story)}
{_others(story)}"""


def soft404_center() -> str:
    return f"""{_crumb(("Tin tức", None))}
<div style="padding:40px 10px;text-align:center;color:#FF0000;font-size:13px">
<b>Tin này không tồn tại hoặc đã bị xóa!</b><br><br>
Hệ thống sẽ tự động chuyển về <a href="index.php">trang chủ</a> sau 3 giây...
</div>
<script type="text/javascript">setTimeout("window.location='index.php'", 3000);</script>"""


# --- listings and the home page -------------------------------------------------------------


def _thumb(story: Story, href: str) -> str:
    return (
        f'<a href="{a(href)}"><img src="upload/thumb/{story.id}.jpg" width="100" height="75" '
        'border="0" class="anh_nho" style="border:1px solid #CCC;padding:1px"></a>'
    )


def listing_center(cat: int, page: int) -> str:
    items = listing(cat)[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = []
    for s in items:
        detail = art_url(s.id, cat, page)
        rows.append(
            '<table width="100%" border="0" cellspacing="0" cellpadding="4" class="tbl_tin"><tr>'
            f'<td width="108" valign="top">{_thumb(s, detail)}</td>'
            f'<td valign="top"><a href="{a(art_url(s.id))}" class="tieude_ds" style="font-weight:bold;color:#003399">{cut_title(s)}</a> '
            f'<span class="ngay_ds" style="color:#888;font-size:10px">{short_date(s)}</span><br>'
            f'<span class="tomtat_ds" style="font-size:12px">{esc(snippet(s))}</span>'
            f'<div align="right"><a href="{a(detail)}" class="xemtiep" style="font-size:11px">Chi tiết &raquo;</a></div>'
            "</td></tr></table>\n"
            '<div style="border-bottom:1px dashed #CCCCCC;margin:2px 0"></div>'
        )
    if not rows:
        rows.append('<div style="padding:20px;text-align:center">Chưa có bài viết trong chuyên mục này.</div>')
    total = page_count(cat)
    pager = ["Trang: "]
    if page > 1:
        pager.append(f'<a href="{a(list_url(cat))}">&laquo; Đầu</a> <a href="{a(list_url(cat, page - 1))}">Trước</a> ')
    for n in range(1, total + 1):
        pager.append(f"<b>[{n}]</b> " if n == page else f'<a href="{a(list_url(cat, n))}">{n}</a> ')
    if page < total:
        pager.append(f'<a href="{a(list_url(cat, page + 1))}">Sau &raquo;</a> <a href="{a(list_url(cat, total))}">Cuối</a>')
    pager_html = f'<div class="phantrang" align="center" style="padding:8px;font-size:12px">{"".join(pager)}</div>'
    return _crumb((CATS[cat], list_url(cat))) + _box(esc(CATS[cat].upper()), "\n".join(rows) + pager_html)


def home_center() -> str:
    newest = sorted(STORIES, key=lambda s: -s.id)[:5]
    top = newest[0]
    rest = "\n".join(
        f'<li><a href="{a(art_url(s.id))}">{cut_title(s)}</a> <span style="color:#888;font-size:10px">{short_date(s)}</span></li>'
        for s in newest[1:]
    )
    blocks = [
        _box(
            "TIN MỚI NHẤT",
            '<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr>'
            f'<td width="108" valign="top">{_thumb(top, art_url(top.id))}</td>'
            f'<td valign="top"><a href="{a(art_url(top.id))}" style="font-weight:bold;color:#C00000">{esc(top.title)}</a><br>'
            f'<span style="font-size:12px">{esc(snippet(top, 40))}</span></td></tr></table>'
            f'<ul class="ds_moi" style="margin:4px 0 0 18px;padding:0">{rest}</ul>',
        )
    ]
    for cat, name in CATS.items():
        items = listing(cat)[:PER_PAGE]
        first = items[0]
        more = "".join(
            f'<li><a href="{a(art_url(s.id))}">{cut_title(s)}</a></li>' for s in items[1:]
        )
        blocks.append(
            _box(
                f'<a href="{a(list_url(cat))}" style="color:#FFF;text-decoration:none">{esc(name.upper())}</a>',
                '<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr>'
                f'<td width="108" valign="top">{_thumb(first, art_url(first.id))}</td>'
                f'<td valign="top"><a href="{a(art_url(first.id))}" style="font-weight:bold">{cut_title(first)}</a><br>'
                f'<span style="font-size:12px">{esc(snippet(first, 24))}</span></td></tr></table>'
                f'<ul style="margin:4px 0 0 18px;padding:0">{more}</ul>'
                f'<div align="right"><a href="{a(list_url(cat))}" style="font-size:11px">Xem tiếp &raquo;</a></div>',
            )
        )
    return '<div style="height:6px"></div>'.join(blocks)


# --- pages that are not articles ------------------------------------------------------------


def _static_page(title: str, inner: str) -> str:
    return _crumb(("Giới thiệu", "trang/gioithieu.html"), (title, None)) + _box(esc(title.upper()), inner)


def gioithieu_center() -> str:
    return _static_page(
        "Giới thiệu chung",
        """<p style="text-align:justify"><img src="images/truong_nguyendu.jpg" width="220" align="left" hspace="8" border="0">
Trường THCS Nguyễn Du được thành lập năm 1996, đóng trên địa bàn xã Ea Kênh, huyện Krông Pắc, tỉnh Đắk Lắk.
Năm học 2026 - 2027, nhà trường có 24 lớp với 942 học sinh, trong đó học sinh dân tộc thiểu số chiếm 31%.</p>
<p style="text-align:justify">Tổng số cán bộ, giáo viên, nhân viên: 62 người; 100% giáo viên đạt chuẩn, trong đó
41 giáo viên trên chuẩn về trình độ đào tạo. Chi bộ nhà trường nhiều năm liền đạt danh hiệu trong sạch, vững mạnh.</p>
<p style="text-align:justify">Phương châm của nhà trường: “Kỷ cương - Tình thương - Trách nhiệm”.</p>
<p><a href="trang/lichsu.html">Lịch sử nhà trường</a> | <a href="trang/doingu.html">Đội ngũ CB - GV - NV</a></p>""",
    )


def lichsu_center() -> str:
    return _static_page(
        "Lịch sử nhà trường",
        """<p><b>1996:</b> Trường được tách ra từ Trường PTCS Ea Kênh với 8 lớp, 312 học sinh.</p>
<p><b>2003:</b> Xây dựng dãy phòng học 2 tầng gồm 12 phòng bằng nguồn vốn chương trình kiên cố hóa trường lớp.</p>
<p><b>2011:</b> Khai trương website của trường, đưa vào sử dụng phòng máy tính 25 máy.</p>
<p><b>2019:</b> Trường được công nhận đạt kiểm định chất lượng giáo dục cấp độ 2.</p>""",
    )


def doingu_center() -> str:
    rows = [
        ("Nguyễn Văn Hùng", "Hiệu trưởng", "Thạc sĩ QLGD"),
        ("Võ Minh Đức", "Phó Hiệu trưởng", "Cử nhân Toán"),
        ("Trần Thị Hạnh", "Tổ trưởng tổ Ngữ văn - GDCD", "Thạc sĩ Văn học"),
        ("Hồ Thị Ngọc Ánh", "Tổ trưởng tổ Toán - Tin", "Cử nhân Toán"),
        ("Lê Văn Tâm", "Tổng phụ trách Đội", "Cử nhân GDCD"),
    ]
    body = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{c}</td><td>{d}</td></tr>" for i, (n, c, d) in enumerate(rows, 1))
    return _static_page(
        "Đội ngũ CB - GV - NV",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;font-size:12px">'
        '<tr bgcolor="#EEEEEE"><td><b>STT</b></td><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td><td><b>Trình độ</b></td></tr>'
        f"{body}</table>",
    )


def lienhe_center() -> str:
    return _crumb(("Liên hệ", None)) + _box(
        "LIÊN HỆ",
        """<p><b>TRƯỜNG THCS NGUYỄN DU</b><br>Địa chỉ: Thôn 3, xã Ea Kênh, huyện Krông Pắc, tỉnh Đắk Lắk<br>
Điện thoại: (0262) 3521 468 - Email: thcsnguyendu.kp@gmail.com</p>
<form method="post" action="index.php?mod=lienhe&amp;act=gui">
Họ tên: <input type="text" name="hoten"><br>Email: <input type="text" name="email"><br>
Nội dung:<br><textarea name="noidung" cols="50" rows="5"></textarea><br>
<input type="submit" value="Gửi liên hệ"></form>""",
    )


_VANBAN = [
    (21, "112/TB-THCSND", "01/12/2026", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027"),
    (19, "98/KH-THCSND", "02/11/2026", "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11"),
    (17, "45/KH-THCSND", "10/10/2026", "Kế hoạch Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027"),
]


def vanban_list_center() -> str:
    rows = []
    for vid, so, ngay, trich in _VANBAN:
        link = (
            f'<a href="index.php?mod=vanban&amp;act=chitiet&amp;id={vid}">{esc(trich)}</a>'
            if vid == 21
            else f'{esc(trich)} <a href="upload/vanban/{so.replace("/", "_")}.pdf"><img src="images/icon_pdf.gif" border="0"></a>'
        )
        rows.append(f"<tr><td>{so}</td><td>{ngay}</td><td>{link}</td></tr>")
    return _crumb(("Văn bản", None)) + _box(
        "VĂN BẢN - CÔNG VĂN",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;font-size:12px">'
        '<tr bgcolor="#EEEEEE"><td><b>Số/Ký hiệu</b></td><td><b>Ngày ban hành</b></td><td><b>Trích yếu</b></td></tr>'
        + "".join(rows)
        + "</table>",
    )


def vanban_entry_center() -> str:
    return _crumb(("Văn bản", "index.php?mod=vanban&act=danhsach"), ("Chi tiết văn bản", None)) + _box(
        "CHI TIẾT VĂN BẢN",
        """<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;font-size:12px">
<tr><td width="30%"><b>Số/Ký hiệu</b></td><td>112/TB-THCSND</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>01/12/2026</td></tr>
<tr><td><b>Loại văn bản</b></td><td>Thông báo</td></tr>
<tr><td><b>Cơ quan ban hành</b></td><td>Trường THCS Nguyễn Du</td></tr>
<tr><td><b>Người ký</b></td><td>Nguyễn Văn Hùng</td></tr>
<tr><td><b>Trích yếu</b></td><td>Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</td></tr>
<tr><td><b>Tải về</b></td><td><a href="upload/files/Lich_KT_HKI_2026-2027.doc">Lich_KT_HKI_2026-2027.doc</a></td></tr>
</table>""",
    )


def album_center() -> str:
    pics = [
        ("le-20-11-01.jpg", "Học sinh tặng hoa thầy cô"),
        ("le-20-11-02.jpg", "Tiết mục múa “Bụi phấn”"),
        ("le-20-11-03.jpg", "Thầy cô nghỉ hưu về dự lễ"),
        ("le-20-11-04.jpg", "Tập thể giáo viên chụp ảnh lưu niệm"),
    ]
    cells = "".join(
        f'<td align="center" width="50%" style="padding:4px"><a href="upload/album/3/{f}" target="_blank">'
        f'<img src="upload/album/3/thumb_{f}" width="200" height="150" border="0"></a><br>'
        f'<span style="font-size:11px">{esc(c)}</span></td>' + ("</tr><tr>" if i % 2 else "")
        for i, (f, c) in enumerate(pics)
    )
    return _crumb(("Thư viện ảnh", None)) + _box(
        "ALBUM: LỄ KỶ NIỆM NGÀY NHÀ GIÁO VIỆT NAM 20/11/2026",
        f'<table width="100%" border="0"><tr>{cells}</tr></table>',
    )


def video_center() -> str:
    return _crumb(("Video clip", None)) + _box(
        "VIDEO CLIP",
        '<p align="center"><b>Văn nghệ chào mừng ngày 20/11/2026</b></p>'
        + _YOUTUBE.html
        + '<p align="center" style="font-size:11px">Lượt xem: 412</p>',
    )


def search_center(keyword: str) -> str:
    if not keyword.strip():
        inner = '<div style="padding:20px;text-align:center">Vui lòng nhập từ khóa cần tìm!</div>'
    else:
        key = unicodedata.normalize("NFC", keyword).lower()
        hits = [s for s in STORIES if key in s.title.lower()]
        inner = f"<p>Tìm thấy <b>{len(hits)}</b> kết quả cho từ khóa “{esc(keyword)}”</p>" + "".join(
            f'<p><a href="{a(art_url(s.id))}">{esc(s.title)}</a></p>' for s in hits
        )
    return _crumb(("Tìm kiếm", None)) + _box("KẾT QUẢ TÌM KIẾM", inner)


def poll_center() -> str:
    return _crumb(("Kết quả bình chọn", None)) + _box(
        "KẾT QUẢ BÌNH CHỌN",
        "<p><b>Bạn quan tâm nhất đến nội dung nào trên website?</b></p>"
        "<p>Tin tức - Sự kiện: 412 phiếu (38%)<br>Hoạt động chuyên môn: 297 phiếu (27%)<br>"
        "Văn bản - Thông báo: 254 phiếu (23%)<br>Thư viện ảnh: 131 phiếu (12%)</p>",
    )


STATIC_PAGES = {
    "/trang/gioithieu.html": (gioithieu_center, "utf-8"),
    "/trang/lichsu.html": (lichsu_center, "windows-1258"),
    "/trang/doingu.html": (doingu_center, "utf-8"),
    "/trang/lienhe.html": (lienhe_center, "utf-8"),
}


# --- the site -------------------------------------------------------------------------------


def _int(value: str | None, default: int | None = None) -> int | None:
    """PHP's intval(): leading digits, else the default."""
    m = re.match(r"\s*(\d+)", value or "")
    return int(m.group(1)) if m else default


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self._index(request)
        if path in STATIC_PAGES:
            build, charset = STATIC_PAGES[path]
            return _page(request, build(), charset)
        if path == "/captcha.php":
            return static_file("captcha.gif")
        if path.startswith("/upload/files/") and path.endswith(".doc"):
            return Response(200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, {"Content-Type": "application/msword"})
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")):
            return static_file(path)
        if path == "/flash/banner.swf":
            return Response(200, b"CWS\x08", {"Content-Type": "application/x-shockwave-flash"})
        return None

    def _index(self, request: Request) -> Response | None:
        params = request.params
        mod = params.get("mod", "").lower()
        act = params.get("act", "").lower()
        if not mod:
            return _page(request, home_center())
        if mod == "tintuc" and act == "danhsach":
            cat = _int(params.get("cat"))
            if cat not in CATS:
                return None
            page = max(1, _int(params.get("page"), 1) or 1)
            return _page(request, listing_center(cat, page))
        if mod == "tintuc" and act == "chitiet":
            story = BY_ID.get(_int(params.get("id"), 0) or 0)
            if story is None:
                return _page(request, soft404_center())
            charset = "windows-1258" if story.opts.get("enc") == "cp1258" else "utf-8"
            return _page(request, article_center(story, params.get("cat")), charset)
        if mod == "vanban" and act == "danhsach":
            return _page(request, vanban_list_center())
        if mod == "vanban" and act == "chitiet" and _int(params.get("id")) == 21:
            return _page(request, vanban_entry_center())
        if mod == "album" and act == "xem" and _int(params.get("id")) == 3:
            return _page(request, album_center())
        if mod == "video" and act == "xem" and _int(params.get("id")) == 2:
            return _page(request, video_center())
        if mod == "timkiem":
            return _page(request, search_center(params.get("tukhoa", "")))
        if mod == "binhchon" and act == "ketqua":
            return _page(request, poll_center())
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def alt_paths(story: Story) -> list[str]:
    """Every linked URL that serves ``story`` besides its bare one."""
    paths = []
    for cat in CATS:
        if story in listing(cat):
            paths.append("/" + art_url(story.id, cat, page_of(story, cat)))
    if story.opts.get("marquee"):
        paths.append(f"/index.php?mod=TinTuc&act=ChiTiet&id={story.id}")
    return paths


GOLD = [
    gold_record(s, "/" + art_url(s.id), s.cat, alt_paths=alt_paths(s))
    for s in sorted(STORIES, key=lambda s: -s.id)
]

NON_ARTICLES = [
    "/trang/gioithieu.html",
    "/trang/lichsu.html",
    "/trang/doingu.html",
    "/trang/lienhe.html",
    "/index.php?mod=vanban&act=chitiet&id=21",
    "/index.php?mod=album&act=xem&id=3",
    "/index.php?mod=video&act=xem&id=2",
]
