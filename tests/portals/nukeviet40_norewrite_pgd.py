"""Fixture portal: Phòng Giáo dục và Đào tạo huyện Mang Thít (Vĩnh Long) on NukeViet 4.0, no rewrite.

Platform
--------
NukeViet 4.0 on shared hosting without mod_rewrite: every page goes through ``/index.php`` with
``language``, ``nv`` (module) and ``op`` (function) parameters, printed ``&amp;``-escaped in the
markup. The default theme ("default", bootstrap grid of 24 columns, ``.wraper``, ``#menusite``,
``.third-nav``, ``.news_column.panel``) with a recoloured header. News module with the
"viewcat_list_new" category view (a plain list of titles with tooltip ``data-content``) and the
"viewcat_main_right" home (per category: the newest article with its thumbnail and hometext, the
next two titles in a column on the right), ``per_page`` = 2, ``st_links`` = 2.

URL scheme (``&`` in the gold, ``&amp;`` in the markup)
-------------------------------------------------------
- start: ``/index.php?language=vi`` (also ``/`` and ``/index.php?language=vi&nv=news``): the news home
- category: ``/index.php?language=vi&nv=news&op=<cat>``; page n: ``…&op=<cat>&page=<n>`` (the numbers
  of the pager) or ``…&op=<cat>/page-<n>`` (its "Sau »" / "« Trước" links); out of range -> 302 to p.1
- article: ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``
- print: ``…&op=print/<cat>/<alias>-<id>`` (only in an ``onclick``), save: ``…&op=savefile/<cat>/<alias>-<id>``
  (a plain ``href``, answered as an attachment), e-mail form: ``…&op=sendmail/<cat>/<alias>-<id>``
- tags: ``…&op=tag/<tag>``; RSS: ``…&op=rss``; search: ``nv=seek&q=…`` (JS button, no form)
- other modules: ``nv=about&op=<alias>.html``, ``nv=contact``, ``nv=laws`` (+ ``op=detail/<alias>``),
  ``nv=photos`` (+ ``op=<album-cat>/<album-alias>-<id>``)
- images: ``/uploads/news/<yyyy_mm>/…`` (article), ``/assets/news/<yyyy_mm>/…`` (thumbnails)

Page templates
--------------
- home (viewcat_main_right): three ``div.news_column.panel`` blocks, one per category.
- category (viewcat_list_new): ``ul.related.list-items`` of title links, pager
  ``ul.pagination`` "1 2 3 4 Sau »".
- article (detail): ``h1.title`` ``[itemprop=headline]``, ``span.h5[itemprop=datePublished]``
  "Thứ ba - 24/11/2026 09:15", tool icons (e-mail/print in ``onclick``, save as ``href``), the home
  image (``figure.article.left`` before the hometext, or ``figure.article.center`` after it), the
  hometext ``div.hometext``, the bodytext ``div#news-bodyhtml.bodytext``, the "Tác giả:" /
  "Nguồn tin:" lines, copyright notice, "Từ khóa:", star rating, comments, "Những tin mới hơn" and
  "Những tin cũ hơn" with dates.
- print / savefile: the article without the chrome ("URL của bản tin này: …").

Categories and how each gold article is reached
-----------------------------------------------
- "Tin tức - Sự kiện" (tin-tuc-su-kien): 412, 409 (p.1, home); 405, 401 (p.2; 405 on the home);
  396, 390 (p.3); 384 (p.4).
- "Hoạt động chuyên môn" (hoat-dong-chuyen-mon): 410, 403 (p.1, home); 401 again under this
  category's alias and 393 (p.2); 386 (p.3).
- "Thông báo" (thong-bao): 411, 398 (p.1, home).
396, 390, 384, 393 and 386 are on neither the start page nor a first listing page: a crawler
finds them on page 2+ of a listing (or from the "Những tin cũ hơn" list of an article it reached
that way, or a tag page).

Traps
-----
1. Breadcrumbs filled by JavaScript: the visible ``ul.breadcrumbs`` is empty; the trail is in
   ``ul.temp-breadcrumbs.hidden`` (data-vocabulary microdata). Gold ``category`` = the last item
   of that trail on the canonical page ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo").
2. One article in two categories (NukeViet ``listcatid``): 401 is filed under "Tin tức - Sự kiện"
   and also listed by "Hoạt động chuyên môn", whose listing and home block link it as
   ``op=hoat-dong-chuyen-mon/…-401``; that page prints the other breadcrumb and its own
   older/newer lists, while og:url names the main URL. Gold: one record, path = the main URL,
   category "Tin tức - Sự kiện", the other alias (and its print/save URLs) in ``alt_paths``.
3. URL variant without ``language=``: the header's "Tin mới" marquee (a hand-made block) links
   the five newest articles as ``/index.php?nv=news&op=…`` which NukeViet serves in the default
   language. Gold: those paths are ``alt_paths`` of their articles.
4. "Lưu bài viết này" (savefile) is a plain ``href`` answering the whole article as HTML with
   ``Content-Disposition: attachment``; print is only in an ``onclick``. Gold: both in
   ``alt_paths``, never records of their own.
5. The hometext is the sapo, printed in ``div.hometext`` outside ``#news-bodyhtml``. Gold: the
   ``summary`` and the body's first paragraph. Article 410's editor also pasted it, bold, as the
   first paragraph of the bodytext: the gold body has it once. Article 411 (a notice) has no
   hometext: summary null.
6. The home image sits between the date line and the text: ``figure.article.left`` with a
   ``figcaption`` (before the hometext) or ``figure.article.center`` (after it). It is the article's
   first photo with the figcaption as caption; 410's figcaption is the file name "DSC_0142.JPG"
   (caption None); 403 and 398 have the image position "không hiển thị": their thumbnail appears
   only in listings and is no image of the article.
7. Captions in CKEditor tables: photos in a two-row ``<table align="center">`` whose second row
   is an italic caption (412, 401). Gold: those rows are captions (parentheses taken off), not
   table-row paragraphs of the body.
8. Broken meta times: ``article:published_time`` is printed with PHP's ``date('Y-m-dTH:i:s')``
   where ``T`` is the zone abbreviation ("2026-11-24ICT09:15:00"), ``article:modified_time`` is
   the last edit (a later day). Gold ``published_at`` from the visible line
   "Thứ ba - 24/11/2026 09:15" -> "2026-11-24T09:15:00+07:00".
9. Double-escaped titles: ``<title>`` and og:title print "GD&amp;amp;ĐT" (NukeViet escapes
   the already escaped title). Gold ``title`` from the ``h1`` ("Phòng GD&ĐT Mang Thít …").
10. Photo albums look like articles: ``nv=photos&op=<cat>/<alias>-<id>`` has the same shape as a
    news article URL and a heading, a date and a description. Gold: a NON_ARTICLE.
11. Chrome with content's look after the text: comments ("Ý kiến bạn đọc": name, date, text),
    the star rating ("Tổng số điểm của bài viết là: …"), the copyright notice, "Những tin mới hơn" /
    "Những tin cũ hơn" with their dates, an editor's "Tin liên quan" box and a "Tải về:" line
    with a Google Docs viewer inside the bodytext. None of it is body; their dates are never
    ``published_at``.
12. Bylines as the NukeViet fields print them: "Tác giả: Tin, ảnh: Phạm Thị Ngọc Hân" (author and
    photographer), "Tin: Huỳnh Văn Bé Ba - Ảnh: Đặng Thị Kim Thoa", "ThS. Nguyễn Thị Thu Trang -
    Chuyên viên Phòng GD&ĐT" (degree and post dropped), "Lê Minh Tâm (Trường THCS Nhơn Phú)" (unit
    dropped), two names joined by a comma, units signing alone ("Tổ Mầm non"); a photo line
    "(Ảnh: Minh Thư)" is a photographer, no caption. "Nguồn tin: X" -> source X (a link's text).
13. A notice printed as an official document (411): letterhead table, "THÔNG BÁO / Về việc …",
    "Nơi nhận" and the signer. Gold: its date is the letterhead's day "2026-11-30" (the page's
    "Thứ ba - 01/12/2026 08:20" is the posting time), the signer "Trần Văn Lực" is the author.
14. Unicode tổ hợp: article 393 (title, hometext and text) was typed decomposed (NFD). Gold NFC.
15. Old bodytext in one ``<div>`` with ``<br />`` between paragraphs (403): each piece is a
    paragraph.

Gold decisions on ambiguous points
----------------------------------
- The home image is an article photo (first in ``images``) when the detail page shows it.
- A category listing page reached as ``&page=n`` or ``/page-n`` is a listing: no record.
- The hometext repeated in the bodytext (410) counts once, as the sapo.
- Table captions: the caption row's text without its parentheses.
- A table of results inside the text (398, 386) is body, one paragraph per row, cells " | ".
- "Nguồn tin" is the source even when it names the office itself ("Phòng GD&ĐT Mang Thít").
- The sendmail pop-up (a form) and the RSS feed are neither articles nor NON_ARTICLES.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

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

NAME = "nukeviet40_norewrite_pgd"
PLATFORM = "NukeViet 4.0 (news module, no URL rewrite)"
START_PATH = "/index.php?language=vi"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Mang Thít"
SHORT_NAME = "Phòng GD&ĐT Mang Thít"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 2
ST_LINKS = 2

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
CAT_ORDER = list(CATS)
MODULE_TITLE = "Tin Tức"

TAGS = {
    "hoi-thi": "hội thi",
    "giao-vien": "giáo viên",
    "thcs": "thcs",
    "chuyen-doi-so": "chuyển đổi số",
    "hoc-sinh-gioi": "học sinh giỏi",
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _s(**kw) -> Story:
    return Story(sapo_outside=bool(kw.get("summary")), **kw)


STORIES: list[Story] = [
    _s(
        id=412,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-02T16:40:00+07:00",
        summary=(
            "Từ ngày 30/11 đến ngày 02/12/2026, Phòng GD&ĐT huyện Mang Thít tổ chức Hội thi giáo viên "
            "dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với sự tham gia của 46 giáo viên đến "
            "từ 19 trường tiểu học trong huyện."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_12/gvdg-th-tiet-day-tieng-viet.jpg",
                "Cô Nguyễn Thị Bích Tuyền, Trường TH Cái Nhum A, thực hiện tiết dạy môn Tiếng Việt lớp 3",
                "Cô Nguyễn Thị Bích Tuyền, Trường TH Cái Nhum A, thực hiện tiết dạy môn Tiếng Việt lớp 3",
                "home-left",
            ),
            P(
                "Hội thi nhằm phát hiện, tuyên dương và nhân rộng những giáo viên có năng lực chuyên môn "
                "vững vàng, tận tâm với nghề; đồng thời tạo điều kiện để đội ngũ giáo viên giao lưu, học "
                "hỏi kinh nghiệm trong việc thực hiện Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất lượng giảng "
                "dạy và thực hành hai tiết dạy trên lớp, trong đó có một tiết môn Tiếng Việt hoặc Toán và "
                "một tiết do giáo viên tự chọn. Các tiết dạy được bốc thăm trước ba ngày và tổ chức tại "
                "Trường TH Cái Nhum A, Trường TH Chánh Hội và Trường TH Mỹ An A."
            ),
            Img(
                "/uploads/news/2026_12/gvdg-th-ban-giam-khao.jpg",
                "Ban giám khảo trao đổi, góp ý sau tiết dạy môn Toán lớp 5 tại Trường TH Chánh Hội",
                "Ban giám khảo trao đổi, góp ý sau tiết dạy môn Toán lớp 5 tại Trường TH Chánh Hội",
                "table",
            ),
            P(
                "Qua theo dõi, phần lớn các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương "
                "pháp và kỹ thuật dạy học tích cực như dạy học theo nhóm, trò chơi học tập, khăn trải bàn; "
                "nhiều giáo viên khai thác hiệu quả phần mềm trình chiếu, học liệu số và đồ dùng dạy học "
                "tự làm."
            ),
            P(
                "Bên cạnh những ưu điểm, Ban giám khảo cũng chỉ ra một số hạn chế như phân bố thời gian "
                "giữa các hoạt động chưa hợp lý, việc đánh giá học sinh bằng nhận xét có lúc còn chung "
                "chung. Đây là những nội dung các trường cần tiếp tục quan tâm trong sinh hoạt tổ chuyên môn."
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 38 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện, "
                "trong đó có 12 giáo viên xếp loại xuất sắc. Các giáo viên đạt thành tích cao sẽ được chọn "
                "tham gia hội thi cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
            ),
        ],
        authors=["Phạm Thị Ngọc Hân"],
        photographers=["Phạm Thị Ngọc Hân"],
        source="Phòng GD&ĐT Mang Thít",
        opts={
            "publ": "2026-12-02 16:40",
            "edited": "2026-12-03 07:58",
            "author_line": "Tin, ảnh: Phạm Thị Ngọc Hân",
            "source_line": "Phòng GD&ĐT Mang Thít",
            "tags": ["hoi-thi", "giao-vien"],
        },
    ),
    _s(
        id=411,
        slug="thong-bao-ve-viec-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs",
        title="Thông báo về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n<tr>\n'
                '<td style="width:42%;text-align:center;vertical-align:top;"><span style="font-size:13px;">'
                "UBND HUYỆN MANG THÍT</span><br />\n<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />\n"
                "Số: 512/TB-PGDĐT</td>\n"
                '<td style="text-align:center;vertical-align:top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
                "NAM</strong><br />\n<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />\n"
                "<em>Mang Thít, ngày 30 tháng 11 năm 2026</em></td>\n</tr>\n</tbody>\n</table>\n"
                '<p style="text-align:center;">&nbsp;</p>\n'
                '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br />\n<strong>Về việc tổ chức '
                "Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027</strong></p>\n"
            ),
            P(
                "Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo huyện Mang "
                "Thít về thực hiện nhiệm vụ năm học 2026 - 2027;",
                "ind",
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo đến các trường trung học cơ sở, tiểu học và trung học "
                "cơ sở trên địa bàn huyện về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS "
                "năm học 2026 - 2027 như sau:",
                "ind",
            ),
            P("1. Đối tượng dự thi", "b"),
            P(
                "Giáo viên đang làm công tác chủ nhiệm lớp từ đủ 03 năm trở lên, được Hiệu trưởng nhà "
                "trường lựa chọn và giới thiệu. Mỗi trường cử ít nhất 01 giáo viên, trường có từ 20 lớp "
                "trở lên cử 02 giáo viên.",
                "ind",
            ),
            P("2. Nội dung và hình thức thi", "b"),
            P(
                "Phần thi thứ nhất: trình bày kế hoạch chủ nhiệm lớp năm học 2026 - 2027 (thời gian không "
                "quá 15 phút).",
                "li",
            ),
            P("Phần thi thứ hai: xử lý tình huống sư phạm do Ban Tổ chức chuẩn bị (bốc thăm trực tiếp).", "li"),
            P("Phần thi thứ ba: tổ chức một tiết sinh hoạt lớp tại trường của giáo viên dự thi.", "li"),
            P("3. Thời gian, địa điểm", "b"),
            P(
                "Hội thi diễn ra từ ngày 14/12 đến ngày 18/12/2026 tại Trường THCS thị trấn Cái Nhum. Các "
                "trường gửi danh sách giáo viên dự thi về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) trước "
                "ngày 08/12/2026.",
                "ind",
            ),
            P(
                "Nhận được Thông báo này, đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc./.",
                "ind",
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n<tr>\n'
                '<td style="width:50%;vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br />\n'
                '<span style="font-size:12px;">- Các trường THCS, TH-THCS;<br />\n- Lãnh đạo Phòng;<br />\n'
                "- Lưu: VT, CM.</span></td>\n"
                '<td style="text-align:center;vertical-align:top;"><strong>KT. TRƯỞNG PHÒNG<br />\n'
                "PHÓ TRƯỞNG PHÒNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
                "<strong>Trần Văn Lực</strong></td>\n</tr>\n</tbody>\n</table>\n"
            ),
        ],
        authors=["Trần Văn Lực"],
        opts={"publ": "2026-12-01 08:20", "tags": ["hoi-thi", "giao-vien"]},
    ),
    _s(
        id=410,
        slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-toan-theo-chuong-trinh-gdpt-2018-cap-thcs",
        title="Chuyên đề “Đổi mới phương pháp dạy học môn Toán theo Chương trình GDPT 2018” cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-28T10:05:00+07:00",
        summary=(
            "Sáng ngày 27/11/2026, tại Trường THCS Nhơn Phú, Phòng GD&ĐT huyện Mang Thít tổ chức chuyên "
            "đề đổi mới phương pháp dạy học môn Toán cấp THCS cho hơn 60 giáo viên dạy Toán trong toàn huyện."
        ),
        blocks=[
            Img("/uploads/news/2026_11/dsc_0142.jpg", "DSC_0142.JPG", None, "home-full"),
            Raw(
                '<p style="text-align: justify;"><strong>Sáng ngày 27/11/2026, tại Trường THCS Nhơn Phú, '
                "Phòng GD&amp;ĐT huyện Mang Thít tổ chức chuyên đề đổi mới phương pháp dạy học môn Toán "
                "cấp THCS cho hơn 60 giáo viên dạy Toán trong toàn huyện.</strong></p>\n"
            ),
            P(
                "Chuyên đề gồm hai tiết dạy minh họa: bài “Hình thang cân” (Toán 8) do thầy Trương Quốc "
                "Việt, Trường THCS Nhơn Phú thực hiện và bài “Phương trình bậc nhất một ẩn” (Toán 8) do cô "
                "Lê Thị Kim Ngân, Trường THCS Mỹ Phước thực hiện."
            ),
            P(
                "Sau các tiết dạy, giáo viên dự chuyên đề chia thành bốn nhóm thảo luận, phân tích tiến "
                "trình tổ chức hoạt động học, cách giao nhiệm vụ và cách đánh giá sản phẩm học tập của học "
                "sinh. Các ý kiến tập trung vào ba nội dung chính:"
            ),
            P("Thiết kế hoạt động khởi động gắn với tình huống thực tiễn, tạo hứng thú cho học sinh;", "li"),
            P("Sử dụng phần mềm GeoGebra hỗ trợ học sinh khám phá tính chất hình học;", "li"),
            P("Tăng cường hoạt động nhóm và tự đánh giá, đánh giá đồng đẳng trong giờ học.", "li"),
            Img(
                "/uploads/news/2026_11/chuyen-de-toan-thao-luan-nhom.jpg",
                "Giáo viên thảo luận nhóm sau tiết dạy minh họa",
                "Giáo viên thảo luận nhóm sau tiết dạy minh họa",
                "next",
            ),
            P(
                "Phát biểu kết luận chuyên đề, bà Nguyễn Thị Thu Trang, chuyên viên phụ trách môn Toán cấp "
                "THCS, đề nghị các tổ chuyên môn tiếp tục tổ chức sinh hoạt chuyên môn theo hướng nghiên "
                "cứu bài học, chú trọng phân tích hoạt động của học sinh thay vì chỉ nhận xét giờ dạy của "
                "giáo viên."
            ),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        opts={
            "publ": "2026-11-28 10:05",
            "author_line": "ThS. Nguyễn Thị Thu Trang - Chuyên viên Phòng GD&ĐT",
            "tags": ["thcs"],
        },
    ),
    _s(
        id=409,
        slug="mang-thit-tong-ket-phong-trao-thi-dua-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Mang Thít tổng kết phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-24T09:15:00+07:00",
        summary=(
            "Chiều ngày 23/11/2026, Phòng GD&ĐT huyện Mang Thít tổ chức hội nghị tổng kết đợt thi đua "
            "cao điểm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_11/tong-ket-20-11-quang-canh.jpg",
                "Quang cảnh hội nghị tổng kết",
                "Quang cảnh hội nghị tổng kết",
                "home-left",
            ),
            P(
                "Dự hội nghị có ông Nguyễn Hoàng Nam, Phó Chủ tịch UBND huyện; đại diện Ban Tuyên giáo "
                "Huyện ủy, Liên đoàn Lao động huyện cùng lãnh đạo Phòng GD&ĐT, hiệu trưởng và chủ tịch "
                "công đoàn các trường mầm non, tiểu học, trung học cơ sở.",
                "nbsp",
            ),
            P(
                "Trong đợt thi đua, toàn ngành đã tổ chức 1.286 tiết dạy tốt, 142 chuyên đề cấp trường và "
                "cụm trường; nhiều trường tổ chức hội thi “Nét đẹp nhà giáo”, hội diễn văn nghệ và các hoạt "
                "động tri ân thầy cô giáo đã nghỉ hưu, thăm hỏi giáo viên có hoàn cảnh khó khăn.",
                "nbsp",
            ),
            Img(
                "/uploads/news/2026_11/tong-ket-20-11-khen-thuong.jpg",
                "Lãnh đạo UBND huyện trao giấy khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo UBND huyện trao giấy khen cho các tập thể có thành tích xuất sắc",
                "next",
            ),
            P(
                "Dịp này, UBND huyện tặng giấy khen cho 9 tập thể và 27 cá nhân; Phòng GD&ĐT tặng giấy khen "
                "cho 41 giáo viên có thành tích tiêu biểu trong đợt thi đua. Nhiều phần quà cũng được trao "
                "đến giáo viên, nhân viên đang gặp khó khăn trong cuộc sống.",
                "nbsp",
            ),
            P(
                "Phát biểu tại hội nghị, ông Nguyễn Hoàng Nam ghi nhận sự nỗ lực của đội ngũ nhà giáo huyện "
                "nhà và nhấn mạnh:"
            ),
            P(
                "“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo để "
                "học sinh noi theo”.",
                "quote",
            ),
            P(
                "Hội nghị cũng phát động đợt thi đua mới hướng đến chào mừng kỷ niệm 97 năm Ngày thành lập "
                "Đảng Cộng sản Việt Nam và đón Tết Nguyên đán Đinh Mùi 2027."
            ),
        ],
        authors=["Huỳnh Văn Bé Ba"],
        photographers=["Đặng Thị Kim Thoa"],
        source="Phòng GD&ĐT Mang Thít",
        opts={
            "publ": "2026-11-24 09:15",
            "edited": "2026-11-25 14:02",
            "author_line": "Tin: Huỳnh Văn Bé Ba - Ảnh: Đặng Thị Kim Thoa",
            "source_line": "Phòng GD&ĐT Mang Thít",
            "tags": ["giao-vien"],
            "comments": [
                ("Nguyễn Thị Mai", "25/11/2026 07:12", "Chúc mừng quý thầy cô ngành giáo dục huyện nhà!"),
                (
                    "Phụ huynh Trường TH Tân Long",
                    "24/11/2026 20:41",
                    "Cảm ơn các thầy cô đã luôn tận tụy với học trò vùng nông thôn.",
                ),
            ],
        },
    ),
    _s(
        id=405,
        slug="truong-thcs-chanh-an-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia",
        title="Trường THCS Chánh An đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="tin-tuc-su-kien",
        published_at="2026-11-19T14:30:00+07:00",
        summary=(
            "Ngày 18/11/2026, Trường THCS Chánh An (xã Chánh An, huyện Mang Thít) long trọng tổ chức lễ "
            "đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục "
            "cấp độ 2."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_11/thcs-chanh-an-don-bang.jpg",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "home-left",
            ),
            P(
                "Trường THCS Chánh An được thành lập năm 1979, hiện có 14 lớp với 468 học sinh, 32 cán bộ, "
                "giáo viên, nhân viên. Những năm qua, nhà trường luôn duy trì tỷ lệ học sinh lên lớp trên "
                "98%, tỷ lệ tốt nghiệp THCS đạt 100%."
            ),
            P(
                "Để đạt chuẩn, nhà trường đã tranh thủ sự hỗ trợ của địa phương và phụ huynh học sinh xây "
                "mới 6 phòng học bộ môn, nhà đa năng, cải tạo khu vệ sinh và trồng thêm cây xanh, với tổng "
                "kinh phí gần 9 tỷ đồng."
            ),
            Img("/uploads/news/2026_11/thcs-chanh-an-hoc-sinh.jpg", "(Ảnh: Minh Thư)", None, "credit"),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND huyện đề nghị nhà trường tiếp tục giữ vững và nâng "
                "cao các tiêu chuẩn đã đạt, chú trọng nâng cao chất lượng giáo dục toàn diện, xây dựng môi "
                "trường học đường xanh - sạch - đẹp - an toàn."
            ),
            P("Với kết quả này, toàn huyện Mang Thít hiện có 41/52 trường đạt chuẩn quốc gia, đạt tỷ lệ 78,8%."),
        ],
        authors=["Minh Thư"],
        photographers=["Minh Thư"],
        source="Báo Vĩnh Long",
        opts={
            "publ": "2026-11-19 14:30",
            "author_line": "Minh Thư",
            "source_line": ("Báo Vĩnh Long", "https://baovinhlong.vn/giao-duc/"),
            "tags": ["thcs"],
            "comments": [
                (
                    "Cựu học sinh khóa 1998 - 2002",
                    "20/11/2026 21:05",
                    "Trường mình giờ khang trang quá, nhớ thầy cô ngày xưa.",
                ),
            ],
        },
    ),
    _s(
        id=403,
        slug="kiem-tra-chuyen-de-cong-tac-ban-tru-tai-cac-truong-mam-non-mau-giao",
        title="Kiểm tra chuyên đề công tác bán trú tại các trường mầm non, mẫu giáo",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-16T07:45:00+07:00",
        summary=(
            "Từ ngày 09/11 đến ngày 13/11/2026, đoàn kiểm tra của Phòng GD&ĐT đã kiểm tra chuyên đề công "
            "tác tổ chức bán trú tại 8 trường mầm non, mẫu giáo trên địa bàn huyện."
        ),
        blocks=[
            P(
                "Nội dung kiểm tra gồm: cơ sở vật chất bếp ăn, quy trình bếp một chiều, hồ sơ kiểm thực ba "
                "bước, lưu mẫu thức ăn, việc xây dựng thực đơn và tính khẩu phần dinh dưỡng cho trẻ.",
                "brdiv",
            ),
            P(
                "Qua kiểm tra, các đơn vị đều có bếp ăn đảm bảo quy trình một chiều, có hợp đồng cung cấp "
                "thực phẩm với các cơ sở có giấy chứng nhận an toàn thực phẩm; thực đơn được thay đổi theo "
                "tuần, theo mùa.",
                "brdiv",
            ),
            P(
                "Một số trường đã ứng dụng phần mềm dinh dưỡng để cân đối khẩu phần, như Trường MN Hoa Sen, "
                "Trường MG Sơn Ca và Trường MN Tân Long Hội.",
                "brdiv",
            ),
            P(
                "Tuy nhiên, vẫn còn 2 trường lưu mẫu thức ăn chưa đủ 24 giờ, sổ kiểm thực ghi chưa đầy đủ "
                "thông tin nguồn gốc thực phẩm. Đoàn kiểm tra đã góp ý trực tiếp và yêu cầu khắc phục trước "
                "ngày 30/11/2026.",
                "brdiv",
            ),
            Img(
                "/uploads/news/2026_11/kiem-tra-ban-tru-mn-hoa-sen.jpg",
                "Đoàn kiểm tra bếp ăn bán trú tại Trường MN Hoa Sen",
                "Đoàn kiểm tra bếp ăn bán trú tại Trường MN Hoa Sen",
                "next",
            ),
        ],
        authors=["Tổ Mầm non"],
        opts={
            "publ": "2026-11-16 07:45",
            "author_line": "Tổ Mầm non",
            "thumb": "/assets/news/2026_11/kiem-tra-ban-tru-bep-an.jpg",
        },
    ),
    _s(
        id=401,
        slug="phong-gd-dt-mang-thit-tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Phòng GD&ĐT Mang Thít tập huấn chuyển đổi số trong quản lý trường học",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T15:10:00+07:00",
        summary=(
            "Trong hai ngày 10 và 11/11/2026, Phòng GD&ĐT huyện Mang Thít tổ chức lớp tập huấn chuyển đổi "
            "số trong quản lý trường học cho hơn 150 cán bộ quản lý, nhân viên văn thư và kế toán các trường."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_11/tap-huan-chuyen-doi-so.jpg",
                "Học viên thực hành trên phần mềm quản lý hồ sơ điện tử",
                "Học viên thực hành trên phần mềm quản lý hồ sơ điện tử",
                "home-left",
            ),
            P(
                "Tại lớp tập huấn, học viên được hướng dẫn sử dụng hệ thống quản lý văn bản và điều hành, ký "
                "số văn bản bằng chữ ký số chuyên dùng, triển khai học bạ số và hồ sơ điện tử của giáo viên "
                "theo hướng dẫn của Sở GD&ĐT Vĩnh Long."
            ),
            Img(
                "/uploads/news/2026_11/tap-huan-chuyen-doi-so-ky-so.jpg",
                "Báo cáo viên hướng dẫn quy trình ký số học bạ",
                "Báo cáo viên hướng dẫn quy trình ký số học bạ",
                "table",
            ),
            P(
                "Báo cáo viên là các kỹ sư của Viễn thông Vĩnh Long và chuyên viên phụ trách công nghệ thông "
                "tin của Phòng GD&ĐT. Nội dung tập huấn được thiết kế theo hướng “cầm tay chỉ việc”, mỗi học "
                "viên thực hành trực tiếp trên tài khoản của đơn vị mình."
            ),
            P(
                "Theo kế hoạch, đến hết học kỳ I năm học 2026 - 2027, 100% trường tiểu học và trung học cơ sở "
                "trên địa bàn huyện triển khai học bạ số; 100% văn bản đi, đến được xử lý trên môi trường "
                "mạng, trừ văn bản mật."
            ),
            Img(
                "/uploads/news/2026_11/tap-huan-chuyen-doi-so-hoc-ba.jpg",
                "(Nhân viên văn thư các trường thực hành số hóa hồ sơ)",
                "Nhân viên văn thư các trường thực hành số hóa hồ sơ",
                "table",
            ),
            P(
                "Kết thúc lớp tập huấn, các đơn vị xây dựng kế hoạch chuyển đổi số của trường, báo cáo về "
                "Phòng GD&ĐT trước ngày 20/11/2026 để tổng hợp."
            ),
            Raw("RELATED_BOX"),
        ],
        authors=["Phạm Thị Ngọc Hân", "Võ Hoàng Phúc"],
        opts={
            "publ": "2026-11-12 15:10",
            "edited": "2026-11-13 09:30",
            "author_line": "Phạm Thị Ngọc Hân, Võ Hoàng Phúc",
            "tags": ["chuyen-doi-so"],
            "also": ["hoat-dong-chuyen-mon"],
        },
    ),
    _s(
        id=398,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-vien-nam-2026-vong-2",
        title="Thông báo kết quả xét tuyển viên chức giáo viên năm 2026 (vòng 2)",
        cat="thong-bao",
        published_at="2026-11-09T10:00:00+07:00",
        summary=(
            "Hội đồng xét tuyển viên chức huyện Mang Thít thông báo kết quả xét tuyển viên chức giáo viên "
            "mầm non, tiểu học, trung học cơ sở năm 2026 (vòng 2)."
        ),
        blocks=[
            P(
                "Căn cứ kết quả kiểm tra, sát hạch vòng 2 ngày 02/11/2026, Hội đồng xét tuyển viên chức huyện "
                "Mang Thít thông báo kết quả như sau:"
            ),
            P("Cấp học | Chỉ tiêu | Số dự tuyển | Số trúng tuyển", "th"),
            P("Mầm non | 12 | 19 | 12", "tr"),
            P("Tiểu học | 18 | 31 | 17", "tr"),
            P("Trung học cơ sở | 9 | 14 | 9", "tr"),
            P(
                "Thí sinh trúng tuyển hoàn thiện hồ sơ (bản sao văn bằng, chứng chỉ có chứng thực; phiếu lý "
                "lịch tư pháp; giấy chứng nhận sức khỏe) và nộp tại Phòng Nội vụ huyện từ ngày 10/11 đến hết "
                "ngày 24/11/2026."
            ),
            P(
                "Thí sinh có nhu cầu phúc khảo nộp đơn trong thời hạn 05 ngày làm việc kể từ ngày thông báo "
                "kết quả trên Cổng thông tin điện tử của Phòng GD&ĐT và niêm yết tại trụ sở UBND huyện."
            ),
            Raw(
                '<p><strong>Tải về:</strong> <a href="/uploads/news/2026_11/kq-xet-tuyen-vong-2.pdf" '
                'target="_blank">Danh sách kết quả xét tuyển vòng 2.pdf</a> (215 KB)</p>\n'
                '<p style="text-align:center;"><iframe frameborder="0" height="560" scrolling="no" '
                'src="https://docs.google.com/viewer?embedded=true&amp;url=http%3A%2F%2Fpgdmangthit.vinhlong'
                '.edu.vn%2Fuploads%2Fnews%2F2026_11%2Fkq-xet-tuyen-vong-2.pdf" width="100%"></iframe></p>\n'
            ),
        ],
        opts={"publ": "2026-11-09 10:00", "tags": ["giao-vien"], "thumb": "/assets/news/2026_11/xet-tuyen.png"},
    ),
    _s(
        id=396,
        slug="hoi-khoe-phu-dong-huyen-mang-thit-lan-thu-xi-nam-2026-thanh-cong-tot-dep",
        title="Hội khỏe Phù Đổng huyện Mang Thít lần thứ XI năm 2026 thành công tốt đẹp",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T17:20:00+07:00",
        summary=(
            "Sau 5 ngày tranh tài sôi nổi, chiều ngày 05/11/2026, Hội khỏe Phù Đổng huyện Mang Thít lần "
            "thứ XI đã bế mạc tại Trung tâm Văn hóa - Thể thao huyện."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_11/hkpd-keo-co-thcs.jpg",
                "Các vận động viên tham gia nội dung kéo co khối THCS",
                "Các vận động viên tham gia nội dung kéo co khối THCS",
                "home-left",
            ),
            P(
                "Hội khỏe Phù Đổng năm nay thu hút 1.124 vận động viên là học sinh tiểu học và trung học cơ "
                "sở của 32 trường, tranh tài ở 8 môn: điền kinh, bơi lội, bóng đá, cờ vua, cầu lông, bóng "
                "bàn, đá cầu và kéo co."
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, trung thực, đúng tinh thần thể thao học đường. Nhiều vận động "
                "viên thể hiện năng khiếu nổi bật ở các môn điền kinh và bơi lội, hứa hẹn sẽ mang về thành "
                "tích cho đoàn Mang Thít tại Hội khỏe Phù Đổng tỉnh Vĩnh Long năm 2027."
            ),
            P("Kết quả toàn đoàn", "h3"),
            P("Khối tiểu học: nhất Trường TH Cái Nhum A, nhì Trường TH Mỹ An A, ba Trường TH Tân Long.", "li"),
            P(
                "Khối THCS: nhất Trường THCS thị trấn Cái Nhum, nhì Trường THCS Chánh An, ba Trường THCS "
                "Nhơn Phú.",
                "li",
            ),
            P(
                "Ban Tổ chức đã trao 96 huy chương vàng, 96 huy chương bạc, 142 huy chương đồng cho các vận "
                "động viên đạt thành tích; đồng thời khen thưởng 3 đơn vị có thành tích xuất sắc trong công "
                "tác tổ chức."
            ),
        ],
        authors=["Lê Minh Tâm"],
        opts={"publ": "2026-11-06 17:20", "author_line": "Lê Minh Tâm (Trường THCS Nhơn Phú)"},
    ),
    _s(
        id=393,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường số 2",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-03T09:00:00+07:00",
        summary=(
            "Ngày 31/10/2026, cụm trường tiểu học số 2 gồm các trường TH Long Mỹ, TH Hòa Tịnh và TH Chánh "
            "Hội tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường TH Long Mỹ."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_11/shcm-cum-2-tiet-day.jpg",
                "Tiết dạy minh họa môn Khoa học lớp 4",
                "Tiết dạy minh họa môn Khoa học lớp 4",
                "home-left",
            ),
            P(
                "Tiết dạy minh họa bài “Vai trò của không khí” (Khoa học lớp 4) do cô Võ Thị Ngọc Diễm thực "
                "hiện. Trong giờ học, giáo viên tổ chức cho học sinh làm thí nghiệm theo nhóm, ghi lại hiện "
                "tượng quan sát được và tự rút ra kết luận."
            ),
            P(
                "Thay vì nhận xét, xếp loại tiết dạy, giáo viên dự giờ tập trung quan sát từng nhóm học sinh: "
                "em nào tích cực, em nào còn lúng túng, vì sao học sinh chưa hoàn thành nhiệm vụ và giáo viên "
                "đã hỗ trợ như thế nào."
            ),
            Img(
                "/uploads/news/2026_11/shcm-cum-2-quan-sat.jpg",
                "Giáo viên dự giờ quan sát hoạt động của học sinh",
                "Giáo viên dự giờ quan sát hoạt động của học sinh",
                "next",
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên các trường trong cụm có cơ hội chia sẻ kinh nghiệm, cùng tìm "
                "giải pháp giúp học sinh học tập hiệu quả hơn. Dự kiến cụm số 2 sẽ tổ chức chuyên đề tiếp "
                "theo vào tháng 12/2026 tại Trường TH Hòa Tịnh."
            ),
        ],
        authors=["Tổ Tiểu học"],
        opts={"publ": "2026-11-03 09:00", "author_line": "Tổ Tiểu học", "nfd": True},
    ),
    _s(
        id=390,
        slug="ra-quan-huong-ung-cong-truong-an-toan-giao-thong-tai-thi-tran-cai-nhum",
        title="Ra quân hưởng ứng “Cổng trường an toàn giao thông” tại thị trấn Cái Nhum",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T08:30:00+07:00",
        summary=(
            "Sáng ngày 26/10/2026, Phòng GD&ĐT phối hợp Công an huyện và Huyện đoàn Mang Thít tổ chức lễ "
            "ra quân hưởng ứng mô hình “Cổng trường an toàn giao thông” tại khu vực các trường học trên địa "
            "bàn thị trấn Cái Nhum."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_10/cong-truong-atgt-ra-quan.jpg",
                "Đoàn viên thanh niên hướng dẫn học sinh qua đường an toàn",
                "Đoàn viên thanh niên hướng dẫn học sinh qua đường an toàn",
                "home-left",
            ),
            P(
                "Tham gia lễ ra quân có hơn 300 đoàn viên, học sinh, giáo viên, phụ huynh và lực lượng cảnh "
                "sát giao thông. Sau lễ ra quân, các lực lượng chia thành tổ, hướng dẫn phụ huynh dừng, đỗ xe "
                "đúng nơi quy định trước cổng Trường TH Cái Nhum A, Trường THCS thị trấn Cái Nhum và Trường "
                "MN Hoa Sen."
            ),
            P(
                "Mô hình được duy trì vào các buổi sáng thứ hai và thứ sáu hằng tuần, vào giờ đưa đón học "
                "sinh. Các trường cũng lồng ghép nội dung giáo dục an toàn giao thông vào tiết sinh hoạt dưới "
                "cờ, nhắc nhở học sinh chấp hành quy định đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy."
            ),
            P(
                "Trong năm học 2025 - 2026, trên địa bàn huyện không xảy ra vụ tai nạn giao thông nghiêm trọng "
                "nào liên quan đến học sinh."
            ),
        ],
        authors=["Thanh Phong"],
        source="Đài Truyền thanh huyện Mang Thít",
        opts={
            "publ": "2026-10-28 08:30",
            "author_line": "Thanh Phong",
            "source_line": "Đài Truyền thanh huyện Mang Thít",
        },
    ),
    _s(
        id=386,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-vong-huyen-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 vòng huyện năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T15:45:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi lớp 9 vòng huyện năm học 2026 - 2027 diễn ra ngày 17/10/2026 với 312 "
            "thí sinh dự thi ở 9 môn văn hóa."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_10/hsg-lop-9-phong-thi.jpg",
                "Thí sinh làm bài thi môn Ngữ văn tại Hội đồng thi Trường THCS thị trấn Cái Nhum",
                "Thí sinh làm bài thi môn Ngữ văn tại Hội đồng thi Trường THCS thị trấn Cái Nhum",
                "home-full",
            ),
            P(
                "Kết quả, có 118 thí sinh đạt giải, chiếm tỷ lệ 37,8%, gồm 9 giải nhất, 24 giải nhì, 37 giải "
                "ba và 48 giải khuyến khích. Các đơn vị dẫn đầu về số lượng giải như sau:"
            ),
            P("TT | Đơn vị | Số giải", "th"),
            P("1 | THCS thị trấn Cái Nhum | 27", "tr"),
            P("2 | THCS Chánh An | 16", "tr"),
            P("3 | THCS Nhơn Phú | 14", "tr"),
            P(
                "Những thí sinh đạt giải nhất, nhì sẽ được tập trung bồi dưỡng tại Trường THCS thị trấn Cái "
                "Nhum từ ngày 02/11/2026 để tham dự kỳ thi chọn học sinh giỏi cấp tỉnh."
            ),
        ],
        authors=["Tổ THCS"],
        source="Phòng GD&ĐT Mang Thít",
        opts={
            "publ": "2026-10-22 15:45",
            "author_line": "Tổ THCS",
            "source_line": "Phòng GD&ĐT Mang Thít",
            "tags": ["hoc-sinh-gioi", "thcs"],
        },
    ),
    _s(
        id=384,
        slug="huyen-mang-thit-khai-mac-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2026",
        title="Huyện Mang Thít khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-02T10:20:00+07:00",
        summary=(
            "Sáng ngày 01/10/2026, UBND huyện Mang Thít tổ chức lễ khai mạc Tuần lễ hưởng ứng học tập suốt "
            "đời năm 2026 với chủ đề “Học tập suốt đời - Kỹ năng số cho mọi người”."
        ),
        blocks=[
            Img(
                "/uploads/news/2026_10/khai-mac-tuan-le-hoc-tap.jpg",
                "Các đại biểu thực hiện nghi thức khai mạc Tuần lễ",
                "Các đại biểu thực hiện nghi thức khai mạc Tuần lễ",
                "home-left",
            ),
            P(
                "Tuần lễ diễn ra từ ngày 01/10 đến ngày 07/10/2026 trên phạm vi toàn huyện. Trong thời gian "
                "này, các trường học, trung tâm học tập cộng đồng và thư viện xã, thị trấn tổ chức nhiều hoạt "
                "động như ngày hội đọc sách, trưng bày sách báo, hướng dẫn người dân sử dụng dịch vụ công "
                "trực tuyến."
            ),
            P(
                "Phát biểu khai mạc, lãnh đạo UBND huyện đề nghị các ngành, các cấp đẩy mạnh xây dựng xã hội "
                "học tập, khuyến khích mỗi người dân chủ động học tập, nâng cao kỹ năng số để thích ứng với "
                "yêu cầu của cuộc sống."
            ),
            P(
                "Dịp này, Hội Khuyến học huyện trao 50 suất học bổng, mỗi suất trị giá 1.000.000 đồng cho học "
                "sinh có hoàn cảnh khó khăn vượt khó học tốt."
            ),
        ],
        authors=["Võ Hoàng Phúc"],
        source="Phòng GD&ĐT Mang Thít",
        opts={
            "publ": "2026-10-02 10:20",
            "author_line": "Võ Hoàng Phúc",
            "source_line": "Phòng GD&ĐT Mang Thít",
        },
    ),
]
BY_ID = {s.id: s for s in STORIES}


# --- URLs -------------------------------------------------------------------------------------


def qs(*, nv: str = "news", op: str | None = None, page: int | None = None, lang: bool = True) -> str:
    """A no-rewrite NukeViet address with plain ``&`` (gold form); ``esc`` gives the printed form."""
    parts = (["language=vi"] if lang else []) + [f"nv={nv}"]
    if op:
        parts.append(f"op={op}")
    if page:
        parts.append(f"page={page}")
    return "/index.php?" + "&".join(parts)


def art_op(s: Story, cat: str | None = None) -> str:
    return f"{cat or s.cat}/{s.slug}-{s.id}"


def art_path(s: Story, cat: str | None = None, lang: bool = True) -> str:
    return qs(op=art_op(s, cat), lang=lang)


def cat_path(cat: str, page: int = 1, slash: bool = False) -> str:
    if page <= 1:
        return qs(op=cat)
    return qs(op=f"{cat}/page-{page}") if slash else qs(op=cat, page=page)


def cats_of(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("also", [])]


def publ(s: Story) -> datetime:
    return datetime.strptime(s.opts["publ"], "%Y-%m-%d %H:%M")


def vn_time(dt: datetime) -> str:
    return f"{_WEEKDAYS[dt.weekday()]} - {dt:%d/%m/%Y %H:%M}"


def meta_time(value: str) -> str:
    """PHP ``date('Y-m-dTH:i:s')``: the ``T`` is the zone's abbreviation, not a separator."""
    dt = datetime.strptime(value, "%Y-%m-%d %H:%M")
    return f"{dt:%Y-%m-%d}ICT{dt:%H:%M}:00"


def in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if cat in cats_of(s)), key=publ, reverse=True)


def n_pages(cat: str) -> int:
    return max(1, -(-len(in_cat(cat)) // PER_PAGE))


NEWEST = sorted(STORIES, key=publ, reverse=True)
MARQUEE = NEWEST[:5]
MOST_READ = [BY_ID[i] for i in (409, 412, 405, 410)]


def thumb(s: Story) -> str | None:
    if "thumb" in s.opts:
        return s.opts["thumb"]
    home = next((b for b in s.blocks if isinstance(b, Img) and b.style.startswith("home")), None)
    return home.src.replace("/uploads/", "/assets/", 1) if home else None


def tv(s: Story, value: str) -> str:
    """Escaped text of a story (decomposed when its editor typed Unicode tổ hợp)."""
    return text(value, nfd=bool(s.opts.get("nfd")))


# --- chrome -----------------------------------------------------------------------------------

_STYLE = """<style type="text/css">
/* doi mau giao dien - PGD Mang Thit 2024 */
header{background:#0b5394 url(/themes/default/images/header_pgd_mt.jpg) no-repeat right top}
.site_name{color:#fff200;font-size:22px;text-shadow:1px 1px 2px #023}
#menusite .navbar-default{background:#0a4a85;border-color:#083a6a}
#menusite .navbar-nav>li>a{color:#fff}
.tinmoi_chay{background:#fff7e0;border:1px solid #f0c36d;padding:3px 8px;margin-bottom:8px}
.hometext{font-weight:bold;margin-bottom:10px}
.panel-default>.panel-heading{background:#0b5394;color:#fff}
</style>"""


def _menu() -> str:
    cats = "".join(
        f'<li><a href="{esc(cat_path(c))}" title="{esc(t)}">{esc(t)}</a></li>' for c, t in CATS.items()
    )
    about = (
        f'<li><a href="{esc(qs(nv="about", op="gioi-thieu-chung.html"))}" title="Giới thiệu chung">'
        "Giới thiệu chung</a></li>"
        f'<li><a href="{esc(qs(nv="about", op="co-cau-to-chuc.html"))}" title="Cơ cấu tổ chức">'
        "Cơ cấu tổ chức</a></li>"
    )
    return f"""<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>
<div class="collapse navbar-collapse" id="menu-site-default">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/index.php?language=vi"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li role="presentation" class="dropdown"><a class="dropdown-toggle" href="{esc(qs(nv="about", op="gioi-thieu-chung.html"))}" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu</a> <strong class="caret">&nbsp;</strong><ul class="dropdown-menu">{about}</ul></li>
<li role="presentation" class="dropdown"><a class="dropdown-toggle" href="{esc(qs())}" role="button" aria-expanded="false" title="{MODULE_TITLE}">{MODULE_TITLE}</a> <strong class="caret">&nbsp;</strong><ul class="dropdown-menu">{cats}</ul></li>
<li><a href="{esc(qs(nv="laws"))}" title="Văn bản">Văn bản</a></li>
<li><a href="{esc(qs(nv="photos"))}" title="Thư viện ảnh">Thư viện ảnh</a></li>
<li><a href="{esc(qs(nv="contact"))}" title="Liên hệ">Liên hệ</a></li>
</ul>
</div></div></div></div></div>
</nav>"""


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    items = [
        '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/index.php?language=vi" '
        'itemprop="url" title="Trang nhất"><span itemprop="title">Trang nhất</span></a></li>'
    ]
    for title, path in crumbs:
        items.append(
            f'<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{esc(path)}" '
            f'itemprop="url" title="{esc(title)}"><span class="txt" itemprop="title">{esc(title)}</span></a></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden">' + "".join(items) + "</ul></div>"
    )


def _marquee() -> str:
    links = " ".join(
        f'<a href="{esc(art_path(s, lang=False))}" title="{esc(s.title)}">{tv(s, s.title)}</a> '
        '<img src="/themes/default/images/new.gif" alt="" width="26" height="11" />'
        for s in MARQUEE
    )
    return (
        '<div class="tinmoi_chay clearfix"><strong class="pull-left">Tin mới:&nbsp;</strong>'
        '<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" '
        f'onmouseout="this.start();">{links}</marquee></div>'
    )


def _right() -> str:
    hot = "".join(
        f'<li class="clearfix"><a href="{esc(art_path(s))}" title="{esc(s.title)}"><img src="{esc(thumb(s) or "")}" '
        f'alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left mar-right" /></a>'
        f'<a class="show" href="{esc(art_path(s))}" title="{esc(s.title)}">{tv(s, s.title)}</a></li>'
        for s in MOST_READ
    )
    laws = (
        f'<li><a href="{esc(qs(nv="laws", op="detail/ke-hoach-215-kh-pgddt"))}" title="Kế hoạch số 215/KH-PGDĐT">'
        "Kế hoạch số 215/KH-PGDĐT</a><br /><span class=\"small\">Ngày ban hành: 18/11/2026</span></li>"
        f'<li><a href="{esc(qs(nv="laws", op="detail/cong-van-187-pgddt-tchc"))}" title="Công văn số 187/PGDĐT-TCHC">'
        "Công văn số 187/PGDĐT-TCHC</a><br /><span class=\"small\">Ngày ban hành: 05/11/2026</span></li>"
    )
    album = esc(qs(nv="photos", op="hoat-dong-nganh/hoi-thi-giao-vien-day-gioi-bac-tieu-hoc-27"))
    return f"""<div class="panel panel-default"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body">
<ul class="block_tophits list-none">{hot}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Văn bản mới</div><div class="panel-body">
<ul class="vb_moi list-none">{laws}</ul>
<p class="text-right"><a href="{esc(qs(nv="laws"))}">Xem tất cả &raquo;</a></p></div></div>
<div class="panel panel-default"><div class="panel-heading">Thư viện ảnh</div><div class="panel-body text-center">
<a href="{album}" title="Hội thi giáo viên dạy giỏi bậc Tiểu học"><img src="/assets/photos/2026_12/album-gvdg-th.jpg" alt="Hội thi giáo viên dạy giỏi bậc Tiểu học" width="240" class="img-thumbnail" /></a></div></div>
<div class="panel panel-default"><div class="panel-heading">Liên kết website</div><div class="panel-body">
<select class="form-control" onchange="if(this.value!='')window.open(this.value,'_blank');">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://vinhlong.edu.vn">Sở GD&amp;ĐT Vĩnh Long</option>
<option value="https://mangthit.vinhlong.gov.vn">Cổng TTĐT huyện Mang Thít</option>
<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
</select></div></div>
<div class="panel panel-default"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">
<p><strong>Bạn quan tâm nội dung nào trên website?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="1" /> Tin tức - Sự kiện</label></div>
<div class="radio"><label><input type="radio" name="option" value="2" /> Văn bản chỉ đạo</label></div>
<div class="radio"><label><input type="radio" name="option" value="3" /> Thông báo tuyển sinh</label></div>
<input class="btn btn-success btn-sm" type="button" value="Biểu quyết" onclick="nv_sendvoting(this.form, '2', '1', 'a81c0f', '1');" />
<input class="btn btn-primary btn-sm" type="button" value="Kết quả" onclick="nv_sendvoting(this.form, '2', 0, 'a81c0f', '1');" /></div></div>
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>17</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>346</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>2.108</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.204.561</span></li>
</ul></div></div>"""


_FOOTER = f"""<footer id="footer">
<div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-10"><div class="panel-body">
<h3 class="column-title">{esc(SITE_NAME.upper())}</h3>
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">{esc(SITE_NAME)}</span></li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Khóm 1, thị trấn Cái Nhum, huyện Mang Thít, tỉnh Vĩnh Long</span></span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:+842703840253">0270.3840.253</a></span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:pgd.mangthit@vinhlong.edu.vn">pgd.mangthit@vinhlong.edu.vn</a></span></li>
</ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><div class="panel-body">
<h3 class="column-title">Chịu trách nhiệm nội dung</h3>
<p>Ông Nguyễn Văn Thành - Trưởng phòng GD&amp;ĐT</p>
<p>Giấy phép số 05/GP-TTĐT do Sở TT&amp;TT Vĩnh Long cấp ngày 12/3/2015</p></div></div>
<div class="col-xs-24 col-sm-24 col-md-6"><div class="panel-body">
<h3 class="column-title">Mạng xã hội</h3>
<a href="https://www.facebook.com/pgdmangthit" target="_blank"><em class="fa fa-facebook-square fa-2x"></em></a>
<a href="https://www.youtube.com/@pgdmangthit" target="_blank"><em class="fa fa-youtube-square fa-2x"></em></a>
</div></div>
</div></div></div>
<div class="footer_bot"><div class="container">
<div class="copyright">&copy; Bản quyền thuộc về {esc(SITE_NAME)}. Ghi rõ nguồn &quot;{esc(SHORT_NAME)}&quot; khi phát hành lại thông tin từ website này.</div>
<div class="bttop"><a class="pointer">Lên đầu trang</a> | <a href="http://nukeviet.vn" target="_blank">Powered by NukeViet</a></div>
</div></div>
</footer>"""


def page(
    request: Request,
    title: str,
    content: str,
    crumbs: list[tuple[str, str]],
    *,
    head: str = "",
    description: str = "",
    func: str = "main",
    module: str = "news",
) -> Response:
    desc = esc(description or f"Cổng thông tin điện tử {SITE_NAME}")
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{title}</title>
<meta name="description" content="{desc}" />
<meta name="keywords" content="phòng giáo dục mang thít, giáo dục vĩnh long, tin tức giáo dục" />
<meta name="author" content="{esc(SHORT_NAME)}" />
<meta name="copyright" content="{esc(SHORT_NAME)} [pgd.mangthit@vinhlong.edu.vn]" />
<meta name="robots" content="index, archive, follow, noodp" />
<meta name="googlebot" content="index,archive,follow,noodp" />
<meta name="msnbot" content="all,index,follow" />
<meta name="generator" content="NukeViet v4.0" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="StyleSheet" href="/themes/default/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<link rel="StyleSheet" href="/themes/default/css/style.non-responsive.css">
<link rel="alternate" href="{esc(qs(op="rss"))}" title="{MODULE_TITLE}" type="application/rss+xml">
<link rel="StyleSheet" href="/themes/default/css/news.css">
{_STYLE}
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Mt7k2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="/themes/default/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{esc(SITE_NAME)}" href="/index.php?language=vi"><img src="/uploads/logo-pgd-mangthit.png" width="90" height="90" alt="{esc(SITE_NAME)}" /></a>
<span class="site_name">{esc(SITE_NAME)}</span>
<span class="site_description">Cổng thông tin điện tử</span>
</div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="personalArea"><span class="hom_nay">{HEADER_TODAY}</span></div></div>
</div></div></header>
{_menu()}
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">{_breadcrumbs(crumbs)}</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group">
<input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..." />
<span class="input-group-btn"><button type="button" class="btn btn-info" data-url="{esc(qs(nv="seek"))}&amp;q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span>
</div></div>
</div></div></div></nav>
{_marquee()}
<div class="row">
<div class="col-sm-16 col-md-18">
{content}
</div>
<div class="col-sm-8 col-md-6">
{_right()}
</div>
</div>
</div></section>
</div>
{_FOOTER}
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/themes/default/js/bootstrap.min.js"></script>
</body>
</html>"""
    return html(doc)


# --- article markup ---------------------------------------------------------------------------


def _img(s: Story, img: Img) -> str:
    src = esc(img.src)
    line = tv(s, img.printed or "")
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:620px;">\n<tbody>\n'
            f'<tr>\n<td style="text-align:center;"><img alt="" height="413" src="{src}" width="620" /></td>\n</tr>\n'
            f'<tr>\n<td style="text-align:center;"><span style="font-size:12px;"><em>{line}</em></span></td>\n'
            "</tr>\n</tbody>\n</table>\n"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center;"><img alt="" height="400" src="{src}" width="600" /></p>\n'
            f'<p style="text-align:right;"><em>{line}</em></p>\n'
        )
    return (
        f'<p style="text-align:center;"><img alt="" height="400" src="{src}" width="600" /></p>\n'
        f'<p style="text-align:center;"><em><span style="color:#0000cd;">{line}</span></em></p>\n'
    )


def _related_box() -> str:
    old = BY_ID[384]
    return (
        '<div style="border:1px dashed #9fb6cd;padding:6px 12px;margin:12px 0;background:#f4f9ff;">'
        "<strong>Tin liên quan:</strong>\n<ul>\n"
        f'<li><a href="{esc(art_path(old))}">{esc(old.title)}</a></li>\n'
        '<li><a href="https://vinhlong.edu.vn/tin-tuc/trien-khai-hoc-ba-so-nam-hoc-2026-2027.html" '
        'target="_blank">Sở GD&amp;ĐT Vĩnh Long triển khai học bạ số năm học 2026 - 2027</a></li>\n'
        "</ul></div>\n"
    )


def render_bodytext(s: Story) -> str:
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_related_box() if b.html == "RELATED_BOX" else b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(s, b))
            i += 1
            continue
        group_styles = {"li": ("li",), "th": ("th", "tr"), "tr": ("th", "tr"), "brdiv": ("brdiv",)}
        if b.style in group_styles:
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in group_styles[b.style]:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                items = "".join(f"<li>{tv(s, p.text)}</li>\n" for p in group)
                out.append(f'<ul style="margin-left:20px;">\n{items}</ul>\n')
            elif b.style == "brdiv":
                joined = "<br />\r\n".join(tv(s, p.text) for p in group)
                out.append(f'<div style="text-align: justify;">{joined}</div>\n')
            else:
                rows = []
                for p in group:
                    cells = p.text.split(" | ")
                    if p.style == "th":
                        tds = "".join(
                            f'<td style="text-align:center;background:#dbe5f1;"><strong>{tv(s, c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{tv(s, c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>\n")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse;">'
                    f"\n<tbody>\n{''.join(rows)}</tbody>\n</table>\n"
                )
            i = j
            continue
        t = tv(s, b.text)
        if b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>\n')
        elif b.style == "ind":
            out.append(f'<p style="text-align: justify; text-indent: 30px;">{t}</p>\n')
        elif b.style == "h3":
            out.append(f'<h3><span style="color:#0b5394;">{t}</span></h3>\n')
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>\n")
        elif b.style == "nbsp":
            out.append(f'<p style="text-align: justify;">{t.replace(", ", ",&nbsp;")}</p>\n')
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>\n')
        i += 1
    return "".join(out)


def _home_img(s: Story, kind: str) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img) and b.style == kind), None)
    if img is None:
        return ""
    note = tv(s, img.printed or "")
    alt = esc(img.printed or s.title)
    if kind == "home-left":
        return (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            '<div id="imgpreview" style="width:220px;">'
            f'<p class="text-center"><img alt="{alt}" src="{esc(img.src)}" width="220" class="img-thumbnail"/></p>'
            f"<figcaption>{note}</figcaption></div></figure>\n"
        )
    return (
        f'<figure class="article center"><img alt="{alt}" src="{esc(img.src)}" width="560" class="img-thumbnail" />'
        f"<figcaption>{note}</figcaption></figure>\n"
    )


def _hometext(s: Story) -> str:
    if not s.summary:
        return ""
    return (
        '<div class="clearfix">\n'
        + _home_img(s, "home-left")
        + f'<div class="hometext" itemprop="description">{tv(s, s.summary)}</div>\n'
        + _home_img(s, "home-full")
        + "</div>\n"
    )


def _byline(s: Story) -> str:
    lines = []
    if s.opts.get("author_line"):
        lines.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{tv(s, s.opts["author_line"])}</p>')
    src = s.opts.get("source_line")
    if isinstance(src, tuple):
        lines.append(
            f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a href="{esc(src[1])}" target="_blank" '
            f'rel="nofollow">{esc(src[0])}</a></p>'
        )
    elif src:
        lines.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(src)}</p>')
    return '<div class="margin-bottom-lg">' + "".join(lines) + "</div>\n" if lines else ""


def _other_list(heading: str, items: list[tuple[Story, str]]) -> str:
    if not items:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{esc(art_path(o, c))}" '
        f'data-content="{esc(o.summary or "")}" data-img="{esc(thumb(o) or "")}" data-rel="tooltip" '
        f'title="{esc(o.title)}">{tv(o, o.title)}</a> <em>({publ(o):%d/%m/%Y})</em></li>\n'
        for o, c in items
    )
    return f'<p class="h3"><strong>{heading}</strong></p>\n<div class="clearfix"><ul class="related list-items">\n{lis}</ul></div>\n'


def _tags(s: Story) -> str:
    tags = s.opts.get("tags", [])
    if not tags:
        return ""
    links = ", ".join(
        f'<a title="{esc(TAGS[t])}" href="{esc(qs(op="tag/" + t))}"><em>{esc(TAGS[t])}</em></a>' for t in tags
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords">{links}</span>'
        "</div></div></div>\n"
    )


def _rating(s: Story) -> str:
    votes = 2 + s.id % 5
    score = votes * 4 + s.id % 3
    stars = "".join(
        f'<input class="hover-star" type="radio" value="{n}" title="{t}" />'
        for n, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết bình thường", "Bài viết tốt", "Bài viết rất tốt"], 1)
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        f'<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {score} trong {votes} đánh giá</p>'
        f'<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">'
        'Click để đánh giá bài viết</span></div></div></form></div></div>\n'
    )


def _comments(s: Story) -> str:
    items = "".join(
        '<div class="comment-box"><div class="media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
        'src="/themes/default/images/users/no_avatar.png" alt="" width="40"/></a><div class="media-body">'
        f'<div class="comment-info clearfix"><strong class="cm_item">{esc(name)}</strong> '
        f'<span class="small"><em class="fa fa-clock-o">&nbsp;</em>{esc(when)}</span></div>'
        f'<div class="comment-content">{esc(body)}</div>'
        '<div class="text-right"><a href="#postcomment" class="btn btn-default btn-xs" '
        'onclick="nv_commment_feedback(0, \'\');">Trả lời</a> <em class="fa fa-thumbs-o-up">&nbsp;</em>Thích</div>'
        "</div></div></div>\n"
        for name, when, body in s.opts.get("comments", [])
    )
    return (
        f'<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg" '
        f'data-module="news" data-area="8" data-id="{s.id}">'
        '<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title">'
        '<em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div></div>'
        f'<div id="showcomment" class="margin-bottom-lg">{items}</div>'
        '<div id="formcomment"><form method="post" role="form" onsubmit="return false;">'
        '<div class="form-group"><input type="text" class="form-control" placeholder="Họ và tên" /></div>'
        '<div class="form-group"><input type="email" class="form-control" placeholder="Email" /></div>'
        '<div class="form-group"><textarea class="form-control" rows="5" placeholder="Nội dung bình luận"></textarea></div>'
        '<div class="form-group"><img class="captchaImg" alt="Mã bảo mật" src="/assets/images/captcha_mt.png" width="150" height="40" /></div>'
        '<input type="button" class="btn btn-primary" value="Gửi bình luận" onclick="nv_commment_submit(this.form);" />'
        "</form></div></div></div></div>\n"
    )


def detail(request: Request, s: Story, cat: str) -> Response:
    dt = publ(s)
    op = art_op(s, cat)
    base = base_url(request)
    title_once = esc(s.title)
    title_twice = esc(title_once)  # NukeViet escapes the stored (already escaped) title again
    home = next((b for b in s.blocks if isinstance(b, Img) and b.style.startswith("home")), None)
    head = [
        f'<meta property="og:title" content="{title_twice}" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="og:description" content="{esc(s.summary or s.title)}" />',
        f'<meta property="og:site_name" content="{esc(SHORT_NAME)}" />',
        f'<meta property="og:url" content="{esc(base + art_path(s))}" />',
        f'<meta property="article:published_time" content="{meta_time(s.opts["publ"])}" />',
        f'<meta property="article:modified_time" content="{meta_time(s.opts.get("edited", s.opts["publ"]))}" />',
        f'<meta property="article:section" content="{esc(CATS[cat])}" />',
    ]
    if home:
        head.insert(4, f'<meta property="og:image" content="{esc(base + home.src)}" />')
    head += [f'<meta property="article:tag" content="{esc(TAGS[t])}" />' for t in s.opts.get("tags", [])]
    siblings = in_cat(cat)
    idx = siblings.index(s)
    newer = [(o, cat) for o in siblings[max(0, idx - ST_LINKS) : idx]]
    older = [(o, cat) for o in siblings[idx + 1 : idx + 1 + ST_LINKS]]
    print_url = esc(qs(op="print/" + op))
    mail_url = esc(qs(op="sendmail/" + op))
    content = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{tv(s, s.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5" itemprop="datePublished">{vn_time(dt)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{mail_url}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_url}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{esc(qs(op="savefile/" + op))}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
{_hometext(s)}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_bodytext(s)}</div>
{_byline(s)}<div class="alert alert-info margin-bottom-lg">Ghi rõ nguồn &quot;{esc(SHORT_NAME)}&quot; khi phát hành lại thông tin từ website này.</div>
</div>
</div>
{_tags(s)}{_rating(s)}<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">
<div class="fb-like" data-href="{esc(base + art_path(s))}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<div class="g-plusone" data-size="medium"></div></div></div></div>
{_comments(s)}<div class="news_column panel panel-default"><div class="panel-body other-news">
{_other_list("Những tin mới hơn", newer)}{_other_list("Những tin cũ hơn", older)}</div></div>
"""
    return page(
        request,
        f"{title_twice} - {esc(CATS[cat])} - {esc(SHORT_NAME)}",
        content,
        [(MODULE_TITLE, qs()), (CATS[cat], cat_path(cat))],
        head="\n".join(head),
        description=s.summary or s.title,
        func="detail",
    )


def _bare(request: Request, s: Story, op: str, *, save: bool) -> str:
    base = base_url(request)
    url = base + art_path(s, op.split("/")[0])
    tools = (
        ""
        if save
        else '<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" '
        'href="javascript:;" onclick="window.print()">In ra</a></li><li class="hidden-print txtrequired">'
        '<em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" '
        'onclick="window.close()">Đóng cửa sổ này</a></li>'
    )
    home = _home_img(s, "home-left") + _home_img(s, "home-full")
    hometext = f'<div id="hometext">{tv(s, s.summary)}</div>' if s.summary else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(esc(s.title))}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="/themes/default/css/news.print.css" /></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SHORT_NAME)}</h2><p class="pull-right"><a title="{esc(SITE_NAME)}" href="{esc(base)}/">{esc(base)}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>{tv(s, s.title)}</h1>
<ul class="list-inline"><li>{vn_time(publ(s))}</li>{tools}</ul>
<div class="clear"></div>
{home}{hometext}
<div class="bodytext">{render_bodytext(s)}</div>
<div id="author">{_byline(s)}</div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{esc(url)}" title="{esc(s.title)}">{esc(url)}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {esc(SITE_NAME)}</div>
<div id="contact"><a href="mailto:pgd.mangthit@vinhlong.edu.vn">pgd.mangthit@vinhlong.edu.vn</a></div>
</div>
</div></body></html>"""


def sendmail(request: Request, s: Story) -> Response:
    doc = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow" /></head><body>
<div class="sendmail"><h3>Gửi bài viết qua email</h3><p><strong>{tv(s, s.title)}</strong></p>
<form method="post" action="{esc(qs(op="sendmail/" + art_op(s)))}">
<p>Họ tên của bạn: <input type="text" name="name" /></p><p>Email của bạn: <input type="text" name="youremail" /></p>
<p>Email người nhận: <input type="text" name="friendemail" /></p><p>Lời nhắn: <textarea name="content"></textarea></p>
<p><input type="submit" value="Gửi email" /></p></form></div></body></html>"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------


def _tooltip_link(s: Story, cat: str, cls: str = "show") -> str:
    return (
        f'<a class="{cls}" href="{esc(art_path(s, cat))}" data-content="{esc(s.summary or "")}" '
        f'data-img="{esc(thumb(s) or "")}" data-rel="tooltip" data-placement="bottom" title="{esc(s.title)}">'
        f"{tv(s, s.title)}</a>"
    )


def _pager(cat: str, current: int) -> str:
    total = n_pages(cat)
    if total <= 1:
        return ""
    items = []
    if current > 1:
        items.append(f'<li><a rel="prev" href="{esc(cat_path(cat, current - 1, slash=True))}">&laquo; Trước</a></li>')
    for n in range(1, total + 1):
        if n == current:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a href="{esc(cat_path(cat, n))}">{n}</a></li>')
    if current < total:
        items.append(f'<li><a rel="next" href="{esc(cat_path(cat, current + 1, slash=True))}">Sau &raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(items) + "</ul></div>\n"


def listing(request: Request, cat: str, n: int) -> Response:
    items = in_cat(cat)[(n - 1) * PER_PAGE : n * PER_PAGE]
    lis = "".join(
        f'<li class="{"" if k % 2 else "bg"}"><em class="fa fa-angle-right">&nbsp;</em>{_tooltip_link(s, cat)}'
        + ('<span class="icon_new">&nbsp;</span>' if publ(s) >= datetime(2026, 12, 1) else "")
        + "</li>\n"
        for k, s in enumerate(items)
    )
    content = (
        f'<div class="news_column"><div class="panel panel-default"><div class="panel-heading"><h1 class="h4 margin-none">'
        f"{esc(CATS[cat])}</h1></div><div class=\"panel-body\"><ul class=\"related list-items\">\n{lis}</ul></div></div></div>\n"
        + _pager(cat, n)
    )
    suffix = f" - Trang {n}" if n > 1 else ""
    return page(
        request,
        f"{esc(CATS[cat])}{suffix} - {esc(SHORT_NAME)}",
        content,
        [(MODULE_TITLE, qs()), (CATS[cat], cat_path(cat))],
        func="viewcat",
    )


def home(request: Request) -> Response:
    blocks = []
    for cat in CAT_ORDER:
        items = in_cat(cat)
        first, others = items[0], items[1 : 1 + ST_LINKS]
        img = thumb(first)
        pic = (
            f'<a href="{esc(art_path(first, cat))}" title="{esc(first.title)}"><img alt="{esc(first.title)}" '
            f'src="{esc(img)}" width="160" class="img-thumbnail pull-left imghome" /></a>'
            if img
            else ""
        )
        right = "".join(f'<li class="icon_list">{_tooltip_link(o, cat, "show h4")}</li>\n' for o in others)
        blocks.append(
            f"""<div class="news_column panel panel-default">
<div class="panel-heading"><h4><a title="{esc(CATS[cat])}" href="{esc(cat_path(cat))}"><span>{esc(CATS[cat])}</span></a></h4></div>
<div class="panel-body"><div class="row">
<div class="col-md-16">{pic}<h3><a href="{esc(art_path(first, cat))}" title="{esc(first.title)}">{tv(first, first.title)}</a></h3>
<p class="text-justify">{tv(first, first.summary or "")}</p></div>
<div class="col-md-8"><ul class="related">
{right}</ul></div>
</div></div>
</div>"""
        )
    return page(request, esc(SHORT_NAME), "\n".join(blocks), [], func="main")


def tag_page(request: Request, tag: str) -> Response | None:
    items = [s for s in NEWEST if tag in s.opts.get("tags", [])]
    if not items:
        return None
    rows = "".join(
        f"""<div class="news_column panel panel-default"><div class="panel-body">
{f'<a href="{esc(art_path(s))}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{esc(thumb(s))}" width="100" class="img-thumbnail pull-left imghome" /></a>' if thumb(s) else ""}
<h3><a href="{esc(art_path(s))}" title="{esc(s.title)}">{tv(s, s.title)}</a></h3>
<p><em class="fa fa-clock-o">&nbsp;</em><em>{publ(s):%d/%m/%Y %H:%M}</em></p>
<p class="text-justify">{tv(s, s.summary or "")}</p></div></div>
"""
        for s in items
    )
    content = f'<div class="page-header"><h1>{esc(TAGS[tag])}</h1></div>\n{rows}'
    return page(
        request,
        f"{esc(TAGS[tag])} - {esc(SHORT_NAME)}",
        content,
        [(MODULE_TITLE, qs()), (TAGS[tag], qs(op="tag/" + tag))],
        func="tag",
    )


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{esc(base + art_path(s))}</link>"
        f"<guid isPermaLink=\"false\">news_{s.id}</guid><description>{esc(s.summary or '')}</description>"
        f"<pubDate>{publ(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>\n"
        for s in MARQUEE
    )
    doc = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{esc(MODULE_TITLE)} - {esc(SHORT_NAME)}</title><link>{esc(base + qs())}</link>
<description>{esc(SITE_NAME)}</description><language>vi</language>
{items}</channel></rss>"""
    return Response(200, doc, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- other modules --------------------------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung.html": (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Mang Thít là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, "
            "tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
            "Năm học 2026 - 2027, toàn huyện có 52 trường mầm non, tiểu học và trung học cơ sở với hơn 17.800 "
            "trẻ em, học sinh và 1.430 cán bộ quản lý, giáo viên, nhân viên.",
            "Trụ sở: Khóm 1, thị trấn Cái Nhum, huyện Mang Thít, tỉnh Vĩnh Long. Điện thoại: 0270.3840.253.",
        ],
    ),
    "co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Ông Nguyễn Văn Thành.",
            "Phó Trưởng phòng: Ông Trần Văn Lực, phụ trách chuyên môn THCS và công tác thi đua.",
            "Phó Trưởng phòng: Bà Lê Thị Hồng Nhung, phụ trách giáo dục mầm non, tiểu học.",
            "Các bộ phận: Tổ Tổ chức - Hành chính, Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Tổ Kế hoạch - Tài chính.",
        ],
    ),
}

LAWS = {
    "ke-hoach-215-kh-pgddt": {
        "title": "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        "so": "215/KH-PGDĐT",
        "ngay": "18/11/2026",
        "loai": "Kế hoạch",
        "linhvuc": "Giáo dục Tiểu học",
        "ky": "Trần Văn Lực",
        "file": "/uploads/laws/kh-215-pgddt-hoi-thi-gvdg-th.pdf",
    },
    "cong-van-187-pgddt-tchc": {
        "title": "Về việc rà soát, cập nhật hồ sơ điện tử cán bộ, giáo viên, nhân viên",
        "so": "187/PGDĐT-TCHC",
        "ngay": "05/11/2026",
        "loai": "Công văn",
        "linhvuc": "Tổ chức cán bộ",
        "ky": "Nguyễn Văn Thành",
        "file": "/uploads/laws/cv-187-pgddt-tchc.pdf",
    },
}
PDFS = {"/uploads/news/2026_11/kq-xet-tuyen-vong-2.pdf", *(d["file"] for d in LAWS.values())}
ALBUM_OP = "hoat-dong-nganh/hoi-thi-giao-vien-day-gioi-bac-tieu-hoc-27"


def about_page(request: Request, op: str) -> Response | None:
    if op not in ABOUT:
        return None
    title, paras = ABOUT[op]
    body = "".join(f"<p>{esc(p)}</p>\n" for p in paras)
    content = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(title)}</h1>\n'
        f'<div class="bodytext">{body}</div></div></div>'
    )
    return page(
        request, f"{esc(title)} - {esc(SHORT_NAME)}", content, [("Giới thiệu", qs(nv="about", op=op))], module="about"
    )


def contact_page(request: Request) -> Response:
    content = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Liên hệ</h1>
<div class="row"><div class="col-md-12"><p><strong>Văn phòng {esc(SITE_NAME)}</strong></p>
<p>Địa chỉ: Khóm 1, thị trấn Cái Nhum, huyện Mang Thít, tỉnh Vĩnh Long</p>
<p>Điện thoại: 0270.3840.253 - Fax: 0270.3840.254</p><p>Email: pgd.mangthit@vinhlong.edu.vn</p></div></div>
<form method="post" action="{esc(qs(nv="contact"))}" onsubmit="return nv_validForm(this);">
<div class="form-group"><input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề" /></div>
<div class="form-group"><input type="text" name="fname" class="form-control" placeholder="Họ và tên" /></div>
<div class="form-group"><textarea name="fcon" class="form-control" rows="6" placeholder="Nội dung"></textarea></div>
<input type="submit" class="btn btn-primary" value="Gửi đi" /></form>
</div></div>"""
    return page(request, f"Liên hệ - {esc(SHORT_NAME)}", content, [("Liên hệ", qs(nv="contact"))], module="contact")


def laws_page(request: Request, op: str) -> Response | None:
    if not op:
        rows = "".join(
            f'<tr><td>{esc(d["so"])}</td><td>{esc(d["ngay"])}</td><td><a href="{esc(qs(nv="laws", op="detail/" + k))}">'
            f'{esc(d["title"])}</a></td></tr>\n'
            for k, d in LAWS.items()
        )
        content = (
            '<div class="panel panel-default"><div class="panel-body"><table class="table table-striped table-bordered">'
            f"<thead><tr><th>Số ký hiệu</th><th>Ban hành</th><th>Trích yếu</th></tr></thead><tbody>\n{rows}</tbody></table></div></div>"
        )
        return page(request, f"Văn bản - {esc(SHORT_NAME)}", content, [("Văn bản", qs(nv="laws"))], module="laws")
    key = op.removeprefix("detail/")
    d = LAWS.get(key) if op.startswith("detail/") else None
    if d is None:
        return None
    fields = [
        ("Số ký hiệu", d["so"]),
        ("Ngày ban hành", d["ngay"]),
        ("Ngày có hiệu lực", d["ngay"]),
        ("Trích yếu", d["title"]),
        ("Thể loại", d["loai"]),
        ("Lĩnh vực", d["linhvuc"]),
        ("Cơ quan ban hành", "Phòng Giáo dục và Đào tạo"),
        ("Người ký", d["ky"]),
    ]
    rows = "".join(f'<tr><td style="width:160px;">{esc(a)}</td><td>{esc(b)}</td></tr>\n' for a, b in fields)
    content = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">{esc(d["title"])}</h1>
<table class="table table-bordered table-striped"><tbody>
{rows}</tbody></table>
<p><strong>Tải về:</strong> <a href="{esc(d["file"])}"><em class="fa fa-download">&nbsp;</em>{esc(d["file"].rsplit("/", 1)[1])}</a></p>
</div></div>"""
    return page(
        request,
        f"{esc(d['so'])} - {esc(SHORT_NAME)}",
        content,
        [("Văn bản", qs(nv="laws")), (d["so"], qs(nv="laws", op=op))],
        module="laws",
        func="detail",
    )


def photos_page(request: Request, op: str) -> Response | None:
    album_path = qs(nv="photos", op=ALBUM_OP)
    if op in ("", ALBUM_OP.split("/")[0]):
        content = (
            '<div class="panel panel-default"><div class="panel-body"><div class="row"><div class="col-md-8 text-center">'
            f'<a href="{esc(album_path)}"><img src="/assets/photos/2026_12/album-gvdg-th.jpg" alt="" width="200" '
            'class="img-thumbnail" /></a><p><a href="' + esc(album_path) + '">Hội thi giáo viên dạy giỏi bậc Tiểu học</a>'
            "</p></div></div></div></div>"
        )
        return page(request, f"Thư viện ảnh - {esc(SHORT_NAME)}", content, [("Thư viện ảnh", qs(nv="photos"))], module="photos")
    if op != ALBUM_OP:
        return None
    pics = "".join(
        f'<div class="col-md-8"><a href="/uploads/photos/2026_12/gvdg-th-{n:02d}.jpg" data-fancybox="album">'
        f'<img src="/assets/photos/2026_12/gvdg-th-{n:02d}.jpg" alt="Ảnh {n}" width="200" class="img-thumbnail" /></a></div>'
        for n in range(1, 7)
    )
    content = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Hội thi giáo viên dạy giỏi bậc Tiểu học</h1>
<p class="small"><em class="fa fa-clock-o">&nbsp;</em> Thứ tư - 02/12/2026 17:05 | <em class="fa fa-eye">&nbsp;</em> 214 lượt xem | 6 ảnh</p>
<p>Một số hình ảnh tại Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027.</p>
<div class="row">{pics}</div>
</div></div>"""
    return page(
        request,
        f"Hội thi giáo viên dạy giỏi bậc Tiểu học - {esc(SHORT_NAME)}",
        content,
        [("Thư viện ảnh", qs(nv="photos")), ("Hoạt động ngành", qs(nv="photos", op="hoat-dong-nganh"))],
        module="photos",
        func="detail",
    )


def seek_page(request: Request, q: str) -> Response:
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Tìm kiếm</h1>'
        f"<p>Không tìm thấy kết quả nào cho từ khóa <strong>{esc(q)}</strong>.</p></div></div>"
    )
    return page(request, f"Tìm kiếm - {esc(SHORT_NAME)}", content, [("Tìm kiếm", qs(nv="seek"))], module="seek")


# --- routing --------------------------------------------------------------------------------

_PARAMS = {"language", "nv", "op", "page", "q"}


def _find_article(rest: str) -> tuple[Story, str] | None:
    cat, _, tail = rest.partition("/")
    alias, _, ident = tail.rpartition("-")
    if not ident.isdigit() or "/" in tail:
        return None
    s = BY_ID.get(int(ident))
    if s is None or s.slug != alias or cat not in cats_of(s):
        return None
    return s, cat


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in PDFS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path not in ("/", "/index.php"):
            return None
        params = request.params
        if set(params) - _PARAMS or params.get("language", "vi") != "vi":
            return None
        nv = params.get("nv", "news")
        op = params.get("op", "")
        if nv != "news" and "page" in params:
            return None
        if nv == "about":
            return about_page(request, op)
        if nv == "contact":
            return contact_page(request) if not op else None
        if nv == "laws":
            return laws_page(request, op)
        if nv == "photos":
            return photos_page(request, op)
        if nv == "seek":
            return seek_page(request, params.get("q", "")) if not op else None
        if nv != "news" or ("q" in params):
            return None
        return self._news(request, op, params.get("page"))

    def _news(self, request: Request, op: str, page_arg: str | None) -> Response | None:
        cat, _, tail = op.partition("/")
        if cat in CATS and (not tail or tail.startswith("page-")):
            raw = tail.removeprefix("page-") if tail else page_arg
            if tail and page_arg is not None:
                return None
            if raw is None:
                n = 1
            elif raw.isdigit() and int(raw) >= 1:
                n = int(raw)
            else:
                return None
            if n > n_pages(cat):
                return redirect(cat_path(cat), 302)
            return listing(request, cat, n)
        if page_arg is not None:
            return None
        if not op:
            return home(request)
        if op == "rss":
            return rss(request)
        if op.startswith("tag/"):
            tag = op.removeprefix("tag/")
            return tag_page(request, tag) if tag in TAGS else None
        kind, _, rest = op.partition("/")
        if kind in ("print", "savefile", "sendmail"):
            found = _find_article(rest)
            if found is None:
                return None
            s, c = found
            if kind == "sendmail":
                return sendmail(request, s)
            body = _bare(request, s, art_op(s, c), save=kind == "savefile")
            if kind == "print":
                return html(body)
            return html(body, headers={"Content-Disposition": f"attachment; filename={s.slug}.html"})
        found = _find_article(op)
        if found is None:
            return None
        return detail(request, *found)


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    out = [art_path(s, c) for c in cats_of(s) if c != s.cat]
    for c in cats_of(s):
        out += [qs(op="print/" + art_op(s, c)), qs(op="savefile/" + art_op(s, c))]
    if s in MARQUEE:
        out.append(art_path(s, lang=False))
    return out


GOLD = [gold_record(s, art_path(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    qs(nv="about", op="gioi-thieu-chung.html"),
    qs(nv="about", op="co-cau-to-chuc.html"),
    qs(nv="contact"),
    qs(nv="laws", op="detail/ke-hoach-215-kh-pgddt"),
    qs(nv="laws", op="detail/cong-van-187-pgddt-tchc"),
    qs(nv="photos", op=ALBUM_OP),
]

assert len(GOLD) == 13
assert all(unicodedata.is_normalized("NFC", g["body"]) for g in GOLD)
