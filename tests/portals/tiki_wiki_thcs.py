"""Tiki Wiki CMS Groupware 24 as the site of a lower-secondary school (Trường THCS Trần Quốc Toản).

Platform
    Tiki 24 with its Bootstrap 4 "basic" layout and a school theme (``themes/tqt_edu``): news in
    the Articles feature, the school's static pages as wiki pages, documents and photos in file
    galleries, one poll. SEF URLs are off in the preferences, but the Apache rewrite rules Tiki
    ships are installed, so ``/article133`` (typed by hand in the home wiki page) still answers.
    The server keeps Tiki's default display time zone, which is the host's: **UTC**. Every date
    is printed "dd-mm-YYYY HH:MM UTC" (short date "%d-%m-%Y", short time "%H:%M %Z").

URL scheme
    /                                         302 -> /tiki-index.php
    /tiki-index.php                           home wiki page "Trang chủ" (START_PATH), with an
                                              {ARTICLES(max=4)} block and a hand-typed "Tin nổi bật"
    /tiki-index.php?page=<name>               wiki pages (page name url-encoded with '+')
    /tiki-view_articles.php[?topic=T][&offset=N]   article list, 5 per page, offset paging
    /tiki-read_article.php?articleId=N        article (canonical)
    /tiki-read_article.php?articleId=N&show_comzone=y    same article with comments expanded
    /tiki-print_article.php?articleId=N       print view of the article
    /articleN[-slug]                          rewrite-rule form of the article URL
    /article_image.php?image_type=article|topic&id=N   article's own image / topic icon
    /tiki-download_file.php?fileId=N[&display][&max=600|&thumbnail]  gallery files (images, PDF)
    /tiki-list_file_gallery.php?galleryId=3|5 documents ("Văn bản") / photo album
    /tiki-poll_results.php?pollId=2           poll results
    /tiki-searchindex.php?filter~content=…    search (GET form), never any result
    /tiki-articles_rss.php?ver=2              RSS of the 10 newest articles

Page templates
    Every HTML page: top modules (logo, school name, today "Thứ Bảy, 05/12/2026"), a Bootstrap
    navbar with drop-downs (topics of the articles, wiki pages, galleries), a breadcrumb, the
    centre column and a right column of Tiki modules (card markup, numbered ``module_N`` ids):
    notice ticker, search, "Bài viết mới", "Xem nhiều nhất", poll, a mini calendar without links,
    links (a <select> of other hosts), visitor counter, login form. Footer with address, phone,
    email, copyright and "Powered by Tiki Wiki CMS Groupware".
    Article: Tiki's ``article.tpl``: an optional topline (kicker) over the ``<h2>`` title, the
    "titleb" line "Tác giả: … - Xuất bản lúc: … UTC [- Hết hạn lúc: …] - (N Lượt đọc)", the
    heading (sapo) block with the topic icon or the article's own image, the trailer with size
    and tool icons (trailer position "between": it sits between heading and body), the body,
    optional "Nội dung liên quan", then the comments (button, or the thread with show_comzone=y).
    Right column adds "Tin cùng chủ đề" (the 4 newest others of the topic).
    Bodies come in two editors: wiki syntax (lines separated by ``<br />`` straight in the div,
    ``!!`` headings with anchor icons, ``{maketoc}``, ``{img}`` plugin boxes, FOOTNOTE plugin) and
    the WYSIWYG editor (CKEditor ``<p>``, figures, tables, inline styles).

How each gold article is reached
    Topics: 1 "Tin tức - Sự kiện" (141 135 133 125 116 113), 2 "Hoạt động chuyên môn" (136 128
    119), 3 "Đoàn - Đội" (138 131), 4 "Thông báo" (139 122). Main list newest first:
    offset 0: 141 139 138 136 135; offset 5: 133 131 128 125 122; offset 10: 119 116 113.
    The home page shows the 4 newest and links 133/131/116 in their rewrite form; the module
    "Bài viết mới" the 5 newest; "Xem nhiều nhất" 133 122 139 125 119; the notice ticker 139 122.
    113 is linked only from page 3 of the main list (offset=10) and page 2 of topic 1
    (topic=1&offset=5). The RSS feed holds only the 10 newest.

Traps
    1. Display time zone UTC: "Xuất bản lúc: 30-11-2026 23:15 UTC" is 06:15 on 1 December in
       Asia/Ho_Chi_Minh. Gold: every published_at converted to +07:00 (138 crosses midnight:
       "2026-12-01T06:15:00+07:00"); comment dates ("05-12-2026 01:12 UTC") are never it.
    2. Notices (type "Thông báo") print "Hết hạn lúc: 31-12-2026 00:00 UTC" after the publication
       time: expiry is no date of the article. 139 is an official document whose letterhead says
       "Ea Kar, ngày 02 tháng 12 năm 2026" while Tiki published it on 03-12 (00:20 UTC): gold
       "2026-12-02", author the signer "Phạm Văn Lực"; letterhead, "THÔNG BÁO / Về việc …",
       "Nơi nhận" and the signature block are no body; its schedule table is body (rows " | ").
    3. The sapo is Tiki's "heading", printed outside ``articlebody`` and separated from it by the
       trailer "(3 452 byte)" with print icons: gold summary = heading and first body paragraph.
       Its picture is the topic icon (``article_image.php?image_type=topic``): no photo; 133 has
       its own article image (``image_type=article``) with a thumbcaption: a photo, first in
       images. 131 has no heading: summary null. 122 is all heading and no body: body = heading.
    4. One article, four URLs: tiki-read_article.php?articleId=N (canonical, ``<link
       rel=canonical>``), the comments link "&show_comzone=y#comments" (comments expanded), the
       print view tiki-print_article.php and the rewrite form /article133-Le-ky-niem-…,
       /article131, /article116 (hand-typed on the home page). Gold: the first; others alt_paths.
    5. "Tác giả:" in the titleb line is whatever the editor typed in Tiki's author-name field:
       CMS accounts (quantri, thcs_tqt, vanthu_tqt -> nobody; the real signature is then at the
       end of the body: "Tin, ảnh: Lê Thị Mỹ Duyên", "Tin: … - Ảnh: …", "Nguyễn Hoàng Anh
       (GV-TPT Đội)", "Tổ Văn phòng", "BBT" -> nobody), a unit ("Tổ Khoa học tự nhiên", as
       printed), a name with degree or post ("ThS. Đỗ Thị Ngọc Lan", "Phó Hiệu trưởng Lê Văn
       Thành" -> the name only).
    6. Wiki-syntax bodies: text lines are bare text separated by ``<br />`` (each line a
       paragraph), ``{maketoc}`` prints a "Mục lục" box of links (no text), headings carry an
       empty anchor-icon link, the FOOTNOTE plugin glues a bare superscript number to the word
       ("2018" + "1": the number is no text) and the notes area "Chú thích" with its entries is
       body.
    7. Images: the ``{img}`` plugin prints the src with "&amp;display&amp;max=600" and a link to the
       full file; gold is the src as printed. ``alt`` is the file name ("DSC_0215.JPG"), never a
       caption; a line "Ảnh: Mỹ Duyên" only credits (caption None); "(Học sinh thực hành …)" loses
       its parentheses. Tiki smileys (``img/smiles/icon_smile.gif``) are icons, not photos.
    8. Wiki pages look like articles (title, body, "Được tạo bởi admin. Sửa lần cuối bởi … vào
       12-09-2026 03:02 UTC") but are NON_ARTICLES, as are the galleries and poll results.
    9. Kicker: 133 prints a topline "CHÀO MỪNG 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11" above its
       title: not the title. The comment threads of 141, 133 and 131 (shown with show_comzone=y)
       are no body.
   10. Text encodings: 131 was pasted from a Mac (NFD, tone marks as combining characters; gold
       NFC); 113's body went through an editor that writes every second non-ASCII character as an
       entity (``&agrave;``, ``&#7897;``).
   11. Pagination by ``offset``: the first page is linked again as "offset=0"; 113 is reachable only
       from page 2+ listings; the "Tin cùng chủ đề" module shows only the 4 newest others.

Gold decisions on ambiguous points
    - category = the article's topic, as the breadcrumb and the "Tin tức" drop-down print it.
    - A time printed in UTC is converted, not kept: published_at carries +07:00.
    - The notes area's entries are body paragraphs without a number (Tiki prints them as an
      ``<ol>``: the number is the list's, not text); its title "Chú thích" is a paragraph.
    - The heading-only notice 122: summary = body = the heading (one paragraph).
    - A donation table's total row spans two cells: "Tổng cộng | 48.650.000".
    - Image path = the ``<img src>`` (for plugin boxes the "&display&max=600" URL), not the link.
    - "Theo kế hoạch, …" inside the text is text; 125's "Nguồn: Báo Đắk Lắk điện tử" is the
      source, its right-aligned "Hồng Nhung" above it the author.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
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

NAME = "tiki_wiki_thcs"
PLATFORM = "Tiki Wiki CMS Groupware 24"
START_PATH = "/tiki-index.php"

SCHOOL = "Trường THCS Trần Quốc Toản"
TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

TOPICS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Đoàn - Đội",
    4: "Thông báo",
}


def wiki_href(page: str) -> str:
    return "tiki-index.php?page=" + quote_plus(page)


def fn(n: int) -> str:
    """The FOOTNOTE plugin's call: a bare superscript number."""
    return f'<sup class="tikifootnote"><a id="ref_footnote{n}" href="#footnote{n}">{n}</a></sup>'


def M(gold: str, markup: str, style: str = "") -> P:
    """A paragraph whose printed markup is given by hand (``gold`` is what it reads as)."""
    return P(gold, style=f"{style}|m:{markup}")


# --- the articles ---------------------------------------------------------------------------

S141 = Story(
    id=141,
    slug="hoi-thi-gvcn-gioi",
    title="Hội thi “Giáo viên chủ nhiệm giỏi” cấp trường năm học 2026 – 2027",
    cat=TOPICS[1],
    published_at="2026-12-04T16:45:00+07:00",
    authors=["Nguyễn Thị Thanh Hương"],
    summary=(
        "Từ ngày 01/12 đến ngày 03/12/2026, Trường THCS Trần Quốc Toản tổ chức Hội thi “Giáo viên "
        "chủ nhiệm giỏi” cấp trường với sự tham gia của 12 giáo viên đang làm công tác chủ nhiệm lớp."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm đánh giá thực chất năng lực của đội ngũ giáo viên chủ nhiệm trong công tác "
            "giáo dục toàn diện học sinh; tạo cơ hội để giáo viên trao đổi, học tập kinh nghiệm trong "
            "việc xây dựng tập thể lớp tự quản, phối hợp với cha mẹ học sinh và các lực lượng giáo dục khác."
        ),
        P(
            "Hội thi gồm hai phần: phần trình bày biện pháp giáo dục học sinh và phần tổ chức tiết sinh "
            "hoạt lớp theo chủ đề. Ở phần thứ nhất, các giáo viên đã trình bày nhiều biện pháp thiết thực "
            "như: xây dựng “Góc chia sẻ” trong lớp học, ứng dụng nhóm Zalo để kết nối với phụ huynh, "
            "giáo dục kỹ năng ứng phó với bắt nạt học đường…"
        ),
        Img(
            "tiki-download_file.php?fileId=412&amp;display&amp;max=600",
            printed="Cô Trần Thị Minh Nguyệt, giáo viên chủ nhiệm lớp 8A3, tổ chức tiết sinh hoạt lớp "
            "chủ đề “Lớp học hạnh phúc”",
            caption="Cô Trần Thị Minh Nguyệt, giáo viên chủ nhiệm lớp 8A3, tổ chức tiết sinh hoạt lớp "
            "chủ đề “Lớp học hạnh phúc”",
            style="figure",
        ),
        P(
            "Các tiết sinh hoạt lớp được tổ chức sinh động, học sinh được trao quyền điều hành, tự đánh "
            "giá hoạt động của tập thể trong tuần và đề xuất kế hoạch tuần tới. Ban giám khảo đánh giá "
            "cao sự chuẩn bị công phu và tinh thần cầu thị của các thí sinh."
        ),
        P(
            "Kết thúc hội thi, Ban tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 06 giải "
            "Khuyến khích. Giải Nhất thuộc về cô Trần Thị Minh Nguyệt (lớp 8A3). Các giáo viên đạt giải "
            "Nhất, Nhì sẽ được nhà trường lựa chọn tham gia hội thi cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
        ),
        Img(
            "tiki-download_file.php?fileId=413&amp;display",
            printed="Ban tổ chức trao giải cho các giáo viên đạt giải",
            caption="Ban tổ chức trao giải cho các giáo viên đạt giải",
            style="ck_p",
        ),
    ],
    opts={
        "topic": 1,
        "mode": "html",
        "local": "2026-12-04 16:45",
        "author_field": "Nguyễn Thị Thanh Hương",
        "reads": 356,
        "size": 3452,
        "comments": [
            ("Phụ huynh lớp 8A3", "05-12-2026 01:12 UTC", "Cảm ơn cô Nguyệt và nhà trường, các con rất thích tiết sinh hoạt lớp này."),
            ("Lê Thu Hà", "05-12-2026 02:40 UTC", "Chúc mừng các thầy cô đạt giải!"),
        ],
        "related": [119, 128],
    },
)

S139 = Story(
    id=139,
    slug="thong-bao-lich-kiem-tra-hki",
    title="Thông báo lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027",
    cat=TOPICS[4],
    published_at="2026-12-02",
    authors=["Phạm Văn Lực"],
    summary="Lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027 đối với học sinh khối 6, 7, 8 và 9.",
    sapo_outside=True,
    blocks=[
        Raw(
            '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
            '<td style="text-align:center; width:40%">UBND XÃ EA KAR<br />\n<strong>TRƯỜNG THCS TRẦN QUỐC TOẢN</strong><br />\n'
            "--------</td>\n"
            '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>\n</tr>\n<tr>\n"
            '<td style="text-align:center">Số: 112/TB-THCSTQT</td>\n'
            '<td style="text-align:right"><em>Ea Kar, ngày 02 tháng 12 năm 2026</em></td>\n'
            "</tr>\n</tbody>\n</table>\n"
            '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />\n'
            "<strong>Về việc tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027</strong></p>\n"
        ),
        P(
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ Giáo dục và Đào tạo quy định về "
            "đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông;",
            style="indent",
        ),
        P(
            "Căn cứ Kế hoạch số 85/KH-THCSTQT ngày 05/9/2026 của Trường THCS Trần Quốc Toản về thực hiện "
            "nhiệm vụ năm học 2026 – 2027,",
            style="indent",
        ),
        P("Trường THCS Trần Quốc Toản thông báo lịch kiểm tra, đánh giá cuối học kỳ I như sau:", style="indent"),
        P("1. Thời gian kiểm tra tập trung: từ ngày 21/12/2026 đến ngày 24/12/2026.", style="indent"),
        P("2. Lịch kiểm tra cụ thể:", style="indent"),
        P("Ngày | Buổi sáng (khối 8, 9) | Buổi chiều (khối 6, 7)", style="tr"),
        P("21/12/2026 | Ngữ văn (90 phút) | Ngữ văn (90 phút)", style="tr"),
        P("22/12/2026 | Toán (90 phút) | Toán (90 phút)", style="tr"),
        P(
            "23/12/2026 | Tiếng Anh (60 phút) – Lịch sử và Địa lí (60 phút) | Tiếng Anh (60 phút) – "
            "Khoa học tự nhiên (60 phút)",
            style="tr",
        ),
        P(
            "24/12/2026 | Khoa học tự nhiên (60 phút) – Tin học (45 phút) | Lịch sử và Địa lí (60 phút) – "
            "Công nghệ (45 phút)",
            style="tr",
        ),
        P("3. Tổ chức thực hiện:", style="indent"),
        P(
            "Các tổ chuyên môn hoàn thành ra đề, ma trận, bản đặc tả đề kiểm tra và nộp về Phó Hiệu trưởng "
            "phụ trách chuyên môn trước ngày 14/12/2026.",
            style="li",
        ),
        P(
            "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh "
            "ôn tập nghiêm túc.",
            style="li",
        ),
        P(
            "Các môn đánh giá bằng nhận xét kiểm tra theo lịch của tổ chuyên môn, hoàn thành trước ngày 19/12/2026.",
            style="li",
        ),
        P(
            "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện./.",
            style="indent",
        ),
        Raw(
            '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
            '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />\n'
            "- Các tổ chuyên môn;<br />\n- GVCN các lớp;<br />\n- Website trường;<br />\n- Lưu: VT.</td>\n"
            '<td style="text-align:center; vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />\n'
            "<em>(Đã ký)</em><br />\n<br />\n<br />\n<strong>Phạm Văn Lực</strong></td>\n"
            "</tr>\n</tbody>\n</table>\n"
            '<p><img alt="" src="img/icons/mime/pdf.png" /> <strong>Tệp đính kèm:</strong> '
            '<a href="tiki-download_file.php?fileId=61">TB-112-lich-kiem-tra-HKI.pdf</a> (214 Kb)</p>\n'
        ),
    ],
    opts={
        "topic": 4,
        "mode": "html",
        "type": "Thông báo",
        "local": "2026-12-03 07:20",
        "expires": "31-12-2026 00:00 UTC",
        "author_field": "vanthu_tqt",
        "reads": 812,
        "size": 4120,
    },
)

S138 = Story(
    id=138,
    slug="ke-hoach-nho-ao-am-cho-ban",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa gây quỹ “Áo ấm cho bạn”",
    cat=TOPICS[3],
    published_at="2026-12-01T06:15:00+07:00",
    authors=["Lê Thị Mỹ Duyên"],
    photographers=["Lê Thị Mỹ Duyên"],
    summary=(
        "Sáng thứ Hai 30/11/2026, trong buổi chào cờ đầu tuần, Liên đội Trường THCS Trần Quốc Toản đã "
        "phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa nhằm gây quỹ “Áo ấm cho bạn” "
        "hỗ trợ học sinh có hoàn cảnh khó khăn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Phát biểu tại buổi lễ, đồng chí Nguyễn Hoàng Anh, Tổng phụ trách Đội, nhấn mạnh: phong trào "
            "không chỉ giúp các em có thêm nguồn quỹ hỗ trợ bạn bè khó khăn mà còn hình thành ý thức bảo vệ "
            "môi trường, tiết kiệm và sống sẻ chia."
        ),
        Img(
            "tiki-download_file.php?fileId=405&amp;display&amp;max=600",
            printed="(Đại diện các chi đội nhận nhiệm vụ thu gom giấy vụn)",
            caption="Đại diện các chi đội nhận nhiệm vụ thu gom giấy vụn",
            style="em_next",
        ),
        P(
            "Theo kế hoạch, mỗi đội viên thu gom ít nhất 3 kg giấy vụn và 20 vỏ chai nhựa; các chi đội nộp "
            "sản phẩm về Liên đội vào sáng thứ Bảy hằng tuần trong hai tuần từ ngày 30/11 đến ngày 12/12/2026."
        ),
        M(
            "Toàn bộ số tiền thu được sẽ dùng để mua áo ấm tặng 25 học sinh có hoàn cảnh đặc biệt khó khăn "
            "của nhà trường trước kỳ nghỉ Tết Dương lịch.",
            "Toàn bộ số tiền thu được sẽ dùng để mua áo ấm tặng 25 học sinh có hoàn cảnh đặc biệt khó khăn "
            "của nhà trường trước kỳ nghỉ Tết Dương lịch. "
            '<img alt=":smile:" class="icon" src="img/smiles/icon_smile.gif" title=":smile:" />',
        ),
        Img(
            "tiki-download_file.php?fileId=406&amp;display&amp;max=600",
            printed="Ảnh: Mỹ Duyên",
            caption=None,
            style="em_next",
        ),
        P(
            "Ngay trong ngày đầu phát động, các chi đội 6A1, 7A2 và 9A1 đã thu gom được hơn 120 kg giấy vụn. "
            "Liên đội sẽ tổng kết, khen thưởng các chi đội có thành tích xuất sắc trong buổi sinh hoạt dưới "
            "cờ ngày 14/12/2026."
        ),
        Raw('<div style="text-align: right;"><strong>Tin, ảnh: Lê Thị Mỹ Duyên</strong></div>\n'),
    ],
    opts={
        "topic": 3,
        "mode": "wiki",
        "local": "2026-12-01 06:15",
        "author_field": "thcs_tqt",
        "reads": 164,
        "size": 2890,
        "related": [131],
    },
)

_TOC_136 = Raw("{maketoc}")  # replaced by the table of contents when the body is printed

S136 = Story(
    id=136,
    slug="chuyen-de-khtn-8",
    title="Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm trong môn Khoa học tự nhiên 8”",
    cat=TOPICS[2],
    published_at="2026-11-28T14:00:00+07:00",
    authors=["Tổ Khoa học tự nhiên"],
    summary=(
        "Chiều ngày 26/11/2026, Tổ Khoa học tự nhiên tổ chức chuyên đề cấp trường “Dạy học phát triển "
        "năng lực qua hoạt động trải nghiệm trong môn Khoa học tự nhiên 8” với sự tham dự của Ban giám "
        "hiệu và toàn thể giáo viên trong tổ."
    ),
    sapo_outside=True,
    blocks=[
        _TOC_136,
        P("I. Mục đích của chuyên đề", style="h"),
        M(
            "Chuyên đề giúp giáo viên thống nhất cách thiết kế và tổ chức các hoạt động trải nghiệm trong giờ "
            "học Khoa học tự nhiên theo Chương trình giáo dục phổ thông 2018; qua đó phát triển năng lực tìm "
            "hiểu tự nhiên và năng lực vận dụng kiến thức, kỹ năng đã học cho học sinh.",
            "Chuyên đề giúp giáo viên thống nhất cách thiết kế và tổ chức các hoạt động trải nghiệm trong giờ "
            "học Khoa học tự nhiên theo Chương trình giáo dục phổ thông 2018" + fn(1) + "; qua đó phát triển "
            "năng lực tìm hiểu tự nhiên và năng lực vận dụng kiến thức, kỹ năng đã học cho học sinh.",
        ),
        P("II. Nội dung chuyên đề", style="h"),
        M(
            "Cô Võ Thị Kim Oanh trình bày cơ sở lí luận và quy trình 4 bước tổ chức hoạt động trải nghiệm "
            "theo mô hình của Kolb:",
            "Cô Võ Thị Kim Oanh trình bày cơ sở lí luận và quy trình 4 bước tổ chức hoạt động trải nghiệm "
            "theo mô hình của Kolb" + fn(2) + ":",
        ),
        P("Bước 1: Trải nghiệm cụ thể – học sinh trực tiếp làm thí nghiệm, quan sát hiện tượng.", style="li"),
        P("Bước 2: Quan sát, phản ánh – học sinh chia sẻ, thảo luận về những gì đã quan sát được.", style="li"),
        P("Bước 3: Khái quát hóa – học sinh rút ra kiến thức, quy luật khoa học.", style="li"),
        P("Bước 4: Vận dụng – học sinh vận dụng kiến thức vào tình huống thực tiễn.", style="li"),
        P(
            "Tiết dạy minh họa bài 25 “Điện trở. Định luật Ohm” tại lớp 8A2 do thầy Đặng Quốc Bảo thực hiện. "
            "Học sinh được chia thành 6 nhóm, tự lắp mạch điện, đo cường độ dòng điện và hiệu điện thế rồi "
            "rút ra mối liên hệ giữa chúng."
        ),
        Img(
            "tiki-download_file.php?fileId=398&amp;display&amp;max=600",
            printed="Học sinh lớp 8A2 lắp mạch điện đo cường độ dòng điện",
            caption="Học sinh lớp 8A2 lắp mạch điện đo cường độ dòng điện",
            style="imgbox",
        ),
        P("III. Kết quả và bài học kinh nghiệm", style="h"),
        P(
            "Các ý kiến thảo luận đều thống nhất: hoạt động trải nghiệm giúp học sinh hứng thú, chủ động; tuy "
            "nhiên giáo viên cần chuẩn bị kỹ thiết bị, phân chia thời gian hợp lý để bảo đảm tiến độ tiết học."
        ),
        P("Chú thích", style="fnhead"),
        P(
            "Chương trình giáo dục phổ thông ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 "
            "của Bộ Giáo dục và Đào tạo.",
            style="fn1",
        ),
        P(
            "David A. Kolb (1984), Experiential Learning: Experience as the Source of Learning and Development.",
            style="fn2",
        ),
    ],
    opts={
        "topic": 2,
        "mode": "wiki",
        "local": "2026-11-28 14:00",
        "author_field": "Tổ Khoa học tự nhiên",
        "reads": 311,
        "size": 5210,
    },
)

S135 = Story(
    id=135,
    slug="ung-ho-dong-bao-mien-trung",
    title="Chung tay ủng hộ đồng bào bị thiệt hại do mưa lũ tại các tỉnh miền Trung",
    cat=TOPICS[1],
    published_at="2026-11-25T10:30:00+07:00",
    authors=[],
    summary=(
        "Hưởng ứng lời kêu gọi của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, trong tuần từ ngày 16/11 đến "
        "ngày 21/11/2026, cán bộ, giáo viên, nhân viên và học sinh Trường THCS Trần Quốc Toản đã quyên góp "
        "được 48.650.000 đồng ủng hộ đồng bào bị thiệt hại do mưa lũ."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đợt mưa lũ lịch sử cuối tháng 10 và đầu tháng 11/2026 đã gây thiệt hại nặng nề về người và tài "
            "sản cho nhân dân nhiều tỉnh miền Trung. Ngay sau khi có thư kêu gọi, Ban giám hiệu nhà trường đã "
            "phối hợp với Công đoàn, Liên đội phát động đợt quyên góp trong toàn trường."
        ),
        Img(
            "tiki-download_file.php?fileId=391&amp;display",
            printed="Đại diện học sinh các lớp trao tiền ủng hộ cho Ban tổ chức",
            caption="Đại diện học sinh các lớp trao tiền ủng hộ cho Ban tổ chức",
            style="ck_p",
        ),
        P("Kết quả quyên góp cụ thể như sau:"),
        P("TT | Đơn vị | Số tiền (đồng)", style="tr"),
        P("1 | Cán bộ, giáo viên, nhân viên | 21.500.000", style="tr"),
        P("2 | Học sinh khối 6 | 6.120.000", style="tr"),
        P("3 | Học sinh khối 7 | 5.870.000", style="tr"),
        P("4 | Học sinh khối 8 | 7.030.000", style="tr"),
        P("5 | Học sinh khối 9 | 8.130.000", style="tr"),
        P("Tổng cộng | 48.650.000", style="tr_span"),
        P(
            "Toàn bộ số tiền trên đã được nhà trường chuyển đến Ủy ban Mặt trận Tổ quốc Việt Nam xã Ea Kar "
            "để chuyển tới đồng bào vùng lũ."
        ),
        P("Xin chân thành cảm ơn tấm lòng của quý thầy cô, các em học sinh và quý phụ huynh! ❤️"),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>\n'),
    ],
    opts={
        "topic": 1,
        "mode": "html",
        "local": "2026-11-25 10:30",
        "author_field": "quantri",
        "reads": 247,
        "size": 3010,
    },
)

ART_IMAGE_133 = (
    "Thầy Phạm Văn Lực, Hiệu trưởng nhà trường phát biểu ôn lại truyền thống ngày Nhà giáo Việt Nam"
)

S133 = Story(
    id=133,
    slug="Le-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam",
    title="Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat=TOPICS[1],
    published_at="2026-11-20T09:00:00+07:00",
    authors=["Trần Văn Quang"],
    photographers=["Hoàng Minh Tuấn"],
    summary=(
        "Sáng ngày 20/11/2026, Trường THCS Trần Quốc Toản long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam. Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Ea Kar, Ban đại diện cha mẹ "
        "học sinh cùng các thế hệ thầy cô giáo nguyên là cán bộ, giáo viên của trường."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "article_image.php?image_type=article&amp;id=133",
            printed=ART_IMAGE_133,
            caption=ART_IMAGE_133,
            style="artimg",
        ),
        P(
            "Tại buổi lễ, thầy Phạm Văn Lực, Hiệu trưởng nhà trường đã ôn lại lịch sử, ý nghĩa của Ngày Nhà "
            "giáo Việt Nam và điểm lại những thành tích nổi bật mà thầy và trò nhà trường đạt được trong năm "
            "học 2025 – 2026: tỉ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 9 được công nhận tốt nghiệp "
            "THCS; 18 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh."
        ),
        P(
            "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi theo.”",
            style="quote",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Nguyễn Ngọc Bảo Trâm, lớp 9A1 đã gửi lời tri ân sâu sắc đến các "
            "thầy cô giáo. Nhân dịp này, Ban đại diện cha mẹ học sinh đã trao tặng 30 suất quà cho các thầy cô "
            "giáo có nhiều đóng góp trong công tác giảng dạy."
        ),
        Img(
            "tiki-download_file.php?fileId=377&amp;display",
            printed="Tiết mục văn nghệ chào mừng của học sinh khối 9",
            caption="Tiết mục văn nghệ chào mừng của học sinh khối 9",
            style="figure",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp với chương trình văn nghệ đặc sắc do học sinh các khối lớp "
            "biểu diễn."
        ),
        Raw('<p style="text-align: right;"><em><strong>Tin: Trần Văn Quang - Ảnh: Hoàng Minh Tuấn</strong></em></p>\n'),
    ],
    opts={
        "topic": 1,
        "mode": "html",
        "local": "2026-11-20 09:00",
        "author_field": "quantri",
        "topline": "CHÀO MỪNG 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        "art_image": ART_IMAGE_133,
        "reads": 1245,
        "size": 3877,
        "comments": [
            ("Cựu học sinh khóa 2010 - 2014", "20-11-2026 05:03 UTC", "Kính chúc thầy cô luôn mạnh khỏe, hạnh phúc!"),
            ("Nguyễn Văn Bình", "20-11-2026 13:47 UTC", "Nhớ mãi mái trường Trần Quốc Toản thân yêu."),
            ("Phụ huynh 6A4", "21-11-2026 00:21 UTC", "Buổi lễ rất ý nghĩa, cảm ơn BGH nhà trường."),
        ],
        "sef": "article133-Le-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam",
        "related": [141],
    },
)

S131 = Story(
    id=131,
    slug="rung-chuong-vang-atgt",
    title="Sôi nổi Hội thi “Rung chuông vàng” khối 9 với chủ đề “An toàn giao thông cho nụ cười trẻ thơ”",
    cat=TOPICS[3],
    published_at="2026-11-14T15:20:00+07:00",
    authors=["Nguyễn Hoàng Anh"],
    summary=None,
    blocks=[
        P(
            "Nhằm hưởng ứng Năm an toàn giao thông và tăng cường giáo dục ý thức chấp hành pháp luật về trật "
            "tự, an toàn giao thông cho học sinh, chiều ngày 13/11/2026, Liên đội Trường THCS Trần Quốc Toản "
            "tổ chức Hội thi “Rung chuông vàng” dành cho học sinh khối 9."
        ),
        P(
            "Tham gia hội thi có 100 thí sinh đại diện cho 5 chi đội khối 9. Các câu hỏi xoay quanh Luật Trật "
            "tự, an toàn giao thông đường bộ năm 2024, kỹ năng đi xe đạp an toàn, ý nghĩa của các biển báo "
            "hiệu đường bộ và văn hóa khi tham gia giao thông."
        ),
        Img(
            "tiki-download_file.php?fileId=366&amp;display",
            printed="Các thí sinh tập trung trả lời câu hỏi tại sân trường",
            caption="Các thí sinh tập trung trả lời câu hỏi tại sân trường",
            style="ck_p",
        ),
        P(
            "Sau 25 câu hỏi gay cấn, em Lê Minh Khang, chi đội 9A3 đã xuất sắc vượt qua tất cả các câu hỏi và "
            "rung tiếng chuông vàng của hội thi. Ban tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba cho "
            "các thí sinh xuất sắc."
        ),
        P(
            "Hội thi là sân chơi bổ ích, giúp các em củng cố kiến thức về an toàn giao thông, góp phần xây dựng "
            "văn hóa giao thông trong nhà trường."
        ),
        Raw('<p style="text-align: right;"><em>Nguyễn Hoàng Anh (GV-TPT Đội)</em></p>\n'),
    ],
    opts={
        "topic": 3,
        "mode": "html",
        "nfd": True,
        "local": "2026-11-14 15:20",
        "author_field": "thcs_tqt",
        "reads": 276,
        "size": 2644,
        "comments": [
            ("Lê Minh Khang 9A3", "14-11-2026 12:05 UTC", "Em cảm ơn thầy cô và các bạn đã cổ vũ ạ 😊"),
        ],
        "sef": "article131",
    },
)

S128 = Story(
    id=128,
    slug="to-ngu-van-nghien-cuu-bai-hoc",
    title="Tổ Ngữ văn sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
    cat=TOPICS[2],
    published_at="2026-11-09T08:00:00+07:00",
    authors=["Đỗ Thị Ngọc Lan"],
    summary=(
        "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo Chương trình giáo dục phổ thông 2018, ngày "
        "06/11/2026, Tổ Ngữ văn đã tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học tại lớp 7A4."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tiết dạy minh họa bài đọc “Bầy chim chìa vôi” (Nguyễn Quang Thiều) do cô Huỳnh Thị Bích Trâm thực "
            "hiện. Thay vì tập trung vào người dạy, các giáo viên dự giờ tập trung quan sát hoạt động học của "
            "học sinh: cách các em đọc văn bản, trao đổi trong nhóm và trình bày sản phẩm."
        ),
        Img(
            "tiki-download_file.php?fileId=352&amp;display&amp;max=600",
            printed=None,
            caption=None,
            style="ck_plain",
        ),
        P(
            "Trong phần thảo luận, các thành viên trong tổ đã chỉ ra những thời điểm học sinh thực sự học, "
            "những học sinh còn gặp khó khăn và nguyên nhân, từ đó đề xuất điều chỉnh thiết kế hoạt động cho "
            "phù hợp hơn."
        ),
        P("Một số nội dung được thống nhất sau buổi sinh hoạt:"),
        P("- Tăng thời gian để học sinh đọc cá nhân trước khi thảo luận nhóm;"),
        P("- Sử dụng phiếu học tập có câu hỏi gợi mở, phù hợp với nhiều đối tượng học sinh;"),
        P("- Khuyến khích học sinh liên hệ nội dung văn bản với trải nghiệm của bản thân."),
        P(
            "Buổi sinh hoạt chuyên môn diễn ra nghiêm túc, cởi mở, góp phần đổi mới phương pháp dạy học và "
            "nâng cao năng lực chuyên môn cho giáo viên trong tổ."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="tiki-download_file.php?fileId=62">Kế hoạch thực hiện '
            "nhiệm vụ năm học 2026 – 2027</a></p>\n"
        ),
    ],
    opts={
        "topic": 2,
        "mode": "html",
        "local": "2026-11-09 08:00",
        "author_field": "ThS. Đỗ Thị Ngọc Lan",
        "reads": 298,
        "size": 2980,
        "alt_img": "DSC_0215.JPG",
    },
)

S125 = Story(
    id=125,
    slug="hoi-khoe-phu-dong-xa",
    title="Học sinh nhà trường đạt 9 huy chương tại Hội khỏe Phù Đổng xã Ea Kar lần thứ I",
    cat=TOPICS[1],
    published_at="2026-11-03T16:00:00+07:00",
    authors=["Hồng Nhung"],
    source="Báo Đắk Lắk điện tử",
    summary=(
        "Sau 5 ngày tranh tài sôi nổi (từ ngày 27/10 đến 31/10/2026), Hội khỏe Phù Đổng xã Ea Kar lần thứ I "
        "đã bế mạc. Đoàn vận động viên Trường THCS Trần Quốc Toản xuất sắc giành 9 huy chương các loại."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội khỏe Phù Đổng năm nay thu hút gần 600 vận động viên đến từ 11 trường tiểu học và trung học "
            "cơ sở trên địa bàn xã tham gia tranh tài ở 6 môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua "
            "và đá cầu."
        ),
        P(
            "Theo kế hoạch, các môn thi đấu được tổ chức tại Trung tâm Văn hóa – Thể thao xã và sân vận động "
            "Trường THCS Trần Quốc Toản."
        ),
        P(
            "Kết quả, đoàn vận động viên nhà trường giành 3 huy chương Vàng, 2 huy chương Bạc và 4 huy chương "
            "Đồng, xếp thứ Nhì toàn đoàn khối trung học cơ sở. Nổi bật là em Y Khoa Niê, lớp 9A2 giành huy "
            "chương Vàng nội dung chạy 800 m nam."
        ),
        Img(
            "tiki-download_file.php?fileId=340&amp;display&amp;max=600",
            printed="Em Y Khoa Niê (số 215) về đích ở nội dung chạy 800 m nam",
            caption="Em Y Khoa Niê (số 215) về đích ở nội dung chạy 800 m nam",
            style="em_next",
        ),
        P(
            "Các vận động viên đạt thành tích cao sẽ được lựa chọn tham gia Hội khỏe Phù Đổng cấp tỉnh vào "
            "tháng 3/2027."
        ),
        Raw(
            '<div style="text-align: right;"><strong>Hồng Nhung</strong></div>\n'
            "<em>Nguồn: Báo Đắk Lắk điện tử</em><br />\n"
        ),
    ],
    opts={
        "topic": 1,
        "mode": "wiki",
        "local": "2026-11-03 16:00",
        "author_field": "quantri",
        "reads": 690,
        "size": 2310,
    },
)

S122 = Story(
    id=122,
    slug="nghi-hoc-bao-so-12",
    title="Thông báo cho học sinh nghỉ học ngày 28/10/2026 do ảnh hưởng của bão số 12",
    cat=TOPICS[4],
    published_at="2026-10-27T18:40:00+07:00",
    authors=[],
    summary=(
        "Thực hiện Công văn số 1425/UBND-VX ngày 27/10/2026 của UBND xã Ea Kar về việc chủ động ứng phó "
        "với bão số 12, nhà trường thông báo cho toàn bộ học sinh nghỉ học ngày 28/10/2026 (thứ Tư). Học "
        "sinh đi học trở lại từ ngày 29/10/2026. Giáo viên chủ nhiệm thông báo kịp thời đến cha mẹ học sinh."
    ),
    sapo_outside=True,
    blocks=[],
    opts={
        "topic": 4,
        "mode": "html",
        "type": "Thông báo",
        "local": "2026-10-27 18:40",
        "expires": "29-10-2026 00:00 UTC",
        "author_field": "vanthu_tqt",
        "reads": 955,
        "size": 0,
    },
)

S119 = Story(
    id=119,
    slug="ket-qua-gvdg-cap-truong",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat=TOPICS[2],
    published_at="2026-10-22T09:15:00+07:00",
    authors=["Lê Văn Thành"],
    summary=(
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027 diễn ra từ ngày 12/10 đến ngày 20/10/2026 "
        "với 16 giáo viên tham gia, trong đó có 11 giáo viên được công nhận giáo viên dạy giỏi cấp trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi giáo viên dự thi thực hiện hai tiết dạy (một tiết do giáo viên tự chọn và một tiết bốc thăm) "
            "và trình bày một biện pháp nâng cao chất lượng giảng dạy. Ban giám khảo gồm Ban giám hiệu và các "
            "tổ trưởng chuyên môn."
        ),
        P("Danh sách giáo viên đạt kết quả cao nhất của hội thi:"),
        P("TT | Họ và tên | Môn | Xếp loại", style="tr"),
        P("1 | Đặng Quốc Bảo | Khoa học tự nhiên | Xuất sắc", style="tr"),
        P("2 | Huỳnh Thị Bích Trâm | Ngữ văn | Xuất sắc", style="tr"),
        P("3 | Nguyễn Thị Thanh Hương | Toán | Giỏi", style="tr"),
        P("4 | H’Linh Êban | Tiếng Anh | Giỏi", style="tr"),
        P("5 | Võ Thị Kim Oanh | Khoa học tự nhiên | Giỏi", style="tr"),
        P(
            "Nhà trường sẽ lựa chọn giáo viên có thành tích xuất sắc tham gia Hội thi giáo viên dạy giỏi cấp "
            "tỉnh năm học 2026 – 2027."
        ),
        Raw(
            '<p><span style="color:#c0392b">File đính kèm:</span> '
            '<a href="tiki-download_file.php?fileId=63">QD-cong-nhan-GVDG-2026.pdf</a></p>\n'
        ),
    ],
    opts={
        "topic": 2,
        "mode": "html",
        "local": "2026-10-22 09:15",
        "author_field": "Phó Hiệu trưởng Lê Văn Thành",
        "reads": 530,
        "size": 2750,
    },
)

S116 = Story(
    id=116,
    slug="hoi-nghi-vien-chuc",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat=TOPICS[1],
    published_at="2026-10-15T14:30:00+07:00",
    authors=["Tổ Văn phòng"],
    summary=(
        "Chiều ngày 13/10/2026, Trường THCS Trần Quốc Toản tổ chức Hội nghị viên chức, người lao động năm "
        "học 2026 – 2027 nhằm đánh giá kết quả năm học cũ và bàn các giải pháp thực hiện nhiệm vụ năm học mới."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học 2026 – 2027; "
            "báo cáo công khai tài chính, hoạt động của Ban Thanh tra nhân dân và sửa đổi, bổ sung Quy chế chi "
            "tiêu nội bộ."
        ),
        P(
            "Năm học 2026 – 2027, nhà trường có 34 lớp với 1.382 học sinh; 72 cán bộ, giáo viên, nhân viên. "
            "Hội nghị thống nhất các chỉ tiêu chủ yếu:"
        ),
        P("Tỉ lệ học sinh lên lớp thẳng đạt từ 97% trở lên;", style="li"),
        P("Tỉ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS đạt 100%;", style="li"),
        P("Phấn đấu có ít nhất 15 học sinh đạt giải học sinh giỏi cấp tỉnh.", style="li"),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí và tổ chức ký giao ước "
            "thi đua giữa các tổ chuyên môn."
        ),
        Img(
            "tiki-download_file.php?fileId=318&amp;display&amp;max=600",
            printed="Quang cảnh Hội nghị viên chức, người lao động năm học 2026 – 2027",
            caption="Quang cảnh Hội nghị viên chức, người lao động năm học 2026 – 2027",
            style="imgbox",
        ),
        Raw('<div style="text-align: right;"><strong>Tổ Văn phòng</strong></div>\n'),
    ],
    opts={
        "topic": 1,
        "mode": "wiki",
        "local": "2026-10-15 14:30",
        "author_field": "quantri",
        "reads": 402,
        "size": 2580,
        "sef": "article116",
    },
)

S113 = Story(
    id=113,
    slug="tap-huan-pccc",
    title="Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên và học sinh",
    cat=TOPICS[1],
    published_at="2026-10-08T10:00:00+07:00",
    authors=["Trần Văn Quang"],
    summary=(
        "Ngày 06/10/2026, Trường THCS Trần Quốc Toản phối hợp với Đội Cảnh sát phòng cháy, chữa cháy và cứu "
        "nạn, cứu hộ khu vực Ea Kar tổ chức buổi tập huấn, thực hành kỹ năng phòng cháy, chữa cháy cho hơn "
        "300 cán bộ, giáo viên và học sinh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại buổi tập huấn, cán bộ Cảnh sát PCCC đã phổ biến những kiến thức cơ bản về nguyên nhân gây "
            "cháy, nổ; cách phòng ngừa cháy, nổ trong trường học và gia đình; kỹ năng thoát nạn khi xảy ra cháy "
            "trong các tòa nhà cao tầng."
        ),
        P(
            "Các học viên được hướng dẫn sử dụng bình chữa cháy xách tay, trực tiếp thực hành dập tắt đám cháy "
            "giả định và xử lý tình huống sơ cứu người bị nạn."
        ),
        Img(
            "tiki-download_file.php?fileId=301&amp;display",
            printed="(Học sinh thực hành sử dụng bình chữa cháy xách tay)",
            caption="Học sinh thực hành sử dụng bình chữa cháy xách tay",
            style="figure",
        ),
        P(
            "Buổi tập huấn giúp cán bộ, giáo viên và học sinh nâng cao nhận thức, chủ động phòng ngừa và xử lý "
            "kịp thời khi có sự cố cháy, nổ xảy ra."
        ),
    ],
    opts={
        "topic": 1,
        "mode": "html",
        "entities": 2,
        "local": "2026-10-08 10:00",
        "author_field": "Trần Văn Quang",
        "reads": 288,
        "size": 2205,
    },
)

STORIES = [S141, S139, S138, S136, S135, S133, S131, S128, S125, S122, S119, S116, S113]
BY_ID = {s.id: s for s in STORIES}


def utc_printed(story: Story) -> str:
    """Tiki's short datetime of the publication in the display zone (UTC)."""
    local = datetime.strptime(story.opts["local"], "%Y-%m-%d %H:%M")
    return (local - timedelta(hours=7)).strftime("%d-%m-%Y %H:%M") + " UTC"


def read_href(sid: int) -> str:
    return f"tiki-read_article.php?articleId={sid}"


# --- wiki pages, galleries, poll --------------------------------------------------------------

P_INTRO = "Giới thiệu"
P_ORG = "Cơ cấu tổ chức"
P_CONTACT = "Liên hệ"
P_TKB = "Thời khóa biểu"
P_VIDEO = "Video hoạt động"

WIKI_PAGES = {
    P_INTRO: (
        "<h2 class=\"showhide_heading\" id=\"L_ch_s_h_nh_th_nh\">Lịch sử hình thành"
        '<a href="#L_ch_s_h_nh_th_nh" class="heading-link"><span class="icon icon-link fas fa-link fa-fw"></span></a></h2>\n'
        "Trường THCS Trần Quốc Toản được thành lập năm 1994 trên cơ sở tách từ Trường PTCS Ea Kar. Những năm "
        "đầu, trường chỉ có 8 lớp với 320 học sinh, cơ sở vật chất còn thiếu thốn.<br />\n"
        "Trải qua hơn 30 năm xây dựng và phát triển, đến nay nhà trường có 34 lớp với 1.382 học sinh, 72 cán "
        "bộ, giáo viên, nhân viên. Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2019.<br />\n"
        "<h2 class=\"showhide_heading\" id=\"Th_nh_t_ch\">Thành tích"
        '<a href="#Th_nh_t_ch" class="heading-link"><span class="icon icon-link fas fa-link fa-fw"></span></a></h2>\n'
        "<ul>\n<li>Huân chương Lao động hạng Ba (năm 2014);</li>\n"
        "<li>Cờ thi đua của UBND tỉnh Đắk Lắk các năm học 2017 – 2018, 2022 – 2023;</li>\n"
        "<li>Nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</li>\n</ul>\n"
        '<div class="imgbox" style="display:inline-block; max-width: 100%; width:602px">'
        '<img class="regImage pluginImg img-fluid" src="tiki-download_file.php?fileId=290&amp;display&amp;max=600" '
        'alt="toan-canh-truong.jpg" width="600" /><div class="mini" style="width:600px;">'
        '<div class="thumbcaption">Toàn cảnh Trường THCS Trần Quốc Toản</div></div></div>\n'
    ),
    P_ORG: (
        "<h2 class=\"showhide_heading\" id=\"Ban_gi_m_hi_u\">Ban giám hiệu</h2>\n"
        '<table class="wikitable table table-striped table-hover">\n'
        '<tr><td class="wikicell"><strong>Họ và tên</strong></td><td class="wikicell"><strong>Chức vụ</strong></td>'
        '<td class="wikicell"><strong>Điện thoại</strong></td></tr>\n'
        '<tr><td class="wikicell">Phạm Văn Lực</td><td class="wikicell">Hiệu trưởng</td><td class="wikicell">0914 225 318</td></tr>\n'
        '<tr><td class="wikicell">Lê Văn Thành</td><td class="wikicell">Phó Hiệu trưởng</td><td class="wikicell">0905 117 642</td></tr>\n'
        '<tr><td class="wikicell">Nguyễn Thị Hoa</td><td class="wikicell">Phó Hiệu trưởng</td><td class="wikicell">0983 640 215</td></tr>\n'
        "</table>\n"
        "<h2 class=\"showhide_heading\" id=\"C_c_t_chuy_n_m_n\">Các tổ chuyên môn</h2>\n"
        "<ul>\n<li>Tổ Ngữ văn – Tổ trưởng: Đỗ Thị Ngọc Lan</li>\n<li>Tổ Toán – Tin: Nguyễn Thị Thanh Hương</li>\n"
        "<li>Tổ Khoa học tự nhiên: Võ Thị Kim Oanh</li>\n<li>Tổ Khoa học xã hội: Trần Văn Quang</li>\n"
        "<li>Tổ Ngoại ngữ – Nghệ thuật – Thể chất: H’Linh Êban</li>\n<li>Tổ Văn phòng: Lưu Thị Kim Dung</li>\n</ul>\n"
    ),
    P_CONTACT: (
        "<strong>TRƯỜNG THCS TRẦN QUỐC TOẢN</strong><br />\n"
        "Địa chỉ: Thôn 4, xã Ea Kar, tỉnh Đắk Lắk<br />\n"
        "Điện thoại: 0262 3 625 118<br />\n"
        'Email: <a class="wiki" href="mailto:c2tranquoctoan.eakar@daklak.edu.vn">c2tranquoctoan.eakar@daklak.edu.vn</a><br />\n'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.4!2d108.46!3d12.81" '
        'width="600" height="320" style="border:0;" allowfullscreen="" loading="lazy"></iframe>\n'
    ),
    P_TKB: (
        "Thời khóa biểu học kỳ I năm học 2026 – 2027 áp dụng từ ngày 02/11/2026.<br />\n"
        '<table class="wikitable table table-striped table-hover">\n'
        '<tr><td class="wikicell"><strong>Lớp</strong></td><td class="wikicell"><strong>Buổi</strong></td>'
        '<td class="wikicell"><strong>Tệp</strong></td></tr>\n'
        '<tr><td class="wikicell">Khối 6, 7</td><td class="wikicell">Chiều</td><td class="wikicell">TKB-khoi-6-7.xlsx</td></tr>\n'
        '<tr><td class="wikicell">Khối 8, 9</td><td class="wikicell">Sáng</td><td class="wikicell">TKB-khoi-8-9.xlsx</td></tr>\n'
        "</table>\n"
    ),
    P_VIDEO: (
        "Một số video hoạt động của nhà trường năm học 2026 – 2027.<br />\n"
        '<div class="embed-responsive embed-responsive-16by9">'
        '<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/q3Xb7V1pQ2E" '
        'frameborder="0" allowfullscreen></iframe></div>\n'
        "<em>Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026</em><br />\n"
        '<div class="embed-responsive embed-responsive-16by9">'
        '<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/k8Pz0mN4rTs" '
        'frameborder="0" allowfullscreen></iframe></div>\n'
        "<em>Hội khỏe Phù Đổng xã Ea Kar lần thứ I</em><br />\n"
    ),
}
WIKI_EDITED = {
    P_INTRO: ("admin", "thcs_tqt", "12-09-2026 03:02 UTC"),
    P_ORG: ("admin", "thcs_tqt", "08-09-2026 09:41 UTC"),
    P_CONTACT: ("admin", "admin", "20-08-2025 02:15 UTC"),
    P_TKB: ("thcs_tqt", "thcs_tqt", "31-10-2026 10:20 UTC"),
    P_VIDEO: ("thcs_tqt", "thcs_tqt", "22-11-2026 14:05 UTC"),
}

DOCS = {
    61: ("TB-112-lich-kiem-tra-HKI.pdf", "Thông báo lịch kiểm tra, đánh giá cuối học kỳ I", "03-12-2026", "214 Kb"),
    62: ("KH-nhiem-vu-nam-hoc-2026-2027.pdf", "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027", "07-09-2026", "532 Kb"),
    63: ("QD-cong-nhan-GVDG-2026.pdf", "Quyết định công nhận giáo viên dạy giỏi cấp trường", "22-10-2026", "188 Kb"),
}
ALBUM = [
    (405, "IMG_20261130_071522.jpg"),
    (377, "IMG_20261120_083040.jpg"),
    (340, "hkpd-800m.jpg"),
    (318, "hoi-nghi-vc-2026.jpg"),
]
IMAGE_FILE_IDS = {412, 413, 405, 406, 398, 391, 377, 366, 352, 340, 318, 301, 290} | {i for i, _ in ALBUM}

GALLERY_DOCS = "tiki-list_file_gallery.php?galleryId=3"
GALLERY_PHOTOS = "tiki-list_file_gallery.php?galleryId=5"
POLL_RESULTS = "tiki-poll_results.php?pollId=2"


# --- rendering: article bodies ----------------------------------------------------------------


def _markup(p: P) -> str | None:
    if "|m:" in p.style:
        return p.style.split("|m:", 1)[1]
    return None


def _kind(p: P) -> str:
    return p.style.split("|m:", 1)[0]


def _esc_text(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _heading_id(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]", "_", value)


def _image_html(story: Story, img: Img, wiki: bool) -> str:
    src = img.src
    printed = _esc_text(story, img.printed) if img.printed else ""
    full = src.replace("&amp;max=600", "")
    if img.style == "imgbox":
        return (
            '<div class="imgbox" style="display:inline-block; max-width: 100%; width:602px">'
            f'<a href="{full}" class="internal" data-box="box" title="{printed}">'
            f'<img class="regImage pluginImg img-fluid" src="{src}" alt="{printed}" width="600" /></a>'
            '<div class="mini" style="width:600px;"><div class="thumbcaption">'
            f"{printed}</div></div></div>" + ("<br />\n" if wiki else "\n")
        )
    if img.style == "em_next":
        fid = re.search(r"fileId=(\d+)", src).group(1)
        return (
            f'<img class="regImage pluginImg{fid} img-fluid" src="{src}" alt="IMG_{fid}.jpg" width="600" /><br />\n'
            f"<em>{printed}</em><br />\n"
        )
    if img.style == "figure":
        return (
            '<figure class="image" style="display:inline-block">'
            f'<img alt="" height="400" src="{src}" width="600" />'
            f"<figcaption>{printed}</figcaption></figure>\n"
        )
    if img.style == "ck_p":
        return (
            f'<p style="text-align:center"><img alt="" src="{src}" style="height:400px; width:600px" /></p>\n'
            f'<p style="text-align:center"><span style="font-size:12px"><em>{printed}</em></span></p>\n'
        )
    if img.style == "ck_plain":
        alt = story.opts.get("alt_img", "")
        return f'<p style="text-align:center"><img alt="{esc(alt)}" src="{src}" style="width:600px" /></p>\n'
    raise ValueError(img.style)


def _cells(story: Story, value: str, tag: str = "td") -> str:
    return "".join(f"<{tag}>{_esc_text(story, c)}</{tag}>" for c in value.split(" | "))


def _maketoc(story: Story) -> str:
    """Tiki's {maketoc}: a box of links to the body's headings (navigation, no text)."""
    items = "".join(
        f'<li><a class="link" href="#{_heading_id(b.text)}">{esc(b.text)}</a></li>\n'
        for b in story.blocks
        if isinstance(b, P) and _kind(b) == "h"
    )
    return (
        '<div class="clearfix" id="toc">\n<div id="toctitle" class="toctitle"><h3>Mục lục</h3></div>\n'
        f'<ul class="toc list-unstyled">\n{items}</ul>\n</div>\n'
    )


def render_body(story: Story) -> str:
    wiki = story.opts.get("mode") == "wiki"
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b is _TOC_136:
            out.append(_maketoc(story))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style != "artimg":  # Tiki prints the article's own image in the heading block
                out.append(_image_html(story, b, wiki))
        else:
            kind = _kind(b)
            inner = _markup(b)
            body = inner if inner is not None else _esc_text(story, b.text)
            if kind in ("li",):
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and _kind(blocks[i]) == "li":
                    items.append(f"<li>{_esc_text(story, blocks[i].text)}</li>")
                    i += 1
                out.append("<ul>\n" + "\n".join(items) + "\n</ul>\n")
                continue
            if kind in ("tr", "tr_span"):
                rows = []
                first = True
                while i < len(blocks) and isinstance(blocks[i], P) and _kind(blocks[i]) in ("tr", "tr_span"):
                    p = blocks[i]
                    if _kind(p) == "tr_span":
                        label, value = p.text.split(" | ")
                        rows.append(
                            f'<tr><td colspan="2" style="text-align:center"><strong>{_esc_text(story, label)}'
                            f'</strong></td><td style="text-align:right"><strong>{_esc_text(story, value)}</strong></td></tr>'
                        )
                    elif wiki:
                        cells = "".join(f'<td class="wikicell">{_esc_text(story, c)}</td>' for c in p.text.split(" | "))
                        rows.append(f"<tr>{cells}</tr>")
                    elif first:
                        rows.append(f'<tr style="background:#dbe5f1">{_cells(story, p.text, "th")}</tr>')
                    else:
                        rows.append(f"<tr>{_cells(story, p.text)}</tr>")
                    first = False
                    i += 1
                if wiki:
                    out.append('<table class="wikitable table table-striped table-hover">\n' + "\n".join(rows) + "\n</table>\n")
                else:
                    out.append(
                        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse; width:100%">\n'
                        "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n"
                    )
                continue
            if kind == "h":
                hid = _heading_id(b.text)
                out.append(
                    f'<h3 class="showhide_heading" id="{hid}">{body}'
                    f'<a href="#{hid}" class="heading-link"><span class="icon icon-link fas fa-link fa-fw"></span></a></h3>\n'
                )
            elif kind == "fnhead":
                out.append(f'<div class="footnotesarea">\n<h4 class="footnotes-title">{body}</h4>\n<ol class="footnotes">\n')
            elif kind.startswith("fn") and kind[2:].isdigit():
                n = kind[2:]
                out.append(f'<li id="footnote{n}" class="footnote">{body}</li>\n')
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                if not (isinstance(nxt, P) and _kind(nxt).startswith("fn")):
                    out.append("</ol>\n</div>\n")
            elif kind == "quote":
                out.append(
                    '<blockquote style="border-left:3px solid #c0392b; padding-left:10px">'
                    f'<p><em>{body}</em></p></blockquote>\n'
                )
            elif wiki:
                out.append(f"{body}<br />\n")
            elif kind == "indent":
                out.append(f'<p style="text-align:justify; text-indent:36px">{body}</p>\n')
            else:
                out.append(f'<p style="text-align:justify">{body}</p>\n')
        i += 1
    return "".join(out)


# --- rendering: chrome ------------------------------------------------------------------------


def _module(num: int, name: str, title: str, inner: str) -> str:
    return (
        f'<div id="module_{num}" class="card module box-{name}">\n'
        f'<div class="card-header"><h3 class="card-title clearfix"><span class="moduletitle">{esc(title)}</span></h3></div>\n'
        f'<div id="mod-{name}right{num}" style="display: block;" class="clearfix card-body">\n{inner}\n</div>\n</div>\n'
    )


def _latest(n: int, exclude: int | None = None, topic: int | None = None) -> list[Story]:
    out = [s for s in STORIES if s.id != exclude and (topic is None or s.opts["topic"] == topic)]
    return out[:n]


def _right_column(story: Story | None) -> str:
    parts: list[str] = []
    notices = "".join(
        f'<a href="{read_href(s.id)}">&raquo; {esc(s.title)}</a>&nbsp;&nbsp;&nbsp;'
        for s in STORIES
        if s.opts["topic"] == 4
    )
    parts.append(
        _module(3, "tb_chay", "Thông báo", f'<marquee direction="up" scrollamount="2" height="90">{notices}</marquee>')
    )
    parts.append(
        _module(
            4,
            "search",
            "Tìm kiếm",
            '<form class="form-inline" method="get" action="tiki-searchindex.php">'
            '<input type="text" class="form-control" name="filter~content" placeholder="Nhập từ khóa..." />'
            '<button type="submit" class="btn btn-primary btn-sm">Tìm</button></form>',
        )
    )
    if story is not None:
        same = _latest(4, exclude=story.id, topic=story.opts["topic"])
        if same:
            items = "".join(
                f'<li><a class="linkmodule" href="{read_href(s.id)}">{esc(s.title)}</a> '
                f'<span class="date">({utc_printed(s)[:10]})</span></li>'
                for s in same
            )
            parts.append(_module(5, "articles", "Tin cùng chủ đề", f'<ul class="list-unstyled">{items}</ul>'))
    newest = "".join(
        f'<li><a class="linkmodule" href="{read_href(s.id)}">{esc(s.title)}</a></li>' for s in _latest(5)
    )
    parts.append(_module(6, "last_articles", "Bài viết mới", f'<ol class="list-unstyled">{newest}</ol>'))
    top = sorted(STORIES, key=lambda s: -s.opts["reads"])[:5]
    tops = "".join(
        f'<li><a class="linkmodule" href="{read_href(s.id)}">{esc(s.title)}</a> '
        f'<span class="badge">{s.opts["reads"]}</span></li>'
        for s in top
    )
    parts.append(_module(7, "top_articles", "Xem nhiều nhất", f"<ol>{tops}</ol>"))
    parts.append(
        _module(
            8,
            "poll",
            "Thăm dò ý kiến",
            '<form method="post" action="tiki-poll_form.php?pollId=2">'
            "<div>Bạn đánh giá thế nào về website của nhà trường?</div>"
            '<div class="radio"><label><input type="radio" name="polls_optionId" value="7" /> Rất hữu ích</label></div>'
            '<div class="radio"><label><input type="radio" name="polls_optionId" value="8" /> Hữu ích</label></div>'
            '<div class="radio"><label><input type="radio" name="polls_optionId" value="9" /> Cần cải thiện</label></div>'
            '<input type="submit" class="btn btn-primary btn-sm" name="pollVote" value="Bình chọn" />'
            f' <a class="linkmodule" href="{POLL_RESULTS}">Xem kết quả</a></form>',
        )
    )
    days = "".join(
        "<tr>" + "".join(f"<td>{d if 0 < d <= 31 else ''}</td>" for d in range(w * 7, w * 7 + 7)) + "</tr>"
        for w in range(5)
    )
    parts.append(
        _module(
            9,
            "calendar_new",
            "Lịch",
            '<table class="caltable table-sm"><tr><th colspan="7">Tháng Mười Hai 2026</th></tr>'
            "<tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr>"
            f"{days}</table>",
        )
    )
    parts.append(
        _module(
            10,
            "lienket",
            "Liên kết website",
            '<select class="form-control" onchange="window.open(this.value)">'
            '<option value="">-- Chọn liên kết --</option>'
            '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
            '<option value="https://sgddt.daklak.gov.vn">Sở GD&amp;ĐT Đắk Lắk</option>'
            '<option value="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</option></select>'
            '<p><a href="https://www.facebook.com/thcstranquoctoan.eakar" target="_blank" rel="noopener">'
            '<img src="img/tqt/facebook-banner.png" alt="Fanpage nhà trường" class="img-fluid" /></a></p>',
        )
    )
    parts.append(
        _module(
            11,
            "online_users",
            "Thống kê truy cập",
            "<div>Đang online: <b>17</b></div><div>Hôm nay: <b>412</b></div>"
            "<div>Tháng này: <b>2.905</b></div><div>Tổng truy cập: <b>1.246.038</b></div>",
        )
    )
    parts.append(
        _module(
            12,
            "login_box",
            "Đăng nhập",
            '<form name="loginbox" action="tiki-login.php" method="post">'
            '<label for="login-user_12">Tên đăng nhập:</label><input type="text" name="user" id="login-user_12" class="form-control" />'
            '<label for="login-pass_12">Mật khẩu:</label><input type="password" name="pass" id="login-pass_12" class="form-control" />'
            '<button class="btn btn-primary" type="submit" name="login">Đăng nhập</button></form>',
        )
    )
    return "".join(parts)


def _nav(active: str) -> str:
    def item(href: str, label: str) -> str:
        cls = " active" if label == active else ""
        return f'<li class="nav-item{cls}"><a class="nav-link" href="{href}">{esc(label)}</a></li>'

    def drop(label: str, entries: list[tuple[str, str]], num: int) -> str:
        links = "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for h, t in entries)
        return (
            f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="menu_option{num}" '
            f'role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{esc(label)}</a>'
            f'<div class="dropdown-menu" aria-labelledby="menu_option{num}">{links}</div></li>'
        )

    return (
        '<nav class="navbar navbar-expand-md navbar-dark bg-primary" role="navigation">'
        '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#tiki-menu-43">'
        '<span class="navbar-toggler-icon"></span></button>'
        '<div class="collapse navbar-collapse" id="tiki-menu-43"><ul class="navbar-nav mr-auto">'
        + item("tiki-index.php", "Trang chủ")
        + drop("Giới thiệu", [(wiki_href(P_INTRO), "Giới thiệu chung"), (wiki_href(P_ORG), P_ORG)], 2)
        + drop(
            "Tin tức",
            [("tiki-view_articles.php", "Tất cả bài viết")]
            + [(f"tiki-view_articles.php?topic={t}", TOPICS[t]) for t in (1, 2, 3)],
            3,
        )
        + item("tiki-view_articles.php?topic=4", TOPICS[4])
        + item(wiki_href(P_TKB), P_TKB)
        + drop("Tư liệu", [(GALLERY_DOCS, "Văn bản"), (GALLERY_PHOTOS, "Thư viện ảnh"), (wiki_href(P_VIDEO), "Video")], 6)
        + item(wiki_href(P_CONTACT), P_CONTACT)
        + "</ul></div></nav>\n"
    )


def page(
    request: Request,
    title: str,
    center: str,
    *,
    section: str = "wiki_page",
    crumbs: list[tuple[str | None, str]] | None = None,
    story: Story | None = None,
    canonical: str | None = None,
    active: str = "",
    description: str = "",
) -> Response:
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{base_url(request)}/{canonical}" />\n'
    if story is not None:
        head_extra += (
            f'<meta property="og:title" content="{esc(story.title)}" />\n'
            '<meta property="og:type" content="article" />\n'
            f'<meta property="og:url" content="{base_url(request)}/{read_href(story.id)}" />\n'
        )
    crumb_html = ""
    if crumbs:
        items = []
        for href, label in crumbs:
            if href:
                items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
            else:
                items.append(f'<li class="breadcrumb-item active">{esc(label)}</li>')
        crumb_html = f'<nav aria-label="breadcrumb" id="crumbs"><ol class="breadcrumb">{"".join(items)}</ol></nav>\n'
    body = f"""<!DOCTYPE html>
<html lang="vi" id="page_{section}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="generator" content="Tiki Wiki CMS Groupware - https://tiki.org" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="{esc(description or 'Trang thông tin điện tử Trường THCS Trần Quốc Toản, xã Ea Kar, tỉnh Đắk Lắk')}" />
<title>{esc(SCHOOL)} | {esc(title)}</title>
{head_extra}<link rel="alternate" type="application/rss+xml" title="Bài viết" href="tiki-articles_rss.php?ver=2" />
<link rel="icon" href="themes/tqt_edu/favicon.png" />
<link rel="stylesheet" href="themes/base_files/css/tiki_base.css" type="text/css" />
<link rel="stylesheet" href="themes/tqt_edu/css/tqt_edu.css" type="text/css" />
<script src="vendor_bundled/vendor/components/jquery/jquery.min.js"></script>
</head>
<body class="tiki tiki_{section} layout_basic fixed_width" >
<div id="ajaxLoading">Đang tải...</div>
<div class="container container-std">
<header class="page-header" id="page-header">
<div class="content clearfix modules row top_modules" id="top_modules">
<div id="module_1" class="module box-logo col-md-9"><div id="sitelogo" style="float:left">
<a href="tiki-index.php" title="{esc(SCHOOL)}"><img class="sitelogo" src="img/tqt/logo-tqt.png" alt="Logo {esc(SCHOOL)}" /></a></div>
<div id="sitetitles"><div id="sitetitle">TRƯỜNG THCS TRẦN QUỐC TOẢN</div>
<div id="sitesubtitle">Xã Ea Kar - Tỉnh Đắk Lắk</div></div></div>
<div id="module_2" class="module box-ngay_gio col-md-3 text-right"><span class="ngayhientai">{TODAY}</span></div>
</div>
</header>
<div class="row topbar" id="topbar">{_nav(active)}</div>
<div class="row row-middle" id="row-middle">
<div class="col col1 col-md-12 col-lg-9" id="col1">
<div id="tiki-center" class="tiki-center">
{crumb_html}{center}
</div>
</div>
<div class="col col3 col-md-12 col-lg-3" id="col3">
<aside class="modules" id="right_modules">
{_right_column(story)}
</aside>
</div>
</div>
<footer class="footer main-footer" id="footer">
<div class="footer_liner"><div class="modules" id="bottom_modules">
<div id="module_20" class="module box-rcontent">
<p><strong>TRƯỜNG THCS TRẦN QUỐC TOẢN</strong></p>
<p>Địa chỉ: Thôn 4, xã Ea Kar, tỉnh Đắk Lắk - Điện thoại: 0262 3 625 118</p>
<p>Email: c2tranquoctoan.eakar@daklak.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Phạm Văn Lực - Hiệu trưởng</p>
<p>Bản quyền &copy; 2026 Trường THCS Trần Quốc Toản. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
<div id="module_21" class="module box-poweredby"><div class="power">
<a href="https://tiki.org" target="_blank" rel="noopener" title="Tiki Wiki CMS Groupware">Powered by Tiki Wiki CMS Groupware</a>
| <a href="tiki-articles_rss.php?ver=2"><img src="img/icons/feed.png" alt="RSS" /> RSS bài viết</a></div></div>
</div></div>
</footer>
</div>
<script>$(".dropdown-toggle").dropdown();</script>
</body>
</html>
"""
    return html(body)


# --- rendering: articles ----------------------------------------------------------------------


def _titleb(story: Story) -> str:
    parts = [f"Tác giả: {esc(story.opts['author_field'])} - ", f"Xuất bản lúc: {utc_printed(story)} - "]
    if story.opts.get("expires"):
        parts.append(f"Hết hạn lúc: {story.opts['expires']} - ")
    parts.append(f"({story.opts['reads']} Lượt đọc)")
    return '<span class="titleb">\n' + "\n".join(parts) + "\n</span>"


def _heading_block(story: Story) -> str:
    topic = story.opts["topic"]
    if story.opts.get("art_image"):
        cap = esc(story.opts["art_image"])
        image = (
            '<div class="imgbox" style="margin:auto; width:600px">'
            f'<a href="tiki-view_articles.php?topic={topic}" class="thumbnail cboxElement" title="{cap}">'
            f'<img class="articleimage" alt="{cap}" src="article_image.php?image_type=article&amp;id={story.id}" '
            'style="max-width:600px;"></a>'
            f'<div class="center-block thumbcaption">{cap}</div></div>'
        )
    else:
        image = (
            f'<a href="tiki-view_articles.php?topic={topic}" class="thumbnail" '
            f'title="Danh sách bài viết cùng chủ đề: {esc(TOPICS[topic])}">'
            f'<img class="articleimage" alt="{esc(TOPICS[topic])}" '
            f'src="article_image.php?image_type=topic&amp;id={topic}"></a>'
        )
    heading = ""
    if story.summary:
        heading = _esc_text(story, story.summary)
    return (
        '<div class="articleheading">\n<div class="garys">\n'
        f"{image}\n"
        f'<div class="articleheadingtext">\n{heading}\n</div>\n</div>\n</div>\n'
    )


def _trailer(story: Story) -> str:
    size = f"({story.opts['size']:,} byte)".replace(",", " ") if story.opts["size"] else ""
    return (
        '<div class="clearfix articletrailer">\n'
        f"<span>{size}</span>\n"
        '<div class="actions float-right">\n'
        f'<a class="btn btn-link" href="tiki-print_article.php?articleId={story.id}" title="In bài viết">'
        '<span class="icon icon-print fas fa-print fa-fw"></span></a>\n'
        f'<a class="btn btn-link" target="_blank" rel="noopener" '
        f'href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fthcstranquoctoan.edu.vn%2Ftiki-read_article.php%3FarticleId%3D{story.id}" '
        'title="Chia sẻ Facebook"><span class="icon icon-facebook fab fa-facebook fa-fw"></span></a>\n'
        "</div>\n</div>\n"
    )


def article_block(story: Story, *, print_view: bool = False) -> str:
    topline = ""
    if story.opts.get("topline"):
        topline = f'<div class="articletopline">{esc(story.opts["topline"])}</div>\n'
    title = esc(story.title) if not story.opts.get("nfd") else _esc_text(story, story.title)
    title_html = title if print_view else f'<a href="{read_href(story.id)}" class="link">{title}</a>'
    related = ""
    if story.opts.get("related") and not print_view:
        items = "".join(
            f'<li><a href="{read_href(r)}">{esc(BY_ID[r].title)}</a></li>' for r in story.opts["related"]
        )
        related = f'<div class="related_articles">\n<h4>Nội dung liên quan:</h4>\n<ul>{items}</ul>\n</div>\n'
    return (
        f'<article class="article media article{story.id}">\n{topline}'
        f'<header class="articletitle">\n<h2>\n{title_html}\n</h2>\n{_titleb(story)}\n</header>\n'
        f"{_heading_block(story)}"
        f"{'' if print_view else _trailer(story)}"
        f'<div class="articlebody clearfix">\n{render_body(story)}</div>\n'
        f"{related}"
        "</article>\n"
    )


def _comments(story: Story, expanded: bool) -> str:
    comments = story.opts.get("comments", [])
    if not comments:
        return (
            '<div id="comment-container-below" class="well well-sm"><a id="comments"></a>'
            '<p class="text-muted">Chưa có bình luận. Hãy đăng nhập để bình luận.</p></div>\n'
        )
    if not expanded:
        return (
            '<div id="comment-container-below"><a id="comments"></a>'
            f'<button class="btn btn-secondary" onclick="$(\'#comment-container\').comment_load(\'tiki-ajax_services.php'
            f'?controller=comment&amp;action=list&amp;type=article&amp;objectId={story.id}\'); return false;">'
            f"Bình luận ({len(comments)})</button>"
            '<div id="comment-container"></div></div>\n'
        )
    items = "".join(
        '<li class="media comment"><div class="media-body">'
        f'<div class="comment-info"><h6 class="comment-title">bởi <span class="author">{esc(who)}</span>'
        f' <span class="date">{when}</span></h6></div>'
        f'<div class="comment-body"><p>{esc(what)}</p></div></div></li>'
        for who, when, what in comments
    )
    return (
        '<div id="comment-container-below"><a id="comments"></a>'
        f'<h3 class="comment-header">Bình luận ({len(comments)})</h3>'
        f'<ol class="comments list-unstyled">{items}</ol></div>\n'
    )


def article_page(request: Request, story: Story, expanded: bool) -> Response:
    topic = story.opts["topic"]
    center = article_block(story) + _comments(story, expanded)
    return page(
        request,
        story.title,
        center,
        section="cms",
        crumbs=[
            ("tiki-index.php", "Trang chủ"),
            (f"tiki-view_articles.php?topic={topic}", TOPICS[topic]),
            (None, story.title),
        ],
        story=story,
        canonical=read_href(story.id),
        active="Thông báo" if topic == 4 else "",
        description=story.summary or "",
    )


def print_page(request: Request, story: Story) -> Response:
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="generator" content="Tiki Wiki CMS Groupware - https://tiki.org" />
<title>{esc(story.title)}</title>
<link rel="canonical" href="{base_url(request)}/{read_href(story.id)}" />
<link rel="stylesheet" href="themes/base_files/css/tiki_base.css" type="text/css" />
<meta name="robots" content="noindex, follow" />
</head>
<body class="tiki tiki-print_article print" onload="window.print()">
<div id="tiki-clean">
{article_block(story, print_view=True)}
<div class="printfooter text-muted">Bài viết in từ website {esc(SCHOOL)}: {base_url(request)}/{read_href(story.id)}</div>
</div>
</body>
</html>
"""
    return html(body)


# --- rendering: listings ----------------------------------------------------------------------


def _list_item(story: Story) -> str:
    topic = story.opts["topic"]
    comments = story.opts.get("comments", [])
    comment_link = ""
    if comments:
        comment_link = (
            f' | <a href="{read_href(story.id)}&amp;show_comzone=y#comments" class="trailer">'
            f"Bình luận ({len(comments)})</a>"
        )
    heading = _esc_text(story, story.summary) if story.summary else ""
    title = esc(story.title) if not story.opts.get("nfd") else _esc_text(story, story.title)
    return (
        f'<article class="article media article{story.id}">\n'
        f'<header class="articletitle"><h2><a href="{read_href(story.id)}" class="link">{title}</a></h2>\n'
        f'<span class="titleb">Xuất bản lúc: {utc_printed(story)} - ({story.opts["reads"]} Lượt đọc)</span></header>\n'
        '<div class="articleheading"><div class="garys">'
        f'<a href="tiki-view_articles.php?topic={topic}" class="thumbnail" title="{esc(TOPICS[topic])}">'
        f'<img class="articleimage" alt="{esc(TOPICS[topic])}" src="article_image.php?image_type=topic&amp;id={topic}"></a>'
        f'<div class="articleheadingtext">{heading}</div></div></div>\n'
        '<div class="clearfix articletrailer"><span>'
        f'<a href="{read_href(story.id)}" class="more">Đọc tiếp</a>{comment_link}'
        "</span></div>\n</article>\n"
    )


def _pagination(base: str, offset: int, total: int) -> str:
    if total <= PER_PAGE:
        return ""
    sep = "&amp;" if "?" in base else "?"
    pages = (total + PER_PAGE - 1) // PER_PAGE
    cur = offset // PER_PAGE
    items = []
    if cur > 0:
        items.append(
            f'<li class="page-item"><a class="page-link prevnext prev" href="{base}{sep}offset={offset - PER_PAGE}" '
            'title="Trang trước"><span class="icon icon-backward fas fa-backward"></span></a></li>'
        )
    for p in range(pages):
        if p == cur:
            items.append(
                f'<li class="page-item active"><span class="page-link">{p + 1} <span class="sr-only">(hiện tại)</span></span></li>'
            )
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{base}{sep}offset={p * PER_PAGE}">{p + 1}</a></li>')
    if cur < pages - 1:
        items.append(
            f'<li class="page-item"><a class="page-link prevnext next" href="{base}{sep}offset={offset + PER_PAGE}" '
            'title="Trang sau"><span class="icon icon-forward fas fa-forward"></span></a></li>'
        )
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>\n'


def list_page(request: Request, topic: int | None, offset: int) -> Response:
    stories = [s for s in STORIES if topic is None or s.opts["topic"] == topic]
    shown = stories[offset : offset + PER_PAGE]
    heading = TOPICS[topic] if topic else "Bài viết"
    base = f"tiki-view_articles.php?topic={topic}" if topic else "tiki-view_articles.php"
    items = "".join(_list_item(s) for s in shown) or '<div class="alert alert-info">Không có bài viết nào.</div>'
    center = (
        f'<h1 class="pagetitle"><a class="pagetitle" href="{base}">{esc(heading)}</a></h1>\n'
        f'<div id="view_articles">\n{items}</div>\n{_pagination(base, offset, len(stories))}'
    )
    crumbs = [("tiki-index.php", "Trang chủ"), (None, heading)]
    return page(
        request,
        heading,
        center,
        section="cms",
        crumbs=crumbs,
        active=TOPICS[4] if topic == 4 else "",
    )


# --- rendering: wiki pages and the rest ---------------------------------------------------------


def home_page(request: Request) -> Response:
    latest = "".join(_list_item(s) for s in _latest(4))
    sef = [s for s in STORIES if s.opts.get("sef")]
    featured = "".join(f'<li><a class="wiki" href="{s.opts["sef"]}">{esc(s.title)}</a></li>' for s in sef)
    center = (
        '<article id="top" class="wikitext clearfix">\n'
        '<div style="text-align: center;"><strong><span style="color:#1f4e9c; font-size:18px">'
        "CHÀO MỪNG QUÝ THẦY CÔ, CÁC EM HỌC SINH VÀ QUÝ PHỤ HUYNH ĐẾN VỚI WEBSITE TRƯỜNG THCS TRẦN QUỐC TOẢN"
        "</span></strong></div>\n"
        "Năm học 2026 – 2027, nhà trường tiếp tục thực hiện chủ đề “Đổi mới, sáng tạo, nâng cao chất lượng giáo "
        "dục”.<br />\n"
        '<div class="card bg-light titlebar"><div class="card-header"><strong>Tin nổi bật</strong></div>'
        f'<div class="card-body"><ul>{featured}</ul></div></div>\n'
        '<div class="wikiplugin_articles">\n'
        f"{latest}"
        '<div class="more"><a href="tiki-view_articles.php">Xem tất cả bài viết &raquo;</a></div>\n'
        "</div>\n</article>\n"
    )
    return page(request, "Trang chủ", center, section="wiki_page", active="Trang chủ")


def wiki_page(request: Request, name: str) -> Response:
    creator, editor, when = WIKI_EDITED[name]
    center = (
        '<div class="wikitopline clearfix"><div class="wikiinfo float-left"></div></div>\n'
        f'<h1 class="pagetitle"><a class="pagetitle" href="{wiki_href(name)}">{esc(name)}</a></h1>\n'
        f'<article id="top" class="wikitext clearfix">\n{WIKI_PAGES[name]}</article>\n'
        f'<footer class="form-text editdate">Được tạo bởi {creator}. Sửa lần cuối bởi {editor} vào {when}.</footer>\n'
    )
    crumbs = [("tiki-index.php", "Trang chủ"), (None, name)]
    return page(request, name, center, section="wiki_page", crumbs=crumbs, active=name)


def gallery_docs(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><img src="img/icons/mime/pdf.png" alt="" /> <a href="tiki-download_file.php?fileId={fid}">{esc(fname)}</a></td>'
        f"<td>{esc(desc)}</td><td>{date}</td><td>{size}</td></tr>"
        for fid, (fname, desc, date, size) in DOCS.items()
    )
    center = (
        '<h1 class="pagetitle">Thư viện tệp: Văn bản</h1>\n'
        '<div class="table-responsive"><table class="table normal table-striped table-hover">'
        "<tr><th>Tên</th><th>Mô tả</th><th>Ngày tải lên</th><th>Kích thước</th></tr>"
        f"{rows}</table></div>\n"
    )
    crumbs = [("tiki-index.php", "Trang chủ"), (None, "Văn bản")]
    return page(request, "Văn bản", center, section="file_galleries", crumbs=crumbs)


def gallery_photos(request: Request) -> Response:
    thumbs = "".join(
        '<div class="thumbnailcontener" style="display:inline-block; margin:4px">'
        f'<img src="tiki-download_file.php?fileId={fid}&amp;thumbnail" alt="{esc(name)}" width="160" />'
        f'<div class="thumbnamecontener">{esc(name)}</div></div>'
        for fid, name in ALBUM
    )
    center = (
        '<h1 class="pagetitle">Thư viện ảnh: Hoạt động năm học 2026 – 2027</h1>\n'
        f'<div class="thumbnails">{thumbs}</div>\n'
    )
    crumbs = [("tiki-index.php", "Trang chủ"), (None, "Thư viện ảnh")]
    return page(request, "Thư viện ảnh", center, section="file_galleries", crumbs=crumbs)


def poll_results(request: Request) -> Response:
    center = (
        '<h1 class="pagetitle">Kết quả thăm dò</h1>\n'
        '<h3>Bạn đánh giá thế nào về website của nhà trường?</h3>\n'
        '<table class="table"><tr><td>Rất hữu ích</td><td>128 (54%)</td></tr>'
        "<tr><td>Hữu ích</td><td>87 (37%)</td></tr><tr><td>Cần cải thiện</td><td>21 (9%)</td></tr></table>\n"
        "<p>Tổng số phiếu: 236</p>\n"
    )
    return page(request, "Kết quả thăm dò", center, section="poll", crumbs=[("tiki-index.php", "Trang chủ"), (None, "Thăm dò")])


def search_page(request: Request) -> Response:
    query = request.params.get("filter~content", "")
    center = (
        '<h1 class="pagetitle">Tìm kiếm</h1>\n'
        f'<form method="get" action="tiki-searchindex.php"><input type="text" name="filter~content" value="{esc(query)}" />'
        '<input type="submit" value="Tìm" /></form>\n<p>Không tìm thấy kết quả nào.</p>\n'
    )
    return page(request, "Tìm kiếm", center, section="search")


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in STORIES[:10]:
        local = datetime.strptime(s.opts["local"], "%Y-%m-%d %H:%M") - timedelta(hours=7)
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}/{read_href(s.id)}</link>"
            f"<description>{esc(s.summary or '')}</description>"
            f"<pubDate>{local.strftime('%a, %d %b %Y %H:%M:%S')} +0000</pubDate>"
            f"<guid isPermaLink=\"false\">article:{s.id}</guid></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Bài viết - {esc(SCHOOL)}</title><link>{base}/tiki-view_articles.php</link>"
        "<description>Bài viết mới</description><language>vi</language>"
        f"{''.join(items)}</channel></rss>\n"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _image_response() -> Response:
    return static_file("x.jpg")  # type: ignore[return-value]


class TikiSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path in ("/", "/index.php"):
            return redirect("/tiki-index.php")
        if path == "/tiki-index.php":
            name = params.get("page")
            if name is None or name in ("Trang chủ", "HomePage"):
                return home_page(request)
            if name in WIKI_PAGES:
                return wiki_page(request, name)
            return None
        if path in ("/tiki-read_article.php", "/tiki-print_article.php"):
            sid = params.get("articleId", "")
            story = BY_ID.get(int(sid)) if sid.isdigit() else None
            if story is None:
                return None
            if path == "/tiki-print_article.php":
                return print_page(request, story)
            return article_page(request, story, params.get("show_comzone") == "y")
        m = re.fullmatch(r"/article(\d+)(?:-[A-Za-z0-9-]*)?", path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story, False) if story else None
        if path == "/tiki-view_articles.php":
            topic_s = params.get("topic")
            offset_s = params.get("offset", "0")
            if not offset_s.isdigit():
                return None
            topic = None
            if topic_s is not None:
                if not topic_s.isdigit() or int(topic_s) not in TOPICS:
                    return None
                topic = int(topic_s)
            offset = int(offset_s)
            count = len([s for s in STORIES if topic is None or s.opts["topic"] == topic])
            if offset % PER_PAGE or offset >= max(count, 1):
                return None
            return list_page(request, topic, offset)
        if path == "/tiki-list_file_gallery.php":
            gid = params.get("galleryId")
            if gid == "3":
                return gallery_docs(request)
            if gid == "5":
                return gallery_photos(request)
            return None
        if path == "/tiki-poll_results.php":
            return poll_results(request) if params.get("pollId") == "2" else None
        if path == "/tiki-poll_form.php":
            return redirect("/" + POLL_RESULTS)
        if path == "/tiki-searchindex.php":
            return search_page(request)
        if path == "/tiki-articles_rss.php":
            return rss(request)
        if path == "/article_image.php":
            kind, ident = params.get("image_type"), params.get("id", "")
            if kind == "topic" and ident.isdigit() and int(ident) in TOPICS:
                return _image_response()
            if kind == "article" and ident.isdigit() and BY_ID.get(int(ident)) and BY_ID[int(ident)].opts.get("art_image"):
                return _image_response()
            return None
        if path == "/tiki-download_file.php":
            fid = params.get("fileId", "")
            if not fid.isdigit():
                return None
            if int(fid) in DOCS:
                name = DOCS[int(fid)][0]
                return Response(
                    200,
                    PDF,
                    {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'},
                )
            if int(fid) in IMAGE_FILE_IDS:
                return _image_response()
            return None
        if path.startswith(("/img/", "/themes/", "/vendor_bundled/")):
            return static_file(path)
        return None


def build_site() -> TikiSite:
    return TikiSite()


# --- gold -------------------------------------------------------------------------------------


def _record(story: Story) -> dict:
    path = "/" + read_href(story.id)
    alts = [f"/tiki-print_article.php?articleId={story.id}"]
    if story.opts.get("comments"):
        alts.append(f"{path}&show_comzone=y")
    if story.opts.get("sef"):
        alts.append("/" + story.opts["sef"])
    return gold_record(story, path, TOPICS[story.opts["topic"]], canonical_path=path, alt_paths=alts)


GOLD = [_record(s) for s in STORIES]

NON_ARTICLES = [
    "/" + wiki_href(P_INTRO),
    "/" + wiki_href(P_ORG),
    "/" + wiki_href(P_CONTACT),
    "/" + wiki_href(P_TKB),
    "/" + wiki_href(P_VIDEO),
    "/" + GALLERY_DOCS,
    "/" + GALLERY_PHOTOS,
    "/" + POLL_RESULTS,
]
