"""NukeViet 4.6 portal of Sở Giáo dục và Đào tạo tỉnh Hà Giang: news + three page modules + laws.

Platform
    NukeViet 4.6 with the vendor theme ``sgddt_hg`` built on the default theme (24-column grid,
    ``news_column panel`` boxes, ``#news-bodyhtml.bodytext``, ``div.hometext``, hidden schema.org
    spans, the breadcrumb trail in ``ul.temp-breadcrumbs.hidden``). Modules: ``tin-tuc`` (news),
    ``gioi-thieu`` / ``chuc-nang-nhiem-vu`` / ``thu-tuc-hanh-chinh`` (three instances of the
    "page" module), ``van-ban`` (laws), ``lien-he`` (contact). Everything is UTF-8.

URL scheme
    /                                         home (slider, two category boxes, intro, new documents)
    /tin-tuc/                                 news main page, viewcat_two_column of the 3 categories
    /tin-tuc/<cat>/ , /tin-tuc/<cat>/page-N/  category listing, 3 items a page (N >= 2; page-1 and
                                              pages past the last answer 301 to /tin-tuc/<cat>/)
    /tin-tuc/<cat>/<alias>-<id>.html          article (any category of its listcatid; a wrong
                                              category or alias answers 301 to the canonical URL)
    /tin-tuc/print/<cat>/<alias>-<id>.html    print view (linked only from an onclick)
    /index.php?language=vi&nv=tin-tuc&op=<cat>/<alias>-<id>   the non-rewritten article URL
    /tin-tuc/tag/<alias> , /tin-tuc/author/<alias>/            keyword and internal-author listings
    /<page-module>/ , /<page-module>/<alias>.html              page module index and pages
    /van-ban/ , /van-ban/<alias>-<id>.html    laws module list and document entries
    /uploads/<module>/YYYY_MM/<file>, /assets/news/YYYY_MM/<file> (thumbnails), /themes/sgddt_hg/…

Page templates
    * news detail: h1.title, hidden schema spans (author = Tác giả field or the poster's CMS account,
      datePublished in UTC), date line "Thứ tư, 02/12/2026 - 09:15", "Lượt xem", mail/print icons,
      font-size tools, the text-to-speech player, ``div.clearfix`` holding the home image figure
      and ``div.hometext`` (the sapo), ``#news-bodyhtml``, the "Tác giả:" / "Nguồn:" lines, then
      panels: attachments, "Từ khóa", rating, "Chia sẻ", comments, "Tin liên quan", "Tin cũ hơn".
    * page module: the same look (h1.title, "Cập nhật: <date line>", "Chia sẻ", div.hometext,
      ``#page-bodyhtml.bodytext``, "Các bài khác"), schema type Article instead of NewsArticle.
    * laws detail: h1.lawh3, intro, attribute table, "Nội dung", "Tải về".

Categories and how each gold article is reached (3 per listing page, newest first)
    Tin hoạt động (tin-hoat-dong)         p1: 438, 431, 427   p2: 421, 415
    Hoạt động chuyên môn (hoat-dong-…)    p1: 440, 434, 427*  p2: 429, 418   (*cross-filed, linked
                                          under /tin-tuc/hoat-dong-chuyen-mon/… from this listing)
    Thông báo (thong-bao)                 p1: 441, 436, 432   p2: 416
    Home: slider 438, 431, 440; boxes 438, 431, 440, 434; sidebar "Thông báo" 441, 436, 432;
    "Tin xem nhiều" 431, 438, 436, 434; the marquee 441, 440, 438 and 431 (raw index.php URL).
    421, 415, 429, 418 and 416 are on no home block and on no first listing page: a crawler finds
    them through page 2 of their category (or by walking the "Tin cũ hơn" lists, tag pages and the
    in-text links of 434 -> 429 and 429 -> 418).

Traps
    1. Page-module pages dressed as news (the platform's "page" template copies the detail
       look): h1.title, "Cập nhật: Thứ hai, 12/10/2026 - 08:00", a hometext sapo, bodytext,
       "Chia sẻ", view counter, hidden schema datePublished; linked from the main menu on every
       page. Gold: they are NON_ARTICLES (``/gioi-thieu/…``, ``/chuc-nang-nhiem-vu/…``,
       ``/thu-tuc-hanh-chinh/…``); none is in GOLD.
    2. Laws entries share the article's "<alias>-<id>.html" shape (/van-ban/…-128.html), print an
       h1, an italic intro, "Ngày ban hành 03/12/2026", "Người ký" and a "Nội dung" text.
       Gold: NON_ARTICLES; the article 432 links one from its text.
    3. Cross-filed article (listcatid): 427 is filed under "Tin hoạt động" and "Hoạt động chuyên
       môn"; the second listing links it as /tin-tuc/hoat-dong-chuyen-mon/…-427.html, which
       answers 200 with that category in its breadcrumb (canonical and article:section name the
       main one). Gold: path and category "Tin hoạt động"; the other URL in alt_paths.
    4. The raw query URL: the hand-made marquee "Tin mới cập nhật" on every page links 431 as
       /index.php?language=vi&nv=tin-tuc&op=tin-hoat-dong/…-431 (200, same page). Gold: in
       431's alt_paths, as is each article's print view.
    5. Dates that lie in the metadata: ``article:published_time`` is printed by PHP
       date('Y-m-dTH:i:s') with an unescaped T ("2026-12-02+0709:15:00"); the hidden schema
       datePublished is in UTC ("2026-12-02T02:15:00+00:00"); article:modified_time and
       dateModified carry the edit time; the listings print "02/12/2026 09:15", the related lists
       "(02/12/2026)" of other articles, the print view "Thứ tư - 02/12/2026 09:15". Gold: the
       visible date line in the site's zone, "2026-12-02T09:15:00+07:00"; 418's line says
       "- 00:00" (the editor picked a day only): "2026-10-22".
    6. Widgets between the headline and the text: "Lượt xem: 1.234", the mail/print icons,
       "A- A A+", and NukeViet 4.5+'s text-to-speech player ("Nghe đọc bài viết", a select of
       voices "Giọng nữ miền Bắc / Giọng nam miền Bắc / Giọng nữ miền Nam", "Tự động phát").
       Gold: none of it is body.
    7. The sapo pasted twice: 431 and 418 print the sapo in div.hometext and the editor pasted it
       again as the first paragraph of the bodytext (bold in 431). Gold: summary = the sapo; the
       body holds it once, as its first paragraph.
    8. Home image in two shapes: 438 prints the "imgfull" figure (figure.article.center) between
       the hometext and the bodytext with a figcaption: it is the article's first image with that
       caption. 415 prints the "imgthumb" figure: a 160 px copy of the body photo from
       /assets/news/2026_10/ floated beside the sapo. Gold: that thumbnail is not an image of its
       own (the same photo is in the text at /uploads/news/2026_10/…).
    9. Lazy body images in 438: ``src`` is a data: GIF, the photo is in ``data-src``. Gold: the
       images' paths are the data-src paths.
    10. Widgets and link lines inside #news-bodyhtml: a floated "BÀI VIẾT LIÊN QUAN" table
        (434), a YouTube iframe and a "Xem thêm:" line (429), a "File đính kèm:" line with a PDF
        icon (441), "Xem chi tiết Quyết định số … tại đây." (432). Gold: not body.
    11. Tables: a photo with its caption in a two-row table (431) gives an image and a caption,
        not paragraphs; the data tables of 421 and 432 give one paragraph a row, cells joined
        by " | ", header row included.
    12. Bylines in every form the free-text "Tác giả" field allows: "ThS. Lò Thị Mai - Văn phòng
        Sở" -> ["Lò Thị Mai"]; "Tin: Trần Văn Hưng - Ảnh: Lý Thị Sen" -> [Trần Văn Hưng] /
        [Lý Thị Sen]; "Phòng Kế hoạch - Tài chính" (a unit whose name contains " - ") -> that
        whole name; "Nguyễn Thị Thanh Huyền, Đặng Quốc Khánh" -> both; a linked internal
        author (438). In the text: right-aligned "Tin, ảnh: Hoàng Minh Tuấn" (427) -> author and
        photographer; a unit signing alone ("Phòng GDTH", "Phòng Khảo thí và KĐCLGD") -> author.
        The hidden schema author holds the poster's CMS account (bbt_sgd, vanphong.sgd …) when
        the field is empty -> nobody.
    13. Sources: the "Nguồn:" field is a link to the source site ("Báo Hà Giang" ->
        https://baohagiang.vn/…) -> "Báo Hà Giang"; 416 closes with an italic right-aligned
        "Nguồn: Văn phòng Sở" typed in the text -> "Văn phòng Sở".
    14. 436 is an official notice (letterhead table, "Số: 2185/TB-SGDĐT", "Hà Giang, ngày 30
        tháng 11 năm 2026", "THÔNG BÁO" and its subject, closing table "Nơi nhận" | "GIÁM ĐỐC
        (Đã ký) Đỗ Thanh Bình") posted on 01/12/2026 07:45 without a hometext. Gold: date
        "2026-11-30", author "Đỗ Thanh Bình", summary null, body = the text between.
    15. The breadcrumb is in ``ul.temp-breadcrumbs.hidden`` (the visible ``ul.breadcrumbs`` is
        empty until main.js copies it). Gold: category as that trail prints it.
    16. Entities: 415's hometext and bodytext write every second non-ASCII character as a named
        or numeric reference (&agrave;, &#7897;) – an old CKEditor config. Gold: plain NFC text.
    17. The attachment list of 441 links "<article URL>?download=1&id=0", which answers a PDF,
        and embeds a Google Docs viewer iframe. Gold: not a page, not body.
    18. After the text: keywords, "Tổng số điểm của bài viết là: 9 trong 2 đánh giá", "Chia sẻ"
        (Facebook, Tweet, Zalo), comments with names and dates (438), "Tin liên quan" / "Tin cũ
        hơn" lists whose <h4> titles carry other articles' sapos in data-content. Gold: chrome.

Gold decisions on ambiguous points
    * A thumbnail repeating a photo of the text counts once, at the text's /uploads/ path (415);
      the imgfull home figure is a photo of its own and comes first (438).
    * A caption printed in parentheses loses them (438's third photo); "Ảnh: Thu Hằng" alone
      under 415's photo is a credit: caption None, photographer "Thu Hằng" (also the Tác giả).
    * 427's category is its main category "Tin hoạt động" whichever URL is read.
    * The headline of 431 keeps its "(20/11/1982 - 20/11/2026)"; its quotation (a blockquote)
      is a paragraph with its quotation marks; 427's h3 "Nội dung thi gồm hai phần" and its
      list items are paragraphs; the numbered lines "1. Thời gian thi: …" of 441 are text.
    * "Xem chi tiết … tại đây." (432) is a link line like "Xem thêm:", not text.
    * NON_ARTICLES: four page-module pages, two laws entries, the contact page. Listings, tag and
      author pages and module indexes are neither gold nor NON_ARTICLES.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

NAME = "nukeviet46_page_and_news_mix_sgddt"
PLATFORM = "NukeViet 4.6 (news, page ×3, laws modules; custom theme 'sgddt_hg')"
START_PATH = "/"

# --- the news module's categories -------------------------------------------------------------

#: alias -> name as the menu and the breadcrumb print it (catid in brackets in the admin panel)
CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
#: the module's "per_page" setting on viewcat pages
PER_PAGE = 3

TAGS = {
    "hoc-sinh-ban-tru": "học sinh bán trú",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "giao-duc-dan-toc": "giáo dục dân tộc",
    "chuyen-doi-so": "chuyển đổi số",
    "ngoai-ngu": "ngoại ngữ",
    "hoc-sinh-gioi": "học sinh giỏi",
}

U12 = "/uploads/news/2026_12/"
U11 = "/uploads/news/2026_11/"
U10 = "/uploads/news/2026_10/"


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


STORIES: list[Story] = [
    # ---- Tin hoạt động ------------------------------------------------------------------------
    Story(
        id=438,
        slug="trao-tang-500-bo-quan-ao-am-cho-hoc-sinh-ban-tru-huyen-meo-vac",
        title="Trao tặng 500 bộ quần áo ấm cho học sinh bán trú huyện Mèo Vạc",
        cat="tin-hoat-dong",
        published_at="2026-12-02T09:15:00+07:00",
        summary=(
            "Ngày 01/12, Sở Giáo dục và Đào tạo phối hợp với Quỹ Vì trẻ em vùng cao và Công đoàn "
            "ngành tổ chức trao tặng 500 bộ quần áo ấm, 300 chăn bông cho học sinh các trường phổ "
            "thông dân tộc bán trú trên địa bàn huyện Mèo Vạc."
        ),
        sapo_outside=True,
        authors=["Vàng Thị Dợ"],
        blocks=[
            Img(
                U12 + "trao-qua-meo-vac-01.jpg",
                "Lãnh đạo Sở GD&ĐT trao quà cho học sinh Trường PTDTBT Tiểu học Xín Cái",
                "Lãnh đạo Sở GD&ĐT trao quà cho học sinh Trường PTDTBT Tiểu học Xín Cái",
                style="home",
            ),
            P(
                "Những ngày đầu tháng 12, nhiệt độ tại các xã vùng cao núi đá của huyện Mèo Vạc có "
                "thời điểm xuống dưới 5 độ C, nhiều học sinh bán trú phải ở lại trường trong điều kiện "
                "thiếu thốn quần áo, chăn ấm. Trước tình hình đó, Sở GD&ĐT đã vận động các nhà hảo tâm, "
                "doanh nghiệp và cán bộ, giáo viên toàn ngành chung tay hỗ trợ các em."
            ),
            P(
                "Tại buổi trao tặng ở Trường PTDTBT Tiểu học Xín Cái, đồng chí Phó Giám đốc Sở GD&ĐT "
                "đã thăm hỏi, động viên các thầy cô giáo đang ngày đêm bám trường, bám lớp, chăm lo "
                "bữa ăn, giấc ngủ cho học sinh. Đồng chí đề nghị nhà trường tiếp tục rà soát, bảo đảm "
                "không để học sinh nào bị đói, rét trong mùa đông năm nay."
            ),
            Img(
                U12 + "trao-qua-meo-vac-02.jpg",
                "Các em học sinh nhận áo ấm và chăn bông",
                "Các em học sinh nhận áo ấm và chăn bông",
                style="fig",
            ),
            P(
                "Tổng giá trị số quà được trao trong đợt này trên 420 triệu đồng, gồm 500 bộ quần áo "
                "ấm, 300 chăn bông, 200 đôi ủng và nhiều đồ dùng học tập. Số quà được phân bổ cho 6 "
                "trường có đông học sinh bán trú là Xín Cái, Sơn Vĩ, Thượng Phùng, Pả Vi, Sủng Trà và "
                "Lũng Pù."
            ),
            P(
                "Cô giáo Lầu Thị Mỷ, Hiệu trưởng Trường PTDTBT Tiểu học Sơn Vĩ chia sẻ: phần lớn học "
                "sinh của trường là con em đồng bào Mông, nhà ở xa, có em phải đi bộ hơn 10 km mới "
                "tới lớp. Những món quà thiết thực như áo ấm, chăn bông giúp các em yên tâm ở lại "
                "trường, duy trì sĩ số trong những tháng rét đậm."
            ),
            Img(
                U12 + "trao-qua-meo-vac-03.jpg",
                "(Bữa cơm bán trú của học sinh điểm trường Lũng Pù)",
                "Bữa cơm bán trú của học sinh điểm trường Lũng Pù",
                style="next",
            ),
            P(
                "Dịp này, Sở GD&ĐT cũng đề nghị các phòng giáo dục và đào tạo chỉ đạo các nhà trường "
                "chủ động phương án phòng, chống rét cho học sinh; cho học sinh mầm non, tiểu học nghỉ "
                "học khi nhiệt độ ngoài trời xuống dưới 7 độ C theo hướng dẫn; tuyệt đối không đốt "
                "than, củi trong phòng ở kín của học sinh bán trú."
            ),
        ],
        opts={
            "pub": "2026-12-02 09:15",
            "edit": "2026-12-02 15:42",
            "cats": ["tin-hoat-dong"],
            "author": "Vàng Thị Dợ",
            "author_link": "vang-thi-do",
            "tags": ["hoc-sinh-ban-tru"],
            "lazy": True,
            "comments": [
                (
                    "Giàng Thị Mai",
                    "02/12/2026 20:14",
                    "Cảm ơn các nhà hảo tâm đã quan tâm tới học sinh vùng cao. Mong năm nào "
                    "cũng có chương trình ý nghĩa như thế này.",
                ),
                (
                    "Nguyễn Đức Thịnh",
                    "03/12/2026 07:02",
                    "Đề nghị Sở quan tâm thêm đến các điểm trường lẻ ở xã Sơn Vĩ, nhiều em vẫn "
                    "chưa có ủng đi học.",
                ),
            ],
        },
    ),
    Story(
        id=431,
        slug="so-gd-dt-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Sở GD&ĐT kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-20T10:05:00+07:00",
        summary=(
            "Sáng 20/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
            "biểu dương nhà giáo tiêu biểu năm 2026. Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, "
            "lãnh đạo các sở, ngành và hơn 200 cán bộ, giáo viên đại diện các đơn vị trường học "
            "trong tỉnh."
        ),
        sapo_outside=True,
        authors=["Lò Thị Mai"],
        blocks=[
            P(
                "Phát biểu tại buổi lễ, đồng chí Giám đốc Sở GD&ĐT điểm lại những kết quả nổi bật "
                "của ngành trong năm học vừa qua: toàn tỉnh hiện có 612 trường học với gần 230.000 học "
                "sinh; tỷ lệ trường đạt chuẩn quốc gia đạt 68,4%; chất lượng giáo dục mũi nhọn có "
                "bước tiến rõ rệt với 9 học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia."
            ),
            P(
                "“Mỗi thầy cô giáo nơi vùng cao Hà Giang không chỉ là người truyền thụ tri thức mà "
                "còn là người cha, người mẹ thứ hai của học sinh bán trú. Sự tận tụy ấy là nền tảng "
                "để ngành giáo dục tỉnh nhà vượt qua khó khăn, từng bước đổi mới căn bản, toàn diện”, "
                "đồng chí Giám đốc Sở nhấn mạnh.",
                style="quote",
            ),
            Img(
                U11 + "ky-niem-20-11-01.jpg",
                "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                style="fig",
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương những "
                "đóng góp của đội ngũ nhà giáo và cán bộ quản lý giáo dục; đề nghị ngành tiếp tục tham "
                "mưu sắp xếp mạng lưới trường lớp phù hợp, bảo đảm đủ giáo viên theo định mức, đẩy "
                "mạnh chuyển đổi số và nâng cao chất lượng dạy học ngoại ngữ."
            ),
            P(
                "Nhân dịp này, 46 nhà giáo có thành tích xuất sắc được Chủ tịch UBND tỉnh tặng Bằng "
                "khen; 120 tập thể, cá nhân được Giám đốc Sở GD&ĐT tặng Giấy khen vì đã có nhiều đóng "
                "góp trong sự nghiệp giáo dục."
            ),
            Img(
                U11 + "ky-niem-20-11-02.jpg",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm",
                style="tbl",
            ),
            P(
                "Trước đó, Công đoàn ngành đã tổ chức thăm hỏi, tặng quà 35 nhà giáo có hoàn cảnh khó "
                "khăn đang công tác tại các điểm trường lẻ thuộc các huyện Hoàng Su Phì, Xín Mần, "
                "Quản Bạ và Yên Minh."
            ),
        ],
        opts={
            "pub": "2026-11-20 10:05",
            "edit": "2026-11-21 08:30",
            "cats": ["tin-hoat-dong"],
            "author": "ThS. Lò Thị Mai - Văn phòng Sở",
            "tags": ["ngay-nha-giao-viet-nam"],
            "dup_lead": True,
        },
    ),
    Story(
        id=427,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-11-10T07:50:00+07:00",
        summary=(
            "Sáng 10/11, tại Trường THPT Chuyên Hà Giang, Sở GD&ĐT khai mạc Hội thi giáo viên dạy "
            "giỏi cấp tỉnh cấp trung học phổ thông năm học 2026 - 2027 với sự tham gia của 168 giáo "
            "viên đến từ 36 trường THPT và trung tâm GDNN-GDTX trong tỉnh."
        ),
        sapo_outside=True,
        authors=["Hoàng Minh Tuấn"],
        photographers=["Hoàng Minh Tuấn"],
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "tâm huyết với nghề; đồng thời tạo diễn đàn để giáo viên trao đổi kinh nghiệm tổ chức "
                "dạy học theo Chương trình giáo dục phổ thông 2018, đặc biệt là dạy học phát triển "
                "phẩm chất, năng lực học sinh."
            ),
            P("Nội dung thi gồm hai phần", style="h"),
            P(
                "Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh mà giáo viên đã "
                "thực hiện tại đơn vị;",
                style="li",
            ),
            P(
                "Thực hành dạy 2 tiết trên lớp, trong đó một tiết do giáo viên tự chọn và một tiết do "
                "Ban Tổ chức bốc thăm trước 3 ngày.",
                style="li",
            ),
            Img(
                U11 + "khai-mac-hoi-thi-gvdg.jpg",
                "Quang cảnh lễ khai mạc Hội thi",
                "Quang cảnh lễ khai mạc Hội thi",
                style="next",
            ),
            P(
                "Hội thi diễn ra từ ngày 10/11 đến ngày 20/11/2026 tại 3 điểm: Trường THPT Chuyên Hà "
                "Giang, Trường THPT Lê Hồng Phong và Trường PT DTNT THPT tỉnh. Ban Giám khảo gồm 57 "
                "thành viên là cán bộ quản lý, chuyên viên của Sở và giáo viên cốt cán các bộ môn."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở GD&ĐT đề nghị các giáo viên dự thi phát "
                "huy tinh thần cầu thị, sáng tạo; Ban Giám khảo làm việc công tâm, khách quan, đánh "
                "giá đúng năng lực thực chất của từng giáo viên, không tạo áp lực, không hình thức, "
                "tốn kém."
            ),
            _right("Tin, ảnh: Hoàng Minh Tuấn"),
        ],
        opts={
            "pub": "2026-11-10 07:50",
            "edit": "2026-11-10 07:50",
            "cats": ["tin-hoat-dong", "hoat-dong-chuyen-mon"],
            "tags": ["giao-vien-day-gioi"],
            "poster": "tuanhm.sgd",
        },
    ),
    Story(
        id=421,
        slug="giao-ban-cong-tac-giao-duc-dan-toc-cac-huyen-vung-cao-phia-bac",
        title="Giao ban công tác giáo dục dân tộc các huyện vùng cao phía Bắc",
        cat="tin-hoat-dong",
        published_at="2026-10-28T14:00:00+07:00",
        summary=(
            "Chiều 27/10, tại huyện Yên Minh, Sở GD&ĐT tổ chức hội nghị giao ban công tác giáo dục "
            "dân tộc quý III năm 2026 đối với 4 huyện vùng cao núi đá phía Bắc gồm Đồng Văn, Mèo "
            "Vạc, Yên Minh và Quản Bạ."
        ),
        sapo_outside=True,
        source="Báo Hà Giang",
        blocks=[
            P(
                "Báo cáo tại hội nghị cho thấy, đầu năm học 2026 - 2027, 4 huyện có 71.450 học sinh, "
                "trong đó học sinh dân tộc thiểu số chiếm 97,8%. Số học sinh bán trú được hưởng chính "
                "sách hỗ trợ tiền ăn, tiền nhà ở và gạo theo Nghị định số 66/2025/NĐ-CP là 38.212 em."
            ),
            P("Một số chỉ tiêu chủ yếu của các huyện như sau:"),
            P("Huyện | Số trường PTDTBT | Tỷ lệ huy động trẻ 5 tuổi | Tỷ lệ chuyên cần", style="row"),
            P("Đồng Văn | 27 | 99,2% | 96,4%", style="row"),
            P("Mèo Vạc | 25 | 98,9% | 95,7%", style="row"),
            P("Yên Minh | 22 | 99,5% | 97,1%", style="row"),
            P("Quản Bạ | 14 | 99,8% | 97,9%", style="row"),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn: cơ sở vật chất phục "
                "vụ bán trú ở nhiều điểm trường còn tạm bợ; tình trạng thiếu giáo viên tiếng Anh, Tin "
                "học cấp tiểu học chưa được khắc phục; một bộ phận học sinh lớp 1 chưa thạo tiếng Việt "
                "khi vào học."
            ),
            P(
                "Kết luận hội nghị, lãnh đạo Sở yêu cầu các phòng GD&ĐT tiếp tục tham mưu cho UBND "
                "huyện bố trí nguồn lực xây dựng nhà ở, nhà bếp cho học sinh bán trú; tăng cường tiếng "
                "Việt cho trẻ mầm non vùng dân tộc thiểu số; làm tốt công tác phối hợp với chính quyền "
                "địa phương để duy trì sĩ số, chống bỏ học giữa chừng."
            ),
        ],
        opts={
            "pub": "2026-10-28 14:00",
            "edit": "2026-10-29 09:12",
            "cats": ["tin-hoat-dong"],
            "source": ("Báo Hà Giang", "https://baohagiang.vn/giao-duc/"),
            "tags": ["giao-duc-dan-toc", "hoc-sinh-ban-tru"],
            "poster": "bbt_sgd",
        },
    ),
    Story(
        id=415,
        slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-chuan-bi-nam-hoc-tai-huyen-dong-van",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị năm học tại huyện Đồng Văn",
        cat="tin-hoat-dong",
        published_at="2026-10-14T16:40:00+07:00",
        summary=(
            "Từ ngày 12 đến 13/10, Đoàn công tác của Bộ Giáo dục và Đào tạo do đồng chí Vụ trưởng "
            "Vụ Giáo dục Dân tộc làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị và thực hiện "
            "nhiệm vụ năm học 2026 - 2027 tại huyện Đồng Văn."
        ),
        sapo_outside=True,
        authors=["Thu Hằng"],
        photographers=["Thu Hằng"],
        blocks=[
            P(
                "Đoàn đã đến thăm, kiểm tra cơ sở vật chất, khu nội trú và bữa ăn bán trú tại Trường "
                "PTDTBT THCS Lũng Cú, Trường PTDTBT Tiểu học Sủng Là và Trường Mầm non Hoa Hồng thị "
                "trấn Đồng Văn; đồng thời làm việc với UBND huyện về tình hình phát triển giáo dục "
                "trên địa bàn."
            ),
            Img(U10 + "doan-kiem-tra-dong-van.jpg", "Ảnh: Thu Hằng", None, style="next"),
            P(
                "Theo báo cáo của huyện, năm học này Đồng Văn có 58 trường với 23.640 học sinh; toàn "
                "huyện còn thiếu 142 giáo viên so với định mức, chủ yếu ở cấp mầm non và tiểu học. "
                "Nhiều điểm trường lẻ vẫn phải học nhờ nhà văn hóa thôn hoặc phòng học xuống cấp."
            ),
            P(
                "Đánh giá cao sự nỗ lực của đội ngũ giáo viên nơi cực Bắc Tổ quốc, trưởng đoàn công "
                "tác đề nghị huyện tiếp tục rà soát, sắp xếp điểm trường hợp lý, ưu tiên nguồn lực cho "
                "các trường phổ thông dân tộc bán trú; đồng thời ghi nhận các kiến nghị của địa phương "
                "về chế độ cho giáo viên hợp đồng và kinh phí sửa chữa nhà ở cho học sinh để báo cáo "
                "lãnh đạo Bộ."
            ),
        ],
        opts={
            "pub": "2026-10-14 16:40",
            "edit": "2026-10-15 10:03",
            "cats": ["tin-hoat-dong"],
            "author": "Thu Hằng",
            "tags": ["giao-duc-dan-toc"],
            "thumb": "/assets/news/2026_10/doan-kiem-tra-dong-van.jpg",
            "entities": 2,
        },
    ),
    # ---- Hoạt động chuyên môn -----------------------------------------------------------------
    Story(
        id=440,
        slug="kiem-tra-cong-tac-chuyen-doi-so-tai-cac-truong-hoc-huyen-bac-quang",
        title="Kiểm tra công tác chuyển đổi số tại các trường học huyện Bắc Quang",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Trong hai ngày 01 và 02/12, đoàn kiểm tra của Sở GD&ĐT đã làm việc với Phòng GD&ĐT "
            "huyện Bắc Quang và 8 trường học trên địa bàn về việc triển khai Kế hoạch chuyển đổi số "
            "trong giáo dục năm học 2026 - 2027."
        ),
        sapo_outside=True,
        authors=["Phòng Kế hoạch - Tài chính"],
        blocks=[
            P("Đoàn tập trung kiểm tra các nội dung chính:"),
            P(
                "Việc cập nhật dữ liệu học sinh, đội ngũ, cơ sở vật chất trên cơ sở dữ liệu ngành;",
                style="li",
            ),
            P(
                "Sử dụng học bạ số, sổ điểm điện tử và thanh toán không dùng tiền mặt trong nhà "
                "trường;",
                style="li",
            ),
            P(
                "Khai thác kho học liệu số và hệ thống quản lý học tập (LMS) phục vụ dạy học trực "
                "tuyến;",
                style="li",
            ),
            P("Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh.", style="li"),
            Img(
                U12 + "kiem-tra-cds-bac-quang.jpg",
                "Đoàn kiểm tra làm việc tại Trường THPT Bắc Quang",
                "Đoàn kiểm tra làm việc tại Trường THPT Bắc Quang",
                style="fig",
            ),
            P(
                "Qua kiểm tra, 100% trường học đã triển khai học bạ số đối với cấp tiểu học và lớp 6, "
                "lớp 10; 7/8 trường thu học phí và các khoản thu hợp pháp qua ngân hàng. Một số đơn vị "
                "như Trường THCS thị trấn Việt Quang, Trường Tiểu học Vĩnh Tuy đã chủ động xây dựng bài "
                "giảng điện tử, chia sẻ lên kho học liệu dùng chung của tỉnh."
            ),
            P(
                "Tuy nhiên, hạ tầng mạng tại các điểm trường lẻ còn yếu, nhiều máy tính phòng tin học "
                "đã hết khấu hao; một bộ phận giáo viên lớn tuổi còn lúng túng khi sử dụng phần mềm. "
                "Đoàn đề nghị các đơn vị xây dựng lộ trình đầu tư thiết bị, tăng cường bồi dưỡng kỹ "
                "năng số cho giáo viên và nhân viên."
            ),
        ],
        opts={
            "pub": "2026-12-03 14:30",
            "edit": "2026-12-04 08:05",
            "cats": ["hoat-dong-chuyen-mon"],
            "author": "Phòng Kế hoạch - Tài chính",
            "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        id=434,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-thpt",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-26T15:10:00+07:00",
        summary=(
            "Ngày 25/11, Sở GD&ĐT tổ chức hội thảo chuyên đề “Giải pháp nâng cao chất lượng dạy học "
            "môn Tiếng Anh cấp trung học phổ thông” với sự tham gia của hơn 120 cán bộ quản lý, giáo "
            "viên Tiếng Anh các trường THPT trong tỉnh."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Thanh Huyền", "Đặng Quốc Khánh"],
        blocks=[
            P(
                "Tại hội thảo, các đại biểu đã nghe 8 tham luận chia sẻ kinh nghiệm tổ chức câu lạc "
                "bộ tiếng Anh, dạy học theo dự án, ứng dụng phần mềm luyện nghe, nói và bồi dưỡng học "
                "sinh giỏi. Nhiều ý kiến thẳng thắn chỉ ra nguyên nhân khiến điểm trung bình môn Tiếng "
                "Anh trong kỳ thi tốt nghiệp THPT của tỉnh còn thấp so với cả nước."
            ),
            Raw("{RELATED_BOX}"),
            P(
                "Theo thống kê, năm 2026, điểm trung bình môn Tiếng Anh của thí sinh Hà Giang đạt 4,62 "
                "điểm, tăng 0,35 điểm so với năm trước nhưng vẫn nằm trong nhóm thấp của cả nước. Học "
                "sinh vùng cao ít có môi trường giao tiếp, trong khi một số trường còn thiếu phòng học "
                "bộ môn ngoại ngữ."
            ),
            Img(
                U11 + "hoi-thao-tieng-anh.jpg",
                "Giáo viên Trường THPT Chuyên Hà Giang trình bày tham luận tại hội thảo",
                "Giáo viên Trường THPT Chuyên Hà Giang trình bày tham luận tại hội thảo",
                style="next",
            ),
            P(
                "Phát biểu kết luận, lãnh đạo Sở đề nghị các trường đẩy mạnh đổi mới kiểm tra, đánh giá "
                "theo hướng phát triển năng lực giao tiếp; tăng cường liên kết với các trung tâm ngoại "
                "ngữ có uy tín, tận dụng giáo viên tình nguyện bản ngữ; đồng thời duy trì sinh hoạt tổ "
                "chuyên môn liên trường qua mạng để chia sẻ học liệu."
            ),
        ],
        opts={
            "pub": "2026-11-26 15:10",
            "edit": "2026-11-26 16:01",
            "cats": ["hoat-dong-chuyen-mon"],
            "author": "Nguyễn Thị Thanh Huyền, Đặng Quốc Khánh",
            "tags": ["ngoai-ngu"],
        },
    ),
    Story(
        id=429,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-trung-hoc-co-so",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên trung học cơ sở",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-05T08:20:00+07:00",
        summary=(
            "Từ ngày 03 đến 05/11, Sở GD&ĐT phối hợp với Trường Đại học Sư phạm Thái Nguyên tổ chức "
            "lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong thiết kế bài dạy và kiểm tra, đánh "
            "giá cho 150 giáo viên cốt cán cấp trung học cơ sở."
        ),
        sapo_outside=True,
        authors=["Trần Văn Hưng"],
        photographers=["Lý Thị Sen"],
        blocks=[
            P(
                "Trong 3 ngày, học viên được hướng dẫn sử dụng một số công cụ AI tạo sinh để soạn kế "
                "hoạch bài dạy, xây dựng ngân hàng câu hỏi, thiết kế phiếu học tập phân hóa theo năng "
                "lực học sinh; đồng thời thảo luận về nguyên tắc đạo đức, bảo mật dữ liệu khi đưa AI "
                "vào trường học."
            ),
            Img(
                U11 + "tap-huan-ai-thcs.jpg",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI",
                style="fig",
            ),
            P(
                "Báo cáo viên lưu ý giáo viên không phụ thuộc hoàn toàn vào sản phẩm do AI tạo ra mà "
                "phải kiểm chứng nội dung, điều chỉnh cho phù hợp với đối tượng học sinh dân tộc thiểu "
                "số và điều kiện thực tế của nhà trường."
            ),
            Raw(
                '<div class="video-ytb" style="text-align:center"><iframe width="640" height="360" '
                'src="https://www.youtube.com/embed/Xq3rT0hG2aE" frameborder="0" allowfullscreen>'
                "</iframe></div>"
            ),
            P(
                "Kết thúc lớp tập huấn, mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy có sử "
                "dụng công cụ AI. Các giáo viên cốt cán sẽ có trách nhiệm tập huấn lại cho đồng nghiệp "
                "tại đơn vị trước ngày 30/12/2026."
            ),
            Raw("{SEE_ALSO}"),
        ],
        opts={
            "pub": "2026-11-05 08:20",
            "edit": "2026-11-05 08:20",
            "cats": ["hoat-dong-chuyen-mon"],
            "author": "Tin: Trần Văn Hưng - Ảnh: Lý Thị Sen",
            "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        id=418,
        slug="sinh-hoat-chuyen-mon-cum-truong-ve-day-hoc-tieng-viet-cho-hoc-sinh-dan-toc-thieu-so-lop-1",
        title=(
            "Sinh hoạt chuyên môn cụm trường về dạy học tiếng Việt cho học sinh dân tộc thiểu số "
            "lớp 1"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22",
        summary=(
            "Thực hiện kế hoạch tăng cường tiếng Việt cho trẻ em vùng dân tộc thiểu số, Sở GD&ĐT tổ "
            "chức sinh hoạt chuyên môn theo cụm trường tại Trường PTDTBT Tiểu học Thài Phìn Tủng, "
            "huyện Đồng Văn."
        ),
        sapo_outside=True,
        authors=["Phòng GDTH"],
        blocks=[
            P(
                "Tham dự buổi sinh hoạt có cán bộ quản lý, giáo viên dạy lớp 1 của 9 trường tiểu học "
                "thuộc cụm Đồng Văn - Mèo Vạc. Các giáo viên đã dự 2 tiết minh họa môn Tiếng Việt lớp "
                "1, trong đó có tiết học vần được giáo viên người Mông thiết kế kết hợp tranh ảnh, đồ "
                "vật quen thuộc với đời sống của học sinh."
            ),
            P(
                "Sau tiết dạy, các thầy cô thảo luận về cách hỗ trợ học sinh chưa thạo tiếng Việt: sử "
                "dụng song ngữ có chừng mực trong những tuần đầu, tăng thời lượng luyện nói, tổ chức "
                "góc đọc và trò chơi ngôn ngữ trong giờ sinh hoạt bán trú."
            ),
            P(
                "Qua sinh hoạt chuyên môn, nhiều biện pháp hay được chia sẻ và sẽ được nhân rộng tại "
                "các cụm trường khác trong tỉnh từ học kỳ II năm học 2026 - 2027."
            ),
            _right("Phòng GDTH"),
        ],
        opts={
            "pub": "2026-10-22 00:00",
            "edit": "2026-10-23 14:11",
            "cats": ["hoat-dong-chuyen-mon"],
            "tags": ["giao-duc-dan-toc"],
            "poster": "gdth.sgd",
            "dup_lead": True,
        },
    ),
    # ---- Thông báo ----------------------------------------------------------------------------
    Story(
        id=441,
        slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        title=(
            "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
            "2026 - 2027"
        ),
        cat="thong-bao",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Sở GD&ĐT thông báo kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm "
            "học 2026 - 2027 để các đơn vị chủ động chuẩn bị."
        ),
        sapo_outside=True,
        authors=["Phòng Khảo thí và KĐCLGD"],
        blocks=[
            P("1. Thời gian thi: ngày 06 và 07/01/2027 (thứ Tư và thứ Năm)."),
            P(
                "2. Địa điểm thi: Trường THPT Chuyên Hà Giang, số 279 đường Nguyễn Trãi, phường "
                "Nguyễn Trãi, thành phố Hà Giang."
            ),
            P(
                "3. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tin "
                "học, Giáo dục kinh tế và pháp luật."
            ),
            P(
                "4. Hồ sơ đăng ký dự thi: các đơn vị lập danh sách thí sinh theo mẫu, gửi về Phòng "
                "Khảo thí và Kiểm định chất lượng giáo dục trước ngày 20/12/2026 qua hệ thống quản lý "
                "văn bản điều hành và bản mềm qua địa chỉ thư điện tử khaothi.sgd@hagiang.gov.vn."
            ),
            Raw(
                '<p><img alt="pdf" src="/themes/sgddt_hg/images/icons/pdf.png" width="16" /> '
                '<em>File đính kèm:</em> <a href="/uploads/news/2026_12/kh-thi-hsg-lop-12-2026-2027.pdf">'
                "KH-thi-HSG-lop-12-nam-hoc-2026-2027.pdf</a></p>"
            ),
            _right("Phòng Khảo thí và KĐCLGD"),
        ],
        opts={
            "pub": "2026-12-04 16:20",
            "edit": "2026-12-04 16:35",
            "cats": ["thong-bao"],
            "tags": ["hoc-sinh-gioi"],
            "poster": "khaothi.sgd",
            "attach": ("kh-thi-hsg-lop-12-2026-2027.pdf", U12 + "kh-thi-hsg-lop-12-2026-2027.pdf"),
        },
    ),
    Story(
        id=436,
        slug="thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-2026-cua-giam-doc-so",
        title="Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở",
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Đỗ Thanh Bình"],
        blocks=[
            Raw("{LETTERHEAD}"),
            P(
                "Căn cứ Luật Tiếp công dân ngày 25/11/2013; Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 "
                "của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân;"
            ),
            P(
                "Căn cứ Quy chế tiếp công dân của Sở Giáo dục và Đào tạo ban hành kèm theo Quyết định "
                "số 45/QĐ-SGDĐT ngày 15/01/2026;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026 của "
                "Giám đốc Sở như sau:"
            ),
            P(
                "1. Thời gian: từ 7 giờ 30 phút đến 11 giờ 30 phút, ngày 15/12/2026 (thứ Ba)."
            ),
            P(
                "2. Địa điểm: Phòng tiếp công dân, Sở Giáo dục và Đào tạo, số 355 đường Nguyễn Trãi, "
                "phường Nguyễn Trãi, thành phố Hà Giang."
            ),
            P(
                "3. Người tiếp công dân: đồng chí Giám đốc Sở Giáo dục và Đào tạo. Trường hợp đồng chí "
                "Giám đốc Sở bận công tác đột xuất, ủy quyền cho đồng chí Phó Giám đốc Sở tiếp công "
                "dân."
            ),
            P(
                "Công dân đến liên hệ cần mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội "
                "dung khiếu nại, tố cáo, kiến nghị, phản ánh. Sở Giáo dục và Đào tạo thông báo để tổ "
                "chức, công dân biết./."
            ),
            Raw("{CLOSING}"),
        ],
        opts={
            "pub": "2026-12-01 07:45",
            "edit": "2026-12-01 07:45",
            "cats": ["thong-bao"],
            "poster": "vanphong.sgd",
            "hometext": False,
        },
    ),
    Story(
        id=432,
        slug="thong-bao-ket-qua-cuoc-thi-thiet-ke-bai-giang-dien-tu-nam-2026",
        title="Thông báo kết quả Cuộc thi Thiết kế bài giảng điện tử năm 2026",
        cat="thong-bao",
        published_at="2026-11-18T10:30:00+07:00",
        summary=(
            "Sở GD&ĐT thông báo kết quả chấm Cuộc thi Thiết kế bài giảng điện tử cấp tỉnh năm 2026. "
            "Ban Tổ chức đã nhận 214 sản phẩm dự thi của 187 giáo viên thuộc các cấp học từ mầm non "
            "đến trung học phổ thông."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Căn cứ kết quả chấm của Ban Giám khảo, Ban Tổ chức quyết định công nhận 68 sản phẩm "
                "đạt giải, gồm: 6 giải Nhất, 14 giải Nhì, 20 giải Ba và 28 giải Khuyến khích. Danh "
                "sách các sản phẩm đạt giải Nhất như sau:"
            ),
            P("TT | Họ và tên | Đơn vị | Môn/Lĩnh vực", style="row"),
            P(
                "1 | Nguyễn Thị Hồng Nhung | Trường Mầm non Hoa Sen, thành phố Hà Giang | Giáo dục "
                "mầm non",
                style="row",
            ),
            P(
                "2 | Sùng Mí Chứ | Trường PTDTBT Tiểu học Phố Cáo, huyện Đồng Văn | Tiếng Việt",
                style="row",
            ),
            P(
                "3 | Phạm Thu Trang | Trường THCS Lê Quý Đôn, thành phố Hà Giang | Khoa học tự nhiên",
                style="row",
            ),
            P("4 | Vũ Đức Anh | Trường THPT Việt Vinh, huyện Bắc Quang | Tin học", style="row"),
            P("5 | Hoàng Thị Yến | Trường THPT Chuyên Hà Giang | Lịch sử", style="row"),
            P("6 | Lê Minh Châu | Trường THPT Hoàng Su Phì | Ngữ văn", style="row"),
            P(
                "Các sản phẩm đạt giải Nhất, Nhì sẽ được lựa chọn gửi tham dự cuộc thi cấp quốc gia và "
                "đưa lên kho học liệu số dùng chung của ngành. Lễ tổng kết, trao giải dự kiến tổ chức "
                "trong tháng 12/2026."
            ),
            Raw("{DOC_LINK}"),
        ],
        opts={
            "pub": "2026-11-18 10:30",
            "edit": "2026-11-19 07:58",
            "cats": ["thong-bao"],
            "tags": ["chuyen-doi-so"],
            "poster": "bbt_sgd",
        },
    ),
    Story(
        id=416,
        slug="thong-bao-thay-doi-dia-diem-tiep-nhan-va-tra-ket-qua-thu-tuc-hanh-chinh",
        title="Thông báo thay đổi địa điểm tiếp nhận và trả kết quả thủ tục hành chính",
        cat="thong-bao",
        published_at="2026-10-15T08:00:00+07:00",
        summary=(
            "Từ ngày 19/10/2026, bộ phận tiếp nhận và trả kết quả thủ tục hành chính của Sở Giáo "
            "dục và Đào tạo chuyển về làm việc tại Trung tâm Phục vụ hành chính công tỉnh."
        ),
        sapo_outside=True,
        source="Văn phòng Sở",
        blocks=[
            P(
                "Địa chỉ mới: Tầng 1, Trung tâm Phục vụ hành chính công tỉnh Hà Giang, số 415 đường "
                "Trần Hưng Đạo, phường Nguyễn Trãi, thành phố Hà Giang. Thời gian tiếp nhận hồ sơ: "
                "buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 16 giờ 30 các ngày "
                "làm việc trong tuần."
            ),
            P(
                "Các thủ tục thuộc lĩnh vực giáo dục và đào tạo như cấp bản sao văn bằng, chứng chỉ từ "
                "sổ gốc; chỉnh sửa nội dung văn bằng; công nhận trường đạt chuẩn quốc gia; cho phép "
                "trường hoạt động giáo dục… tiếp tục được tiếp nhận trực tuyến trên Cổng Dịch vụ công "
                "quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh."
            ),
            P(
                "Tổ chức, cá nhân có nhu cầu được hướng dẫn, vui lòng liên hệ Văn phòng Sở qua số điện "
                "thoại 0219 3866 235 trong giờ hành chính."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Văn phòng Sở</em></p>'),
        ],
        opts={
            "pub": "2026-10-15 08:00",
            "edit": "2026-10-15 08:00",
            "cats": ["thong-bao"],
            "poster": "vanphong.sgd",
        },
    ),
]
BY_ID = {s.id: s for s in STORIES}


# --- page module instances (static pages dressed like news details) ---------------------------


@dataclass(frozen=True)
class StaticPage:
    module: str
    alias: str
    title: str
    updated: str  # "YYYY-MM-DD HH:MM", printed as "Cập nhật: …"
    description: str
    paragraphs: tuple[str, ...]
    image: str | None = None


PAGE_MODULES = {
    "gioi-thieu": "Giới thiệu",
    "chuc-nang-nhiem-vu": "Chức năng, nhiệm vụ",
    "thu-tuc-hanh-chinh": "Thủ tục hành chính",
}

PAGES = [
    StaticPage(
        "gioi-thieu",
        "lich-su-hinh-thanh-va-phat-trien",
        "Lịch sử hình thành và phát triển",
        "2026-10-12 08:00",
        "Ngành Giáo dục và Đào tạo Hà Giang qua các thời kỳ xây dựng và phát triển.",
        (
            "Sau Cách mạng Tháng Tám năm 1945, cùng với việc thành lập chính quyền cách mạng, Ty "
            "Bình dân học vụ tỉnh Hà Giang được thành lập, phát động phong trào xóa nạn mù chữ trong "
            "các dân tộc vùng cao.",
            "Năm 1976, tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất thành tỉnh Hà Tuyên; Ty Giáo dục "
            "hai tỉnh được hợp nhất thành Sở Giáo dục Hà Tuyên. Ngày 01/10/1991, tỉnh Hà Giang được "
            "tái lập, Sở Giáo dục và Đào tạo Hà Giang chính thức đi vào hoạt động.",
            "Trải qua hơn 80 năm xây dựng và phát triển, từ chỗ chỉ có vài chục lớp học ở thị xã, đến "
            "nay toàn tỉnh đã có 612 trường học, 100% xã có trường mầm non, tiểu học và trung học cơ "
            "sở; mạng lưới trường phổ thông dân tộc bán trú, dân tộc nội trú được củng cố vững chắc.",
            "Ngành Giáo dục và Đào tạo Hà Giang vinh dự được Đảng, Nhà nước tặng thưởng Huân chương "
            "Lao động hạng Nhất, hạng Nhì và nhiều phần thưởng cao quý khác.",
        ),
        image="/uploads/page/2026_10/tru-so-so-gddt.jpg",
    ),
    StaticPage(
        "gioi-thieu",
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        "2026-11-02 15:20",
        "Lãnh đạo Sở và các phòng chuyên môn, nghiệp vụ thuộc Sở Giáo dục và Đào tạo.",
        (
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế "
            "hoạch - Tài chính; Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung "
            "học; Phòng Giáo dục thường xuyên - Chuyên nghiệp; Phòng Khảo thí và Kiểm định chất lượng "
            "giáo dục.",
            "Các đơn vị sự nghiệp trực thuộc gồm 36 trường trung học phổ thông, các trường phổ thông "
            "dân tộc nội trú và Trung tâm Giáo dục thường xuyên tỉnh.",
        ),
    ),
    StaticPage(
        "chuc-nang-nhiem-vu",
        "vi-tri-chuc-nang-nhiem-vu-va-quyen-han",
        "Vị trí, chức năng, nhiệm vụ và quyền hạn của Sở Giáo dục và Đào tạo",
        "2026-10-05 09:30",
        "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Hà Giang.",
        (
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện chức "
            "năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
            "chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm "
            "tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
            "Sở trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục và đào "
            "tạo; tổ chức thực hiện các văn bản quy phạm pháp luật, chương trình, đề án sau khi được "
            "phê duyệt; hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục của các "
            "cơ sở giáo dục trên địa bàn tỉnh.",
        ),
    ),
    StaticPage(
        "thu-tuc-hanh-chinh",
        "cong-nhan-truong-mam-non-dat-chuan-quoc-gia",
        "Thủ tục công nhận trường mầm non đạt chuẩn quốc gia",
        "2026-10-19 10:00",
        "Trình tự, cách thức thực hiện và thành phần hồ sơ công nhận trường mầm non đạt chuẩn "
        "quốc gia.",
        (
            "Trình tự thực hiện: Trường mầm non tự đánh giá, đề nghị Phòng GD&ĐT kiểm tra, đề xuất "
            "với UBND cấp huyện gửi tờ trình đề nghị Sở GD&ĐT thẩm định, công nhận.",
            "Cách thức thực hiện: nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch "
            "vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
            "Thời hạn giải quyết: 30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
            "Lệ phí: không.",
        ),
    ),
]
PAGE_BY_PATH = {f"/{p.module}/{p.alias}.html": p for p in PAGES}


# --- laws module (documents) -----------------------------------------------------------------


@dataclass(frozen=True)
class LawDoc:
    id: int
    alias: str
    title: str
    code: str
    issued: str  # dd/mm/YYYY
    kind: str
    field: str
    signer: str
    intro: str
    file: str


DOCS = [
    LawDoc(
        128,
        "ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
        "2201/KH-SGDĐT",
        "03/12/2026",
        "Kế hoạch",
        "Khảo thí và kiểm định chất lượng",
        "Hoàng Văn Sơn",
        "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 trung học phổ thông năm học "
        "2026 - 2027: thời gian, địa điểm, môn thi, đối tượng dự thi và hồ sơ đăng ký.",
        "/uploads/van-ban/2026_12/2201-kh-sgddt.pdf",
    ),
    LawDoc(
        125,
        "quyet-dinh-cong-nhan-ket-qua-cuoc-thi-thiet-ke-bai-giang-dien-tu-nam-2026",
        "Quyết định công nhận kết quả Cuộc thi Thiết kế bài giảng điện tử năm 2026",
        "1987/QĐ-SGDĐT",
        "16/11/2026",
        "Quyết định",
        "Giáo dục trung học",
        "Đỗ Thanh Bình",
        "Công nhận 68 sản phẩm đạt giải Cuộc thi Thiết kế bài giảng điện tử cấp tỉnh năm 2026.",
        "/uploads/van-ban/2026_11/1987-qd-sgddt.pdf",
    ),
]
DOC_BY_PATH = {f"/van-ban/{d.alias}-{d.id}.html": d for d in DOCS}


# --- helpers ------------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_DOW = {  # the days this site prints (checked against a calendar by hand)
    "2026-10-05": 0, "2026-10-12": 0, "2026-10-14": 2, "2026-10-15": 3, "2026-10-19": 0,
    "2026-10-22": 3, "2026-10-28": 2, "2026-11-02": 0, "2026-11-05": 3, "2026-11-10": 1,
    "2026-11-18": 2, "2026-11-20": 4, "2026-11-26": 3, "2026-12-01": 1, "2026-12-02": 2,
    "2026-12-03": 3, "2026-12-04": 4,
}  # fmt: skip
_SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Giang"
_LAZY_PIX = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _dmy(stamp: str) -> str:
    """"2026-12-02 09:15" -> "02/12/2026"."""
    y, m, d = stamp[:10].split("-")
    return f"{d}/{m}/{y}"


def _date_line(stamp: str) -> str:
    """The theme's detail date: "Thứ tư, 02/12/2026 - 09:15"."""
    return f"{_WEEKDAYS[_DOW[stamp[:10]]]}, {_dmy(stamp)} - {stamp[11:16]}"


def _core_date(stamp: str) -> str:
    """NukeViet's own nv_date('l - d/m/Y H:i'), kept by the print view: "Thứ tư - 02/12/2026 09:15"."""
    return f"{_WEEKDAYS[_DOW[stamp[:10]]]} - {_dmy(stamp)} {stamp[11:16]}"


def _utc(stamp: str) -> str:
    """date('c') on a server whose php.ini says UTC: same instant, other offset."""
    y, mo, d = (int(x) for x in stamp[:10].split("-"))
    h, mi = int(stamp[11:13]), int(stamp[14:16])
    h -= 7
    if h < 0:
        h += 24
        d -= 1
        if d == 0:  # only month starts this site needs
            mo -= 1
            d = {9: 30, 10: 31, 11: 30}[mo]
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+00:00"


def _meta_time(stamp: str) -> str:
    """date('Y-m-dTH:i:s'): the unescaped T prints the zone abbreviation ("+07")."""
    return f"{stamp[:10]}+07{stamp[11:16]}:00"


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/tin-tuc/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/tin-tuc/print/{story.cat}/{story.slug}-{story.id}.html"


def legacy_path(story: Story) -> str:
    """The non-rewritten address a hand-made home block prints."""
    return f"/index.php?language=vi&nv=tin-tuc&op={story.cat}/{story.slug}-{story.id}"


def _in_cat(cat: str) -> list[Story]:
    items = [s for s in STORIES if cat in s.opts["cats"]]
    return sorted(items, key=lambda s: s.opts["pub"], reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)[:n]


def _thumb(story: Story) -> str | None:
    """The listing thumbnail (module's /assets/ copy of the home image)."""
    if story.opts.get("thumb"):
        return story.opts["thumb"]
    imgs = story.images
    if not imgs:
        return None
    return imgs[0].src.replace("/uploads/news/", "/assets/news/")


def _plain(story: Story, n: int = 160) -> str:
    s = story.summary or next((b.text for b in story.blocks if isinstance(b, P)), "")
    return s if len(s) <= n else s[: n].rsplit(" ", 1)[0] + "..."


# --- chrome -------------------------------------------------------------------------------------

_MENU = """
<nav class="second-nav" id="menusite"><div class="bg"><div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="collapse navbar-collapse" id="menu-site-default"><ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/gioi-thieu/" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
<li><a href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html" title="Lịch sử hình thành và phát triển">Lịch sử hình thành và phát triển</a></li>
<li><a href="/gioi-thieu/co-cau-to-chuc.html" title="Cơ cấu tổ chức">Cơ cấu tổ chức</a></li>
<li><a href="/chuc-nang-nhiem-vu/vi-tri-chuc-nang-nhiem-vu-va-quyen-han.html" title="Chức năng, nhiệm vụ">Chức năng, nhiệm vụ</a></li>
</ul></li>
<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/tin-tuc/" role="button" aria-expanded="false" title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
<li><a href="/tin-tuc/tin-hoat-dong/" title="Tin hoạt động">Tin hoạt động</a></li>
<li><a href="/tin-tuc/hoat-dong-chuyen-mon/" title="Hoạt động chuyên môn">Hoạt động chuyên môn</a></li>
<li><a href="/tin-tuc/thong-bao/" title="Thông báo">Thông báo</a></li>
</ul></li>
<li><a href="/van-ban/" title="Văn bản">Văn bản</a></li>
<li><a href="/thu-tuc-hanh-chinh/" title="Thủ tục hành chính">Thủ tục hành chính</a></li>
<li><a href="https://dichvucong.hagiang.gov.vn" target="_blank" rel="noopener" title="Dịch vụ công trực tuyến">Dịch vụ công</a></li>
<li><a href="/lien-he/" title="Liên hệ">Liên hệ</a></li>
</ul></div></div></div>
<div class="headerSearch"><form action="/seek/" method="get" class="frm-tk"><input type="hidden" name="m" value="tin-tuc">
<input type="text" class="form-control" name="q" maxlength="60" placeholder="Nhập từ khóa tìm kiếm..."><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div>
</nav>"""


def _sidebar() -> str:
    tb = "".join(
        f'<li><em class="fa fa-caret-right"></em> <a href="{article_path(s)}" title="{esc(s.title)}">'
        f'{esc(s.title)}</a> <span class="ngay-tb">({_dmy(s.opts["pub"])})</span></li>'
        for s in _in_cat("thong-bao")[:3]
    )
    most = "".join(
        f'<li class="clearfix"><a href="{article_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f'<img src="{_thumb(BY_ID[i]) or "/themes/sgddt_hg/images/no_image.gif"}" alt="" width="70" class="img-thumbnail pull-left mr-1"/>'
        f"{esc(BY_ID[i].title)}</a></li>"
        for i in (431, 438, 436, 434)
    )
    return f"""
<div class="panel panel-primary khoi-phai"><div class="panel-heading"><em class="fa fa-bullhorn"></em> Thông báo</div>
<div class="panel-body"><ul class="ds-thongbao list-none">{tb}</ul>
<p class="text-right"><a href="/tin-tuc/thong-bao/" class="xem-them">Xem tất cả »</a></p></div></div>
<div class="panel panel-primary khoi-phai"><div class="panel-heading">Tin xem nhiều</div>
<div class="panel-body"><ul class="block_tophits list-none list-items">{most}</ul></div></div>
<div class="panel panel-primary khoi-phai"><div class="panel-heading">Liên kết website</div><div class="panel-body">
<select class="form-control" onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://hagiang.gov.vn">Cổng TTĐT tỉnh Hà Giang</option>
<option value="https://baohagiang.vn">Báo Hà Giang</option><option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option></select>
<div class="banner-lk"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/uploads/banners/dvc-quoc-gia.jpg" alt="Cổng dịch vụ công quốc gia" width="270"></a>
<a href="https://moet.gov.vn" target="_blank"><img src="/uploads/banners/bo-gddt.png" alt="Bộ GD&amp;ĐT" width="270"></a></div></div></div>
<div class="panel panel-primary khoi-phai"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">
<form action="/voting/" method="post" class="vote-frm"><p><strong>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Sở GD&amp;ĐT?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="11"> Rất đẹp, dễ sử dụng</label></div>
<div class="radio"><label><input type="radio" name="option" value="12"> Bình thường</label></div>
<div class="radio"><label><input type="radio" name="option" value="13"> Khó tìm thông tin</label></div>
<input type="hidden" name="vid" value="3"><input type="button" class="btn btn-success btn-sm" value="Biểu quyết" onclick="nv_sendvoting(this.form, '3', '1', 'a1b2c3', '', '0');">
<input type="button" class="btn btn-primary btn-sm" value="Kết quả" onclick="nv_sendvoting(this.form, '3', 0, 'a1b2c3', '', '0');"></form></div></div>
<div class="panel panel-primary khoi-phai"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Máy chủ tìm kiếm</span><span class="margin-top-lg">9</span></li>
<li><span><em class="fa fa-user fa-lg fa-horizon"></em>Khách viếng thăm</span><span>18</span></li>
<li><span><em class="fa fa-calendar fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.482</span></li>
<li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tháng hiện tại</span><span>38.915</span></li>
<li><span><em class="fa fa-line-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>4.126.730</span></li>
</ul></div></div>"""


_FOOTER = """
<footer id="footer" class="chan-trang"><div class="wraper"><div class="row">
<div class="col-md-16"><p class="ten-cq"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</strong></p>
<p>Địa chỉ: Số 355, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>
<p>Điện thoại: 0219 3866 235 - Fax: 0219 3866 236 - Email: <a href="mailto:sgddt@hagiang.gov.vn">sgddt@hagiang.gov.vn</a></p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 14/3/2024. Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Hà Giang" khi phát hành lại thông tin từ website này.</p></div>
<div class="col-md-8 text-right"><ul class="social-ft list-inline"><li><a href="https://www.facebook.com/sgddthagiang" target="_blank"><em class="fa fa-facebook-official fa-2x"></em></a></li>
<li><a href="https://www.youtube.com/@sgddthagiang" target="_blank"><em class="fa fa-youtube-play fa-2x"></em></a></li></ul>
<p>&copy; Bản quyền thuộc về Sở GD&amp;ĐT Hà Giang</p><p class="powered">Powered by <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a> 4.6</p></div>
</div></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div><div id="openidBt" data-result="" data-redirect=""></div>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" src="/index.php?second=cronjobs&amp;p=H7k2xQ9a" width="1" height="1" /></div>
<script src="/themes/sgddt_hg/js/bootstrap.min.js"></script>"""


def _crumbs(items: list[tuple[str, str]]) -> str:
    """NukeViet 4 prints the trail in a hidden list; main.js copies it into the visible one."""
    lis = ['<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
           '<a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a>'
           '<i class="hidden" itemprop="position" content="1"></i></li>']
    for n, (label, href) in enumerate(items, start=2):
        lis.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(label)}"><span class="txt" itemprop="name">{esc(label)}</span></a>'
            f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
        '<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        + "".join(lis)
        + "</ul></div>"
    )


def _layout(
    request: Request,
    *,
    title: str,
    crumbs: list[tuple[str, str]] | None,
    main: str,
    canonical: str,
    description: str = "",
    head: str = "",
    module: str = "tin-tuc",
    func: str = "main",
    og_type: str = "website",
) -> Response:
    base = base_url(request)
    desc = esc(description or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà Giang")
    page_title = f"{esc(title)} - {_SITE}" if title else _SITE
    trail = _crumbs(crumbs) if crumbs is not None else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{page_title}</title>
<meta name="description" content="{desc}">
<meta name="keywords" content="sở giáo dục, hà giang, giáo dục đào tạo, tin tức">
<meta name="author" content="{_SITE}">
<meta name="copyright" content="{_SITE} [sgddt@hagiang.gov.vn]">
<meta name="generator" content="NukeViet v4.6">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{esc(title or _SITE)}">
<meta property="og:type" content="{og_type}">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="{_SITE}">
<meta property="og:url" content="{base}{esc(canonical)}">
{head}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="canonical" href="{base}{esc(canonical)}">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/sgddt_hg/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/sgddt_hg/css/style.css">
<link rel="StyleSheet" href="/themes/sgddt_hg/css/style.non-responsive.css">
<link rel="StyleSheet" href="/themes/sgddt_hg/css/news.css">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Hg1x2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/sgddt_hg/js/news.js"></script>
<script src="/themes/sgddt_hg/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
<header id="hd-sgd"><div class="bn-top clearfix"><div class="ngay-gio pull-left"><em class="fa fa-calendar"></em> Thứ Bảy, 05/12/2026</div>
<div class="lk-top pull-right"><a href="https://hagiang.gov.vn" target="_blank">Cổng TTĐT tỉnh</a> | <a href="https://mail.hagiang.gov.vn" target="_blank">Thư điện tử công vụ</a> | <a href="/lien-he/">Liên hệ</a></div></div>
<div class="logo-bn"><a title="{_SITE}" href="/"><img src="/uploads/logo-sgd-hg.png" alt="{_SITE}" width="90" height="90"></a>
<div class="ten-don-vi"><span class="cq-cq">UBND TỈNH HÀ GIANG</span><span class="ten-so">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div></div></header>
{_MENU}
<div class="marquee-tn"><span class="lbl">Tin mới cập nhật:</span> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{_ticker()}</marquee></div>
{trail}
<section class="noi-dung"><div class="row">
<div class="col-sm-16 col-md-17">{main}</div>
<div class="col-sm-8 col-md-7">{_sidebar()}</div>
</div></section>
{_FOOTER}
</div></div>
</body>
</html>"""
    return html(doc)


def _ticker() -> str:
    """The hand-made marquee block: its author built one link with the raw query URL."""
    out = []
    for s in [*_newest(3), BY_ID[431]]:
        href = legacy_path(s).replace("&", "&amp;") if s.id == 431 else article_path(s)
        out.append(f'<a href="{href}" title="{esc(s.title)}">{esc(s.title)}</a>')
    return ' <span class="sep">&diams;</span> '.join(out)


# --- the article (news detail) --------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, entities=story.opts.get("entities", 0))


def _img_tag(story: Story, img: Img, extra: str = "") -> str:
    if story.opts.get("lazy"):
        return f'<img class="lazyload" alt="{esc(img.caption or "")}" src="{_LAZY_PIX}" data-src="{img.src}"{extra} />'
    return f'<img alt="{esc(img.caption or "")}" src="{img.src}"{extra} />'


_TBL_SIZE = ' style="width:620px;height:413px"'
_P_SIZE = ' style="width: 800px; height: 533px;"'


def _render_img(story: Story, img: Img) -> str:
    printed = _t(story, img.printed) if img.printed else ""
    if img.style == "fig":
        return (
            '<div style="text-align:center"><figure class="image" style="display:inline-block">'
            + _img_tag(story, img, ' height="533" width="800"')
            + f"<figcaption>{printed}</figcaption></figure></div>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:620px"><tbody>'
            f"<tr><td>{_img_tag(story, img, _TBL_SIZE)}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{printed}</em></span></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{_img_tag(story, img, _P_SIZE)}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{printed}</em></p>'
    return out


def _letterhead() -> str:
    return (
        '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
        '<td style="width:40%;text-align:center;vertical-align:top">UBND TỈNH HÀ GIANG<br />'
        "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2185/TB-SGDĐT</td>"
        '<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
        "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
        "<em>Hà Giang, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
        '<p style="text-align: center;"><strong>Lịch tiếp công dân định kỳ tháng 12 năm 2026 của Giám đốc '
        "Sở Giáo dục và Đào tạo</strong></p>"
    )


def _closing() -> str:
    return (
        '<table style="width:100%"><tbody><tr><td style="width:50%;vertical-align:top">'
        "<strong><em>Nơi nhận:</em></strong><br />- UBND tỉnh (b/c);<br />- Thanh tra tỉnh;<br />"
        "- Ban Tiếp công dân tỉnh;<br />- Các phòng, đơn vị thuộc Sở;<br />- Cổng TTĐT Sở;<br />"
        "- Lưu: VT, TTr.</td>"
        '<td style="text-align:center;vertical-align:top"><strong>GIÁM ĐỐC</strong><br /><br />'
        "<em>(Đã ký)</em><br /><br /><strong>Đỗ Thanh Bình</strong></td></tr></tbody></table>"
    )


def _placeholder(token: str) -> str:
    if token == "{RELATED_BOX}":
        a, b = BY_ID[429], BY_ID[427]
        return (
            '<table align="right" border="1" cellpadding="5" cellspacing="0" class="tbl-lq" '
            'style="width:260px;margin:0 0 8px 12px;border-collapse:collapse;border-color:#cfdff0;background:#f3f8fd">'
            "<tbody><tr><td><strong>BÀI VIẾT LIÊN QUAN</strong></td></tr>"
            f'<tr><td><a href="{article_path(a)}">{esc(a.title)}</a></td></tr>'
            f'<tr><td><a href="{article_path(b)}">{esc(b.title)}</a></td></tr>'
            "</tbody></table>"
        )
    if token == "{SEE_ALSO}":
        s = BY_ID[418]
        return f'<p><strong>Xem thêm:</strong> <a href="{article_path(s)}">{esc(s.title)}</a></p>'
    if token == "{LETTERHEAD}":
        return _letterhead()
    if token == "{CLOSING}":
        return _closing()
    if token == "{DOC_LINK}":
        d = DOCS[1]
        return (
            f'<p><em>Xem chi tiết Quyết định số {esc(d.code)} tại <a href="/van-ban/{d.alias}-{d.id}.html" '
            'target="_blank">đây</a>.</em></p>'
        )
    return token


def _bodyhtml(story: Story) -> str:
    out: list[str] = []
    if story.opts.get("dup_lead") and story.summary:
        lead = _t(story, story.summary)
        out.append(f"<p><strong>{lead}</strong></p>" if story.id == 431 else f"<p>{lead}</p>")
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            if b.style != "home":
                out.append(_render_img(story, b))
            i += 1
            continue
        if isinstance(b, Raw):
            out.append(_placeholder(b.html) if b.html.startswith("{") else b.html)
            i += 1
            continue
        if b.style in ("li", "row"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{_t(story, c)}</{tag}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" class="table-bordered" '
                    'style="width:100%;border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        if b.style == "h":
            out.append(f"<h3><strong>{_t(story, b.text)}</strong></h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_t(story, b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


def _home_figure(story: Story) -> tuple[str, str]:
    """(figure before the hometext, figure after it): imgthumb left, or imgfull center."""
    if story.opts.get("thumb"):
        return (
            '<figure class="article left pointer" onclick="modalShowByObj(this, \'src\');">'
            f'<img alt="{esc(story.title)}" src="{story.opts["thumb"]}" width="160" class="img-thumbnail" /></figure>',
            "",
        )
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    if home is None:
        return "", ""
    return "", (
        f'<figure class="article center"><img alt="{esc(home.caption or story.title)}" src="{home.src}" '
        f'width="680" class="img-thumbnail" /><figcaption>{esc(home.printed or "")}</figcaption></figure>'
    )


def _tts_player(story: Story) -> str:
    return f"""<div class="news-detail-player" id="nv-voice-{story.id}">
<div class="player"><span class="lbl-nghe"><em class="fa fa-headphones"></em> Nghe đọc bài viết</span>
<audio id="newsVoicePlayer" data-voice-id="1" data-voice-path="/uploads/news/voices/{story.opts["pub"][:7].replace("-", "_")}/{story.id}-1.mp3" data-autoplay="0" preload="none"></audio></div>
<div class="source"><select class="form-control input-sm" name="voiceplayer" data-tokend="9f2c1d"><option value="1" selected="selected">Giọng nữ miền Bắc</option><option value="2">Giọng nam miền Bắc</option><option value="3">Giọng nữ miền Nam</option></select></div>
<div class="tools"><div class="news-switch"><div class="news-switch-btn"></div><div class="news-switch-label">Tự động phát</div></div></div>
</div>"""


def _author_block(story: Story) -> str:
    lines = []
    if story.opts.get("author"):
        name = esc(story.opts["author"])
        if story.opts.get("author_link"):
            name = f'<a href="/tin-tuc/author/{story.opts["author_link"]}/" title="{name}">{name}</a>'
        lines.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{name}</p>')
    if story.opts.get("source"):
        src_name, src_url = story.opts["source"]
        lines.append(
            f'<p class="h5 text-right"><strong>Nguồn: </strong><a title="{esc(src_name)}" href="{src_url}" '
            f'rel="nofollow" target="_blank">{esc(src_name)}</a></p>'
        )
    return f'<div class="margin-bottom-lg tg-nguon">{"".join(lines)}</div>' if lines else ""


def _attachment(story: Story, request: Request) -> str:
    if not story.opts.get("attach"):
        return ""
    name, path = story.opts["attach"]
    viewer = f"https://docs.google.com/viewer?embedded=true&amp;url={base_url(request)}{path}"
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<h3 class="newh3"><em class="fa fa-file-text-o"></em> Tập tin đính kèm</h3>
<div class="list-group news-download-file"><div class="list-group-item">
<span class="badge"><a role="button" data-toggle="collapse" href="#file-{story.id}-0" aria-expanded="false"><em class="fa fa-eye" data-rel="tooltip" data-content="Xem trực tuyến"></em></a></span>
<a href="{article_path(story)}?download=1&amp;id=0" title="{esc(name)}">{esc(name)}</a>
<div class="clearfix"></div>
<div class="collapse" id="file-{story.id}-0"><div class="well margin-top"><iframe height="600" scrolling="yes" src="{viewer}" width="100%"></iframe></div></div>
</div></div></div></div>"""


def _keywords(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    links = ", ".join(f'<a title="{esc(TAGS[t])}" href="/tin-tuc/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
    )


def _rating(story: Story) -> str:
    votes = 2 + story.id % 5
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {votes * 4 + 1} trong {votes} đánh giá</p>
<div style="padding: 5px;"><input class="hover-star required" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star required" type="radio" value="2" title="Bài viết kém" /><input class="hover-star required" type="radio" value="3" title="Bài viết bình thường" /><input class="hover-star required" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form>
</div></div>"""


def _share(link: str) -> str:
    return f"""<div class="news_column panel panel-default"><div class="panel-body" style="margin-bottom:0">
<div class="chia-se" style="display:flex;align-items:flex-start;"><span class="lbl-cs">Chia sẻ:</span>
<div class="margin-right"><div class="fb-like" data-href="{link}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
<div class="margin-right"><a href="http://twitter.com/share" class="twitter-share-button">Tweet</a></div>
<div><div class="zalo-share-button" data-href="{link}" data-oaid="2397618264112960921" data-layout="1" data-color="blue" data-customize="false"></div></div>
</div></div></div>"""


def _comments(story: Story) -> str:
    items = story.opts.get("comments") or []
    boxes = "".join(
        f"""<div class="comment-box"><div class="media"><a class="pull-left" href="javascript:void(0);"><img class="media-object bg-gainsboro" src="/themes/sgddt_hg/images/users/no_avatar.png" width="40" alt="{esc(who)}" /></a>
<div class="media-body"><div class="media-heading"><strong>{esc(who)}</strong> - {when}</div>
<div class="comment-content">{esc(what)}</div>
<div class="comment-tools"><em class="fa fa-thumbs-o-up"></em> <a href="javascript:void(0);" onclick="nv_comment_like('{story.id}{n}', 'like');">Thích</a> <span id="like{story.id}{n}">0</span> &nbsp; <em class="fa fa-reply"></em> <a href="#" onclick="nv_comment_reply('{story.id}{n}', '{esc(who)}');return false;">Trả lời</a></div></div></div></div>"""
        for n, (who, when, what) in enumerate(items)
    )
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="tin-tuc" data-content="news_commentcontent" data-area="8" data-id="{story.id}" data-allowed="4">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
<div class="col-xs-12 text-right"><select class="form-control input-sm" id="sort"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div></div>
<div id="showcomment" class="margin-bottom-lg">{boxes or '<p class="text-muted">Chưa có bình luận nào.</p>'}</div>
<div id="formcomment"><form method="post" role="form" onsubmit="return false;">
<div class="form-group"><input type="text" class="form-control" name="name" placeholder="Họ và tên"></div>
<div class="form-group"><input type="email" class="form-control" name="email" placeholder="Email"></div>
<div class="form-group"><textarea class="form-control" name="content" rows="4" placeholder="Nội dung bình luận"></textarea></div>
<input type="button" class="btn btn-primary" value="Gửi bình luận" onclick="nv_commment_feedback(this.form)"></form></div>
</div></div></div>"""


def _related_li(s: Story) -> str:
    thumb = _thumb(s) or ""
    return (
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" data-content="{esc(_plain(s))}" '
        f'data-img="{thumb}" data-rel="tooltip" data-placement="bottom" title="{esc(s.title)}"><h4>{esc(s.title)}</h4></a>'
        f' <em>({_dmy(s.opts["pub"])})</em></li>'
    )


def _others(story: Story) -> str:
    tags = set(story.opts.get("tags") or [])
    related = [
        s for s in sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)
        if s.id != story.id and tags & set(s.opts.get("tags") or [])
    ][:3]
    same = _in_cat(story.cat)
    older = [s for s in same if s.opts["pub"] < story.opts["pub"]][:3]
    out = ['<div class="news_column panel panel-default"><div class="panel-body other-news">']
    if related:
        out.append('<p class="h3"><strong>Tin liên quan</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">')
        out.extend(_related_li(s) for s in related)
        out.append("</ul></div>")
    if older:
        out.append('<p class="h3"><strong>Tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-none list-items">')
        out.extend(_related_li(s) for s in older)
        out.append("</ul></div>")
    out.append("</div></div>")
    return "".join(out) if (related or older) else ""


def _article(request: Request, story: Story, cat: str) -> Response:
    base = base_url(request)
    canon = article_path(story)
    pub, edit = story.opts["pub"], story.opts["edit"]
    before, after = _home_figure(story)
    hometext = ""
    if story.summary and story.opts.get("hometext", True):
        hometext = f'<div class="hometext m-bottom" itemprop="description">{_t(story, story.summary)}</div>'
    schema_author = story.opts.get("author") or story.opts.get("poster", "admin")
    first_img = next((b.src for b in story.blocks if isinstance(b, Img)), "/uploads/logo-sgd-hg.png")
    send = f"/tin-tuc/sendmail/{story.cat}/{story.slug}-{story.id}.html"
    tts = "" if story.id == 436 else _tts_player(story)
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{esc(schema_author)}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{_utc(pub)}</span>
<span class="hidden hide d-none" itemprop="dateModified">{_utc(edit)}</span>
<span class="hidden hide d-none" itemprop="description">{esc(_plain(story, 300))}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">{base}{canon}</span>
<span class="hidden hide d-none" itemprop="image">{base}{first_img}</span>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{_SITE}</span><span itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope><span itemprop="url">{base}/uploads/logo-sgd-hg.png</span></span></div>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5 tg-dang"><em class="fa fa-clock-o"></em> {_date_line(pub)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right cc-bv">
<li><span class="luot-xem"><em class="fa fa-eye"></em> Lượt xem: {f"{story.views():,}".replace(",", ".")}</span></li>
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{send}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" onclick="nv_open_browse('{print_path(story)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li class="co-chu"><a href="javascript:void(0)" onclick="nv_fsize(-1)">A-</a> <a href="javascript:void(0)" onclick="nv_fsize(0)">A</a> <a href="javascript:void(0)" onclick="nv_fsize(1)">A+</a></li>
</ul></div></div>
{tts}
<div class="clearfix">{before}{hometext}{after}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_bodyhtml(story)}
</div>
{_author_block(story)}
</div></div>
{_attachment(story, request)}
{_keywords(story)}
{_rating(story)}
{_share(base + canon)}
{_comments(story)}
{_others(story)}"""
    head = (
        f'<meta property="og:image" content="{base}{first_img}">\n'
        f'<meta property="article:published_time" content="{_meta_time(pub)}">\n'
        f'<meta property="article:modified_time" content="{_meta_time(edit)}">\n'
        f'<meta property="article:section" content="{esc(CATS[story.cat])}">'
    )
    return _layout(
        request,
        title=story.title,
        crumbs=[("Tin tức", "/tin-tuc/"), (CATS[cat], f"/tin-tuc/{cat}/")],
        main=main,
        canonical=canon,
        description=_plain(story, 300),
        head=head,
        func="detail",
        og_type="article",
    )


def _print(request: Request, story: Story) -> Response:
    base = base_url(request)
    canon = article_path(story)
    before, after = _home_figure(story)
    summary = f'<div id="hometext">{_t(story, story.summary)}</div>' if story.summary and story.opts.get("hometext", True) else ""
    author = _author_block(story)
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow"><link rel="canonical" href="{base}{canon}">
<link rel="StyleSheet" href="/themes/sgddt_hg/css/news.print.css"></head>
<body><div id="print"><div id="hd_print"><h2 class="pull-left">{_SITE}</h2><p class="pull-right"><a title="{_SITE}" href="/">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content"><h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_core_date(story.opts["pub"])}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>{before}{summary}{after}
<div class="bodytext">{_bodyhtml(story)}</div>
{author}</div>
<div id="footerprint"><div id="url"><strong>URL của bản tin này: </strong><a href="{base}{canon}" title="{esc(story.title)}">{base}{canon}</a></div>
<div class="clear"></div><div class="copyright">&copy; {_SITE}</div><div id="contact"><a href="mailto:sgddt@hagiang.gov.vn">sgddt@hagiang.gov.vn</a></div></div>
</div></body></html>"""
    return html(doc)


# --- listings -----------------------------------------------------------------------------------


def _item_big(s: Story, cat: str | None = None) -> str:
    """A listing item; viewcat pages build the link from the category being viewed."""
    thumb = _thumb(s) or "/themes/sgddt_hg/images/no_image.gif"
    link = article_path(s, cat)
    return f"""<div class="tin-dau clearfix">
<a href="{link}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb}" width="200" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<p class="text-muted"><em class="fa fa-clock-o"></em> {_dmy(s.opts["pub"])} {s.opts["pub"][11:16]}</p>
<p class="mo-ta">{esc(_plain(s, 220))}</p></div>"""


def _item_small(s: Story, cat: str | None = None) -> str:
    thumb = _thumb(s) or "/themes/sgddt_hg/images/no_image.gif"
    link = article_path(s, cat)
    return f"""<div class="col-md-12 ds-2cot"><div class="thumbnail clearfix">
<a href="{link}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb}" width="100" class="pull-left" /></a>
<h4><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h4>
<span class="ngay-dang">{_dmy(s.opts["pub"])}</span></div></div>"""


def _pager(cat: str, page: int, pages: int) -> str:
    def href(n: int) -> str:
        return f"/tin-tuc/{cat}/" if n == 1 else f"/tin-tuc/{cat}/page-{n}/"

    lis = []
    lis.append('<li class="disabled"><span>&laquo;</span></li>' if page == 1 else f'<li><a href="{href(page - 1)}" title="Trang trước">&laquo;</a></li>')
    for n in range(1, pages + 1):
        lis.append(f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="{href(n)}" title="Trang {n}">{n}</a></li>')
    lis.append('<li class="disabled"><span>&raquo;</span></li>' if page == pages else f'<li><a href="{href(page + 1)}" title="Trang sau">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'


def _category(request: Request, cat: str, page: int) -> Response:
    items = _in_cat(cat)
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    first, rest = chunk[0], chunk[1:]
    main = f"""<div class="news_column two_column"><div class="panel panel-default clearfix">
<div class="panel-heading"><h1 class="tde-cm"><a href="/tin-tuc/{cat}/" title="{esc(CATS[cat])}">{esc(CATS[cat])}</a></h1></div>
<div class="panel-body">{_item_big(first, cat)}<div class="row">{"".join(_item_small(s, cat) for s in rest)}</div></div></div>
{_pager(cat, page, pages)}</div>"""
    canon = f"/tin-tuc/{cat}/" if page == 1 else f"/tin-tuc/{cat}/page-{page}/"
    title = CATS[cat] if page == 1 else f"{CATS[cat]} - Trang {page}"
    return _layout(
        request,
        title=title,
        crumbs=[("Tin tức", "/tin-tuc/"), (CATS[cat], f"/tin-tuc/{cat}/")],
        main=main,
        canonical=canon,
        func="viewcat",
    )


def _cat_box(cat: str, n: int) -> str:
    items = _in_cat(cat)[:n]
    first, rest = items[0], items[1:]
    others = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s, cat)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in rest
    )
    return f"""<div class="col-md-12"><div class="panel panel-default khoi-cm">
<div class="panel-heading"><h2 class="tde-cm"><a href="/tin-tuc/{cat}/" title="{esc(CATS[cat])}">{esc(CATS[cat])}</a></h2></div>
<div class="panel-body">{_item_big(first, cat)}<ul class="related list-items">{others}</ul>
<p class="text-right"><a class="xem-tiep" href="/tin-tuc/{cat}/">Xem tiếp <em class="fa fa-angle-double-right"></em></a></p></div></div></div>"""


def _module_main(request: Request) -> Response:
    main = (
        '<div class="news_column viewcat_two_column"><div class="row">'
        + "".join(_cat_box(c, 3) for c in CATS)
        + "</div></div>"
    )
    return _layout(request, title="Tin tức", crumbs=[("Tin tức", "/tin-tuc/")], main=main, canonical="/tin-tuc/")


def _home(request: Request) -> Response:
    hot = [BY_ID[438], BY_ID[431], BY_ID[440]]
    slides = "".join(
        f"""<div class="item{" active" if n == 0 else ""}"><a href="{article_path(s)}" title="{esc(s.title)}"><img src="{(_thumb(s) or "").replace("/assets/", "/uploads/")}" alt="{esc(s.title)}" width="560" /></a>
<div class="carousel-caption"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3></div></div>"""
        for n, s in enumerate(hot)
    )
    intro = PAGES[0]
    docs = "".join(
        f'<tr><td><a href="/van-ban/{d.alias}-{d.id}.html" title="{esc(d.title)}">{esc(d.code)}</a></td><td>{d.issued}</td>'
        f'<td><a href="/van-ban/{d.alias}-{d.id}.html">{esc(d.title)}</a></td></tr>'
        for d in DOCS
    )
    main = f"""<div class="tin-noi-bat panel panel-default"><div class="panel-heading"><h2 class="tde-cm">Tin nổi bật</h2></div>
<div class="panel-body"><div id="slide-tnb" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#slide-tnb" data-slide="prev"><span class="fa fa-chevron-left"></span></a><a class="right carousel-control" href="#slide-tnb" data-slide="next"><span class="fa fa-chevron-right"></span></a></div></div></div>
<div class="row">{_cat_box("tin-hoat-dong", 2)}{_cat_box("hoat-dong-chuyen-mon", 2)}</div>
<div class="panel panel-default gioi-thieu-tc"><div class="panel-heading"><h2 class="tde-cm"><a href="/gioi-thieu/">Giới thiệu chung</a></h2></div>
<div class="panel-body"><img src="{intro.image}" alt="Trụ sở Sở GD&amp;ĐT" width="220" class="pull-left img-thumbnail" /><p>{esc(intro.paragraphs[1])}</p>
<p class="text-right"><a href="/{intro.module}/{intro.alias}.html">Xem tiếp »</a></p></div></div>
<div class="panel panel-default vb-moi"><div class="panel-heading"><h2 class="tde-cm"><a href="/van-ban/">Văn bản mới</a></h2></div>
<div class="panel-body"><table class="table table-striped table-bordered"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{docs}</tbody></table></div></div>"""
    return _layout(request, title="", crumbs=None, main=main, canonical="/", func="main")


def _tag(request: Request, alias: str) -> Response:
    items = [s for s in sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True) if alias in (s.opts.get("tags") or [])]
    rows = "".join(_item_big(s) for s in items)
    main = f"""<div class="news_column"><div class="panel panel-default"><div class="panel-heading"><h1 class="tde-cm">Từ khóa: {esc(TAGS[alias])}</h1></div>
<div class="panel-body viewcat_list">{rows}</div></div></div>"""
    return _layout(
        request,
        title=TAGS[alias],
        crumbs=[("Tin tức", "/tin-tuc/"), ("Tags", f"/tin-tuc/tag/{alias}")],
        main=main,
        canonical=f"/tin-tuc/tag/{alias}",
        func="tag",
    )


def _author_page(request: Request, alias: str) -> Response:
    items = [s for s in STORIES if s.opts.get("author_link") == alias]
    name = items[0].opts["author"]
    main = f"""<div class="news_column"><div class="panel panel-default"><div class="panel-body author-info clearfix">
<img src="/themes/sgddt_hg/images/users/no_avatar.png" width="80" class="pull-left img-thumbnail" alt="{esc(name)}" />
<h1 class="h3">{esc(name)}</h1><p>Phóng viên, biên tập viên Ban biên tập Cổng TTĐT Sở GD&amp;ĐT</p></div></div>
<div class="panel panel-default"><div class="panel-body viewcat_list">{"".join(_item_big(s) for s in items)}</div></div></div>"""
    return _layout(
        request,
        title=name,
        crumbs=[("Tin tức", "/tin-tuc/"), (name, f"/tin-tuc/author/{alias}/")],
        main=main,
        canonical=f"/tin-tuc/author/{alias}/",
        func="author",
    )


# --- page module, laws module, contact ----------------------------------------------------------


def _static_page(request: Request, page: StaticPage) -> Response:
    base = base_url(request)
    path = f"/{page.module}/{page.alias}.html"
    img = ""
    if page.image:
        img = f'<figure class="article left noncaption"><img alt="{esc(page.title)}" src="{page.image}" width="300" class="img-thumbnail" /></figure>'
    body = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in page.paragraphs)
    siblings = [p for p in PAGES if p.module == page.module and p is not page]
    other = ""
    if siblings:
        lis = "".join(
            f'<li><em class="fa fa-angle-double-right">&nbsp;</em><h3><a title="{esc(p.title)}" href="/{p.module}/{p.alias}.html">{esc(p.title)}</a></h3></li>'
            for p in siblings
        )
        other = f'<div class="page panel panel-default"><div class="panel-body"><p class="h3"><strong>Các bài khác</strong></p><ul class="nv-list-item">{lis}</ul></div></div>'
    main = f"""<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(page.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">admin</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{_utc(page.updated)}</span>
<span class="hidden hide d-none" itemprop="dateModified">{_utc(page.updated)}</span>
<div class="row margin-bottom"><div class="col-md-14"><span class="h5 tg-capnhat"><em class="fa fa-clock-o"></em> Cập nhật: {_date_line(page.updated)}</span></div>
<div class="col-md-10 text-right"><span class="luot-xem"><em class="fa fa-eye"></em> Lượt xem: {1200 + len(page.alias) * 17}</span></div></div>
<div class="margin-bottom chia-se" style="display:flex;align-items:flex-start;"><span class="lbl-cs">Chia sẻ:</span>
<div class="margin-right"><div class="fb-like" data-href="{base}{path}" data-layout="button_count" data-action="like" data-share="true"></div></div>
<div><div class="zalo-share-button" data-href="{base}{path}" data-oaid="2397618264112960921" data-layout="1"></div></div></div>
<div class="hometext margin-bottom-lg">{img}{esc(page.description)}</div>
<div class="clear"></div>
<div id="page-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>
</div></div>
{other}"""
    return _layout(
        request,
        title=page.title,
        crumbs=[(PAGE_MODULES[page.module], f"/{page.module}/"), (page.title, path)],
        main=main,
        canonical=path,
        description=page.description,
        module=page.module,
    )


def _page_module_index(request: Request, module: str) -> Response:
    lis = "".join(
        f"""<div class="page-item clearfix"><h2 class="h3"><a href="/{p.module}/{p.alias}.html" title="{esc(p.title)}">{esc(p.title)}</a></h2>
<p class="text-muted">Cập nhật: {_dmy(p.updated)}</p><p>{esc(p.description)}</p></div>"""
        for p in PAGES
        if p.module == module
    )
    extra = ""
    if module == "thu-tuc-hanh-chinh":
        extra = '<p class="alert alert-info">Tra cứu toàn bộ thủ tục hành chính lĩnh vực giáo dục tại <a href="https://dichvucong.gov.vn" target="_blank">Cổng Dịch vụ công quốc gia</a>.</p>'
    main = f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title">{esc(PAGE_MODULES[module])}</h1>{lis}{extra}</div></div>'
    return _layout(
        request,
        title=PAGE_MODULES[module],
        crumbs=[(PAGE_MODULES[module], f"/{module}/")],
        main=main,
        canonical=f"/{module}/",
        module=module,
    )


def _laws_index(request: Request) -> Response:
    rows = "".join(
        f"""<tr><td class="text-center">{n}</td><td><a href="/van-ban/{d.alias}-{d.id}.html">{esc(d.code)}</a></td><td>{d.issued}</td>
<td><a href="/van-ban/{d.alias}-{d.id}.html" title="{esc(d.title)}">{esc(d.title)}</a></td>
<td class="text-center"><a href="{d.file}" title="Tải về"><em class="fa fa-download"></em></a></td></tr>"""
        for n, d in enumerate(DOCS, start=1)
    )
    main = f"""<div class="panel panel-default"><div class="panel-body"><h1 class="lawh3">Văn bản</h1>
<table class="table table-striped table-bordered table-hover"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div></div>"""
    return _layout(request, title="Văn bản", crumbs=[("Văn bản", "/van-ban/")], main=main, canonical="/van-ban/", module="van-ban")


def _law(request: Request, d: LawDoc) -> Response:
    path = f"/van-ban/{d.alias}-{d.id}.html"
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="lawh3">{esc(d.title)}</h1>
<p><em>{esc(d.intro)}</em></p>
<table class="table table-striped table-bordered table-hover"><tbody>
<tr><td style="width:200px">Số ký hiệu</td><td>{esc(d.code)}</td></tr>
<tr><td>Ngày ban hành</td><td>{d.issued}</td></tr>
<tr><td>Ngày bắt đầu hiệu lực</td><td>{d.issued}</td></tr>
<tr><td>Thể loại</td><td>{esc(d.kind)}</td></tr>
<tr><td>Lĩnh vực</td><td>{esc(d.field)}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td>Người ký</td><td>{esc(d.signer)}</td></tr>
</tbody></table>
<h2 class="lawh3"><em class="fa fa-file-text-o">&nbsp;</em>Nội dung</h2>
<div class="law-noidung"><p>{esc(d.intro)}</p></div>
<h2 class="lawh3"><em class="fa fa-download">&nbsp;</em>Tải về</h2>
<ul class="list-unstyled"><li><em class="fa fa-file-pdf-o"></em> <a href="{d.file}" title="Tải về">{d.file.rsplit("/", 1)[1]}</a></li></ul>
</div></div>"""
    return _layout(
        request,
        title=d.title,
        crumbs=[("Văn bản", "/van-ban/"), (d.kind, "/van-ban/")],
        main=main,
        canonical=path,
        module="van-ban",
        func="detail",
    )


def _contact(request: Request) -> Response:
    sent = ""
    if request.method == "POST":
        sent = '<div class="alert alert-success">Cảm ơn bạn đã gửi ý kiến. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</div>'
    main = f"""<div class="panel panel-default"><div class="panel-body"><h1 class="title">Liên hệ</h1>{sent}
<div class="ct-info"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</strong></p>
<p>Địa chỉ: Số 355, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang</p><p>Điện thoại: 0219 3866 235</p><p>Email: sgddt@hagiang.gov.vn</p></div>
<form action="/lien-he/" method="post" class="form-horizontal"><div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control"></div>
<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control"></div>
<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control"></div>
<div class="form-group"><label>Bộ phận</label><select name="fpart" class="form-control"><option value="1">Văn phòng Sở</option><option value="2">Thanh tra Sở</option></select></div>
<div class="form-group"><label>Nội dung</label><textarea name="fcon" rows="6" class="form-control"></textarea></div>
<input type="submit" class="btn btn-primary" value="Gửi"></form></div></div>"""
    return _layout(request, title="Liên hệ", crumbs=[("Liên hệ", "/lien-he/")], main=main, canonical="/lien-he/", module="contact")


# --- routing ------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/(?:(print)/)?([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(?:page-(\d+)/)?$")


def _pdf() -> Response:
    return Response(200, PDF, {"Content-Type": "application/pdf"})


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if path == "/index.php":
            params = request.params
            if params.get("second") == "cronjobs":
                return static_file("/cron.gif")
            op = params.get("op", "")
            m = re.fullmatch(r"([a-z0-9-]+)/([a-z0-9-]+)-(\d+)", op)
            if params.get("nv") == "tin-tuc" and m:
                story = BY_ID.get(int(m.group(3)))
                if story and m.group(1) in story.opts["cats"] and m.group(2) == story.slug:
                    return _article(request, story, m.group(1))
                return None
            return redirect("/", 301) if not request.query else None
        if path.startswith(("/themes/", "/uploads/", "/assets/")):
            if path.endswith(".pdf"):
                return _pdf()
            return static_file(path)
        if path == "/tin-tuc/":
            return _module_main(request)
        m = _ARTICLE.match(path)
        if m:
            printing, cat, slug, sid = m.group(1), m.group(2), m.group(3), int(m.group(4))
            story = BY_ID.get(sid)
            if story is None:
                return None
            if printing:
                if cat == story.cat and slug == story.slug:
                    return _print(request, story)
                return redirect(print_path(story), 301)
            if cat not in story.opts["cats"] or slug != story.slug:
                return redirect(article_path(story), 301)  # NukeViet re-aliases and moves on
            if request.params.get("download") == "1" and story.opts.get("attach"):
                return _pdf()
            return _article(request, story, cat)
        m = _CAT.match(path)
        if m and m.group(1) in CATS:
            cat, page = m.group(1), int(m.group(2) or 1)
            pages = (len(_in_cat(cat)) + PER_PAGE - 1) // PER_PAGE
            if m.group(2) and not 1 < page <= pages:
                return redirect(f"/tin-tuc/{cat}/", 301)
            return _category(request, cat, page)
        if re.fullmatch(r"/tin-tuc/[a-z0-9-]+", path) and path.rsplit("/", 1)[1] in CATS:
            return redirect(path + "/", 301)
        m = re.fullmatch(r"/tin-tuc/tag/([a-z0-9-]+)", path)
        if m and m.group(1) in TAGS:
            return _tag(request, m.group(1))
        m = re.fullmatch(r"/tin-tuc/author/([a-z0-9-]+)/", path)
        if m and any(s.opts.get("author_link") == m.group(1) for s in STORIES):
            return _author_page(request, m.group(1))
        if path in PAGE_BY_PATH:
            return _static_page(request, PAGE_BY_PATH[path])
        if path.strip("/") in PAGE_MODULES and path.endswith("/"):
            return _page_module_index(request, path.strip("/"))
        if path == "/van-ban/":
            return _laws_index(request)
        if path in DOC_BY_PATH:
            return _law(request, DOC_BY_PATH[path])
        if path == "/lien-he/":
            return _contact(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    alts += [article_path(story, c) for c in story.opts["cats"][1:]]
    if story.id == 431:
        alts.append(legacy_path(story))
    return gold_record(story, article_path(story), CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/chuc-nang-nhiem-vu/vi-tri-chuc-nang-nhiem-vu-va-quyen-han.html",
    "/thu-tuc-hanh-chinh/cong-nhan-truong-mam-non-dat-chuan-quoc-gia.html",
    f"/van-ban/{DOCS[0].alias}-{DOCS[0].id}.html",
    f"/van-ban/{DOCS[1].alias}-{DOCS[1].id}.html",
    "/lien-he/",
]
