"""NukeViet 4.5 news module, category view "viewcat_list_new", rewriting on: Trường THPT Chuyên Bắc Kạn.

Platform
    NukeViet 4.5 (PHP CMS by VINADES), the news module installed as "news" and set as the site's
    home module; every category uses the view ``viewcat_list_new`` (a bare list of headlines with
    the sapo in a Bootstrap tooltip), rewriting on, ``rewrite_exturl = .html``. The school theme
    ("thptchuyen") is the default theme's layout (Bootstrap 3, 24-column grid, ``panel`` blocks)
    with a few vendor blocks of its own. The site belongs to a provincial specialised upper-secondary
    school; since the 2025 merger of provinces it is run by the Sở GD&ĐT Thái Nguyên, and the
    footer/letterheads say so.

URL scheme
    /                                          home (news main: headline block + list page 1)
    /news/                                     news main, list of all articles, 4 a page
    /news/page-2 … /news/page-4                its pages (``page-1`` → 301 to /news/)
    /news/<cat-alias>/                         a category (with its sub-category's articles)
    /news/<cat-alias>/page-2                   a category's page 2
    /news/<cat-alias>/<alias>-<id>.html        an article (``?download=1&id=0`` = its attachment)
    /news/print/<cat-alias>/<alias>-<id>.html  print view (opened only by ``nv_open_browse`` in onclick)
    /news/sendmail/<cat-alias>/<alias>-<id>.html   "send to a friend" pop-up form
    /news/tag/<tag-alias>                      tag page
    /news/search/?q=…, /seek/?q=…              module search, site search
    /news/rss/, /news/rss/<cat-alias>/          RSS 2.0 feeds; /feeds/ = the RSS module's page
    /index.php?language=vi&nv=news&op=<cat>/<alias>-<id>   non-rewritten form (a vendor block prints it)
    /about/<alias>.html (page module), /contact/, /van-ban/detail/<alias>-<id>.html (laws module),
    /album/<alias>-<id>.html (photo album)

Page templates
    Every page: header (logo, school name, the clock "Thứ Bảy, 05/12/2026", search form), main menu
    with drop-downs, the NukeViet 4.5 breadcrumbs (see trap 3), left column (categories, notice
    portlet, web links select), right column ("Tin xem nhiều", poll, visitor counter), footer
    (company_info block, copyright, "Thiết kế bởi VINADES").
    Detail page (``detail.tpl``): ``h1.title[itemprop=headline]``, hidden schema.org spans, the
    date row "Thứ năm - 03/12/2026 14:30" with the sendmail/print/save icons, the 4.5 voice player
    on some articles, the home image figure + ``div.hometext`` (the sapo), ``#news-bodyhtml``,
    attachment panel, "Tác giả: … / Nguồn tin: …" right-aligned lines, the copyright notice box;
    then panels for tags, rating, social buttons, comments and "Những tin mới hơn / Những tin cũ
    hơn".

How each gold article is reached
    Categories (per page 4, newest first; a parent category lists its sub-category's articles):
    "Tin tức - Sự kiện" (tin-tuc-su-kien): 411 409 405 403 | page-2: [external link] 396 390 387
    "Hoạt động Đoàn trường" (hoat-dong-doan-truong, sub of the above): 409 403 393* 390
    "Hoạt động chuyên môn" (hoat-dong-chuyen-mon): 408 401 393 384
    "Thông báo" (thong-bao): 412 398
    /news/ (and the home page's list): 412 411 409 408 | 405 403 401 [ext] | 398 396 393 390 | 387 384
    396 and 387 are on no first page of any listing, nor on the home page's blocks: they are found
    only on page 2+ (or from other articles' "Những tin cũ hơn" lists, tags and the RSS feed).
    (* 393 is listed in the Đoàn category under that category's alias, see trap 8.)

Traps
    1. Listing = headlines only (viewcat_list_new): each ``<li>`` has the headline cut to 70
       characters with "...", the full title in ``title=""``, the sapo in ``data-content`` and a
       thumbnail in ``data-img`` (shown by a JS tooltip). Gold: the title is the article page's
       ``h1`` in full; nothing from the listing is taken.
    2. Hidden schema.org spans at the top of the article panel (``class="hidden hide d-none"``):
       ``itemprop="description"`` repeats the sapo, ``itemprop="author"`` holds the poster's CMS
       account ("bbt.chuyenbk") when the author field is empty, ``dateModified`` is a later day.
       Gold: the sapo once (first body paragraph), no author from the account, published date.
    3. NukeViet 4.5 breadcrumbs: the visible ``ul.breadcrumbs`` is empty and filled by JS; the
       crumbs are printed in ``ul.temp-breadcrumbs.hidden`` (schema BreadcrumbList). Gold category
       = the last crumb's name (a sub-category: "Hoạt động Đoàn trường" under "Tin tức - Sự kiện").
    4. Dates: the article prints NukeViet's ``l - d/m/Y H:i`` ("Thứ năm - 03/12/2026 14:30"); the
       Open Graph ``article:published_time`` is PHP's ``date('Y-m-dTH:i:s')`` with ``T`` read as
       the timezone abbreviation ("2026-12-03+0714:30:00"), ``article:modified_time`` likewise
       and later; the header clock is today. Gold: the date row (with its time). Article 384 is
       printed "… 08/10/2026 00:00": gold the day alone.
    5. Between headline and text: the date row's icon links, and on three articles the 4.5
       "Nghe đọc bài viết" voice player with voice names and a "00:00 / 03:12" clock. Not text,
       and its clock is no time of publication.
    6. The home image: with ``imgposition`` 1 it is printed as a 183-px thumbnail from /assets/
       (plus a hidden full-size ``#imgpreview`` copy for the modal) before the sapo, and the very
       same photo comes again in the body from /uploads/: gold lists the body's copy only. With
       ``imgposition`` 2 (articles 411, 396) it is a full-size figure with its ``figcaption``
       before the sapo and not repeated: gold lists it first, with that caption.
    7. The print and send-mail links are ``href="javascript:void(0)"`` with the URL only in
       ``onclick="nv_open_browse('…')"`` (the module's "save file" option is off). The print view
       serves the same article (site name as its header, no breadcrumbs, "URL của bản tin này:"
       footer): its path is in ``alt_paths``; the send-mail pop-up is a form, not an article.
    8. One article (393) has a second category: the Đoàn listing links it as
       /news/hoat-dong-doan-truong/<alias>-393.html, which answers 301 to the primary URL under
       hoat-dong-chuyen-mon (in ``alt_paths``). The vendor "Tin xem nhiều" block prints 401 in the
       non-rewritten form /index.php?language=vi&nv=news&op=<cat>/<alias>-401, which serves the
       article with 200 and a canonical link (in ``alt_paths``).
    9. Bylines as NukeViet prints them after the body: right-aligned ``<p class="h5 text-right">
       <strong>Tác giả: </strong>…`` and ``<strong>Nguồn tin: </strong><a …>…</a>`` lines; the
       author field holds whatever the editor typed: "ThS. Lường Văn Dũng - Tổ trưởng tổ Vật lí -
       Công nghệ" (→ "Lường Văn Dũng"), a unit "BCH Đoàn trường" / "Tổ Toán - Tin" (→ as printed),
       the account "admin" (→ nobody). Other articles sign inside the body ("Tin, ảnh: X",
       "Bài: X - Ảnh: Y", an italic "Name (Tổ …)"), see the gold.
    10. Chrome inside the article panel: the attachment panel "Tệp đính kèm" (its "Tải về" link
       is the article URL plus ``?download=1&id=0`` and answers a PDF; "Xem trực tuyến" opens a
       viewer in a modal) and the copyright notice box ``div.alert.alert-info`` ("Ghi rõ nguồn …
       khi phát hành lại thông tin từ website này"). Below it the rating panel ("Tổng số điểm của
       bài viết là: 23 trong 5 đánh giá"), and the comments ("Ý kiến bạn đọc") with readers'
       names, dates and texts. None of it is body.
    11. Pagination the NukeViet way: ``ul.pagination`` with ``li.active > a[href="#"]``, the
       "page-N" segment without a slash, ``page-1`` and pages past the end answer 301 to the
       listing's base; page titles get " - Trang 2".
    12. Markup of the bodies varies by how the text came in: CKEditor 4 ``figure.image`` with
       ``figcaption``; a centred image and an italic centred caption paragraph (one printed in
       parentheses, two only "Ảnh: X"/"(Ảnh: X)": caption None, X a photographer); MS Word
       pastes (``p.MsoNormal``, nested spans, empty ``<o:p>&nbsp;</o:p>`` paragraphs); a body
       in ``<div>`` lines (CKEditor enterMode DIV); one body saved with every second non-ASCII
       character as an HTML entity (393); an official notice with a letterhead table (412).

Gold decisions on ambiguous points
    - The sapo (``div.hometext``) is ``summary`` and the body's first paragraph; 390 has no
      hometext but opens with a bold lead paragraph: that is its sapo. 398, 384 and 412 print none.
    - 412 is an official notice: letterhead rows, "THÔNG BÁO" and its subject line and the closing
      table (Nơi nhận, signer) are not body; published_at is the letterhead's day "2026-12-03"
      (the page's date row says 04/12/2026 08:15); the signer "Hà Thị Thu Hương" is the author.
    - A byline printed both in the body and in the author field counts once.
    - 396: "Nguồn tin: Sở GD&ĐT Thái Nguyên" (a link) → source; 387: "Nguồn tin: Báo Thái Nguyên
      điện tử" → source, while its body sentence "Theo thống kê, …" stays text.
    - Photo lines "Ảnh: Triệu Văn Tuấn" (405) and "(Ảnh: Minh Đức)" (396) give caption None and a
      photographer. 401's photo has no line: caption None.
    - Tables in the text (398's results, 412's timetable) are paragraphs, cells joined by " | ".
    - The YouTube iframe in 403 is not an image; the "Xem thêm: …" line is not body.
    - category is the primary category (the one in the canonical URL and breadcrumbs).
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "nukeviet45_listnew_thpt"
PLATFORM = "NukeViet 4.5 news module (viewcat_list_new, rewrite on), school theme on the default theme"
START_PATH = "/"

SITE_NAME = "Trường THPT Chuyên Bắc Kạn"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
ACCOUNT = "bbt.chuyenbk"

# category alias -> (name, parent alias or None, description)
CATS: dict[str, tuple[str, str | None, str]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None, "Tin tức, sự kiện nổi bật của nhà trường"),
    "hoat-dong-doan-truong": (
        "Hoạt động Đoàn trường",
        "tin-tuc-su-kien",
        "Hoạt động của Đoàn Thanh niên Cộng sản Hồ Chí Minh trường THPT Chuyên Bắc Kạn",
    ),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", None, "Sinh hoạt chuyên môn, bồi dưỡng học sinh giỏi"),
    "thong-bao": ("Thông báo", None, "Thông báo của nhà trường"),
}
CAT_ORDER = ["tin-tuc-su-kien", "hoat-dong-doan-truong", "hoat-dong-chuyen-mon", "thong-bao"]

TAGS = {
    "hoc-sinh-gioi": "học sinh giỏi",
    "khoa-hoc-ky-thuat": "khoa học kỹ thuật",
    "doan-thanh-nien": "đoàn thanh niên",
    "20-11": "20-11",
    "ky-nang-song": "kỹ năng sống",
    "kiem-tra-danh-gia": "kiểm tra đánh giá",
}

U12 = "/uploads/news/2026_12/"
U11 = "/uploads/news/2026_11/"
U10 = "/uploads/news/2026_10/"


def _right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


_LETTERHEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="text-align: center; width: 42%;">SỞ GD&amp;ĐT THÁI NGUYÊN<br />\n'
    "<strong>TRƯỜNG THPT CHUYÊN BẮC KẠN</strong><br />\n--------</td>\n"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />\n'
    "Độc lập - Tự do - Hạnh phúc</strong><br />\n---------------</td>\n</tr>\n<tr>\n"
    '<td style="text-align: center;">Số: 215/TB-THPTCBK</td>\n'
    '<td style="text-align: right;"><em>Đức Xuân, ngày 03 tháng 12 năm 2026</em></td>\n'
    "</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_CLOSING = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Các tổ chuyên môn;<br />\n- GVCN các lớp;<br />\n- Website nhà trường;<br />\n- Lưu: VT.</td>\n"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />\n'
    "PHÓ HIỆU TRƯỞNG</strong><br />\n<em>(Đã ký)</em><br />\n<br />\n"
    "<strong>Hà Thị Thu Hương</strong></td>\n</tr>\n</tbody>\n</table>"
)

STORIES: list[Story] = [
    Story(
        id=412,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-03",
        authors=["Hà Thị Thu Hương"],
        blocks=[
            _LETTERHEAD,
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 - 2027 của Trường THPT Chuyên Bắc Kạn; căn cứ tình hình "
                "thực tế, nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"
            ),
            P("1. Thời gian, hình thức kiểm tra", "b"),
            P("Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026.", "li"),
            P(
                "Hình thức: kiểm tra tập trung theo khối đối với các môn Toán, Ngữ văn, Tiếng Anh; các môn còn "
                "lại kiểm tra tại lớp theo thời khóa biểu.",
                "li",
            ),
            P("2. Lịch kiểm tra tập trung", "b"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("3. Tổ chức thực hiện", "b"),
            P(
                "Các tổ chuyên môn hoàn thành việc ra đề, duyệt đề và nộp về Phó Hiệu trưởng phụ trách chuyên "
                "môn trước ngày 15/12/2026. Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và cha mẹ "
                "học sinh."
            ),
            P("Đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./."),
            _CLOSING,
        ],
        opts={
            "pub": "2026-12-04 08:15",
            "mod": "2026-12-04 08:40",
            "thumb": "2026_12/lich-kiem-tra-hki.png",
            "files": ["TB-215-lich-kiem-tra-cuoi-HKI.pdf"],
            "tags": ["kiem-tra-danh-gia"],
            "meta": "Căn cứ Kế hoạch giáo dục năm học 2026 - 2027 của Trường THPT Chuyên Bắc Kạn; căn cứ tình "
            "hình thực tế, nhà trường thông báo lịch kiểm tra...",
        },
    ),
    Story(
        id=411,
        slug="hoc-sinh-truong-thpt-chuyen-bac-kan-gianh-4-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Học sinh Trường THPT Chuyên Bắc Kạn giành 4 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh "
        "năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        authors=["Nông Thị Hà"],
        photographers=["Nông Thị Hà"],
        summary="Với 5 dự án dự thi, học sinh Trường THPT Chuyên Bắc Kạn đã xuất sắc giành 01 giải Nhất, 01 giải "
        "Nhì và 02 giải Ba tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học "
        "2026 - 2027.",
        sapo_outside=True,
        blocks=[
            Img(
                U12 + "khkt-cap-tinh-1.jpg",
                "Các tác giả dự án đạt giải Nhất lĩnh vực Kỹ thuật môi trường nhận giải thưởng",
                "Các tác giả dự án đạt giải Nhất lĩnh vực Kỹ thuật môi trường nhận giải thưởng",
                "homefull",
            ),
            P(
                "Cuộc thi do Sở Giáo dục và Đào tạo tổ chức trong hai ngày 01 và 02/12/2026, thu hút 64 dự án "
                "của học sinh các trường THCS, THPT trên địa bàn tỉnh tham gia. Các dự án tập trung vào nhiều "
                "lĩnh vực như kỹ thuật môi trường, khoa học xã hội và hành vi, hệ thống nhúng, hóa sinh và phần "
                "mềm hệ thống."
            ),
            P(
                "Để chuẩn bị cho cuộc thi, từ tháng 9/2026 nhà trường đã phát động phong trào nghiên cứu khoa "
                "học trong học sinh, tổ chức vòng sơ loại cấp trường và lựa chọn 5 dự án tiêu biểu nhất. Mỗi dự "
                "án được phân công giáo viên hướng dẫn có chuyên môn phù hợp, thường xuyên trao đổi, góp ý với "
                "các nhóm tác giả."
            ),
            Img(
                U12 + "khkt-cap-tinh-2.jpg",
                "Em Lý Thị Hồng Nhung và em Hoàng Đức Anh (lớp 11 Hóa) trình bày dự án trước Ban Giám khảo",
                "Em Lý Thị Hồng Nhung và em Hoàng Đức Anh (lớp 11 Hóa) trình bày dự án trước Ban Giám khảo",
                "fig",
            ),
            P(
                "Dự án \"Chế tạo than sinh học từ vỏ củ dong riềng ứng dụng trong xử lý nước thải sinh hoạt\" "
                "của hai em Lý Thị Hồng Nhung và Hoàng Đức Anh, lớp 11 Hóa, đạt giải Nhất lĩnh vực Kỹ thuật môi "
                "trường. Theo đánh giá của Ban Giám khảo, dự án có tính thực tiễn cao, tận dụng được nguồn phế "
                "phẩm nông nghiệp sẵn có ở địa phương."
            ),
            P(
                "Giải Nhì thuộc về dự án \"Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm và kết nối "
                "Internet vạn vật\" của nhóm học sinh lớp 12 Tin. Hai dự án đạt giải Ba thuộc lĩnh vực Khoa học "
                "xã hội và hành vi, Hóa sinh."
            ),
            P(
                "Phát biểu tại buổi gặp mặt các đội thi, thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường biểu "
                "dương tinh thần say mê nghiên cứu của học sinh và sự tận tâm của các thầy cô hướng dẫn; đồng "
                "thời đề nghị các nhóm tiếp tục hoàn thiện sản phẩm để chuẩn bị cho vòng thi cấp quốc gia."
            ),
            _right("<strong>Tin, ảnh: Nông Thị Hà</strong>"),
        ],
        opts={
            "pub": "2026-12-03 14:30",
            "mod": "2026-12-04 07:55",
            "imgpos": 2,
            "thumb": "2026_12/khkt-cap-tinh-1.jpg",
            "tags": ["khoa-hoc-ky-thuat", "hoc-sinh-gioi"],
            "voice": "03:12",
            "comments": [
                ("Phụ huynh lớp 11 Hóa", "04/12/2026 07:12", "Chúc mừng các con và thầy cô hướng dẫn! Tự hào lắm."),
                ("Cựu học sinh K18", "04/12/2026 21:40", "Chuyên Bắc Kạn luôn là niềm tự hào. Chúc các em thi "
                 "quốc gia thật tốt!"),
            ],
        },
    ),
    Story(
        id=409,
        slug="soi-noi-ngay-hoi-thanh-nien-voi-van-hoa-giao-thong-nam-2026",
        title='Sôi nổi Ngày hội "Thanh niên với văn hóa giao thông" năm 2026',
        cat="hoat-dong-doan-truong",
        published_at="2026-12-01T16:05:00+07:00",
        authors=["BCH Đoàn trường"],
        summary='Chiều 30/11, Đoàn trường THPT Chuyên Bắc Kạn phối hợp với Đội Cảnh sát giao thông Công an tỉnh '
        'tổ chức Ngày hội "Thanh niên với văn hóa giao thông" cho hơn 600 đoàn viên, học sinh toàn trường.',
        sapo_outside=True,
        blocks=[
            Img(
                U12 + "ngay-hoi-giao-thong-1.jpg",
                "Đồng chí Bí thư Đoàn trường phát biểu khai mạc ngày hội",
                "Đồng chí Bí thư Đoàn trường phát biểu khai mạc ngày hội",
                "fig",
            ),
            P(
                "Ngày hội gồm nhiều hoạt động thiết thực như: tuyên truyền Luật Trật tự, an toàn giao thông "
                "đường bộ; hướng dẫn kỹ năng lái xe an toàn; thi tìm hiểu biển báo giao thông và sân khấu hóa "
                "các tình huống thường gặp khi tham gia giao thông."
            ),
            P("Nhiều hoạt động bổ ích, hấp dẫn", "h"),
            P(
                "Tại phần tuyên truyền, cán bộ Đội Cảnh sát giao thông đã phân tích những lỗi vi phạm phổ biến ở "
                "lứa tuổi học sinh như không đội mũ bảo hiểm, chở quá số người quy định, điều khiển xe máy khi "
                "chưa đủ tuổi. Những video, hình ảnh thực tế về tai nạn giao thông khiến nhiều em không khỏi "
                "xúc động."
            ),
            P(
                "Phần thi tìm hiểu biển báo với hình thức trả lời nhanh trên điện thoại thông minh thu hút đông "
                "đảo học sinh tham gia. Chi đoàn 10 Anh giành giải Nhất, chi đoàn 11 Sinh và 12 Toán đồng giải "
                "Nhì."
            ),
            Img(
                U12 + "ngay-hoi-giao-thong-2.jpg",
                "(Học sinh tham gia phần thi tiểu phẩm về an toàn giao thông)",
                "Học sinh tham gia phần thi tiểu phẩm về an toàn giao thông",
                "next",
            ),
            P(
                "Kết thúc ngày hội, 100% đoàn viên đã ký cam kết chấp hành nghiêm quy định về an toàn giao "
                "thông, không sử dụng rượu bia khi tham gia giao thông và nhắc nhở người thân cùng thực hiện."
            ),
        ],
        opts={
            "pub": "2026-12-01 16:05",
            "mod": "2026-12-02 09:10",
            "imgpos": 1,
            "thumb": "2026_12/ngay-hoi-giao-thong-1.jpg",
            "author_field": "BCH Đoàn trường",
            "tags": ["doan-thanh-nien", "ky-nang-song"],
            "voice": "02:47",
        },
    ),
    Story(
        id=408,
        slug="hoi-thao-chuyen-de-day-hoc-stem-trong-mon-vat-li-va-cong-nghe",
        title='Hội thảo chuyên đề "Dạy học STEM trong môn Vật lí và Công nghệ"',
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-28T10:20:00+07:00",
        authors=["Lường Văn Dũng"],
        summary='Ngày 27/11/2026, tổ Vật lí - Công nghệ tổ chức hội thảo chuyên đề "Dạy học STEM trong môn Vật '
        'lí và Công nghệ" với sự tham gia của giáo viên các tổ Khoa học tự nhiên trong trường.',
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhằm trao đổi kinh nghiệm xây dựng và tổ chức các chủ đề STEM, góp phần thực hiện hiệu "
                "quả Chương trình giáo dục phổ thông 2018, phát huy năng lực vận dụng kiến thức vào thực tiễn "
                "của học sinh.",
                "word",
            ),
            P(
                "Tại hội thảo, các đại biểu đã nghe 4 báo cáo tham luận và dự 2 tiết dạy minh họa. Tiết dạy chủ "
                'đề "Thiết kế xe chạy bằng năng lượng mặt trời" của cô Đinh Thị Lan ở lớp 11 Lý được đánh giá '
                "cao về khâu tổ chức hoạt động nhóm và sử dụng thiết bị thí nghiệm.",
                "word",
            ),
            Img(U11 + "hoi-thao-stem-1.jpg", "Quang cảnh hội thảo", "Quang cảnh hội thảo", "wordimg"),
            P(
                "Các ý kiến thảo luận tập trung vào những khó khăn khi triển khai dạy học STEM như: thời lượng "
                "tiết học hạn chế, kinh phí mua sắm vật liệu, việc đánh giá sản phẩm của học sinh. Nhiều giải "
                "pháp đã được đề xuất như lồng ghép chủ đề STEM vào hoạt động trải nghiệm, tận dụng vật liệu tái "
                "chế, xây dựng bộ tiêu chí đánh giá thống nhất.",
                "word",
            ),
            Img(
                U11 + "hoi-thao-stem-2.jpg",
                "Học sinh lớp 11 Lý vận hành mô hình xe năng lượng mặt trời trong tiết dạy minh họa",
                "Học sinh lớp 11 Lý vận hành mô hình xe năng lượng mặt trời trong tiết dạy minh họa",
                "wordimg",
            ),
            P(
                "Phát biểu kết luận, thầy Phó Hiệu trưởng phụ trách chuyên môn đề nghị các tổ chuyên môn tiếp "
                "tục xây dựng kế hoạch dạy học STEM cho học kỳ II, mỗi tổ thực hiện tối thiểu 2 chủ đề và tổ "
                "chức ngày hội STEM cấp trường vào tháng 3/2027.",
                "word",
            ),
        ],
        opts={
            "pub": "2026-11-28 10:20",
            "mod": "2026-11-28 16:02",
            "imgpos": 1,
            "thumb": "2026_11/hoi-thao-stem-1.jpg",
            "thumb_note": "Quang cảnh hội thảo",
            "author_field": "ThS. Lường Văn Dũng - Tổ trưởng tổ Vật lí - Công nghệ",
            "tags": ["khoa-hoc-ky-thuat"],
        },
    ),
    Story(
        id=405,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:45:00+07:00",
        authors=["Hoàng Lan Anh"],
        photographers=["Triệu Văn Tuấn"],
        summary="Sáng 19/11, Trường THPT Chuyên Bắc Kạn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
        "Nam. Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ban Đại diện cha mẹ học sinh cùng "
        "đông đảo các thế hệ thầy cô giáo, học sinh nhà trường.",
        sapo_outside=True,
        blocks=[
            Img(U11 + "le-ky-niem-20-11-1.jpg", "Các đại biểu dự Lễ kỷ niệm", "Các đại biểu dự Lễ kỷ niệm", "next"),
            P(
                "Ôn lại truyền thống vẻ vang của ngành giáo dục, diễn văn kỷ niệm khẳng định: trải qua hơn 30 năm "
                "xây dựng và phát triển, Trường THPT Chuyên Bắc Kạn đã trở thành địa chỉ tin cậy trong công tác "
                "phát hiện, bồi dưỡng học sinh năng khiếu của tỉnh. Nhiều thế hệ học sinh của trường đã trưởng "
                "thành, đang công tác và giữ những cương vị quan trọng trong và ngoài tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 68 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh, 9 "
                "học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia; tỷ lệ học sinh tốt nghiệp THPT đạt 100%, "
                "điểm trung bình các môn thi tốt nghiệp đứng trong tốp đầu của tỉnh."
            ),
            P(
                '"Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo, để mỗi học sinh '
                'Chuyên Bắc Kạn tự tin bước vào tương lai" - đại diện lãnh đạo Sở Giáo dục và Đào tạo nhấn mạnh '
                "tại buổi lễ.",
                "quote",
            ),
            Img(U11 + "le-ky-niem-20-11-2.jpg", "Ảnh: Triệu Văn Tuấn", None, "next"),
            P(
                "Dịp này, 05 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh, 12 nhà giáo được tặng Giấy khen "
                "của Giám đốc Sở Giáo dục và Đào tạo vì đã có thành tích xuất sắc trong công tác giảng dạy và bồi "
                "dưỡng học sinh giỏi."
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Hà Minh Châu, lớp 12 Văn bày tỏ lòng biết ơn sâu sắc tới các "
                "thầy cô giáo - những người đã tận tụy truyền lửa đam mê, tiếp thêm niềm tin để các em vững bước "
                "trên con đường học tập."
            ),
            Img(
                U11 + "le-ky-niem-20-11-3.jpg",
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "next",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp với chương trình văn nghệ đặc sắc do chính học sinh các "
                "lớp dàn dựng, biểu diễn."
            ),
            _right("<em><strong>Bài: Hoàng Lan Anh - Ảnh: Triệu Văn Tuấn</strong></em>"),
        ],
        opts={
            "pub": "2026-11-20 09:45",
            "mod": "2026-11-21 10:30",
            "imgpos": 1,
            "thumb": "2026_11/le-ky-niem-20-11-1.jpg",
            "author_field": "Hoàng Lan Anh",
            "tags": ["20-11"],
            "comments": [
                ("Nguyễn Thu Hằng", "20/11/2026 10:05", "Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc!"),
                ("Lớp 12 Văn", "20/11/2026 12:31", "Chúng em cảm ơn thầy cô rất nhiều ạ."),
                ("Cựu HS khóa 2010-2013", "21/11/2026 06:48", "Nhớ trường, nhớ thầy cô quá. Chúc mừng ngày 20/11!"),
            ],
        },
    ),
    Story(
        id=403,
        slug="hoi-dien-van-nghe-tri-an-thay-co-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title='Hội diễn văn nghệ "Tri ân thầy cô" chào mừng Ngày Nhà giáo Việt Nam 20/11',
        cat="hoat-dong-doan-truong",
        published_at="2026-11-17T20:10:00+07:00",
        summary='Tối 16/11, tại hội trường lớn của nhà trường, Đoàn trường tổ chức chung kết Hội diễn văn nghệ '
        '"Tri ân thầy cô" với sự tham gia của 18 tiết mục đến từ các chi đoàn.',
        sapo_outside=True,
        blocks=[
            P(
                "Các tiết mục dự thi được đầu tư công phu, đa dạng về thể loại như đơn ca, song ca, tốp ca, múa và "
                "nhảy hiện đại. Nhiều tiết mục mang đậm bản sắc văn hóa các dân tộc Tày, Nùng, Dao của quê hương "
                "Bắc Kạn như múa then, hát sli, hát lượn đã để lại ấn tượng sâu sắc."
            ),
            Img(
                U11 + "van-nghe-20-11-1.jpg",
                'Tiết mục múa "Tiếng đàn tính quê em" của chi đoàn 10 Văn',
                'Tiết mục múa "Tiếng đàn tính quê em" của chi đoàn 10 Văn',
                "fig",
            ),
            P(
                "Kết quả, Ban Tổ chức đã trao 01 giải Nhất cho chi đoàn 11 Anh, 02 giải Nhì cho chi đoàn 10 Văn "
                "và 12 Sinh, 03 giải Ba và 04 giải Khuyến khích cho các chi đoàn có tiết mục xuất sắc."
            ),
            Raw(
                '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" '
                'src="https://www.youtube.com/embed/q3XkT7bN0sM" width="640"></iframe></p>'
            ),
            P(
                "Hội diễn là hoạt động thiết thực chào mừng Ngày Nhà giáo Việt Nam, đồng thời tạo sân chơi lành "
                "mạnh, giúp học sinh rèn luyện kỹ năng, phát huy năng khiếu và gắn bó hơn với mái trường."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/news/tin-tuc-su-kien/'
                'le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026-405.html">Lễ kỷ niệm 44 năm Ngày '
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)</a></p>"
            ),
        ],
        opts={
            "pub": "2026-11-17 20:10",
            "mod": "2026-11-18 07:20",
            "thumb": "2026_11/van-nghe-20-11-1.jpg",
            "author_field": "admin",
            "tags": ["20-11", "doan-thanh-nien"],
        },
    ),
    Story(
        id=401,
        slug="to-toan-tin-to-chuc-chuyen-de-doi-moi-kiem-tra-danh-gia-theo-dinh-huong-phat-trien-nang-luc",
        title="Tổ Toán - Tin tổ chức chuyên đề đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực "
        "học sinh",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12T15:00:00+07:00",
        authors=["Tổ Toán - Tin"],
        summary="Nhằm nâng cao chất lượng công tác kiểm tra, đánh giá theo Thông tư 22/2021/TT-BGDĐT, ngày "
        "11/11/2026 tổ Toán - Tin đã tổ chức sinh hoạt chuyên đề cấp tổ với sự tham gia của 14 giáo viên.",
        sapo_outside=True,
        blocks=[
            P("Chuyên đề do cô Hoàng Thị Thu Trang và thầy Nông Quốc Việt báo cáo, tập trung vào các nội dung chính:"),
            P("Quy trình xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ;", "li"),
            P(
                "Kỹ thuật biên soạn câu hỏi trắc nghiệm nhiều lựa chọn, câu hỏi đúng - sai và câu hỏi trả lời "
                "ngắn theo định dạng mới;",
                "li",
            ),
            P("Sử dụng phần mềm quản lý ngân hàng câu hỏi và chấm bài trực tuyến;", "li"),
            P("Đánh giá thường xuyên thông qua sản phẩm học tập, dự án của học sinh.", "li"),
            P(
                "Các giáo viên trong tổ đã thảo luận sôi nổi, chia sẻ những kinh nghiệm thực tế khi ra đề theo "
                "cấu trúc mới, đặc biệt là việc thiết kế các câu hỏi gắn với tình huống thực tiễn, đòi hỏi học "
                "sinh vận dụng kiến thức liên môn."
            ),
            Img(U11 + "chuyen-de-toan-tin.jpg", None, None, "next"),
            P(
                "Qua chuyên đề, tổ chuyên môn thống nhất xây dựng ngân hàng câu hỏi dùng chung cho từng khối lớp, "
                "hoàn thành trước kỳ kiểm tra cuối học kỳ I. Đây cũng là cơ sở để nhà trường nhân rộng cách làm "
                "tới các tổ chuyên môn khác."
            ),
        ],
        opts={
            "pub": "2026-11-12 15:00",
            "mod": "2026-11-12 15:00",
            "thumb": "2026_11/chuyen-de-toan-tin.jpg",
            "author_field": "Tổ Toán - Tin",
            "tags": ["kiem-tra-danh-gia"],
        },
    ),
    Story(
        id=398,
        slug="ket-qua-ky-thi-chon-doi-tuyen-du-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
        title="Kết quả kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia THPT năm 2027",
        cat="thong-bao",
        published_at="2026-11-06T17:30:00+07:00",
        authors=["Tổ Giáo vụ"],
        blocks=[
            P(
                "Căn cứ kết quả chấm thi kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia THPT năm 2027 "
                "tổ chức ngày 28 và 29/10/2026, Hội đồng thi nhà trường thông báo danh sách học sinh được chọn "
                "vào đội tuyển như sau:"
            ),
            P("STT | Họ và tên | Lớp | Môn thi | Tổng điểm", "tr"),
            P("1 | Lý Thị Hồng Nhung | 11 Hóa | Hóa học | 35,75", "tr"),
            P("2 | Hoàng Đức Anh | 11 Hóa | Hóa học | 33,50", "tr"),
            P("3 | Nông Thị Kim Oanh | 12 Văn | Ngữ văn | 34,00", "tr"),
            P("4 | Đàm Quang Huy | 12 Toán | Toán | 36,25", "tr"),
            P("5 | Triệu Thị Mai Phương | 11 Anh | Tiếng Anh | 17,40", "tr"),
            P("6 | Ma Văn Thành | 12 Tin | Tin học | 31,00", "tr"),
            P(
                "Danh sách chi tiết kết quả của tất cả các môn thi được đăng tải trong tệp đính kèm. Học sinh có "
                "tên trong đội tuyển tập trung ôn luyện theo lịch của nhà trường từ ngày 10/11/2026."
            ),
            P(
                "Mọi thắc mắc về kết quả thi, học sinh gửi đơn phúc khảo về Văn phòng nhà trường trước 16 giờ 30 "
                "ngày 09/11/2026."
            ),
        ],
        opts={
            "pub": "2026-11-06 17:30",
            "mod": "2026-11-07 08:12",
            "thumb": "2026_11/ket-qua-doi-tuyen.png",
            "author_field": "Tổ Giáo vụ",
            "files": ["ket-qua-chon-doi-tuyen-HSGQG-2027.pdf"],
            "tags": ["hoc-sinh-gioi"],
            "meta": "Căn cứ kết quả chấm thi kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia THPT năm "
            "2027 tổ chức ngày 28 và...",
        },
    ),
    Story(
        id=396,
        slug="doan-cong-tac-so-gd-dt-kiem-tra-viec-thuc-hien-nhiem-vu-nam-hoc-2026-2027-tai-nha-truong",
        title="Đoàn công tác Sở GD&ĐT kiểm tra việc thực hiện nhiệm vụ năm học 2026 - 2027 tại nhà trường",
        cat="tin-tuc-su-kien",
        published_at="2026-11-02T11:00:00+07:00",
        authors=["Minh Đức"],
        photographers=["Minh Đức"],
        source="Sở GD&ĐT Thái Nguyên",
        summary="Ngày 30/10/2026, Đoàn công tác của Sở Giáo dục và Đào tạo do Phó Giám đốc Sở làm trưởng đoàn đã "
        "đến kiểm tra việc triển khai nhiệm vụ năm học 2026 - 2027 tại Trường THPT Chuyên Bắc Kạn.",
        sapo_outside=True,
        blocks=[
            Img(
                U11 + "doan-kiem-tra-so-1.jpg",
                "Đoàn công tác làm việc với Ban Giám hiệu nhà trường",
                "Đoàn công tác làm việc với Ban Giám hiệu nhà trường",
                "homefull",
            ),
            P(
                "Báo cáo với đoàn công tác, lãnh đạo nhà trường cho biết năm học 2026 - 2027, trường có 24 lớp "
                "với 812 học sinh, trong đó có 18 lớp chuyên thuộc 9 môn chuyên. Nhà trường đã hoàn thành việc "
                "xây dựng kế hoạch giáo dục, kế hoạch bồi dưỡng học sinh giỏi và triển khai chuyển đổi số trong "
                "quản lý, dạy học."
            ),
            P(
                "Đoàn công tác đã kiểm tra hồ sơ quản lý, dự giờ một số tiết dạy, khảo sát cơ sở vật chất, khu "
                "nội trú và làm việc với các tổ chuyên môn."
            ),
            Img(U11 + "doan-kiem-tra-so-2.jpg", "(Ảnh: Minh Đức)", None, "next"),
            P(
                "Kết luận buổi kiểm tra, Phó Giám đốc Sở đánh giá cao những kết quả nhà trường đạt được, đặc biệt "
                "là chất lượng mũi nhọn luôn giữ vững vị trí dẫn đầu của tỉnh. Đồng thời đề nghị nhà trường quan "
                "tâm hơn nữa tới công tác tư vấn tâm lý, giáo dục kỹ năng sống cho học sinh nội trú và đẩy mạnh "
                "ứng dụng trí tuệ nhân tạo trong dạy học có kiểm soát."
            ),
        ],
        opts={
            "pub": "2026-11-02 11:00",
            "mod": "2026-11-03 14:25",
            "imgpos": 2,
            "thumb": "2026_11/doan-kiem-tra-so-1.jpg",
            "author_field": "Minh Đức",
            "source_field": ("Sở GD&ĐT Thái Nguyên", "https://sgddt.thainguyen.gov.vn"),
        },
    ),
    Story(
        id=393,
        slug="hoc-sinh-khoi-10-hoc-tap-trai-nghiem-mon-lich-su-tai-khu-di-tich-atk-cho-don",
        title="Học sinh khối 10 học tập trải nghiệm môn Lịch sử tại Khu di tích quốc gia đặc biệt ATK Chợ Đồn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-27T08:40:00+07:00",
        authors=["Ma Thị Ngọc Ánh"],
        summary="Trong hai ngày 24 và 25/10/2026, gần 280 học sinh khối 10 của nhà trường đã tham gia chuyến học "
        "tập trải nghiệm môn Lịch sử tại Khu di tích quốc gia đặc biệt ATK Chợ Đồn.",
        sapo_outside=True,
        blocks=[
            P(
                "Chuyến đi nằm trong kế hoạch tổ chức dạy học các chủ đề Lịch sử địa phương gắn với di sản, giúp "
                "học sinh tìm hiểu về căn cứ địa cách mạng, nơi Trung ương Đảng, Chính phủ và Chủ tịch Hồ Chí "
                "Minh từng sống và làm việc trong thời kỳ kháng chiến chống thực dân Pháp."
            ),
            P(
                "Tại điểm di tích Nà Pậu, Khuổi Linh, học sinh được nghe thuyết minh viên kể về những năm tháng "
                "gian khổ mà hào hùng của quân và dân Chợ Đồn trong việc bảo vệ an toàn cho các cơ quan đầu não "
                "kháng chiến."
            ),
            Img(
                U10 + "atk-cho-don-1.jpg",
                "Học sinh nghe thuyết minh tại điểm di tích Nà Pậu",
                "Học sinh nghe thuyết minh tại điểm di tích Nà Pậu",
                "fig",
            ),
            P("Học lịch sử bằng những trải nghiệm thực tế", "h"),
            P(
                "Trước chuyến đi, mỗi nhóm học sinh được giao nhiệm vụ học tập cụ thể: thu thập tư liệu, phỏng vấn "
                "nhân chứng, ghi chép và chụp ảnh tư liệu. Sau chuyến đi, các nhóm sẽ hoàn thiện sản phẩm dưới "
                "dạng bài thuyết trình, video ngắn hoặc tập san để báo cáo trước lớp."
            ),
            P(
                'Em Bế Thị Thu Hằng, lớp 10 Địa chia sẻ: "Được tận mắt nhìn thấy những di vật, nghe những câu '
                "chuyện về Bác Hồ và các đồng chí lãnh đạo ở ATK, em thấy bài học lịch sử trở nên gần gũi và sinh "
                'động hơn rất nhiều."'
            ),
            Img(
                U10 + "atk-cho-don-2.jpg",
                "Các nhóm học sinh làm nhiệm vụ ghi chép, thu thập tư liệu",
                "Các nhóm học sinh làm nhiệm vụ ghi chép, thu thập tư liệu",
                "fig",
            ),
            P(
                "Chuyến học tập trải nghiệm đã góp phần bồi đắp lòng yêu quê hương, đất nước, niềm tự hào về "
                "truyền thống cách mạng của quê hương Bắc Kạn cho học sinh."
            ),
            _right("<em>Ma Thị Ngọc Ánh (Tổ Lịch sử - Địa lí - GDKT&amp;PL)</em>"),
        ],
        opts={
            "pub": "2026-10-27 08:40",
            "mod": "2026-10-29 10:05",
            "thumb": "2026_10/atk-cho-don-1.jpg",
            "entities": 2,
            "second": "hoat-dong-doan-truong",
        },
    ),
    Story(
        id=390,
        slug="khai-mac-giai-bong-da-hoc-sinh-chuyen-bac-kan-cup-lan-thu-vii",
        title='Khai mạc Giải bóng đá học sinh "Chuyên Bắc Kạn Cup" lần thứ VII',
        cat="hoat-dong-doan-truong",
        published_at="2026-10-20T16:45:00+07:00",
        authors=["Hoàng Minh Khôi"],
        summary='Chiều 19/10/2026, tại sân vận động nhà trường, Đoàn trường THPT Chuyên Bắc Kạn tổ chức khai mạc '
        'Giải bóng đá học sinh "Chuyên Bắc Kạn Cup" lần thứ VII năm 2026.',
        blocks=[
            P(
                'Chiều 19/10/2026, tại sân vận động nhà trường, Đoàn trường THPT Chuyên Bắc Kạn tổ chức khai mạc '
                'Giải bóng đá học sinh "Chuyên Bắc Kạn Cup" lần thứ VII năm 2026.',
                "lead",
            ),
            P(
                "Giải đấu có 16 đội bóng nam và 8 đội bóng nữ đến từ các chi đoàn tham gia, thi đấu theo thể thức "
                "vòng bảng chọn đội nhất, nhì vào vòng loại trực tiếp.",
                "br",
            ),
            P("Các trận đấu diễn ra vào các buổi chiều trong tuần, kéo dài đến ngày 14/11/2026."),
            Img(
                U10 + "bong-da-1.jpg",
                "Các đội bóng ra mắt tại lễ khai mạc",
                "Các đội bóng ra mắt tại lễ khai mạc",
                "next",
            ),
            P(
                "Trận khai mạc giữa đội bóng nam chi đoàn 12 Toán và 12 Lý diễn ra hấp dẫn, quyết liệt. Chung "
                "cuộc, đội 12 Lý giành chiến thắng với tỉ số 2 - 1."
            ),
            P(
                "Giải bóng đá là hoạt động thường niên nhằm chào mừng Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
                "20/10 và Ngày Nhà giáo Việt Nam 20/11.",
                "br",
            ),
            P(
                "Thông qua giải đấu, Đoàn trường mong muốn khơi dậy phong trào rèn luyện thể dục thể thao, nâng "
                "cao sức khỏe và tinh thần đoàn kết trong học sinh."
            ),
            Img(U10 + "bong-da-2.jpg", "Pha tranh bóng trong trận khai mạc", "Pha tranh bóng trong trận khai mạc", "next"),
        ],
        opts={
            "pub": "2026-10-20 16:45",
            "mod": "2026-10-21 08:00",
            "thumb": "2026_10/bong-da-1.jpg",
            "author_field": "Hoàng Minh Khôi - CLB Truyền thông",
            "tags": ["doan-thanh-nien"],
            "comments": [
                ("12 Lý vô địch", "20/10/2026 19:02", "12 Lý quá đỉnh, chờ xem trận bán kết nhé!"),
            ],
        },
    ),
    Story(
        id=387,
        slug="tap-huan-ky-nang-phong-chong-duoi-nuoc-va-so-cap-cuu-ban-dau-cho-hoc-sinh-khoi-10",
        title="Tập huấn kỹ năng phòng, chống đuối nước và sơ cấp cứu ban đầu cho học sinh khối 10",
        cat="tin-tuc-su-kien",
        published_at="2026-10-14T10:10:00+07:00",
        authors=["Thu Trang"],
        source="Báo Thái Nguyên điện tử",
        summary="Ngày 12/10, Trường THPT Chuyên Bắc Kạn phối hợp với Trung tâm Y tế khu vực tổ chức buổi tập "
        "huấn kỹ năng phòng, chống đuối nước và sơ cấp cứu ban đầu cho gần 300 học sinh khối 10.",
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tập huấn, các y, bác sĩ đã cung cấp cho học sinh những kiến thức cơ bản về nguyên nhân, "
                "hậu quả của đuối nước; cách nhận biết những khu vực nguy hiểm như ao, hồ, sông suối, khu vực "
                "khai thác cát sỏi; kỹ năng tự cứu và cứu người bị đuối nước an toàn."
            ),
            P(
                "Học sinh được hướng dẫn trực tiếp các thao tác hồi sức tim phổi, sơ cứu vết thương chảy máu, cố "
                "định xương gãy và cách gọi cấp cứu 115. Các em hào hứng thực hành theo nhóm dưới sự hướng dẫn "
                "của cán bộ y tế."
            ),
            Img(
                U10 + "duoi-nuoc-1.jpg",
                "Học sinh thực hành kỹ thuật hồi sức tim phổi trên mô hình",
                "Học sinh thực hành kỹ thuật hồi sức tim phổi trên mô hình",
                "next",
            ),
            P(
                "Theo thống kê, Bắc Kạn có hệ thống sông suối, ao hồ dày đặc, đặc biệt là khu vực hồ Ba Bể, sông "
                "Cầu, sông Năng. Mùa mưa lũ hằng năm luôn tiềm ẩn nguy cơ đuối nước đối với trẻ em, học sinh."
            ),
            P(
                "Buổi tập huấn góp phần nâng cao nhận thức, trang bị kỹ năng cần thiết giúp học sinh chủ động "
                "phòng tránh tai nạn thương tích, bảo vệ an toàn cho bản thân và cộng đồng."
            ),
        ],
        opts={
            "pub": "2026-10-14 10:10",
            "mod": "2026-10-14 10:10",
            "thumb": "2026_10/duoi-nuoc-1.jpg",
            "author_field": "Thu Trang",
            "source_field": ("Báo Thái Nguyên điện tử", "https://baothainguyen.vn"),
            "tags": ["ky-nang-song"],
            "voice": "02:05",
        },
    ),
    Story(
        id=384,
        slug="ky-thi-chon-hoc-sinh-gioi-cap-truong-lop-10-11-nam-hoc-2026-2027-dien-ra-nghiem-tuc-an-toan",
        title="Kỳ thi chọn học sinh giỏi cấp trường lớp 10, 11 năm học 2026 - 2027 diễn ra nghiêm túc, an toàn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-08",
        authors=["Ban Thư ký Hội đồng thi"],
        blocks=[
            P(
                "Trong hai ngày 06 và 07/10/2026, Trường THPT Chuyên Bắc Kạn tổ chức kỳ thi chọn học sinh giỏi "
                "cấp trường dành cho học sinh lớp 10 và lớp 11 năm học 2026 - 2027.",
                "div",
            ),
            P(
                "Kỳ thi có 536 thí sinh dự thi ở 11 môn gồm: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh "
                "học, Tin học, Lịch sử, Địa lí, Tiếng Trung Quốc và Giáo dục kinh tế và pháp luật. Đề thi do các "
                "tổ chuyên môn xây dựng, bám sát nội dung chương trình chuyên sâu.",
                "div",
            ),
            P(
                "Hội đồng coi thi được bố trí tại 27 phòng thi, mỗi phòng có 2 cán bộ coi thi. Công tác in sao "
                "đề, coi thi, chấm thi được thực hiện theo đúng quy chế, bảo đảm an toàn, khách quan và công bằng.",
                "div",
            ),
            P(
                "Kết quả kỳ thi là căn cứ để nhà trường lựa chọn học sinh tham gia đội tuyển dự thi học sinh giỏi "
                "cấp tỉnh và đội tuyển dự thi học sinh giỏi quốc gia, đồng thời giúp giáo viên đánh giá năng lực "
                "học sinh để điều chỉnh kế hoạch bồi dưỡng.",
                "div",
            ),
            P(
                "Dự kiến kết quả kỳ thi sẽ được công bố trước ngày 20/10/2026 trên website và bảng tin của nhà "
                "trường.",
                "div",
            ),
            Raw('<div style="text-align: right;"><strong>Ban Thư ký Hội đồng thi</strong></div>'),
        ],
        opts={
            "pub": "2026-10-08 00:00",
            "mod": "2026-10-09 15:40",
            "thumb": "2026_10/hsg-cap-truong.jpg",
            "tags": ["hoc-sinh-gioi"],
            "meta": "Trong hai ngày 06 và 07/10/2026, Trường THPT Chuyên Bắc Kạn tổ chức kỳ thi chọn học sinh giỏi "
            "cấp trường dành cho...",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: an item of the Tin tức - Sự kiện listing that is an external link (NukeViet's "external link")
EXTERNAL = {
    "id": 400,
    "title": "Thái Nguyên: 100% trường THPT công lập hoàn thành đánh giá ngoài chu kỳ 2",
    "url": "https://baothainguyen.vn/giao-duc/thai-nguyen-100-truong-thpt-cong-lap-hoan-thanh-danh-gia-ngoai.html",
    "cat": "tin-tuc-su-kien",
    "pub": "2026-11-10 09:00",
    "hometext": "Theo Sở GD&ĐT, đến hết tháng 10/2026 toàn tỉnh có 100% trường THPT công lập hoàn thành đánh giá "
    "ngoài chu kỳ 2.",
}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dtp(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def publtime(value: str) -> str:
    """NukeViet's ``nv_date('l - d/m/Y H:i')``."""
    d = _dtp(value)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def og_time(value: str) -> str:
    """PHP ``date('Y-m-dTH:i:s')``: the ``T`` is the timezone abbreviation, "+07" for Asia/Ho_Chi_Minh."""
    d = _dtp(value)
    return f"{d:%Y-%m-%d}+07{d:%H:%M:%S}"


def iso_time(value: str) -> str:
    return _dtp(value).strftime("%Y-%m-%dT%H:%M:00+07:00")


def rss_time(value: str) -> str:
    d = _dtp(value)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} {d:%H:%M:%S} +0700"


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def savefile_path(story: Story) -> str:
    return f"/news/savefile/{story.cat}/{story.slug}-{story.id}.html"


def sendmail_path(story: Story) -> str:
    return f"/news/sendmail/{story.cat}/{story.slug}-{story.id}.html"


def raw_path(story: Story) -> str:
    return f"/index.php?language=vi&amp;nv=news&amp;op={story.cat}/{story.slug}-{story.id}"


def hometext(story: Story) -> str:
    return story.summary if story.summary and story.sapo_outside else ""


def thumb(story: Story) -> str:
    return "/assets/news/" + story.opts["thumb"]


def newest_first() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)


def listing(cat: str | None) -> list[dict]:
    """Items of a listing, newest first: stories (and the external link) of the category and its subs."""
    items: list[dict] = []
    for s in STORIES:
        cats = {s.cat, CATS[s.cat][1]} - {None}
        link_cat = s.cat
        if cat is not None and cat not in cats:
            if s.opts.get("second") == cat:
                link_cat = cat
            else:
                continue
        items.append(
            {
                "title": s.title,
                "url": article_path(s, link_cat),
                "pub": s.opts["pub"],
                "hometext": hometext(s) or s.opts.get("meta", ""),
                "img": thumb(s),
                "ext": False,
            }
        )
    if cat in (None, EXTERNAL["cat"]):
        items.append(
            {
                "title": EXTERNAL["title"],
                "url": EXTERNAL["url"],
                "pub": EXTERNAL["pub"],
                "hometext": EXTERNAL["hometext"],
                "img": "/assets/news/2026_11/danh-gia-ngoai.jpg",
                "ext": True,
            }
        )
    items.sort(key=lambda i: i["pub"], reverse=True)
    return items


def pages_of(cat: str | None) -> int:
    n = len(listing(cat))
    return (n + PER_PAGE - 1) // PER_PAGE


def _clip(title: str, limit: int = 70) -> str:
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "..."


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Giới thiệu", "/about/", [("Giới thiệu chung", "/about/gioi-thieu-chung.html"),
                               ("Cơ cấu tổ chức", "/about/co-cau-to-chuc.html")]),
    ("Tin tức", "/news/", [(CATS[c][0], f"/news/{c}/") for c in CAT_ORDER]),
    ("Văn bản", "/van-ban/", []),
    ("Thư viện ảnh", "/album/", []),
    ("RSS", "/feeds/", []),
    ("Liên hệ", "/contact/", []),
]


def _menu() -> str:
    out = [
        '<ul class="nav navbar-nav">',
        '<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em>'
        '<span class="visible-xs-inline-block"> Trang nhất</span></a></li>',
    ]
    for label, href, subs in MENU:
        if subs:
            out.append(
                f'<li class="dropdown" role="presentation"><a class="dropdown-toggle" role="button" '
                f'aria-expanded="false" href="{href}" title="{esc(label)}">{esc(label)} '
                '<strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">'
            )
            for sl, sh in subs:
                out.append(f'<li><a href="{sh}" title="{esc(sl)}">{esc(sl)}</a></li>')
            out.append("</ul></li>")
        else:
            out.append(f'<li role="presentation"><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>')
    out.append("</ul>")
    return "\n".join(out)


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    items = [("Trang nhất", "/"), *crumbs]
    lis = []
    for n, (name, href) in enumerate(items, 1):
        lis.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a>'
            f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap">\n<div class="display">\n'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a>\n<ul class="breadcrumbs list-none"></ul>\n</div>\n'
        '<ul class="subs-breadcrumbs"></ul>\n'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">\n'
        + "\n".join(lis)
        + "\n</ul>\n</div>"
    )


def _most_read() -> str:
    picks = [BY_ID[401], BY_ID[405], BY_ID[411], BY_ID[408]]
    lis = []
    for s in picks:
        # the vendor block builds its links without nv_url_rewrite(): the raw form
        href = raw_path(s) if s.id == 401 else article_path(s)
        lis.append(
            f'<li class="clearfix"><a href="{href}" title="{esc(s.title)}"><img src="{thumb(s)}" '
            f'alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left mr-1"/></a>'
            f'<a class="show" href="{href}" title="{esc(s.title)}">{esc(_clip(s.title, 60))}</a>'
            f'<span class="text-muted small"><em class="fa fa-eye"></em> {s.views()}</span></li>'
        )
    return (
        '<div class="panel panel-primary">\n<div class="panel-heading">Tin xem nhiều</div>\n'
        '<div class="panel-body">\n<ul class="tinxemnhieu-bl list-none list-items">\n'
        + "\n".join(lis)
        + "\n</ul>\n</div>\n</div>"
    )


def _left_column() -> str:
    cats = []
    for c in CAT_ORDER:
        name, parent, _ = CATS[c]
        sub = ' class="sub"' if parent else ""
        cats.append(f'<li{sub}><a title="{esc(name)}" href="/news/{c}/">{esc(name)}</a></li>')
    return (
        '<div class="panel panel-primary">\n<div class="panel-heading">Chuyên mục</div>\n'
        '<div class="panel-body">\n<ul class="nv-list-item sm">\n' + "\n".join(cats) + "\n</ul>\n</div>\n</div>\n"
        '<div class="panel panel-primary">\n<div class="panel-heading">Thông báo</div>\n<div class="panel-body">\n'
        '<marquee behavior="scroll" direction="up" scrollamount="2" onmouseover="this.stop()" '
        'onmouseout="this.start()" style="height:120px">\n'
        '<p><a href="/van-ban/detail/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027-27.html">Kế hoạch giáo dục '
        "nhà trường năm học 2026 - 2027</a></p>\n"
        "<p>Lịch tiếp công dân: sáng thứ Năm hằng tuần tại Văn phòng nhà trường.</p>\n"
        "</marquee>\n</div>\n</div>\n"
        '<div class="panel panel-primary">\n<div class="panel-heading">Liên kết website</div>\n'
        '<div class="panel-body">\n<select class="form-control" onchange="if(this.value) window.open(this.value);">\n'
        '<option value="">--- Chọn liên kết ---</option>\n'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>\n'
        '<option value="https://sgddt.thainguyen.gov.vn">Sở GD&amp;ĐT Thái Nguyên</option>\n'
        '<option value="https://thainguyen.gov.vn">Cổng TTĐT tỉnh Thái Nguyên</option>\n'
        '<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>\n'
        "</select>\n</div>\n</div>"
    )


def _right_column() -> str:
    return (
        _most_read()
        + '\n<div class="panel panel-primary">\n<div class="panel-heading">Thăm dò ý kiến</div>\n'
        '<div class="panel-body">\n<form action="/voting/" method="post">\n'
        "<p><strong>Bạn biết đến website của nhà trường qua kênh nào?</strong></p>\n"
        '<div class="radio"><label><input type="radio" name="option" value="1"/> Giáo viên giới thiệu</label></div>\n'
        '<div class="radio"><label><input type="radio" name="option" value="2"/> Mạng xã hội</label></div>\n'
        '<div class="radio"><label><input type="radio" name="option" value="3"/> Tìm kiếm trên Google</label></div>\n'
        '<input class="btn btn-success btn-sm" type="button" value="Biểu quyết" '
        "onclick=\"nv_sendvoting(this.form, '2', '1', 'a1b2c3', '', '0');\"/>\n"
        '<input class="btn btn-primary btn-sm" type="button" value="Xem kết quả" '
        "onclick=\"nv_sendvoting(this.form, '2', 0, 'a1b2c3', '', '0');\"/>\n"
        "</form>\n</div>\n</div>\n"
        '<div class="panel panel-primary">\n<div class="panel-heading">Thống kê truy cập</div>\n'
        '<div class="panel-body">\n<ul class="counter list-none display-table">\n'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>\n'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span>'
        '<span class="margin-top-lg">1.204</span></li>\n'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>9.318</span></li>\n'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.716.459</span></li>\n'
        "</ul>\n</div>\n</div>"
    )


def page(
    request: Request,
    title: str,
    content: str,
    crumbs: list[tuple[str, str]] | None = None,
    *,
    canonical: str | None = None,
    head_extra: str = "",
    description: str = "",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}"/>\n' if canonical else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE_NAME)}"/>
<meta name="author" content="{SITE_NAME}"/>
<meta name="copyright" content="{SITE_NAME} [webmaster@thptchuyenbackan.edu.vn]"/>
<meta name="generator" content="NukeViet v4.5"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta property="og:site_name" content="{SITE_NAME}"/>
{head_extra}{canon}<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml"/>
<link rel="icon" href="/favicon.ico" type="image/vnd.microsoft.icon"/>
<link rel="stylesheet" href="/assets/css/font-awesome.min.css"/>
<link rel="stylesheet" href="/themes/thptchuyen/css/bootstrap.non-responsive.css"/>
<link rel="stylesheet" href="/themes/thptchuyen/css/style.css"/>
<link rel="stylesheet" href="/themes/thptchuyen/css/news.css"/>
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Kd7mQ",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/thptchuyen/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br/>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{SITE_NAME}" href="/"><img src="/uploads/logo-chuyen-bk.png" alt="{SITE_NAME}" width="96" height="96"/></a>
<span class="site_name">{SITE_NAME}</span>
<span class="site_description">Đoàn kết - Kỷ cương - Chất lượng - Sáng tạo</span>
</div>
<div class="col-xs-24 col-sm-24 col-md-16">
<div class="headerSearch">
<form action="/seek/" method="get"><div class="input-group">
<input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..."/>
<span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span>
</div></form>
</div>
<div class="time-hd"><em class="fa fa-calendar"></em> <span>{HEADER_DATE}</span></div>
</div>
</div>
</div>
</header>
<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>
<div class="collapse navbar-collapse" id="menu-site-default">
{_menu()}
</div>
</div>
</div></div></div>
</nav>
<section>
<div class="container" id="body">
<nav class="third-nav">
<div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">
{_breadcrumbs(crumbs) if crumbs is not None else ""}
</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6 text-right"><a href="/feeds/" title="RSS"><em class="fa fa-rss"></em></a></div>
</div></div></div>
</nav>
<div class="row">
<div class="col-sm-16 col-md-12 col-sm-push-8 col-md-push-6">
{content}
</div>
<div class="col-sm-8 col-md-6 col-sm-pull-16 col-md-pull-12">
{_left_column()}
</div>
<div class="col-sm-24 col-md-6">
{_right_column()}
</div>
</div>
</div>
</section>
</div>
<footer id="footer">
<div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12">
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">TRƯỜNG THPT CHUYÊN BẮC KẠN</span></li>
<li>Đơn vị chủ quản: Sở Giáo dục và Đào tạo tỉnh Thái Nguyên</li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Số 8, đường Trường Chinh, phường Đức Xuân, tỉnh Thái Nguyên</span></span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:02093870520">0209.3870.520</a></span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:thptchuyen.backan@thainguyen.edu.vn">thptchuyen.backan@thainguyen.edu.vn</a></span></li>
</ul>
</div>
<div class="col-xs-24 col-sm-24 col-md-12">
<div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về <a href="/">Trường THPT Chuyên Bắc Kạn</a>.&nbsp; Mọi quyền được bảo lưu.</span></div>
<div class="theme-change">Người chịu trách nhiệm: Hiệu trưởng Nguyễn Văn Thắng</div>
<div class="bttop"><a class="pointer" href="#"><em class="fa fa-eject fa-lg"></em></a></div>
<div class="copyright">Thiết kế bởi <a href="https://vinades.vn" target="_blank">VINADES.,JSC</a></div>
</div>
</div></div></div>
</footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/themes/thptchuyen/js/bootstrap.min.js"></script>
</body>
</html>
"""
    return html(doc, headers={"X-Powered-By": "PHP/7.4.33", "X-Frame-Options": "SAMEORIGIN"})


# --- article bodies -------------------------------------------------------------------------

_WORD_SPAN = 'lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif"'


def _t(value: str) -> str:
    return esc(value).replace("&quot;", '"').replace("&#x27;", "'")


def _img(block: Img) -> str:
    alt = esc(block.caption or "")
    src = esc(block.src)
    if block.style == "fig":
        cap = f"<figcaption>{_t(block.printed)}</figcaption>" if block.printed else ""
        return (
            f'<figure class="image" style="display:inline-block"><img alt="{alt}" height="533" src="{src}" '
            f'width="800" />{cap}</figure>'
        )
    if block.style == "wordimg":
        out = (
            '<p align="center" class="MsoNormal" style="margin-bottom:6.0pt;text-align:center;line-height:normal">'
            f'<span {_WORD_SPAN}><img alt="" src="{src}" style="width: 800px; height: 533px;" /></span></p>'
        )
        if block.printed:
            out += (
                '\n<p align="center" class="MsoNormal" style="margin-bottom:6.0pt;text-align:center;'
                f'line-height:normal"><i><span style="font-size:13.0pt">{_t(block.printed)}</span></i>'
                "<o:p></o:p></p>"
            )
        return out
    out = f'<p style="text-align: center;"><img alt="{alt}" height="533" src="{src}" width="800" /></p>'
    if block.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(block.printed)}</em></p>'
    return out


def _para(block: P) -> str:
    txt = _t(block.text)
    style = block.style
    if style == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:normal"><span {_WORD_SPAN}>{txt}<o:p></o:p></span></p>\n'
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:normal">'
            f"<span {_WORD_SPAN}><o:p>&nbsp;</o:p></span></p>"
        )
    if style == "h":
        return f'<h4 style="text-align: justify;"><strong>{txt}</strong></h4>'
    if style in ("b", "lead"):
        return f'<p style="text-align: justify;"><strong>{txt}</strong></p>'
    if style == "quote":
        return f"<blockquote>\n<p><em>{txt}</em></p>\n</blockquote>"
    if style == "div":
        return f'<div style="text-align: justify;">{txt}</div>\n<div>&nbsp;</div>'
    return f'<p style="text-align: justify;">{txt}</p>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style != "homefull":
                out.append(_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(f'<td style="text-align: center;"><strong>{_t(c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>{_t(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="0" class="table table-bordered" style="width:100%">'
                "\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "br" and i + 1 < len(blocks) and isinstance(blocks[i + 1], P):
            out.append(f'<p style="text-align: justify;">{_t(b.text)}<br />\n{_t(blocks[i + 1].text)}</p>')
            i += 2
            continue
        else:
            out.append(_para(b))
        i += 1
    body = "\n".join(out)
    if story.opts.get("entities"):
        body = entity_mix(body, story.opts["entities"])
    return body


def _homeimg(story: Story) -> str:
    pos = story.opts.get("imgpos", 0)
    full = "/uploads/news/" + story.opts["thumb"]
    hometxt = hometext(story)
    home_div = f'<div class="hometext m-bottom">{_t(hometxt)}</div>' if hometxt else ""
    if pos == 1:
        note = story.opts.get("thumb_note")
        cap = f"<figcaption>{_t(note)}</figcaption>" if note else ""
        fig = (
            "<figure class=\"article left pointer\" onclick=\"modalShowByObj('#imgpreview');\">\n"
            f'<div style="width:183px;">\n<p class="text-center"><img alt="{esc(story.title)}" '
            f'src="{thumb(story)}" width="183" class="img-thumbnail"/></p>\n{cap}\n</div>\n</figure>\n'
            f'<div id="imgpreview" style="width:800px" class="hidden">\n<p class="text-center">'
            f'<img alt="{esc(story.title)}" src="{full}" class="img-thumbnail"/></p>\n{cap}\n</div>'
        )
    elif pos == 2:
        first = story.blocks[0]
        assert isinstance(first, Img) and first.style == "homefull" and first.src == full
        fig = (
            f'<figure class="article center">\n<img alt="{esc(first.caption or "")}" src="{full}" width="800" '
            f'class="img-thumbnail"/>\n<figcaption>{_t(first.printed or "")}</figcaption>\n</figure>'
        )
    else:
        fig = ""
    if not fig and not home_div:
        return ""
    return f'<div class="clearfix">\n{fig}\n{home_div}\n</div>'


def _voice(story: Story) -> str:
    dur = story.opts.get("voice")
    if not dur:
        return ""
    return (
        f'<div class="news-detail-player margin-bottom-lg" id="newsVoicePlayer" data-voice-id="1" '
        f'data-voice-path="/uploads/news/voices/{story.id}-banmai.mp3" data-autoplay="0">\n'
        '<div class="player-ctn clearfix">\n<button type="button" class="btn btn-default btn-xs" '
        'data-toggle="play"><em class="fa fa-play"></em></button>\n<span class="tit">Nghe đọc bài viết</span>\n'
        f'<span class="voice-time"><span class="current">00:00</span> / <span class="duration">{dur}</span></span>\n'
        '<select class="form-control input-sm" name="voiceid">\n'
        '<option value="1" selected="selected">Ban Mai - Giọng nữ miền Bắc</option>\n'
        '<option value="2">Lê Minh - Giọng nam miền Bắc</option>\n'
        '<option value="3">Thu Dung - Giọng nữ miền Nam</option>\n</select>\n</div>\n</div>'
    )


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    rows = []
    for n, name in enumerate(files):
        rows.append(
            '<div class="list-group-item">\n<span class="badge"><a role="button" data-toggle="collapse" '
            f'href="#file-{story.id}-{n}" aria-expanded="false">Xem trực tuyến</a></span>\n'
            f'<a href="{article_path(story)}?download=1&amp;id={n}" title="{esc(name)}"><em class="fa fa-file-pdf-o">'
            f"</em> <strong>{esc(name)}</strong></a>\n"
            f'<div class="collapse" id="file-{story.id}-{n}" data-src="/uploads/news/files/{esc(name)}" '
            'data-toggle="collapsepdf"><div style="height:10px"></div><div id="pdf-viewer"></div></div>\n</div>'
        )
    return (
        '<div class="news_column panel panel-default">\n<div class="panel-heading"><em class="fa fa-download">'
        "</em> <strong>Tệp đính kèm</strong></div>\n<div class=\"list-group news-download-file\">\n"
        + "\n".join(rows)
        + "\n</div>\n</div>"
    )


def _author_source(story: Story) -> str:
    lines = []
    if story.opts.get("author_field"):
        lines.append(f'<p class="h5 text-right">\n<strong>Tác giả: </strong>{_t(story.opts["author_field"])}\n</p>')
    if story.opts.get("source_field"):
        name, url = story.opts["source_field"]
        lines.append(
            f'<p class="h5 text-right">\n<strong>Nguồn tin: </strong><a title="{esc(name)}" rel="nofollow" '
            f'href="{url}">{_t(name)}</a>\n</p>'
        )
    if not lines:
        return ""
    return '<div class="margin-bottom-lg">\n' + "\n".join(lines) + "\n</div>"


def _comments(story: Story) -> str:
    items = []
    for n, (who, when, what) in enumerate(story.opts.get("comments", []), 1):
        items.append(
            f'<div class="media" id="cid_{story.id * 10 + n}">\n<a class="pull-left" href="#">'
            '<img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" '
            'alt="avatar" width="40"/></a>\n<div class="media-body">\n'
            f'<div class="media-heading"><span class="h4">{_t(who)}</span> '
            f'<em class="fa fa-clock-o">&nbsp;</em> {when}</div>\n'
            f'<div class="comment-content">{_t(what)}</div>\n'
            '<div class="comment-info clearfix"><em class="pull-left text-muted">'
            '<a href="javascript:void(0);" onclick="nv_commment_like(this);"><em class="fa fa-thumbs-o-up">'
            "&nbsp;</em> Thích</a></em> <a href=\"javascript:void(0);\" class=\"pull-right\" "
            f"onclick=\"nv_commment_reply({story.id * 10 + n}, '{esc(who)}');\">Trả lời</a></div>\n</div>\n</div>"
        )
    listing_html = "\n".join(items) if items else '<p class="text-muted">Chưa có bình luận nào.</p>'
    return (
        '<div class="news_column panel panel-default">\n<div class="panel-body">\n'
        f'<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news" data-area="8" '
        f'data-id="{story.id}" data-allowed="4" data-checkss="{story.id:08x}c0ffee">\n'
        '<div class="row clearfix margin-bottom-lg">\n<div class="col-xs-12 text-left">'
        '<p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>\n'
        '<div class="col-xs-12 text-right"><select id="sort" class="form-control">'
        '<option value="0" selected="selected">Sắp xếp theo bình luận mới</option>'
        '<option value="1">Sắp xếp theo bình luận cũ</option>'
        '<option value="2">Sắp xếp theo số lượt thích</option></select></div>\n</div>\n'
        f'<div id="showcomment" class="margin-bottom-lg">\n{listing_html}\n</div>\n'
        '<div id="formcomment" class="comment-form">\n<form method="post" role="form" target="submitcommentarea" '
        'action="/comment/post/" onsubmit="return nv_commment_feedback(this);">\n'
        '<div class="form-group"><input type="text" name="name" class="form-control" placeholder="Họ tên"/></div>\n'
        '<div class="form-group"><input type="email" name="email" class="form-control" placeholder="Email"/></div>\n'
        '<div class="form-group"><textarea class="form-control" name="content" rows="4" '
        'placeholder="Ý kiến của bạn"></textarea></div>\n'
        '<input type="submit" class="btn btn-primary" value="Gửi bình luận"/>\n</form>\n</div>\n'
        "</div>\n</div>\n</div>"
    )


def _others(story: Story) -> str:
    same = [s for s in newest_first() if s.cat == story.cat]
    idx = same.index(story)
    newer = same[max(0, idx - 3):idx]
    older = same[idx + 1:idx + 6]
    parts = []
    for label, group in (("Những tin mới hơn", newer), ("Những tin cũ hơn", older)):
        if not group:
            continue
        lis = "\n".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em> <a href="{article_path(s)}" title="{esc(s.title)}" '
            f'data-content="{esc(hometext(s))}" data-img="{thumb(s)}" data-rel="tooltip" data-placement="bottom">'
            f"<h4>{esc(s.title)}</h4></a> <em>({_dtp(s.opts['pub']):%d/%m/%Y})</em></li>"
            for s in group
        )
        parts.append(f'<p class="h3"><strong>{label}</strong></p>\n<div class="clearfix">\n'
                     f'<ul class="related list-items">\n{lis}\n</ul>\n</div>')
    if not parts:
        return ""
    return '<div class="news_column panel panel-default">\n<div class="panel-body other-news">\n' + "\n".join(
        parts
    ) + "\n</div>\n</div>"


def _crumbs_for(cat: str) -> list[tuple[str, str]]:
    crumbs = [("Tin tức", "/news/")]
    parent = CATS[cat][1]
    if parent:
        crumbs.append((CATS[parent][0], f"/news/{parent}/"))
    crumbs.append((CATS[cat][0], f"/news/{cat}/"))
    return crumbs


def render_article(request: Request, story: Story) -> Response:
    base = base_url(request)
    url = article_path(story)
    cat_name = CATS[story.cat][0]
    pub, mod = story.opts["pub"], story.opts["mod"]
    desc = hometext(story) or story.opts.get("meta", "")
    full_img = "/uploads/news/" + story.opts["thumb"]
    author_schema = story.opts.get("author_field") or ACCOUNT
    tags = story.opts.get("tags", [])
    head = (
        '<meta property="og:type" content="article"/>\n'
        f'<meta property="og:title" content="{esc(story.title)}"/>\n'
        f'<meta property="og:description" content="{esc(desc)}"/>\n'
        f'<meta property="og:image" content="{base}{full_img}"/>\n'
        f'<meta property="og:url" content="{base}{url}"/>\n'
        f'<meta property="article:published_time" content="{og_time(pub)}"/>\n'
        f'<meta property="article:modified_time" content="{og_time(mod)}"/>\n'
        f'<meta property="article:section" content="{esc(cat_name)}"/>\n'
        + "".join(f'<meta property="article:tag" content="{esc(TAGS[t])}"/>\n' for t in tags)
    )
    tools = (
        '<ul class="list-inline text-right">\n'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{sendmail_path(story)}','{esc(story.title)}',650,500,'resizable=no,"
        "scrollbars=yes,toolbar=no,location=no,status=no');return false\"><em class=\"fa fa-envelope fa-lg\">"
        "&nbsp;</em></a></li>\n"
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_path(story)}','{esc(story.title)}',840,500,'resizable=yes,"
        "scrollbars=yes,toolbar=no,location=no,status=no');return false\"><em class=\"fa fa-print fa-lg\">"
        "&nbsp;</em></a></li>\n</ul>"
    )
    tag_panel = ""
    if tags:
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags
        )
        tag_panel = (
            '<div class="news_column panel panel-default">\n<div class="panel-body">\n<div class="h5">\n'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}\n</div>\n</div>\n</div>'
        )
    votes = 3 + story.id % 5
    points = votes * 4 + story.id % 3
    content = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="hidden hide d-none" itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
<div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><span itemprop="url">{base}/uploads/logo-chuyen-bk.png</span></div>
<span itemprop="name">{SITE_NAME}</span>
</div>
<div class="hidden hide d-none" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{esc(author_schema)}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{iso_time(pub)}</span>
<span class="hidden hide d-none" itemprop="dateModified">{iso_time(mod)}</span>
<span class="hidden hide d-none" itemprop="description">{esc(desc)}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">{base}{url}</span>
<span class="hidden hide d-none" itemprop="image">{base}{full_img}</span>
<div class="row margin-bottom-lg">
<div class="col-md-12">
<span class="h5">{publtime(pub)}</span>
</div>
<div class="col-md-12">
{tools}
</div>
</div>
{_voice(story)}
{_homeimg(story)}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}
</div>
{_files(story)}
{_author_source(story)}
<div class="alert alert-info margin-bottom-lg">
Bản quyền thuộc về Trường THPT Chuyên Bắc Kạn. Ghi rõ nguồn "thptchuyenbackan.edu.vn" khi phát hành lại thông tin từ website này.
</div>
</div>
</div>
{tag_panel}
<div class="news_column panel panel-default">
<div class="panel-body">
<form id="form3B" action="">
<div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>
<span class="hidden" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span itemprop="ratingValue">{points / votes:.1f}</span><span itemprop="reviewCount">{votes}</span></span>
<div style="padding: 5px;">
<input class="hover-star required" type="radio" value="1" title="Bài viết rất kém"/>
<input class="hover-star required" type="radio" value="2" title="Bài viết kém"/>
<input class="hover-star required" type="radio" value="3" title="Bài viết đạt"/>
<input class="hover-star required" type="radio" value="4" title="Bài viết tốt"/>
<input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt"/>
<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>
</div>
</div>
</form>
</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-body" style="margin-bottom:0">
<div style="display:flex;align-items:flex-start;">
<div class="margin-right"><div class="fb-like" style="float:left!important;margin-right:0!important" data-href="{base}{url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
<div class="margin-right"><div class="zalo-share-button" data-href="{base}{url}" data-oaid="2918474523416587532" data-layout="1" data-color="blue" data-customize="false"></div></div>
<div class="margin-right"><span class="text-muted"><em class="fa fa-eye"></em> Lượt xem: {story.views()}</span></div>
</div>
</div>
</div>
{_comments(story)}
{_others(story)}
"""
    return page(
        request,
        f"{story.title} - {cat_name} - {SITE_NAME}",
        content,
        _crumbs_for(story.cat),
        canonical=url,
        head_extra=head,
        description=desc,
    )


def render_print(request: Request, story: Story) -> Response:
    base = base_url(request)
    pub = story.opts["pub"]
    image = ""
    if story.opts.get("imgpos"):
        first = story.blocks[0]
        note = first.printed if isinstance(first, Img) and first.style == "homefull" else story.opts.get("thumb_note")
        image = (
            f'<div class="imghome"><img alt="{esc(story.title)}" src="/uploads/news/{story.opts["thumb"]}" '
            f'width="460"/>' + (f"<p><em>{_t(note)}</em></p>" if note else "") + "</div>"
        )
    author = ""
    if story.opts.get("author_field"):
        author += f'<strong>Tác giả</strong>: {_t(story.opts["author_field"])}'
    if story.opts.get("source_field"):
        author += f' - <strong>Nguồn tin</strong>: {_t(story.opts["source_field"][0])}'
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow"/>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<link rel="stylesheet" href="/themes/thptchuyen/css/news.print.css"/>
</head>
<body>
<div id="print">
<div id="hd_print">
<h2 class="pull-left">{SITE_NAME}</h2>
<p class="pull-right"><a title="{SITE_NAME}" href="{base}/">{base}</a></p>
</div>
<div class="clear"></div>
<hr/>
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline">
<li>{publtime(pub)}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li>
</ul>
<div class="clear"></div>
<div id="hometext">{_t(hometext(story))}</div>
{image}
<div class="clear"></div>
<div id="bodytext" class="clearfix">
{render_body(story)}
</div>
<div id="author">{author}</div>
<div class="clear"></div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong>{base}{article_path(story)}</div>
<div class="clear"></div>
<div class="copyright">&copy; {SITE_NAME}</div>
<div id="contact"><a href="mailto:thptchuyen.backan@thainguyen.edu.vn">thptchuyen.backan@thainguyen.edu.vn</a></div>
</div>
</div>
</body>
</html>
"""
    return html(doc)


def render_sendmail(request: Request, story: Story) -> Response:
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow"/>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/></head>
<body><div id="sendmailForm" class="panel panel-default"><div class="panel-body">
<form action="{sendmail_path(story)}" method="post" class="form-horizontal" role="form">
<p class="h4">Gửi bài viết qua email: <strong>{esc(story.title)}</strong></p>
<div class="form-group"><label class="col-sm-6 control-label">Tên của bạn</label><div class="col-sm-18"><input type="text" class="form-control" name="name"/></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Email của bạn</label><div class="col-sm-18"><input type="email" class="form-control" name="youremail"/></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Gửi tới Email</label><div class="col-sm-18"><input type="email" class="form-control" name="email"/></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Nội dung</label><div class="col-sm-18"><textarea class="form-control" name="content" rows="5"></textarea></div></div>
<input type="hidden" name="checkss" value="{story.id:08x}"/><input type="submit" class="btn btn-primary" value="Gửi bài viết"/>
</form></div></div></body></html>
"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------


def pagination(base: str, cur: int, total: int) -> str:
    if total <= 1:
        return ""

    def url(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    lis = []
    if cur > 1:
        lis.append(f'<li><a rel="prev" title="Trang trước" href="{url(cur - 1)}">&laquo;</a></li>')
    else:
        lis.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, total + 1):
        if n == cur:
            lis.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            lis.append(f'<li><a title="Trang {n}" href="{url(n)}">{n}</a></li>')
    if cur < total:
        lis.append(f'<li><a rel="next" title="Trang sau" href="{url(cur + 1)}">&raquo;</a></li>')
    else:
        lis.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return '<div class="text-center">\n<ul class="pagination">\n' + "\n".join(lis) + "\n</ul>\n</div>"


def _list_items(items: list[dict]) -> str:
    lis = []
    for it in items:
        target = ' target="_blank"' if it["ext"] else ""
        new = '<span class="icon_new"></span>' if it["pub"] >= "2026-12-01" else ""
        lis.append(
            '<li class="clearfix">\n<em class="fa fa-angle-right">&nbsp;</em>\n'
            f'<a title="{esc(it["title"])}" href="{esc(it["url"])}"{target} data-content="{esc(it["hometext"])}" '
            f'data-img="{it["img"]}" data-rel="tooltip" data-placement="bottom">{esc(_clip(it["title"]))}</a>\n'
            f"{new}\n</li>"
        )
    return '<ul class="related list-items viewcat-list-new">\n' + "\n".join(lis) + "\n</ul>"


def render_list(request: Request, cat: str | None, pageno: int, home: bool = False) -> Response:
    base = "/news/" if cat is None else f"/news/{cat}/"
    items = listing(cat)
    total = pages_of(cat)
    chunk = items[(pageno - 1) * PER_PAGE: pageno * PER_PAGE]
    desc = ""
    if cat is not None:
        name, _, about = CATS[cat]
        desc = (
            f'<div class="news_column">\n<div class="alert alert-info clearfix">\n<h1>{esc(name)}</h1>\n'
            f"<p>{esc(about)}</p>\n</div>\n</div>"
        )
        title = f"{name} - Tin tức - {SITE_NAME}"
        crumbs = _crumbs_for(cat)
    else:
        title = f"Tin tức - {SITE_NAME}" if not home else SITE_NAME
        crumbs = [] if home else [("Tin tức", "/news/")]
    if pageno > 1:
        title = title.replace(f" - {SITE_NAME}", f" - Trang {pageno} - {SITE_NAME}")
        crumbs = [*crumbs, (f"Trang {pageno}", f"{base}page-{pageno}")]
    headline = _headline() if home else ""
    content = (
        f"{headline}\n{desc}\n<div class=\"news_column panel panel-default\">\n<div class=\"panel-body\">\n"
        f"{_list_items(chunk)}\n</div>\n</div>\n{pagination(base, pageno, total)}"
    )
    canonical = "/" if home else (base if pageno == 1 else f"{base}page-{pageno}")
    return page(request, title, content, crumbs, canonical=canonical)


def _headline() -> str:
    big, *rest = [BY_ID[411], BY_ID[409], BY_ID[408]]
    others = "\n".join(
        f'<li class="clearfix"><a href="{article_path(s)}" title="{esc(s.title)}"><img src="{thumb(s)}" '
        f'alt="{esc(s.title)}" class="img-thumbnail pull-left" width="90"/></a>'
        f'<h3><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3></li>'
        for s in rest
    )
    return (
        '<div class="headline panel panel-default clearfix">\n<div class="panel-body">\n<div class="row">\n'
        '<div class="col-md-14 hot-news-left">\n'
        f'<a href="{article_path(big)}" title="{esc(big.title)}"><img src="/uploads/news/{big.opts["thumb"]}" '
        f'alt="{esc(big.title)}" class="img-responsive"/></a>\n'
        f'<h2><a href="{article_path(big)}" title="{esc(big.title)}">{esc(big.title)}</a></h2>\n'
        f"<p>{esc(hometext(big))}</p>\n</div>\n"
        f'<div class="col-md-10"><ul class="list-none column-margin-left">\n{others}\n</ul></div>\n'
        "</div>\n</div>\n</div>"
    )


def render_tag(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    stories = [s for s in newest_first() if alias in s.opts.get("tags", [])]
    items = [
        {"title": s.title, "url": article_path(s), "pub": s.opts["pub"], "hometext": hometext(s),
         "img": thumb(s), "ext": False}
        for s in stories
    ]
    content = (
        f'<div class="news_column">\n<div class="alert alert-info clearfix"><h1>{esc(TAGS[alias])}</h1></div>\n'
        f'</div>\n<div class="news_column panel panel-default"><div class="panel-body">\n{_list_items(items)}\n'
        "</div></div>"
    )
    return page(
        request, f"{TAGS[alias]} - Tin tức - {SITE_NAME}", content,
        [("Tin tức", "/news/"), (TAGS[alias], f"/news/tag/{alias}")], canonical=f"/news/tag/{alias}",
    )


def _search_results(q: str) -> list[Story]:
    ql = q.strip().lower()
    if not ql:
        return []
    return [s for s in newest_first() if ql in s.title.lower() or ql in (s.summary or "").lower()][:10]


def render_search(request: Request, seek: bool) -> Response:
    q = request.params.get("q", "")
    found = _search_results(q)
    rows = "\n".join(
        f'<div class="result"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<p class="text-muted">{_dtp(s.opts["pub"]):%d/%m/%Y}</p><p>{esc(hometext(s))}</p></div>'
        for s in found
    )
    action = "/seek/" if seek else "/news/search/"
    head = "Tìm kiếm" if seek else "Tìm kiếm tin tức"
    note = (f"<p>Có {len(found)} kết quả cho từ khóa <strong>{esc(q)}</strong></p>" if q
            else "<p>Hãy nhập từ khóa cần tìm.</p>")
    content = (
        f'<div class="panel panel-default"><div class="panel-body"><h1>{head}</h1>\n'
        f'<form action="{action}" method="get" id="fsea"><input type="text" name="q" value="{esc(q)}" '
        'class="form-control"/><input type="submit" class="btn btn-primary" value="Tìm kiếm"/></form>\n'
        f"{note}\n{rows}\n</div></div>"
    )
    return page(request, f"{head} - {SITE_NAME}", content, [(head, action)])


def render_rss(request: Request, cat: str | None) -> Response:
    base = base_url(request)
    stories = [s for s in newest_first() if cat is None or cat in (s.cat, CATS[s.cat][1])][:10]
    items = "\n".join(
        f"<item>\n<title>{esc(s.title)}</title>\n<link>{base}{article_path(s)}</link>\n"
        f'<guid isPermaLink="false">news_{s.id}</guid>\n'
        f'<description><![CDATA[<img src="{base}{thumb(s)}" width="100" align="left" border="0">'
        f"{hometext(s) or s.opts.get('meta', '')}]]></description>\n"
        f"<pubDate>{rss_time(s.opts['pub'])}</pubDate>\n</item>"
        for s in stories
    )
    chan = "Tin tức" if cat is None else CATS[cat][0]
    link = "/news/" if cat is None else f"/news/{cat}/"
    self_url = "/news/rss/" if cat is None else f"/news/rss/{cat}/"
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{SITE_NAME} - {esc(chan)}</title>
<link>{base}{link}</link>
<atom:link href="{base}{self_url}" rel="self" type="application/rss+xml"/>
<description>{esc(chan)}</description>
<language>vi</language>
<copyright>{SITE_NAME}</copyright>
<docs>{base}{self_url}</docs>
<generator>NukeViet v4.5</generator>
<pubDate>{rss_time("2026-12-05 06:00")}</pubDate>
<image><url>{base}/uploads/logo-chuyen-bk.png</url><title>{SITE_NAME}</title><link>{base}/</link></image>
{items}
</channel>
</rss>
"""
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"})


def render_feeds(request: Request) -> Response:
    rows = ['<li><a href="/news/rss/"><em class="fa fa-rss"></em> Tin tức</a><ul>']
    for c in CAT_ORDER:
        rows.append(f'<li><a href="/news/rss/{c}/"><em class="fa fa-rss"></em> {esc(CATS[c][0])}</a></li>')
    rows.append("</ul></li>")
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1>RSS</h1>\n'
        "<p>RSS là dịch vụ cung cấp thông tin cực kỳ tiện ích dành cho những người muốn cập nhật nhanh tin "
        "tức của website mà không cần truy cập trực tiếp.</p>\n<ul class=\"rss\">\n"
        + "\n".join(rows)
        + "\n</ul></div></div>"
    )
    return page(request, f"RSS - {SITE_NAME}", content, [("RSS", "/feeds/")])


# --- other modules (not articles) -----------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        "<p>Trường THPT Chuyên Bắc Kạn được thành lập năm 1992 với nhiệm vụ phát hiện, bồi dưỡng học sinh có "
        "năng khiếu, tạo nguồn nhân lực chất lượng cao cho tỉnh.</p>\n"
        "<p>Hiện nay nhà trường có 24 lớp với 9 môn chuyên: Toán, Tin học, Vật lí, Hóa học, Sinh học, Ngữ "
        "văn, Lịch sử, Địa lí và Tiếng Anh. Đội ngũ gồm 68 cán bộ, giáo viên, nhân viên, trong đó 52% có trình "
        "độ thạc sĩ.</p>\n"
        "<p>Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3; nhiều năm liền được "
        "tặng Cờ thi đua của UBND tỉnh.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        '<table class="table table-bordered"><tbody>\n'
        "<tr><td><strong>Hiệu trưởng</strong></td><td>Nguyễn Văn Thắng</td></tr>\n"
        "<tr><td><strong>Phó Hiệu trưởng</strong></td><td>Hà Thị Thu Hương</td></tr>\n"
        "<tr><td><strong>Phó Hiệu trưởng</strong></td><td>Lục Văn Bình</td></tr>\n"
        "</tbody></table>\n"
        "<p>Các tổ chuyên môn: Toán - Tin; Vật lí - Công nghệ; Hóa - Sinh; Ngữ văn; Lịch sử - Địa lí - "
        "GDKT&amp;PL; Ngoại ngữ; Thể dục - GDQP&amp;AN; Tổ Văn phòng.</p>",
    ),
}

LAWS = {
    "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027-27": (
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "125/KH-THPTCBK", "05/09/2026", "Kế hoạch",
        "Nguyễn Văn Thắng", "ke-hoach-giao-duc-2026-2027.pdf",
    ),
    "quy-che-chi-tieu-noi-bo-nam-2026-25": (
        "Quy chế chi tiêu nội bộ năm 2026", "08/QĐ-THPTCBK", "12/01/2026", "Quyết định",
        "Nguyễn Văn Thắng", "quy-che-chi-tieu-noi-bo-2026.pdf",
    ),
}

ALBUM = ("le-khai-giang-nam-hoc-2026-2027-12", "Lễ khai giảng năm học 2026 - 2027")


def render_about(request: Request, alias: str | None) -> Response | None:
    if alias is None:
        lis = "\n".join(f'<li><a href="/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items())
        content = f'<div class="panel panel-default"><div class="panel-body"><ul>{lis}</ul></div></div>'
        return page(request, f"Giới thiệu - {SITE_NAME}", content, [("Giới thiệu", "/about/")])
    if alias not in ABOUT:
        return None
    title, body = ABOUT[alias]
    content = (
        '<div class="page panel panel-default"><div class="panel-body">\n'
        f'<h1 class="title margin-bottom-lg">{esc(title)}</h1>\n<div class="bodytext margin-bottom-lg">\n{body}\n'
        "</div>\n</div></div>"
    )
    return page(
        request, f"{title} - Giới thiệu - {SITE_NAME}", content,
        [("Giới thiệu", "/about/"), (title, f"/about/{alias}.html")], canonical=f"/about/{alias}.html",
    )


def render_contact(request: Request) -> Response:
    content = (
        '<div class="panel panel-default"><div class="panel-body">\n<h1>Liên hệ</h1>\n'
        "<p><strong>Văn phòng nhà trường</strong><br/>Điện thoại: 0209.3870.520<br/>"
        "Email: thptchuyen.backan@thainguyen.edu.vn</p>\n"
        '<form action="/contact/" method="post" class="form-horizontal">\n'
        '<select name="fpart" class="form-control"><option value="1">Văn phòng</option>'
        '<option value="2">Ban Giám hiệu</option></select>\n'
        '<input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề"/>\n'
        '<input type="text" name="fname" class="form-control" placeholder="Họ và tên"/>\n'
        '<input type="email" name="femail" class="form-control" placeholder="Email"/>\n'
        '<textarea name="fcon" class="form-control" rows="6"></textarea>\n'
        '<input type="submit" class="btn btn-primary" value="Gửi"/>\n</form>\n</div></div>'
    )
    return page(request, f"Liên hệ - {SITE_NAME}", content, [("Liên hệ", "/contact/")])


def render_laws(request: Request, alias: str | None) -> Response | None:
    if alias is None:
        rows = "\n".join(
            f'<tr><td>{v[1]}</td><td>{v[2]}</td><td><a href="/van-ban/detail/{a}.html">{esc(v[0])}</a></td></tr>'
            for a, v in LAWS.items()
        )
        content = (
            '<div class="panel panel-default"><div class="panel-body"><h1>Văn bản</h1>\n'
            '<table class="table table-striped"><thead><tr><th>Số hiệu</th><th>Ban hành</th><th>Trích yếu</th>'
            f"</tr></thead><tbody>\n{rows}\n</tbody></table></div></div>"
        )
        return page(request, f"Văn bản - {SITE_NAME}", content, [("Văn bản", "/van-ban/")])
    if alias not in LAWS:
        return None
    title, code, day, kind, signer, fname = LAWS[alias]
    content = (
        f'<div class="panel panel-default"><div class="panel-body">\n<h1>{esc(title)}</h1>\n'
        '<table class="table table-bordered"><tbody>\n'
        f"<tr><td>Số ký hiệu</td><td>{code}</td></tr>\n<tr><td>Ngày ban hành</td><td>{day}</td></tr>\n"
        f"<tr><td>Loại văn bản</td><td>{kind}</td></tr>\n<tr><td>Người ký</td><td>{esc(signer)}</td></tr>\n"
        f"<tr><td>Trích yếu</td><td>{esc(title)}</td></tr>\n"
        f'<tr><td>Tệp đính kèm</td><td><a href="/uploads/van-ban/{fname}">{fname}</a></td></tr>\n'
        "</tbody></table></div></div>"
    )
    return page(
        request, f"{title} - Văn bản - {SITE_NAME}", content,
        [("Văn bản", "/van-ban/"), (title, f"/van-ban/detail/{alias}.html")],
        canonical=f"/van-ban/detail/{alias}.html",
    )


def render_album(request: Request, alias: str | None) -> Response | None:
    slug, title = ALBUM
    if alias is None:
        content = (
            '<div class="panel panel-default"><div class="panel-body"><h1>Thư viện ảnh</h1>\n'
            f'<div class="album"><a href="/album/{slug}.html"><img src="/uploads/album/2026_09/khai-giang-1.jpg" '
            f'alt="{esc(title)}" class="img-thumbnail"/></a><h3><a href="/album/{slug}.html">{esc(title)}</a></h3>'
            "</div>\n</div></div>"
        )
        return page(request, f"Thư viện ảnh - {SITE_NAME}", content, [("Thư viện ảnh", "/album/")])
    if alias != slug:
        return None
    imgs = "\n".join(
        f'<div class="col-xs-12 col-md-8"><img src="/uploads/album/2026_09/khai-giang-{n}.jpg" '
        f'alt="Khai giảng {n}" class="img-thumbnail"/></div>'
        for n in range(1, 7)
    )
    content = (
        f'<div class="panel panel-default"><div class="panel-body">\n<h1>{esc(title)}</h1>\n'
        f'<p class="text-muted">6 ảnh - Ngày đăng: 05/09/2026</p>\n<div class="row">\n{imgs}\n</div>\n'
        "</div></div>"
    )
    return page(
        request, f"{title} - Thư viện ảnh - {SITE_NAME}", content,
        [("Thư viện ảnh", "/album/"), (title, f"/album/{slug}.html")], canonical=f"/album/{slug}.html",
    )


# --- the site -------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_TOOL = re.compile(r"^/news/(print|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PAGE = re.compile(r"^/news/(?:([a-z0-9-]+)/)?page-(\d+)$")
_OP = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")


def _find(cat: str, slug: str, sid: str) -> Story | None:
    story = BY_ID.get(int(sid))
    if story is None or story.slug != slug:
        return None
    return story


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path in ("/favicon.ico",) or path.startswith(("/assets/", "/themes/", "/uploads/news/", "/uploads/album/",
                                                           "/uploads/logo")):
            return static_file(path)
        if path.startswith("/uploads/van-ban/") and path.endswith(".pdf"):
            if path.rsplit("/", 1)[1] in {v[5] for v in LAWS.values()}:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path in ("/", "/index.php") and not request.query:
            return render_list(request, None, 1, home=True)
        if path == "/index.php":
            return self._raw(request)
        if path == "/news":
            return redirect("/news/", 301)
        if path == "/news/":
            return render_list(request, None, 1)
        if path in ("/news/rss", "/news/rss/"):
            return render_rss(request, None)
        if m := re.fullmatch(r"/news/rss/([a-z0-9-]+)/?", path):
            return render_rss(request, m.group(1)) if m.group(1) in CATS else None
        if path in ("/news/search", "/news/search/"):
            return render_search(request, seek=False)
        if path in ("/seek", "/seek/"):
            return render_search(request, seek=True)
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            return render_tag(request, m.group(1))
        if m := _PAGE.fullmatch(path):
            cat, n = m.group(1), int(m.group(2))
            if cat is not None and cat not in CATS:
                return None
            base = "/news/" if cat is None else f"/news/{cat}/"
            if n <= 1 or n > pages_of(cat):
                return redirect(base, 301)
            return render_list(request, cat, n)
        if m := _TOOL.fullmatch(path):
            tool, cat, slug, sid = m.groups()
            story = _find(cat, slug, sid)
            if story is None or cat != story.cat:
                return None
            return render_print(request, story) if tool == "print" else render_sendmail(request, story)
        if m := _ARTICLE.fullmatch(path):
            cat, slug, sid = m.groups()
            story = _find(cat, slug, sid)
            if story is None:
                return None
            if cat != story.cat:
                if cat == story.opts.get("second"):
                    return redirect(article_path(story), 301)
                return None
            if request.params.get("download") == "1":
                files = story.opts.get("files", [])
                try:
                    name = files[int(request.params.get("id", "0"))]
                except (ValueError, IndexError):
                    return None
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'attachment; filename="{name}"'})
            return render_article(request, story)
        if m := re.fullmatch(r"/news/([a-z0-9-]+)/?", path):
            cat = m.group(1)
            if cat not in CATS:
                return None
            if not path.endswith("/"):
                return redirect(path + "/", 301)
            return render_list(request, cat, 1)
        if path in ("/about", "/about/"):
            return render_about(request, None)
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return render_about(request, m.group(1))
        if path in ("/contact", "/contact/"):
            return render_contact(request)
        if path in ("/van-ban", "/van-ban/"):
            return render_laws(request, None)
        if m := re.fullmatch(r"/van-ban/detail/([a-z0-9-]+)\.html", path):
            return render_laws(request, m.group(1))
        if path in ("/album", "/album/"):
            return render_album(request, None)
        if m := re.fullmatch(r"/album/([a-z0-9-]+)\.html", path):
            return render_album(request, m.group(1))
        if path in ("/feeds", "/feeds/"):
            return render_feeds(request)
        return None

    def _raw(self, request: Request) -> Response | None:
        """``index.php?language=vi&nv=news&op=…``: the non-rewritten form NukeViet still answers."""
        params = request.params
        if params.get("language", "vi") != "vi" or params.get("nv") != "news":
            return None
        op = params.get("op", "")
        if not op:
            return redirect("/news/", 301)
        m = _OP.fullmatch(op)
        if not m:
            return None
        story = _find(*m.groups())
        if story is None or m.group(1) != story.cat:
            return None
        return render_article(request, story)


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    if story.opts.get("second"):
        alts.append(article_path(story, story.opts["second"]))
    if story.id == 401:
        alts.append(raw_path(story).replace("&amp;", "&"))
    return gold_record(story, article_path(story), CATS[story.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
    "/van-ban/detail/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027-27.html",
    "/van-ban/detail/quy-che-chi-tieu-noi-bo-nam-2026-25.html",
    "/album/le-khai-giang-nam-hoc-2026-2027-12.html",
]
