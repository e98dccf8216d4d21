"""Sở Giáo dục và Đào tạo tỉnh Quảng Bình on Joomla 4.3 with a vendor's commercial template.

Platform
--------
Joomla 4.3 (com_content, SEF URLs with the ".html" suffix, the legacy router that keeps the
article id in the URL) dressed in a Vietnamese vendor's commercial template for education
departments, ``hps_sogd``: a banner with the department's name, a Bootstrap 5 mega menu, the
vendor's own modules "Tin tiêu điểm", "Văn bản mới", "Lịch công tác", "Tin xem nhiều", and the
vendor's override of the article layout (title, a meta row "Ngày đăng / Lượt xem / Đăng bởi" with
font-size and print buttons, the intro text in a bold box, the full text, the custom fields
"Tác giả:" / "Nguồn:", a "Tin cùng chuyên mục" list). Core pieces keep Joomla 4's own markup
(``com-content-category-blog``, ``blog-item``, ``com-content-blog__links``, the list view's
``com-content-category__table``, ``pagination__wrapper``, ``mod-breadcrumbs``, ``fields-container``,
``content_rating``, ``joomla-hidden-mail``, the pagebreak plugin's ``article-index``).

URL scheme
----------
- ``/`` home: "Tin tiêu điểm" slider, a "Tin tức - Sự kiện" block (5 newest, "Xem tiếp" ->
  ``tin-tuc-su-kien.html?limitstart=5``), a "Thông báo" block (3 newest), sidebar modules.
- Category blogs ``/tin-tuc-su-kien.html`` (the parent, with its subcategory's articles: 1 leading,
  3 intro, 2 in the "Các tin khác" links list a page, ``?start=6``) and
  ``/tin-tuc-su-kien/hoat-dong-nganh.html`` (1 leading, 2 intro, 1 link a page, ``?start=4``);
  category list (table) view ``/thong-bao.html`` (3 a page, ``?start=3``). ``?limitstart=<n>`` is
  accepted wherever ``?start=<n>`` is (older modules print it) and any offset is served, as
  Joomla does. RSS: ``/tin-tuc-su-kien.html?format=feed&type=rss``.
- Articles ``/tin-tuc-su-kien/hoat-dong-nganh/<id>-<alias>.html``,
  ``/tin-tuc-su-kien/<id>-<alias>.html``, ``/thong-bao/<id>-<alias>.html``.
- Documents ``/van-ban.html`` (listing) and ``/van-ban/<id>-<alias>.html`` (entries, PDFs under
  ``/images/van-ban/``); calendar ``/lich-cong-tac.html`` (``?tuan=48`` / ``?tuan=50``); intro
  ``/gioi-thieu.html`` (a single-article menu item); contact ``/lien-he.html`` (com_contact).
- Static: ``/images/…``, ``/templates/hps_sogd/…``, ``/media/…``.

Page templates: home, blog, list view, article (vendor override), error page 404 (with the full
chrome, for an unpublished article still linked by the "Tin tiêu điểm" module), document entry,
calendar, contact, intro. Every page carries ``<base href="http://<host>/">`` (the vendor's
template prints it, a habit from Joomla 3 that the site kept after its upgrade).

How the gold articles are reached
---------------------------------
- "Hoạt động ngành" (6): 1287, 1284, 1279 on page 1 of both blogs and on the home page; 1273 on
  page 1 (in the links list); 1266 and 1258 only on page 2 of either blog (or on the
  ``?limitstart=5`` view the home's "Xem tiếp" opens).
- "Tin tức - Sự kiện" (3): 1281 on the home page and page 1 of the parent blog; 1270 in page 1's
  links list; 1262 on page 2 of the parent blog (and in the "Tin cùng chuyên mục" lists of its two
  siblings).
- "Thông báo" (4): 1290, 1283, 1276 on the home page and page 1 of the list view; 1260 only on
  page 2 of the list view (``/thong-bao.html?start=3``).

Traps
-----
1. ``<base href>`` with relative links (not in the README's list). The vendor's menu and modules,
   the "Tin cùng chuyên mục" list and the editor's images are written relative to the site root
   (``href="tin-tuc-su-kien/hoat-dong-nganh/1284-….html"``, ``src="images/tin-tuc/…jpg"``) and only
   work through the page's ``<base href="http://host/">``. Resolved against the page's own URL they
   give ``/tin-tuc-su-kien/hoat-dong-nganh/tin-tuc-su-kien/…`` paths that answer 404. Gold: image
   paths resolved against the base (``/images/tin-tuc/…``), articles at their real paths.
2. ``joomla-hidden-mail`` (not in the README's list): the Email Cloak plugin replaces an address in
   article 1284's text by a web component whose only text is "Địa chỉ email này đang được bảo vệ từ
   spambots…"; the address is base64 in its ``first``/``last``/``text`` attributes and the browser's
   script prints it. Gold: the paragraph as a reader sees it, with ``cntt.sgddt@quangbinh.gov.vn``
   and without the warning sentence.
3. The pagebreak plugin (not in the README's list): article 1279 is split in two pages, with an
   "Mục lục bài viết" box (Trang 1 / Trang 2 / Tất cả các trang), a "Trang 1 / 2" counter and
   prev/next links: ``?showall=&limitstart=`` (page 1), ``?showall=&start=1`` (page 2),
   ``?showall=1&limitstart=`` (all pages). Gold: ONE article at the plain path whose body is the
   whole text (both pages, as the "Tất cả các trang" view prints it); the three variants are
   alt_paths; the index box and the page navigation are not text.
4. Intro text hidden on the article page (``show_intro = 0``, not in the README's list): the blogs
   print article 1258's intro paragraph as its teaser (and the page's meta description still
   holds it), the article page starts with the full text and prints no bold box. Gold: summary
   null, body = what the article page prints only.
5. Machine dates in UTC without an offset (not in the README's list): the vendor prints the
   database's ``publish_up`` raw in ``<meta itemprop="datePublished" content="2026-11-02 23:40:00">``
   and ``article:published_time``: UTC, no zone. The visible "Ngày đăng: Thứ Ba, 03/11/2026 06:40"
   is local. Gold: the visible local time with +07:00 (1266 -> "2026-11-03T06:40:00+07:00"; 1276,
   printed "24/11/2026 00:00", -> "2026-11-24" while its meta says "2026-11-23 17:00:00").
6. The list view's date column is the CREATED date (header "Ngày tạo"): 1283 is listed as
   27-11-2026 but published 30/11/2026 14:00. Gold: the article page's "Ngày đăng".
7. Duplicate URLs of one article, none with a canonical link (Joomla 4 prints none without a SEF
   domain; ``og:url`` is the URL as requested): the "Tin tiêu điểm" module links 1287 as
   ``/component/content/article/1287-….html?catid=9&Itemid=101`` and 1284 under its old alias
   ``1284-hoi-nghi-trien-khai-chuyen-doi-so.html`` (the legacy router serves by id); a "Xem thêm" line
   in 1287 links 1273 as ``/index.php?option=com_content&view=article&id=1273&catid=9&Itemid=122``;
   the vote form of 1287 posts to ``?hitcount=0`` (served on GET as well). Gold: the SEF path; every
   variant in alt_paths.
8. Chrome between the headline and the text: the vote plugin's "Đánh giá của người dùng: 4 / 5"
   box and its form, the meta row's font-size/print buttons, and Joomla's full-article image
   (``figure.item-image`` with its ``figcaption``) printed OUTSIDE ``articleBody``, before the bold
   intro box. Gold: the full image is the article's first image with its caption; the rating is
   not text.
9. A module inside the text's container: 1273's text embeds ``{loadposition}`` output, the
   vendor's "Văn bản mới" module (document titles with "Ngày ban hành" dates) between two
   paragraphs inside ``itemprop="articleBody"``. Gold: not body.
10. Bylines in three places: the meta row's "Đăng bởi: Ban biên tập" (also ``itemprop="author"``)
    is the CMS account, never an author; the "Tác giả:" custom field after the text ("ThS. Nguyễn
    Thị Thu Hà - Văn phòng Sở" -> "Nguyễn Thị Thu Hà"); a right-aligned closing line in the text
    ("Tin, ảnh: Thanh Hương" -> author and photographer; "Văn phòng Sở" -> the unit as author).
11. Image URLs from Joomla 4's media field: ``src="images/…jpg#joomlaImage://local-images/…jpg?
    width=1024&height=683"`` (the editor kept the adapter fragment). Gold: the image path without
    the fragment.
12. Intro-like pages printed with the article layout: ``/gioi-thieu.html`` (a single-article menu
    item with "Ngày đăng" and "Lượt xem") and the document entries ``/van-ban/<id>-<alias>.html``
    look like articles. Gold: NON_ARTICLES.
13. A dead "Tin tiêu điểm" link (an unpublished article, 1251) answers 404 with the full chrome.
14. Text as old editors wrote it: 1270 is stored with HTML entities (``&agrave;``, ``&#7897;``)
    for every non-ASCII character; 1260 was pasted from Word (``MsoListParagraph``, the "-" bullet
    in ``mso-list:Ignore`` spans, ``<o:p>``). Gold: the decoded NFC text, no bullet.
15. An official notice (1290) printed on the page as its letterhead: "Ngày đăng: 04/12/2026 10:12"
    on the meta row, "Quảng Bình, ngày 03 tháng 12 năm 2026" in the letterhead. Gold per the
    README: "2026-12-03", the signer as author, letterhead/subject/closing not body.

Gold decisions on ambiguous points
----------------------------------
- category: the breadcrumb's last section ("Hoạt động ngành" for the subcategory's articles,
  even on the parent blog).
- The bold intro box is the sapo (summary, first body paragraph) when printed; 1290 and 1276
  have no readmore, so no box (their whole text is the body), and 1258 hides it (trap 4).
- The page-2 view of 1279 (``?showall=&start=1``) serves part of the same article: it is an
  alt_path of 1279, not an article of its own.
- "Nguồn:" field -> source ("Văn phòng Sở", "Báo Quảng Bình"); "Tác giả:" field -> authors with
  degree and unit taken off; a unit alone ("Phòng GDMN-GDTH") is the author as printed.
- Photo lines "Ảnh: Hải Yến" credit only: caption None, "Hải Yến" a photographer.
- Table rows (1262) are paragraphs, cells joined by " | ", header row included.
"""

from __future__ import annotations

import base64
import datetime as _dt
import re
from urllib.parse import parse_qs

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
    text,
)

NAME = "joomla4_template_vendor_sgddt"
PLATFORM = "Joomla 4.3 + vendor template hps_sogd (com_content blog/list, SEF .html)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo Quảng Bình"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
TPL = "templates/hps_sogd"

#: category key -> (name as the breadcrumb prints it, SEF route, catid, menu Itemid)
CATS = {
    "tt": ("Tin tức - Sự kiện", "tin-tuc-su-kien", 8, 115),
    "hdn": ("Hoạt động ngành", "tin-tuc-su-kien/hoat-dong-nganh", 9, 122),
    "tb": ("Thông báo", "thong-bao", 10, 118),
}

#: marks where the pagebreak plugin splits an article (``<hr class="system-pagebreak">``)
PAGEBREAK = Raw('<hr class="system-pagebreak" title="Thực hành tại bể bơi" alt="Thực hành">')

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

CLOAK_TEXT = "Địa chỉ email này đang được bảo vệ từ spambots. Bạn cần kích hoạt JavaScript để xem nó."


def _img(name: str, fragment: bool = False) -> str:
    """An editor image path (relative to the site root, through <base href>)."""
    src = f"images/tin-tuc/{name}"
    if fragment:
        src += f"#joomlaImage://local-images/tin-tuc/{name}?width=1024&height=683"
    return src


# --- the 13 articles -------------------------------------------------------------------------

STORIES: list[Story] = [
    # ---------------------------------------------------------------- Hoạt động ngành
    Story(
        id=1287,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        cat="hdn",
        published_at="2026-12-03T15:20:00+07:00",
        summary=(
            "Sáng ngày 03/12, tại Trường THPT chuyên Võ Nguyên Giáp, Sở Giáo dục và Đào tạo tổ chức "
            "khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 với sự tham gia "
            "của 186 giáo viên đến từ 38 trường THPT trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Hoàng Thị Mai"],
        blocks=[
            Img(
                "/images/tin-tuc/2026/12/hoi-thi-gvdg-thpt-1.jpg",
                "Đồng chí Phó Giám đốc Sở phát biểu khai mạc Hội thi",
                "Đồng chí Phó Giám đốc Sở phát biểu khai mạc Hội thi",
                style="fullimage",
            ),
            P(
                "Hội thi nhằm phát hiện, tuyên dương, công nhận giáo viên dạy giỏi; tạo điều kiện để "
                "giáo viên trao đổi kinh nghiệm, học tập lẫn nhau, góp phần nâng cao chất lượng đội "
                "ngũ và hiệu quả thực hiện Chương trình giáo dục phổ thông 2018 ở cấp THPT."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở nhấn mạnh: mỗi tiết dạy tại hội thi cần "
                "thể hiện rõ định hướng phát triển phẩm chất, năng lực học sinh, vận dụng linh hoạt "
                "các phương pháp và kỹ thuật dạy học tích cực, khai thác hiệu quả thiết bị dạy học và "
                "ứng dụng công nghệ thông tin một cách thiết thực, tránh hình thức."
            ),
            P(
                "Theo kế hoạch, Hội thi diễn ra từ ngày 03/12 đến ngày 10/12/2026 với hai phần: trình "
                "bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy hai tiết ở hai khối lớp "
                "khác nhau. Các tiết dạy được tổ chức tại Trường THPT chuyên Võ Nguyên Giáp, Trường "
                "THPT Đồng Hới và Trường THPT Phan Đình Phùng."
            ),
            Img(
                _img("2026/12/hoi-thi-gvdg-thpt-2.jpg"),
                "Các thí sinh bốc thăm thứ tự tiết dạy",
                "Các thí sinh bốc thăm thứ tự tiết dạy",
                style="tbl",
            ),
            P(
                "Năm nay, số giáo viên đăng ký dự thi tăng 24 người so với hội thi lần trước, nhiều "
                "nhất là các môn Ngữ văn, Toán, Tiếng Anh và Lịch sử. Đáng chú ý, lần đầu tiên có giáo "
                "viên dự thi các môn Tin học và Giáo dục kinh tế và pháp luật."
            ),
            P(
                "Ban Tổ chức đã thành lập 14 tiểu ban giám khảo gồm các chuyên viên Phòng Giáo dục "
                "Trung học, cán bộ quản lý và giáo viên cốt cán có nhiều kinh nghiệm. Kết quả Hội thi "
                "sẽ được công bố và tổng kết trong tháng 12/2026."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="index.php?option=com_content&amp;view=article'
                '&amp;id=1273&amp;catid=9&amp;Itemid=122">Trường THCS Hải Đình đón nhận Bằng công '
                "nhận trường đạt chuẩn quốc gia mức độ 2</a></p>"
            ),
        ],
        opts={
            "shown": "03/12/2026 15:20",
            "fields": {"Tác giả": "Hoàng Thị Mai (Phòng GDTrH)"},
            "vote": True,
            "tags": ["hội thi", "giáo viên dạy giỏi", "THPT"],
            "thumb": "/images/tin-tuc/2026/12/thumbs/hoi-thi-gvdg-thpt.jpg",
            "alt": [
                "/component/content/article/1287-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc"
                "-2026-2027.html?catid=9&Itemid=101",
                "/component/content/article/1287-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc"
                "-2026-2027.html?catid=9&Itemid=101&hitcount=0",
                "/tin-tuc-su-kien/hoat-dong-nganh/1287-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt"
                "-nam-hoc-2026-2027.html?hitcount=0",
            ],
        },
    ),
    Story(
        id=1284,
        slug="trien-khai-nhiem-vu-chuyen-doi-so-va-ung-dung-cntt-nam-hoc-2026-2027",
        title="Triển khai nhiệm vụ chuyển đổi số và ứng dụng CNTT năm học 2026-2027",
        cat="hdn",
        published_at="2026-12-01T09:05:00+07:00",
        summary=(
            "Ngày 01/12/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai nhiệm vụ "
            "chuyển đổi số và ứng dụng công nghệ thông tin năm học 2026-2027 đến các phòng giáo dục "
            "và đào tạo, các trường THPT và trung tâm GDNN-GDTX trong tỉnh."
        ),
        sapo_outside=True,
        source="Văn phòng Sở",
        blocks=[
            P(
                "Hội nghị được kết nối tới 8 điểm cầu cấp huyện và hơn 600 điểm cầu tại các cơ sở giáo "
                "dục, với sự tham gia của gần 1.500 cán bộ quản lý, giáo viên và nhân viên phụ trách "
                "công nghệ thông tin."
            ),
            Img(
                _img("2026/12/hoi-nghi-cds-2026.jpg", fragment=True),
                "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo",
                "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo",
                style="tbl",
            ),
            P(
                "Năm học 2025-2026, toàn ngành đã hoàn thành việc cập nhật cơ sở dữ liệu ngành về "
                "trường, lớp, học sinh, đội ngũ; 100% trường tiểu học sử dụng học bạ số và 92% trường "
                "THCS, THPT thực hiện thu học phí không dùng tiền mặt."
            ),
            P("Một số nhiệm vụ trọng tâm", "h"),
            P(
                "Tiếp tục hoàn thiện, làm sạch cơ sở dữ liệu ngành, bảo đảm kết nối, chia sẻ với Cơ sở "
                "dữ liệu quốc gia về dân cư;",
                "li",
            ),
            P("Triển khai học bạ số đối với cấp THCS và THPT từ học kỳ I năm học 2026-2027;", "li"),
            P(
                "Xây dựng kho học liệu số dùng chung của tỉnh, khuyến khích giáo viên chia sẻ bài "
                "giảng điện tử chất lượng;",
                "li",
            ),
            P("Bảo đảm an toàn thông tin mạng tại các cơ sở giáo dục theo mô hình 4 lớp.", "li"),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Văn phòng Sở (bộ "
                "phận Công nghệ thông tin) qua địa chỉ email cntt.sgddt@quangbinh.gov.vn hoặc số điện "
                "thoại 0232.3822.615 để được hướng dẫn.",
                "mail",
            ),
        ],
        opts={
            "shown": "01/12/2026 09:05",
            "fields": {"Nguồn": "Văn phòng Sở"},
            "tags": ["chuyển đổi số"],
            "thumb": "/images/tin-tuc/2026/12/thumbs/hoi-nghi-cds-2026.jpg",
            "old_alias": "hoi-nghi-trien-khai-chuyen-doi-so",
            "alt": ["/tin-tuc-su-kien/hoat-dong-nganh/1284-hoi-nghi-trien-khai-chuyen-doi-so.html"],
        },
    ),
    Story(
        id=1279,
        slug="tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-giao-vien-tieu-hoc",
        title="Tập huấn kỹ năng phòng, chống đuối nước cho giáo viên tiểu học",
        cat="hdn",
        published_at="2026-11-26T07:45:00+07:00",
        summary=(
            "Từ ngày 23 đến 25/11/2026, Sở Giáo dục và Đào tạo phối hợp với Hội Chữ thập đỏ tỉnh tổ "
            "chức lớp tập huấn kỹ năng phòng, chống đuối nước và sơ cấp cứu ban đầu cho giáo viên "
            "giáo dục thể chất các trường tiểu học tại ba huyện Lệ Thủy, Quảng Ninh và Bố Trạch."
        ),
        sapo_outside=True,
        authors=["Lê Minh Đức"],
        blocks=[
            P(
                "Quảng Bình có hệ thống sông ngòi dày đặc, bờ biển dài, mùa mưa lũ thường kéo dài từ "
                "tháng 9 đến tháng 12. Tai nạn đuối nước ở trẻ em vẫn là nỗi lo thường trực của các gia "
                "đình và nhà trường, nhất là ở các xã vùng trũng thấp."
            ),
            P(
                "Lớp tập huấn có 96 giáo viên tham gia. Học viên được trang bị kiến thức về nguyên nhân, "
                "cách phòng tránh đuối nước, kỹ năng nhận biết nguy hiểm khi ở gần ao hồ, sông suối và "
                "kỹ năng cứu đuối an toàn."
            ),
            Img(
                _img("2026/11/tap-huan-duoi-nuoc-1.jpg"),
                "Học viên thực hành sơ cứu nạn nhân đuối nước",
                "Học viên thực hành sơ cứu nạn nhân đuối nước",
            ),
            PAGEBREAK,
            P("Thực hành tại bể bơi", "h3"),
            P(
                "Ở phần thực hành, học viên được hướng dẫn kỹ thuật nổi, bơi ếch, bơi ngửa và cách tiếp "
                "cận, đưa nạn nhân lên bờ bằng sào, dây, phao. Giảng viên cũng hướng dẫn kỹ thuật hô "
                "hấp nhân tạo và ép tim ngoài lồng ngực trên mô hình."
            ),
            P(
                "Sau tập huấn, mỗi trường tiểu học sẽ tổ chức ít nhất một chuyên đề về phòng, chống "
                "đuối nước cho học sinh trong học kỳ I, lồng ghép vào môn Giáo dục thể chất và hoạt "
                "động trải nghiệm."
            ),
            P(
                "Đây là năm thứ ba liên tiếp ngành Giáo dục phối hợp với Hội Chữ thập đỏ tỉnh triển "
                "khai hoạt động này; đến nay đã có hơn 300 giáo viên tiểu học trong tỉnh được tập huấn."
            ),
        ],
        opts={
            "shown": "26/11/2026 07:45",
            "fields": {"Tác giả": "Lê Minh Đức"},
            "thumb": "/images/tin-tuc/2026/11/thumbs/tap-huan-duoi-nuoc.jpg",
            "pagebreak": True,
            "alt": [
                "/tin-tuc-su-kien/hoat-dong-nganh/1279-tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-giao"
                "-vien-tieu-hoc.html?showall=&limitstart=",
                "/tin-tuc-su-kien/hoat-dong-nganh/1279-tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-giao"
                "-vien-tieu-hoc.html?showall=&start=1",
                "/tin-tuc-su-kien/hoat-dong-nganh/1279-tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-giao"
                "-vien-tieu-hoc.html?showall=1&limitstart=",
            ],
        },
    ),
    Story(
        id=1273,
        slug="truong-thcs-hai-dinh-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Hải Đình đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="hdn",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Chiều 19/11/2026, Trường THCS Hải Đình (thành phố Đồng Hới) long trọng tổ chức lễ đón "
            "nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam."
        ),
        sapo_outside=True,
        authors=["Thanh Hương"],
        photographers=["Thanh Hương"],
        blocks=[
            P(
                "Trường THCS Hải Đình hiện có 32 lớp với 1.356 học sinh, 68 cán bộ, giáo viên, nhân "
                "viên; 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 21 giáo viên có trình độ "
                "thạc sĩ."
            ),
            Raw("<!--LOADPOSITION vanban-->"),
            P(
                "Trong 5 năm qua, nhà trường có 47 học sinh đạt giải học sinh giỏi cấp tỉnh, 3 học sinh "
                "đạt giải quốc gia; tỷ lệ học sinh tốt nghiệp THCS hằng năm đạt 100%, tỷ lệ trúng tuyển "
                "vào lớp 10 công lập luôn thuộc tốp đầu thành phố."
            ),
            P(
                "Cơ sở vật chất được đầu tư đồng bộ với 32 phòng học kiên cố, 12 phòng học bộ môn, thư "
                "viện đạt chuẩn, nhà đa năng và sân chơi, bãi tập đáp ứng yêu cầu đổi mới chương trình."
            ),
            Img(
                _img("2026/11/thcs-hai-dinh-chuan-qg.jpg"),
                "Lãnh đạo Sở Giáo dục và Đào tạo trao Bằng công nhận cho nhà trường",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao Bằng công nhận cho nhà trường",
                style="tbl",
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo Sở Giáo dục và Đào tạo ghi nhận những nỗ lực của tập "
                "thể sư phạm nhà trường và đề nghị trường tiếp tục duy trì, nâng cao các tiêu chuẩn, "
                "phấn đấu trở thành điểm sáng về chuyển đổi số trong dạy học của thành phố Đồng Hới."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Tin, ảnh: Thanh Hương</em></strong></p>'
            ),
        ],
        opts={
            "shown": "20/11/2026 10:30",
            "thumb": "/images/tin-tuc/2026/11/thumbs/thcs-hai-dinh.jpg",
            "alt": ["/index.php?option=com_content&view=article&id=1273&catid=9&Itemid=122"],
        },
    ),
    Story(
        id=1266,
        slug="tong-ket-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2026",
        title="Tổng kết Tuần lễ hưởng ứng học tập suốt đời năm 2026",
        cat="hdn",
        published_at="2026-11-03T06:40:00+07:00",
        summary=(
            "Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ nguyên "
            "số” đã được các cơ sở giáo dục trong tỉnh triển khai sôi nổi, thu hút đông đảo cán bộ, "
            "giáo viên, học sinh và người dân tham gia."
        ),
        sapo_outside=True,
        authors=["Hải Yến"],
        photographers=["Hải Yến"],
        blocks=[
            P(
                "Theo báo cáo của các đơn vị, trong Tuần lễ, toàn tỉnh đã tổ chức 412 hoạt động, gồm các "
                "hội thảo, tọa đàm, ngày hội đọc sách, triển lãm và các lớp bồi dưỡng kỹ năng số cho "
                "người dân."
            ),
            P(
                "Các trung tâm học tập cộng đồng ở 145 xã, phường, thị trấn mở 268 lớp chuyên đề về "
                "trồng trọt, chăn nuôi, phòng chống thiên tai, sử dụng dịch vụ công trực tuyến và thanh "
                "toán điện tử, thu hút hơn 9.800 lượt người tham gia."
            ),
            P(
                "Hệ thống thư viện trường học tổ chức ngày hội đọc sách, giới thiệu sách mới, thi kể "
                "chuyện theo sách; nhiều trường phát động phong trào quyên góp sách tặng thư viện các "
                "trường vùng núi huyện Minh Hóa, Tuyên Hóa."
            ),
            Img(_img("2026/11/ngay-hoi-doc-sach.jpg"), "Ảnh: Hải Yến", None, style="credit"),
            P(
                "Sở Giáo dục và Đào tạo đề nghị các đơn vị tiếp tục duy trì các mô hình hiệu quả như "
                "“Thư viện xanh”, “Tủ sách lớp học”, góp phần xây dựng xã hội học tập trên địa bàn tỉnh."
            ),
        ],
        opts={
            "shown": "03/11/2026 06:40",
            "fields": {"Tác giả": "Hải Yến"},
            "thumb": "/images/tin-tuc/2026/11/thumbs/ngay-hoi-doc-sach.jpg",
        },
    ),
    Story(
        id=1258,
        slug="kiem-tra-cong-tac-to-chuc-ban-tru-tai-cac-truong-mam-non-huyen-minh-hoa",
        title="Kiểm tra công tác tổ chức bán trú tại các trường mầm non huyện Minh Hóa",
        cat="hdn",
        published_at="2026-10-22T14:00:00+07:00",
        authors=["Phòng GDMN-GDTH"],
        blocks=[
            P(
                "Đoàn kiểm tra do đồng chí Trưởng phòng Giáo dục Mầm non - Tiểu học làm trưởng đoàn, "
                "cùng đại diện Phòng Giáo dục và Đào tạo huyện và Trung tâm Y tế huyện Minh Hóa."
            ),
            P(
                "Tại các điểm trường, đoàn đã kiểm tra hồ sơ bán trú, hợp đồng cung cấp thực phẩm, sổ "
                "kiểm thực ba bước, việc lưu mẫu thức ăn, điều kiện bếp ăn và nguồn nước sinh hoạt; "
                "đồng thời dự giờ tổ chức bữa ăn, giấc ngủ của trẻ."
            ),
            P(
                "Qua kiểm tra, các trường đều tổ chức bán trú cho 100% trẻ đến trường, thực đơn được xây "
                "dựng theo mùa, cân đối dinh dưỡng. Một số điểm trường lẻ ở các xã Thượng Hóa, Trọng Hóa "
                "còn thiếu tủ lưu mẫu thức ăn, bếp ăn chưa bảo đảm quy trình một chiều."
            ),
            P(
                "Đoàn đề nghị Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường khắc phục ngay những "
                "tồn tại, chủ động huy động nguồn lực xã hội hóa để bổ sung trang thiết bị nhà bếp trước "
                "ngày 31/12/2026."
            ),
        ],
        opts={
            "shown": "22/10/2026 14:00",
            "fields": {"Tác giả": "Phòng GDMN-GDTH"},
            "show_intro": False,
            "intro": (
                "Từ ngày 19 đến 21/10/2026, đoàn kiểm tra của Sở Giáo dục và Đào tạo đã làm việc tại 9 "
                "trường mầm non trên địa bàn huyện Minh Hóa về công tác tổ chức bán trú, bảo đảm an toàn "
                "thực phẩm."
            ),
        },
    ),
    # ---------------------------------------------------------------- Tin tức - Sự kiện
    Story(
        id=1281,
        slug="doan-cong-tac-bo-gd-dt-lam-viec-voi-so-gd-dt-quang-binh",
        title="Đoàn công tác Bộ GD&ĐT làm việc với Sở GD&ĐT Quảng Bình về thực hiện Chương trình GDPT 2018",
        cat="tt",
        published_at="2026-11-28T16:10:00+07:00",
        summary=(
            "Ngày 27/11/2026, đoàn công tác của Bộ Giáo dục và Đào tạo do đồng chí Vụ trưởng Vụ Giáo "
            "dục Trung học làm trưởng đoàn đã làm việc với Sở Giáo dục và Đào tạo Quảng Bình về tình "
            "hình thực hiện Chương trình giáo dục phổ thông 2018."
        ),
        sapo_outside=True,
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Báo cáo với đoàn, lãnh đạo Sở cho biết năm học 2026-2027, toàn tỉnh có 592 cơ sở giáo "
                "dục phổ thông với hơn 215.000 học sinh. Việc lựa chọn sách giáo khoa, bồi dưỡng giáo "
                "viên và bố trí thiết bị dạy học tối thiểu cơ bản đáp ứng yêu cầu."
            ),
            Img(
                _img("2026/11/doan-cong-tac-bo-gddt.jpg", fragment=True),
                "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
            ),
            P(
                "Tuy nhiên, tỉnh vẫn còn thiếu 486 giáo viên, chủ yếu ở các môn Tin học, Ngoại ngữ, Âm "
                "nhạc, Mỹ thuật; nhiều trường vùng núi chưa có đủ phòng học bộ môn theo quy định."
            ),
            P(
                "Đoàn công tác đã khảo sát thực tế tại Trường Tiểu học Bắc Lý, Trường THCS Nam Lý và "
                "Trường THPT Đào Duy Từ, dự giờ một số tiết dạy và trao đổi với giáo viên, học sinh."
            ),
            Img(
                _img("2026/11/du-gio-thpt-dao-duy-tu.jpg"),
                "Đoàn công tác dự giờ tại Trường THPT Đào Duy Từ",
                "Đoàn công tác dự giờ tại Trường THPT Đào Duy Từ",
            ),
            P(
                "Kết luận buổi làm việc, đồng chí trưởng đoàn đánh giá cao sự chủ động của ngành Giáo "
                "dục Quảng Bình, đồng thời đề nghị Sở tham mưu UBND tỉnh có giải pháp căn cơ để khắc "
                "phục tình trạng thiếu giáo viên và đẩy mạnh kiểm tra, đánh giá theo định hướng phát "
                "triển năng lực."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        opts={
            "shown": "28/11/2026 16:10",
            "thumb": "/images/tin-tuc/2026/11/thumbs/doan-cong-tac-bo-gddt.jpg",
        },
    ),
    Story(
        id=1270,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tt",
        published_at="2026-11-18T17:30:00+07:00",
        summary=(
            "Chiều 18/11/2026, Sở Giáo dục và Đào tạo tổ chức gặp mặt các thế hệ nhà giáo tiêu biểu "
            "nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            P(
                "Đến dự buổi gặp mặt có đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh, Ủy ban MTTQ Việt Nam "
                "tỉnh cùng hơn 200 nhà giáo đã nghỉ hưu, nhà giáo tiêu biểu đang công tác tại các cơ sở "
                "giáo dục trong tỉnh."
            ),
            P(
                "Ôn lại truyền thống, các đại biểu nhắc nhớ những năm tháng “vừa dạy vừa đánh giặc” của "
                "thầy và trò Quảng Bình, những mái trường sơ tán dưới lòng đất trong kháng chiến chống "
                "Mỹ và những nỗ lực vượt khó của đội ngũ nhà giáo sau ngày lập lại tỉnh năm 1989."
            ),
            P(
                "Dịp này, 12 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh; 35 nhà giáo được tặng "
                "Giấy khen của Giám đốc Sở vì có thành tích xuất sắc trong công tác giảng dạy và giáo "
                "dục học sinh."
            ),
            Img(
                _img("2026/11/gap-mat-nha-giao.jpg"),
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
            ),
            P(
                "Thay mặt các thế hệ nhà giáo, thầy giáo Nguyễn Văn Thành, nguyên Hiệu trưởng Trường "
                "THPT Đồng Hới, bày tỏ xúc động và mong muốn đội ngũ giáo viên trẻ tiếp tục giữ gìn, "
                "phát huy truyền thống “Dạy tốt - Học tốt” của ngành."
            ),
        ],
        opts={
            "shown": "18/11/2026 17:30",
            "fields": {"Tác giả": "ThS. Nguyễn Thị Thu Hà - Văn phòng Sở"},
            "entities": True,
            "thumb": "/images/tin-tuc/2026/11/thumbs/gap-mat-nha-giao.jpg",
        },
    ),
    Story(
        id=1262,
        slug="100-co-so-giao-duc-hoan-thanh-dien-tap-phuong-an-chua-chay",
        title="100% cơ sở giáo dục hoàn thành diễn tập phương án chữa cháy và cứu nạn, cứu hộ",
        cat="tt",
        published_at="2026-11-10T08:00:00+07:00",
        summary=(
            "Tính đến ngày 08/11/2026, 100% cơ sở giáo dục trên địa bàn tỉnh đã tổ chức diễn tập "
            "phương án chữa cháy và cứu nạn, cứu hộ theo kế hoạch của Sở Giáo dục và Đào tạo."
        ),
        sapo_outside=True,
        authors=["Minh Châu"],
        source="Báo Quảng Bình",
        blocks=[
            P(
                "Các buổi diễn tập được tổ chức với sự phối hợp của Phòng Cảnh sát phòng cháy, chữa cháy "
                "và cứu nạn, cứu hộ Công an tỉnh và công an các huyện, thị xã, thành phố. Nội dung tập "
                "trung vào tình huống cháy tại phòng học, phòng thí nghiệm, thư viện và khu nội trú."
            ),
            P("Kết quả diễn tập tại một số địa phương như sau:"),
            P("Địa phương | Số cơ sở giáo dục | Số người tham gia", "tr"),
            P("Thành phố Đồng Hới | 58 | 14.200", "tr"),
            P("Thị xã Ba Đồn | 61 | 12.650", "tr"),
            P("Huyện Bố Trạch | 112 | 21.340", "tr"),
            P("Huyện Lệ Thủy | 96 | 18.120", "tr"),
            P(
                "Qua diễn tập, cán bộ, giáo viên và học sinh được nâng cao ý thức, kỹ năng thoát nạn, sử "
                "dụng bình chữa cháy xách tay và phối hợp xử lý tình huống khi có sự cố xảy ra."
            ),
        ],
        opts={
            "shown": "10/11/2026 08:00",
            "fields": {"Tác giả": "Minh Châu", "Nguồn": "Báo Quảng Bình"},
            "thumb": "/images/tin-tuc/2026/11/thumbs/dien-tap-pccc.jpg",
        },
    ),
    # ---------------------------------------------------------------- Thông báo
    Story(
        id=1290,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="tb",
        published_at="2026-12-03",
        authors=["Trần Quang Vinh"],
        blocks=[
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 40%; text-align: center; vertical-align: top;">'
                "<p>UBND TỈNH QUẢNG BÌNH<br><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p>"
                "<p>Số: 2745/TB-SGDĐT</p></td>"
                '<td style="text-align: center; vertical-align: top;">'
                "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>"
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
                "<p><em>Quảng Bình, ngày 03 tháng 12 năm 2026</em></p></td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
            ),
            P("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"),
            P(
                "Căn cứ Thông báo số 1125/TB-UBND ngày 01/12/2026 của UBND tỉnh Quảng Bình về việc nghỉ "
                "Tết Dương lịch năm 2027;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo đến các phòng, ban thuộc Sở và các đơn vị trực thuộc "
                "lịch nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P(
                "1. Cán bộ, công chức, viên chức và người lao động được nghỉ Tết Dương lịch 01 ngày vào "
                "thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "2. Thủ trưởng các đơn vị bố trí lịch trực, bảo đảm an ninh, an toàn tài sản và phòng, "
                "chống cháy nổ tại cơ quan, đơn vị trong thời gian nghỉ Tết."
            ),
            P(
                "3. Đối với học sinh, các cơ sở giáo dục thực hiện theo kế hoạch thời gian năm học đã "
                "ban hành."
            ),
            P("Sở Giáo dục và Đào tạo đề nghị các đơn vị nghiêm túc thực hiện./."),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong>'
                '<br><span style="font-size: 8pt;">- Như trên;<br>- Giám đốc, các PGĐ Sở;<br>'
                "- Website Sở;<br>- Lưu: VT, VP.</span></p></td>"
                '<td style="text-align: center; vertical-align: top;"><p><strong>KT. GIÁM ĐỐC<br>'
                "PHÓ GIÁM ĐỐC</strong></p><p><em>(Đã ký)</em></p><p><strong>Trần Quang Vinh</strong>"
                "</p></td></tr></tbody></table>"
            ),
        ],
        opts={"shown": "04/12/2026 10:12", "created": "03-12-2026"},
    ),
    Story(
        id=1283,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        cat="tb",
        published_at="2026-11-30T14:00:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo Quảng Bình thông báo tuyển dụng viên chức làm việc tại các đơn vị "
            "sự nghiệp công lập trực thuộc Sở năm 2026 (đợt 2)."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Số lượng, vị trí cần tuyển", "b"),
            P(
                "Tổng chỉ tiêu tuyển dụng: 42 người, trong đó giáo viên THPT 35 người (các môn Tin học, "
                "Tiếng Anh, Âm nhạc, Mỹ thuật, Giáo dục kinh tế và pháp luật), giáo viên giáo dục nghề "
                "nghiệp - giáo dục thường xuyên 5 người và nhân viên thư viện 2 người."
            ),
            P("2. Hình thức tuyển dụng", "b"),
            P(
                "Xét tuyển theo quy định tại Nghị định số 115/2020/NĐ-CP và Nghị định số 85/2023/NĐ-CP "
                "của Chính phủ."
            ),
            P("3. Thời gian, địa điểm nhận phiếu đăng ký", "b"),
            P(
                "Từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành chính), tại Văn phòng Sở "
                "Giáo dục và Đào tạo, số 02 Quang Trung, thành phố Đồng Hới."
            ),
            Raw(
                '<p><img src="media/system/images/mime-icon-16/pdf.png" alt="pdf"> Tải về: '
                '<a href="images/thong-bao/2026/11/phu-luc-chi-tieu-tuyen-dung-dot-2.pdf" '
                'target="_blank">Phụ lục chỉ tiêu tuyển dụng năm 2026 (đợt 2)</a></p>'
            ),
        ],
        opts={"shown": "30/11/2026 14:00", "created": "27-11-2026"},
    ),
    Story(
        id=1276,
        slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        cat="tb",
        published_at="2026-11-24",
        authors=["Phòng Khảo thí và Quản lý chất lượng"],
        blocks=[
            P(
                "Thực hiện Kế hoạch số 1980/KH-SGDĐT ngày 15/8/2026 về tổ chức các kỳ thi năm học "
                "2026-2027, Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh "
                "lớp 12 như sau:"
            ),
            P("Thời gian thi: ngày 16 và 17/12/2026;", "li"),
            P(
                "Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, "
                "Giáo dục kinh tế và pháp luật;",
                "li",
            ),
            P("Địa điểm thi: Trường THPT chuyên Võ Nguyên Giáp và Trường THPT Đồng Hới;", "li"),
            P(
                "Hạn cuối gửi danh sách đăng ký dự thi về Phòng Khảo thí và Quản lý chất lượng: 17h00 "
                "ngày 04/12/2026.",
                "li",
            ),
            P(
                "Đề nghị Thủ trưởng các đơn vị thông báo rộng rãi đến học sinh và tổ chức ôn tập, đăng "
                "ký dự thi đúng thời gian quy định."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Phòng Khảo thí và Quản lý chất lượng'
                "</strong></em></p>"
            ),
        ],
        opts={"shown": "24/11/2026 00:00", "created": "23-11-2026"},
    ),
    Story(
        id=1260,
        slug="lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-thang-11-2026",
        title="Lịch tiếp công dân định kỳ của Giám đốc Sở tháng 11/2026",
        cat="tb",
        published_at="2026-10-30T09:00:00+07:00",
        authors=["Thanh tra Sở"],
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Sở Giáo dục và Đào tạo, Giám "
                "đốc Sở thông báo lịch tiếp công dân định kỳ tháng 11/2026 như sau:",
                "msop",
            ),
            P(
                "Thời gian: từ 7 giờ 30 phút đến 11 giờ 00, ngày 16/11/2026 (thứ Hai).",
                "mso",
            ),
            P(
                "Địa điểm: Phòng tiếp công dân, Sở Giáo dục và Đào tạo, số 02 Quang Trung, thành phố "
                "Đồng Hới.",
                "mso",
            ),
            P(
                "Người tiếp: Giám đốc Sở Giáo dục và Đào tạo; thành phần tham dự gồm Chánh Thanh tra Sở "
                "và Chánh Văn phòng Sở.",
                "mso",
            ),
            P(
                "Công dân có nhu cầu phản ánh, kiến nghị mang theo giấy tờ tùy thân và các tài liệu liên "
                "quan; trường hợp nhiều người cùng phản ánh một nội dung thì cử đại diện không quá 05 "
                "người.",
                "msop",
            ),
            P(
                "Ngoài lịch tiếp định kỳ, Sở Giáo dục và Đào tạo tiếp công dân thường xuyên vào các ngày "
                "làm việc trong tuần tại Phòng tiếp công dân của Sở.",
                "msop",
            ),
        ],
        opts={
            "shown": "30/10/2026 09:00",
            "created": "29-10-2026",
            "fields": {"Tác giả": "Thanh tra Sở"},
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _shown_dt(s: Story) -> _dt.datetime:
    return _dt.datetime.strptime(s.opts["shown"], "%d/%m/%Y %H:%M")


def _shown_text(s: Story) -> str:
    d = _shown_dt(s)
    return f"{WEEKDAYS[d.weekday()]}, {s.opts['shown']}"


def _utc_naive(s: Story) -> str:
    """``publish_up`` as the database holds it: UTC, no zone (trap 5)."""
    return (_shown_dt(s) - _dt.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


def _iso_local(s: Story) -> str:
    return _shown_dt(s).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _day(s: Story) -> str:
    return _shown_dt(s).strftime("%d/%m/%Y")


def apath(s: Story) -> str:
    return f"/{CATS[s.cat][1]}/{s.id}-{s.slug}.html"


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_shown_dt, reverse=True)


def _in_cats(*keys: str) -> list[Story]:
    return _newest([s for s in STORIES if s.cat in keys])


# --- documents, calendar -----------------------------------------------------------------------

DOCS = [
    {
        "id": 512,
        "alias": "cong-van-2731-sgddt-gdtrh-huong-dan-kiem-tra-danh-gia-hoc-ky-i",
        "so": "2731/SGDĐT-GDTrH",
        "loai": "Công văn",
        "trich_yeu": "Hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026-2027 đối với cấp THCS, THPT",
        "ngay": "02/12/2026",
        "ky": "Nguyễn Thị Hồng Nhung",
        "pdf": "/images/van-ban/2026/12/2731-sgddt-gdtrh.pdf",
    },
    {
        "id": 509,
        "alias": "quyet-dinh-1865-qd-sgddt-ban-hanh-quy-che-lam-viec",
        "so": "1865/QĐ-SGDĐT",
        "loai": "Quyết định",
        "trich_yeu": "Ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo Quảng Bình",
        "ngay": "25/11/2026",
        "ky": "Phan Văn Khoa",
        "pdf": "/images/van-ban/2026/11/1865-qd-sgddt.pdf",
    },
]
PDFS = {d["pdf"] for d in DOCS} | {"/images/thong-bao/2026/11/phu-luc-chi-tieu-tuyen-dung-dot-2.pdf"}


def doc_path(d: dict) -> str:
    return f"/van-ban/{d['id']}-{d['alias']}.html"


#: week number -> (first day, last day, rows: day, session, what, who, where)
WEEKS = {
    48: (
        "23/11/2026",
        "29/11/2026",
        [
            ("Thứ Hai 23/11", "Sáng", "Giao ban lãnh đạo Sở", "Giám đốc, các PGĐ, trưởng phòng", "Phòng họp số 1"),
            ("Thứ Tư 25/11", "Chiều", "Làm việc với UBND huyện Quảng Trạch về quy hoạch mạng lưới trường", "PGĐ Trần Quang Vinh", "Huyện Quảng Trạch"),
            ("Thứ Sáu 27/11", "Cả ngày", "Tiếp và làm việc với đoàn công tác Bộ GD&ĐT", "Giám đốc, các PGĐ", "Phòng họp số 1"),
        ],
    ),
    49: (
        "30/11/2026",
        "06/12/2026",
        [
            ("Thứ Hai 30/11", "Sáng", "Giao ban lãnh đạo Sở", "Giám đốc, các PGĐ, trưởng phòng", "Phòng họp số 1"),
            ("Thứ Ba 01/12", "Sáng", "Hội nghị trực tuyến triển khai nhiệm vụ chuyển đổi số", "PGĐ Nguyễn Thị Hồng Nhung", "Hội trường Sở"),
            ("Thứ Năm 03/12", "Sáng", "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT", "PGĐ Nguyễn Thị Hồng Nhung", "Trường THPT chuyên Võ Nguyên Giáp"),
            ("Thứ Sáu 04/12", "Chiều", "Họp Hội đồng thi đua - khen thưởng ngành", "Giám đốc, các PGĐ", "Phòng họp số 2"),
        ],
    ),
    50: (
        "07/12/2026",
        "13/12/2026",
        [
            ("Thứ Hai 07/12", "Sáng", "Giao ban lãnh đạo Sở", "Giám đốc, các PGĐ, trưởng phòng", "Phòng họp số 1"),
            ("Thứ Tư 09/12", "Cả ngày", "Kiểm tra công tác chuẩn bị Kỳ thi HSG cấp tỉnh lớp 12", "PGĐ Trần Quang Vinh", "Các điểm thi"),
        ],
    ),
}


# --- chrome ------------------------------------------------------------------------------------


def _menu(active: str) -> str:
    def cls(key: str, extra: str = "") -> str:
        return "nav-item" + extra + (" active current" if key == active else "")

    return f"""
<nav class="hps-mnu navbar navbar-expand-lg navbar-dark" aria-label="Menu chính">
 <div class="container">
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#hpsMnuRoot"
   aria-controls="hpsMnuRoot" aria-expanded="false" aria-label="Mở menu"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="hpsMnuRoot">
  <ul class="mod-menu mod-list nav hps-mnu__goc">
   <li class="{cls('home')} item-101 default"><a href="./" class="hps-mnu__lk"><span class="fa fa-home"></span> Trang chủ</a></li>
   <li class="{cls('gt', ' deeper parent dropdown')} item-102"><a href="gioi-thieu.html" class="hps-mnu__lk dropdown-toggle">Giới thiệu</a>
    <div class="hps-mnu__xo dropdown-menu"><ul class="mod-menu__sub list-unstyled small">
     <li class="nav-item item-103"><a href="gioi-thieu.html">Chức năng, nhiệm vụ</a></li>
     <li class="nav-item item-104"><a href="gioi-thieu.html#co-cau-to-chuc">Cơ cấu tổ chức</a></li>
     <li class="nav-item item-105"><a href="lien-he.html">Liên hệ - Góp ý</a></li>
    </ul></div></li>
   <li class="{cls('tt', ' deeper parent dropdown')} item-115"><a href="tin-tuc-su-kien.html" class="hps-mnu__lk dropdown-toggle">Tin tức - Sự kiện</a>
    <div class="hps-mnu__xo dropdown-menu hps-mnu__mega"><div class="row">
     <div class="col-md-6"><ul class="mod-menu__sub list-unstyled small">
      <li class="nav-item item-122"><a href="tin-tuc-su-kien/hoat-dong-nganh.html">Hoạt động ngành</a></li>
      <li class="nav-item item-123"><a href="https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx" target="_blank" rel="noopener">Tin từ Bộ GD&amp;ĐT</a></li>
     </ul></div>
     <div class="col-md-6 hps-mnu__anh"><img src="images/banners/mega-tin-tuc.jpg" alt="" loading="lazy"></div>
    </div></div></li>
   <li class="{cls('tb')} item-118"><a href="thong-bao.html" class="hps-mnu__lk">Thông báo</a></li>
   <li class="{cls('vb')} item-119"><a href="van-ban.html" class="hps-mnu__lk">Văn bản</a></li>
   <li class="{cls('lct')} item-120"><a href="lich-cong-tac.html" class="hps-mnu__lk">Lịch công tác</a></li>
   <li class="{cls('lh')} item-121"><a href="lien-he.html" class="hps-mnu__lk">Liên hệ</a></li>
  </ul>
  <form class="hps-tk d-flex ms-auto" action="https://www.google.com/search" method="get" target="_blank" role="search">
   <input type="hidden" name="sitesearch" value="sgddt.quangbinh.gov.vn">
   <input class="form-control form-control-sm" type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm">
  </form>
  </div>
 </div>
</nav>"""


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = [
        '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>',
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
        'class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway">'
        '<span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>',
    ]
    for i, (label, href) in enumerate(items, start=2):
        if href:
            lis.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                f'class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{href}" '
                f'class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<meta itemprop="position" content="{i}"></li>'
            )
        else:
            lis.append(
                '<li aria-current="page" itemprop="itemListElement" itemscope '
                'itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item '
                f'active"><span itemprop="name">{esc(label)}</span>'
                f'<meta itemprop="position" content="{i}"></li>'
            )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">'
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs '
        'breadcrumb px-3 py-2">' + "".join(lis) + "</ol></nav>"
    )


def _mod_vanban(title_tag: str = "h3") -> str:
    rows = "".join(
        f'<li class="hps-vbm__i"><a href="{doc_path(d)[1:]}" title="{esc(d["trich_yeu"])}">'
        f'<span class="hps-vbm__so">{esc(d["so"])}</span> {esc(d["trich_yeu"])}</a>'
        f'<div class="hps-vbm__ng">Ngày ban hành: {d["ngay"]}</div></li>'
        for d in DOCS
    )
    return (
        f'<div class="moduletable hps-vbm"><{title_tag} class="hps-mod__tit"><span>Văn bản mới</span>'
        f'</{title_tag}><ul class="hps-vbm__ds">{rows}</ul>'
        '<div class="hps-vbm__xt"><a href="van-ban.html">Xem tất cả văn bản »</a></div></div>'
    )


def _mod_lich() -> str:
    first, last, rows = WEEKS[49]
    items = "".join(
        f'<tr><td class="hps-lct__ng">{esc(day)}<br><small>{esc(ses)}</small></td>'
        f"<td>{esc(what)}</td></tr>"
        for day, ses, what, _who, _where in rows[:3]
    )
    return (
        '<div class="moduletable hps-lct-m"><h3 class="hps-mod__tit"><span>Lịch công tác</span></h3>'
        f'<div class="hps-lct-m__tuan">Tuần 49 ({first[:5]} - {last})</div>'
        f'<table class="table table-sm hps-lct-m__bg"><tbody>{items}</tbody></table>'
        '<a class="hps-lct-m__xt" href="lich-cong-tac.html">Xem chi tiết »</a></div>'
    )


def _mod_most_read() -> str:
    picks = sorted((BY_ID[i] for i in (1287, 1270, 1273, 1283)), key=lambda s: -s.views())
    items = "".join(
        f'<li><a href="{apath(s)[1:]}">{esc(s.title)}</a> <span class="hps-xn__lx">({s.views()})</span></li>'
        for s in picks
    )
    return (
        '<div class="moduletable hps-xn"><h3 class="hps-mod__tit"><span>Tin xem nhiều</span></h3>'
        f'<ol class="hps-xn__ds">{items}</ol></div>'
    )


def _sidebar() -> str:
    return f"""
<aside class="col-lg-3 hps-cot-phai" role="complementary">
 {_mod_vanban()}
 {_mod_lich()}
 {_mod_most_read()}
 <div class="moduletable hps-lk"><h3 class="hps-mod__tit"><span>Liên kết website</span></h3>
  <select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://quangbinh.gov.vn">Cổng TTĐT tỉnh Quảng Bình</option>
   <option value="https://baoquangbinh.vn">Báo Quảng Bình</option>
  </select>
  <a href="https://dichvucong.quangbinh.gov.vn" target="_blank" rel="noopener"><img src="images/banners/dich-vu-cong.png" alt="Dịch vụ công trực tuyến" class="img-fluid mt-2"></a>
 </div>
 <div class="moduletable hps-bc"><h3 class="hps-mod__tit"><span>Thăm dò ý kiến</span></h3>
  <form action="index.php?option=com_hpspoll&amp;task=vote" method="post" name="hpsPoll">
   <p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
   <div class="form-check"><input class="form-check-input" type="radio" name="voteid" value="1" id="bc1"><label for="bc1" class="form-check-label">Đẹp, dễ sử dụng</label></div>
   <div class="form-check"><input class="form-check-input" type="radio" name="voteid" value="2" id="bc2"><label for="bc2" class="form-check-label">Bình thường</label></div>
   <div class="form-check"><input class="form-check-input" type="radio" name="voteid" value="3" id="bc3"><label for="bc3" class="form-check-label">Cần cải thiện</label></div>
   <button type="submit" class="btn btn-sm btn-primary mt-1">Bình chọn</button>
  </form>
 </div>
 <div class="moduletable hps-tk-truycap"><h3 class="hps-mod__tit"><span>Thống kê truy cập</span></h3>
  <ul class="list-unstyled"><li><span class="fa fa-users"></span> Đang online: <b>47</b></li>
  <li><span class="fa fa-calendar"></span> Hôm nay: <b>1.286</b></li>
  <li><span class="fa fa-bar-chart"></span> Tổng truy cập: <b>4.915.632</b></li></ul>
 </div>
</aside>"""


def _layout(
    request: Request,
    *,
    title: str,
    main: str,
    active: str,
    description: str = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Bình",
    head_extra: str = "",
    body_class: str = "",
    sidebar: bool = True,
) -> str:
    root = base_url(request) + "/"
    og_url = base_url(request) + request.target
    side = _sidebar() if sidebar else ""
    main_cls = "col-lg-9" if sidebar else "col-12"
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
 <meta charset="utf-8">
 <base href="{esc(root)}">
 <meta name="viewport" content="width=device-width, initial-scale=1">
 <meta name="description" content="{esc(description)}">
 <meta name="generator" content="Joomla! - Open Source Content Management">
 <meta property="og:site_name" content="{esc(SITE_NAME)}">
 <meta property="og:title" content="{esc(title)}">
 <meta property="og:url" content="{esc(og_url)}">
 {head_extra}
 <title>{esc(title)} - {esc(SITE_NAME)}</title>
 <link href="/templates/hps_sogd/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
 <link href="/media/vendor/bootstrap/css/bootstrap.min.css?5.3.0" rel="stylesheet">
 <link href="/media/vendor/fontawesome-free/css/fontawesome.min.css?6.4.0" rel="stylesheet">
 <link href="{TPL}/css/template.css?v=4.3.2" rel="stylesheet">
 <link href="{TPL}/css/hps-sogd-qb.css?v=2.1" rel="stylesheet">
 <script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"JLIB_FORM_CONTAINS_INVALID_FIELDS":"Không thể gửi biểu mẫu vì thiếu dữ liệu bắt buộc.","ERROR":"Lỗi"}},"system.paths":{{"root":"","rootFull":"{esc(root)}","base":"","baseFull":"{esc(root)}"}},"csrf.token":"b6f1c0a94d3e7f28a1c5d9e0f4b7a2c3"}}</script>
 <script src="/media/system/js/core.min.js?4.3.2"></script>
 <script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.0" nomodule defer></script>
 <script src="/media/system/js/joomla-hidden-mail-es5.min.js?4.3.2" nomodule defer></script>
 <script src="/media/system/js/joomla-hidden-mail.min.js?4.3.2" type="module"></script>
 <script src="{TPL}/js/hps-template.js?v=2.1" defer></script>
</head>
<body class="site com_content hps-sogd {body_class}">
<div class="hps-topbar"><div class="container d-flex">
 <span class="hps-topbar__ngay"><span class="fa fa-clock-o"></span> {HEADER_DAY}</span>
 <span class="ms-auto hps-topbar__lk"><a href="lien-he.html">Liên hệ</a> | <a href="https://mail.quangbinh.gov.vn" target="_blank" rel="noopener">Thư điện tử công vụ</a></span>
</div></div>
<header class="hps-banner" role="banner"><div class="container d-flex align-items-center">
 <a href="./" class="hps-banner__logo"><img src="{TPL}/images/logo-sgddt-qb.png" alt="Logo Sở GD&amp;ĐT Quảng Bình" width="96" height="96"></a>
 <div class="hps-banner__ten"><div class="hps-banner__cq">UBND TỈNH QUẢNG BÌNH</div>
 <div class="hps-banner__so">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div>
 <div class="hps-banner__kh">Cổng thông tin điện tử</div></div>
</div></header>
{_menu(active)}
<div class="hps-chay-chu container"><marquee scrollamount="3">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026 ✦ Thi đua dạy tốt, học tốt</marquee></div>
<main class="container hps-than" id="hps-than">
 <div class="row">
  <div class="{main_cls} hps-cot-chinh">
   <div id="system-message-container" aria-live="polite"></div>
   {main}
  </div>
  {side}
 </div>
</main>
<footer class="hps-chantrang"><div class="container">
 <div class="row"><div class="col-md-8">
  <p class="hps-ct__ten"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG BÌNH</strong></p>
  <p>Địa chỉ: Số 02 Quang Trung, phường Hải Đình, thành phố Đồng Hới, tỉnh Quảng Bình</p>
  <p>Điện thoại: 0232.3822.615 - Fax: 0232.3821.305 - Email: sgddt@quangbinh.gov.vn</p>
  <p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
  <p>Giấy phép số 12/GP-TTĐT ngày 16/3/2021 của Sở Thông tin và Truyền thông Quảng Bình</p>
 </div><div class="col-md-4 text-end">
  <p>© 2026 Sở GD&amp;ĐT Quảng Bình. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="hps-ct__tk">Thiết kế bởi HPSoft - Giải pháp cổng thông tin giáo dục</p>
 </div></div>
</div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="fa fa-arrow-up"></span></a>
</body>
</html>"""


# --- article markup ------------------------------------------------------------------------------


def _cloak(address: str) -> str:
    local, domain = address.split("@")

    def b64(v: str) -> str:
        return base64.b64encode(v.encode()).decode()

    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b64(local)}" last="{b64(domain)}" '
        f'text="{b64(address)}" base="" >{CLOAK_TEXT}</joomla-hidden-mail>'
    )


_EMAIL = re.compile(r"[\w.]+@[\w.]+\.vn")


def _para(p: P) -> str:
    t = text(p.text)
    if p.style == "h":
        return f"<h4><strong>{t}</strong></h4>"
    if p.style == "h3":
        return f'<h3 style="color: #0b5394;">{t}</h3>'
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "mail":
        return '<p style="text-align: justify;">' + _EMAIL.sub(lambda m: _cloak(m.group()), t) + "</p>"
    if p.style == "msop":
        return (
            '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt;">'
            '<span style="font-size: 14.0pt; line-height: 115%; font-family: \'Times New Roman\', serif;">'
            f"{t}<o:p></o:p></span></p>"
        )
    if p.style == "mso":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 54.0pt; text-align: justify; '
            'text-indent: -18.0pt; mso-list: l0 level1 lfo1;"><!-- [if !supportLists]-->'
            '<span style="font-size: 14.0pt; font-family: \'Times New Roman\', serif;">'
            '<span style="mso-list: Ignore;">-<span style="font: 7.0pt \'Times New Roman\';">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span><!--[endif]-->"
            '<span style="font-size: 14.0pt; font-family: \'Times New Roman\', serif;">'
            f"{t}<o:p></o:p></span></p>"
        )
    return f'<p style="text-align: justify;">{t}</p>'


def _image(img: Img) -> str:
    src = esc(img.src)
    if img.style == "tbl":
        return (
            '<table class="hps-anh" style="margin-left: auto; margin-right: auto; width: 640px;" '
            f'border="0"><tbody><tr><td><img src="{src}" alt="" width="640" height="427" '
            'loading="lazy"></td></tr><tr><td style="text-align: center;"><span style="font-size: '
            f'10pt;"><em>{text(img.printed or "")}</em></span></td></tr></tbody></table>'
        )
    out = f'<p style="text-align: center;"><img src="{src}" alt="{esc(img.printed or "")}" width="640" height="427"></p>'
    if img.printed:
        align = "right" if img.style == "credit" else "center"
        out += f'<p style="text-align: {align};"><em>{text(img.printed)}</em></p>'
    return out


def _blocks_html(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{text(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table class="table table-bordered" style="width: 90%; margin: 0 auto;" border="1" '
                    'cellpadding="4"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        if isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            if b.style != "fullimage":
                out.append(_image(b))
        elif b.html == "<!--LOADPOSITION vanban-->":
            out.append(_mod_vanban("h4"))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _vote(s: Story, action: str) -> str:
    stars = "".join(
        f'<li class="vote-star{"" if n <= 4 else "-empty"}"><span class="icon-star{"" if n <= 4 else "-empty"}" aria-hidden="true"></span></li>'
        for n in range(1, 6)
    )
    options = "".join(
        f'<option value="{v}"{" selected" if v == 5 else ""}>{lab}</option>'
        for v, lab in [(1, "Rất tệ"), (2, "Tệ"), (3, "Trung bình"), (4, "Tốt"), (5, "Rất tốt")]
    )
    return f"""
<div class="content_rating" role="img" aria-label="Đánh giá: 4 trên 5">
 <p class="visually-hidden" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">Đánh giá của người dùng: <span itemprop="ratingValue">4</span> / <span itemprop="bestRating">5</span><meta itemprop="ratingCount" content="7"><meta itemprop="worstRating" content="1"></p>
 <ul>{stars}</ul>
</div>
<form method="post" action="{esc(action)}" class="form-inline mb-2">
 <span class="content_vote"><label class="visually-hidden" for="content_vote_{s.id}">Vui lòng đánh giá</label>
 <select id="content_vote_{s.id}" name="user_rating" class="form-select form-select-sm w-auto">{options}</select>
 <input class="btn btn-sm btn-primary align-baseline" type="submit" name="submit_vote" value="Đánh giá">
 <input type="hidden" name="task" value="article.vote"><input type="hidden" name="hitcount" value="0">
 <input type="hidden" name="url" value="{esc(action)}"><input type="hidden" name="b6f1c0a94d3e7f28a1c5d9e0f4b7a2c3" value="1"></span>
</form>"""


def _pb_index(base: str, mode: str) -> str:
    """The pagebreak plugin's "Mục lục bài viết" box (mode: "1", "2" or "all")."""
    links = [
        ("Trang 1", f"{base}?showall=&amp;limitstart=", mode == "1"),
        ("Thực hành tại bể bơi", f"{base}?showall=&amp;start=1", mode == "2"),
        ("Tất cả các trang", f"{base}?showall=1&amp;limitstart=", mode == "all"),
    ]
    lis = "".join(
        f'<li class="toclink nav-item"><a href="{href}" class="toclink nav-link{" active" if on else ""}">{lab}</a></li>'
        for lab, href, on in links
    )
    return (
        '<div class="card float-end article-index ms-3 mb-3"><div class="card-body">'
        f'<h3>Mục lục bài viết</h3><ul class="nav flex-column">{lis}</ul></div></div>'
    )


def _pb_nav(base: str, page: int) -> str:
    if page == 1:
        prev = '<li class="previous page-item disabled"><span class="page-link">« Trước</span></li>'
        nxt = f'<li class="next page-item"><a class="page-link" href="{base}?showall=&amp;start=1" rel="next">Tiếp »</a></li>'
    else:
        prev = f'<li class="previous page-item"><a class="page-link" href="{base}?showall=&amp;limitstart=" rel="prev">« Trước</a></li>'
        nxt = '<li class="next page-item disabled"><span class="page-link">Tiếp »</span></li>'
    return (
        f'<div class="pagenavcounter">Trang {page} / 2</div>'
        f'<nav class="pagenavigation" aria-label="Điều hướng trang"><ul class="pagination ms-0">{prev}{nxt}</ul></nav>'
    )


def _related(s: Story) -> str:
    # the vendor's module: 3 newest of the category (2 for the notices, in a narrower box)
    others = [o for o in _in_cats(s.cat) if o.id != s.id][: 2 if s.cat == "tb" else 3]
    items = "".join(
        f'<li><span class="fa fa-angle-right"></span> <a href="{apath(o)[1:]}">{esc(o.title)}</a> '
        f'<span class="hps-tcm__ng">({_day(o)})</span></li>'
        for o in others
    )
    return (
        '<div class="hps-tcm"><h3 class="hps-tcm__tit"><span>Tin cùng chuyên mục</span></h3>'
        f'<ul class="hps-tcm__ds list-unstyled">{items}</ul></div>'
    )


def _fields(s: Story) -> str:
    fields = s.opts.get("fields") or {}
    if not fields:
        return ""
    cls = {"Tác giả": "tac-gia", "Nguồn": "nguon"}
    lis = "".join(
        f'<li class="field-entry {cls[k]} "><span class="field-label ">{k}: </span>'
        f'<span class="field-value ">{esc(v)}</span></li>'
        for k, v in fields.items()
    )
    return f'<ul class="fields-container">{lis}</ul>'


def article_page(request: Request, s: Story, mode: str = "plain") -> str:
    """The vendor's article override. ``mode``: plain, 1, 2, all (pagebreak views), vote action."""
    cat_name, cat_route, _catid, _itemid = CATS[s.cat]
    base = apath(s)
    blocks = s.blocks
    pb_top = pb_bottom = ""
    show_box = bool(s.summary) and s.opts.get("show_intro", True)
    if s.opts.get("pagebreak"):
        cut = blocks.index(PAGEBREAK)
        page_mode = "1" if mode in ("plain", "1") else mode
        if page_mode == "1":
            blocks = blocks[:cut]
        elif page_mode == "2":
            blocks = blocks[cut + 1 :]
            show_box = False
        else:
            blocks = [b for b in blocks if b is not PAGEBREAK]
        pb_top = _pb_index(base, page_mode)
        if page_mode != "all":
            pb_bottom = _pb_nav(base, int(page_mode))
    body = _blocks_html(blocks)
    if s.opts.get("entities"):
        body = entity_mix(body)
    full = next((b for b in s.blocks if isinstance(b, Img) and b.style == "fullimage"), None)
    full_html = ""
    if full:
        full_html = (
            f'<figure class="left item-image"><img src="{esc(full.src)}" itemprop="image" width="800" '
            f'height="533" loading="lazy"><figcaption class="caption">{esc(full.printed or "")}'
            "</figcaption></figure>"
        )
    box = ""
    if show_box:
        box = f'<div class="hps-ct-tomtat fw-bold"><p>{text(s.summary or "")}</p></div>'
    vote = ""
    if s.opts.get("vote"):
        target = request.target if "hitcount" not in request.params else base
        sep = "&" if "?" in target else "?"
        vote = _vote(s, target + sep + "hitcount=0")
    tags = ""
    if s.opts.get("tags"):
        tags = (
            '<div class="hps-ct-tukhoa"><span class="fa fa-tags"></span> Từ khóa: '
            + ", ".join(f'<span class="badge bg-light text-dark">{esc(t)}</span>' for t in s.opts["tags"])
            + "</div>"
        )
    crumbs = [("Tin tức - Sự kiện", "/tin-tuc-su-kien.html")] if s.cat == "hdn" else []
    crumbs.append((cat_name, f"/{cat_route}.html"))
    crumbs.append((s.title, None))
    main = f"""
{_crumbs(crumbs)}
<div class="com-content-article item-page hps-ct" itemscope itemtype="https://schema.org/Article">
 <meta itemprop="inLanguage" content="vi-VN">
 <meta itemprop="datePublished" content="{_utc_naive(s)}">
 <div class="hps-ct-dau">
  <h1 class="hps-ct-tieude" itemprop="headline">{esc(s.title)}</h1>
 </div>
 <div class="hps-ct-ttin d-flex flex-wrap align-items-center">
  <span class="hps-ct-ttin__ng"><span class="fa fa-calendar"></span> Ngày đăng: {_shown_text(s)}</span>
  <span class="hps-ct-ttin__lx"><span class="fa fa-eye"></span> Lượt xem: {s.views()}</span>
  <span class="hps-ct-ttin__nd" itemprop="author" itemscope itemtype="https://schema.org/Person">Đăng bởi: <span itemprop="name">Ban biên tập</span></span>
  <span class="hps-ct-ttin__cc ms-auto">
   <a href="javascript:void(0)" class="hps-co" data-co="-1" title="Giảm cỡ chữ">A-</a>
   <a href="javascript:void(0)" class="hps-co" data-co="0" title="Cỡ chữ mặc định">A</a>
   <a href="javascript:void(0)" class="hps-co" data-co="1" title="Tăng cỡ chữ">A+</a>
   <a href="javascript:void(0)" onclick="window.print();return false;" title="In bài viết"><span class="fa fa-print"></span> In bài</a>
  </span>
 </div>
 {vote}
 {full_html}
 {box}
 {pb_top}
 <div itemprop="articleBody" class="com-content-article__body hps-ct-noidung" id="hps-noidung">
{body}
 </div>
 {pb_bottom}
 {_fields(s)}
 {tags}
 <div class="hps-ct-chiase"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(base_url(request) + base)}" target="_blank" rel="noopener"><img src="{TPL}/images/share-fb.png" alt="Chia sẻ Facebook"></a>
 <a href="https://zalo.me/share?u={esc(base_url(request) + base)}" target="_blank" rel="noopener"><img src="{TPL}/images/share-zalo.png" alt="Chia sẻ Zalo"></a></div>
 {_related(s)}
</div>"""
    title = s.title if mode not in ("2",) else f"{s.title} - Thực hành tại bể bơi"
    desc = s.summary or s.opts.get("intro") or s.title
    head = (
        '<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{_utc_naive(s)}">'
    )
    return _layout(request, title=title, main=main, active=s.cat if s.cat != "hdn" else "tt", description=desc, head_extra=head)


# --- listings ----------------------------------------------------------------------------------

BLOGS = {
    "/tin-tuc-su-kien.html": ("tt", ("tt", "hdn"), (1, 3, 2)),
    "/tin-tuc-su-kien/hoat-dong-nganh.html": ("hdn", ("hdn",), (1, 2, 1)),
}
LIST_PER_PAGE = 3


def _pagination(route: str, start: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    current = start // per + 1

    def link(n: int) -> str:
        return route if n == 1 else f"{route}?start={(n - 1) * per}"

    lis = []
    if current == 1:
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>')
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span></li>')
    else:
        lis.append(f'<li class="page-item"><a aria-label="Đi tới trang đầu" href="{link(1)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đi tới trang trước" href="{link(current - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>')
    for n in range(1, pages + 1):
        if n == current:
            lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {n}" href="#" class="page-link">{n}</a></li>')
        else:
            lis.append(f'<li class="page-item"><a aria-label="Đi tới trang {n}" href="{link(n)}" class="page-link">{n}</a></li>')
    if current < pages:
        lis.append(f'<li class="page-item"><a aria-label="Đi tới trang kế tiếp" href="{link(current + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đi tới trang cuối" href="{link(pages)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>')
    else:
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-right" aria-hidden="true"></span></span></li>')
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-right" aria-hidden="true"></span></span></li>')
    return (
        f'<p class="counter float-end pt-3 pe-2">Trang {current} / {pages}</p>'
        '<nav class="pagination__wrapper" aria-label="Phân trang"><ul class="pagination ms-0 mb-4">'
        + "".join(lis)
        + "</ul></nav>"
    )


def _blog_item(s: Story) -> str:
    intro = s.summary if s.opts.get("show_intro", True) and s.summary else (s.opts.get("intro") or s.summary or "")
    thumb = ""
    if s.opts.get("thumb"):
        thumb = (
            f'<figure class="left item-image"><a href="{apath(s)}" itemprop="url" title="{esc(s.title)}">'
            f'<img src="{s.opts["thumb"]}" alt="" itemprop="thumbnailUrl" width="300" height="200" '
            'loading="lazy"></a></figure>'
        )
    return f"""
<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
 {thumb}
 <div class="item-content">
  <div class="page-header"><h2 itemprop="name"><a href="{apath(s)}" itemprop="url">{esc(s.title)}</a></h2></div>
  <dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
   <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
   <time datetime="{_iso_local(s)}" itemprop="datePublished">Ngày đăng: {_day(s)}</time></dd></dl>
  <p>{text(intro)}</p>
  <p class="readmore"><a class="btn btn-secondary" href="{apath(s)}" aria-label="Xem tiếp: {esc(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Xem tiếp...</a></p>
 </div>
</div>"""


def blog_page(request: Request, route: str, start: int) -> str:
    key, cats, (lead, intro, links) = BLOGS[route]
    per = lead + intro + links
    items = _in_cats(*cats)
    shown = items[start : start + per]
    lead_items, intro_items, link_items = (
        shown[:lead],
        shown[lead : lead + intro],
        shown[lead + intro :],
    )
    name = CATS[key][0]
    parts = [f'<div class="com-content-category-blog blog hps-dm hps-dm--{key}" itemscope itemtype="https://schema.org/Blog">']
    parts.append(f'<h1 class="hps-dm__tit"><span>{esc(name)}</span></h1>')
    if lead_items:
        parts.append('<div class="com-content-category-blog__items blog-items items-leading">')
        parts += [_blog_item(s) for s in lead_items]
        parts.append("</div>")
    if intro_items:
        parts.append('<div class="com-content-category-blog__items blog-items ">')
        parts += [_blog_item(s) for s in intro_items]
        parts.append("</div>")
    if link_items:
        parts.append('<div class="items-more"><h3>Các tin khác</h3><ol class="com-content-blog__links">')
        parts += [
            f'<li class="com-content-blog__link"><a href="{apath(s)}">{esc(s.title)}</a></li>' for s in link_items
        ]
        parts.append("</ol></div>")
    parts.append('<div class="com-content-category-blog__navigation w-100">')
    parts.append(_pagination(route, start, per, len(items)))
    parts.append("</div></div>")
    crumbs = [(name, None)] if key == "tt" else [("Tin tức - Sự kiện", "/tin-tuc-su-kien.html"), (name, None)]
    head = ""
    if key == "tt":
        head = f'<link href="{route}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">'
    return _layout(request, title=name, main=_crumbs(crumbs) + "".join(parts), active="tt", head_extra=head)


def list_page(request: Request, start: int) -> str:
    items = _in_cats("tb")
    shown = items[start : start + LIST_PER_PAGE]
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}" ><th class="list-title" scope="row"><a href="{apath(s)}">{esc(s.title)}</a></th>'
        f'<td class="list-date small">{s.opts["created"]}</td>'
        f'<td class="list-hits"><span class="badge bg-info">Lượt xem: {s.views()}</span></td></tr>'
        for n, s in enumerate(shown)
    )
    options = "".join(
        f'<option value="{v}"{" selected" if v == LIST_PER_PAGE else ""}>{v}</option>' for v in (3, 5, 10, 20)
    )
    main = f"""
{_crumbs([("Thông báo", None)])}
<div class="com-content-category category-list hps-tb">
 <h1 class="hps-dm__tit"><span>Thông báo</span></h1>
 <div class="com-content-category__articles">
 <form action="/thong-bao.html" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
  <div class="com-content-category__filter btn-group">
   <label class="filter-search-lbl visually-hidden" for="filter-search">Lọc tiêu đề</label>
   <input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc tiêu đề">
  </div>
  <div class="com-content-category__pagination btn-group float-end">
   <label for="limit" class="visually-hidden">Hiển thị #</label>
   <select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{options}</select>
  </div>
  <table class="com-content-category__table category table table-striped table-bordered table-hover">
   <caption class="visually-hidden">Bài viết</caption>
   <thead><tr><th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày tạo</th><th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>
   <tbody>{rows}</tbody>
  </table>
  <div class="com-content-category__navigation w-100">{_pagination("/thong-bao.html", start, LIST_PER_PAGE, len(items))}</div>
  <input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value="">
  <input type="hidden" name="task" value="">
 </form>
 </div>
</div>"""
    return _layout(request, title="Thông báo", main=main, active="tb")


def rss(request: Request) -> Response:
    root = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{root}{apath(s)}</link><guid isPermaLink=\"true\">{root}{apath(s)}</guid>"
        f"<description>{esc(s.summary or s.opts.get('intro') or '')}</description><category>{esc(CATS[s.cat][0])}</category>"
        f"<pubDate>{_shown_dt(s).strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate></item>"
        for s in _in_cats("tt", "hdn")[:6]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Tin tức - Sự kiện</title>'
        f"<description>{esc(SITE_NAME)}</description><link>{root}/tin-tuc-su-kien.html</link>"
        f"<language>vi-vn</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- home and other pages -----------------------------------------------------------------------

DEAD_FOCUS = "tin-tuc-su-kien/hoat-dong-nganh/1251-le-khai-giang-nam-hoc-2026-2027-tai-truong-thpt-dong-hoi.html"


def home_page(request: Request) -> str:
    a1, a2, b1, a3 = BY_ID[1287], BY_ID[1284], BY_ID[1281], BY_ID[1279]
    focus = [
        (a1, f"component/content/article/{a1.id}-{a1.slug}.html?catid=9&amp;Itemid=101"),
        (a2, f"tin-tuc-su-kien/hoat-dong-nganh/{a2.id}-{a2.opts['old_alias']}.html"),
        (b1, apath(b1)[1:]),
        (a3, apath(a3)[1:]),
    ]
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{href}"><img src="{s.opts["thumb"]}" class="d-block w-100" alt="{esc(s.title)}"></a>'
        f'<div class="carousel-caption"><h3><a href="{href}">{esc(s.title)}</a></h3></div></div>'
        for n, (s, href) in enumerate(focus)
    )
    side_list = "".join(
        f'<li><a href="{href}">{esc(s.title)}</a></li>' for s, href in focus
    ) + f'<li><a href="{DEAD_FOCUS}">Lễ khai giảng năm học 2026-2027 tại Trường THPT Đồng Hới</a></li>'
    news = _in_cats("tt", "hdn")[:5]
    first, rest = news[0], news[1:]
    news_html = (
        f'<div class="hps-tt-m__dau"><a href="{apath(first)[1:]}"><img src="{first.opts["thumb"]}" alt=""></a>'
        f'<h3><a href="{apath(first)[1:]}">{esc(first.title)}</a></h3><p>{esc(first.summary or "")[:160]}…</p></div>'
        '<ul class="hps-tt-m__ds">'
        + "".join(f'<li><a href="{apath(s)[1:]}">{esc(s.title)}</a> <span>({_day(s)})</span></li>' for s in rest)
        + "</ul>"
    )
    notices = "".join(
        f'<li><span class="fa fa-bell-o"></span> <a href="{apath(s)[1:]}">{esc(s.title)}</a></li>' for s in _in_cats("tb")[:3]
    )
    main = f"""
<div class="moduletable hps-ttd"><h2 class="hps-mod__tit"><span>Tin tiêu điểm</span></h2>
 <div class="row"><div class="col-md-8">
  <div id="hpsTtd" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div>
  <button class="carousel-control-prev" type="button" data-bs-target="#hpsTtd" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
  <button class="carousel-control-next" type="button" data-bs-target="#hpsTtd" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button></div>
 </div><div class="col-md-4"><ul class="hps-ttd__ds">{side_list}</ul></div></div>
</div>
<div class="row">
 <div class="col-md-7"><div class="moduletable hps-tt-m"><h2 class="hps-mod__tit"><a href="tin-tuc-su-kien.html">Tin tức - Sự kiện</a></h2>
  {news_html}
  <div class="hps-tt-m__xt"><a href="tin-tuc-su-kien.html?limitstart=5">Xem tiếp »</a></div></div></div>
 <div class="col-md-5"><div class="moduletable hps-tb-m"><h2 class="hps-mod__tit"><a href="thong-bao.html">Thông báo</a></h2>
  <ul class="hps-tb-m__ds">{notices}</ul><a href="thong-bao.html" class="hps-tb-m__xt">Xem tất cả »</a></div></div>
</div>
<div class="moduletable hps-bnr"><a href="https://hocbaso.quangbinh.edu.vn" target="_blank" rel="noopener"><img src="images/banners/hoc-ba-so.jpg" alt="Học bạ số" class="img-fluid"></a></div>"""
    return _layout(request, title="Trang chủ", main=main, active="home", body_class="hps-trangchu")


INTRO_PARAS = [
    "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Quảng Bình, thực hiện "
    "chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý về tổ chức, "
    "biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ đạo, hướng dẫn, thanh "
    "tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    "Cơ cấu tổ chức gồm Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Tổ chức cán bộ, Phòng "
    "Giáo dục Mầm non - Tiểu học, Phòng Giáo dục Trung học - Giáo dục thường xuyên, Phòng Khảo thí và "
    "Quản lý chất lượng cùng các đơn vị sự nghiệp trực thuộc.",
]


def intro_page(request: Request) -> str:
    paras = "".join(f'<p style="text-align: justify;">{text(t)}</p>' for t in INTRO_PARAS)
    main = f"""
{_crumbs([("Giới thiệu", None)])}
<div class="com-content-article item-page hps-ct" itemscope itemtype="https://schema.org/Article">
 <meta itemprop="inLanguage" content="vi-VN">
 <div class="hps-ct-dau"><h1 class="hps-ct-tieude" itemprop="headline">Chức năng, nhiệm vụ, quyền hạn của Sở Giáo dục và Đào tạo</h1></div>
 <div class="hps-ct-ttin d-flex flex-wrap align-items-center">
  <span class="hps-ct-ttin__ng"><span class="fa fa-calendar"></span> Ngày đăng: Thứ Sáu, 15/03/2024 08:00</span>
  <span class="hps-ct-ttin__lx"><span class="fa fa-eye"></span> Lượt xem: 18452</span>
 </div>
 <div itemprop="articleBody" class="com-content-article__body hps-ct-noidung">{paras}
 <h3 id="co-cau-to-chuc">Lãnh đạo Sở</h3>
 <table class="table table-bordered"><tbody><tr><td>Giám đốc</td><td>Phan Văn Khoa</td></tr>
 <tr><td>Phó Giám đốc</td><td>Trần Quang Vinh</td></tr><tr><td>Phó Giám đốc</td><td>Nguyễn Thị Hồng Nhung</td></tr></tbody></table>
 </div>
</div>"""
    return _layout(request, title="Giới thiệu", main=main, active="gt")


def contact_page(request: Request) -> str:
    main = f"""
{_crumbs([("Liên hệ", None)])}
<div class="com-contact contact" itemscope itemtype="https://schema.org/Organization">
 <h1><span class="contact-name" itemprop="name">Sở Giáo dục và Đào tạo tỉnh Quảng Bình</span></h1>
 <div class="com-contact__container"><h3>Thông tin liên hệ</h3>
 <dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
  <dt><span class="icon-address" aria-hidden="true"></span></dt><dd><span class="contact-street" itemprop="streetAddress">Số 02 Quang Trung, phường Hải Đình</span></dd>
  <dd><span class="contact-suburb" itemprop="addressLocality">thành phố Đồng Hới, tỉnh Quảng Bình</span></dd>
  <dt><span class="icon-envelope" aria-hidden="true"></span></dt><dd><span class="contact-emailto">{_cloak("sgddt@quangbinh.gov.vn")}</span></dd>
  <dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span class="contact-telephone" itemprop="telephone">0232.3822.615</span></dd>
 </dl></div>
 <div class="com-contact__form contact-form"><h3>Gửi góp ý</h3>
 <form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">
  <div class="control-group"><label for="jform_contact_name">Họ và tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required"></div>
  <div class="control-group"><label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control required"></div>
  <div class="control-group"><label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" rows="6" class="form-control required"></textarea></div>
  <button class="btn btn-primary validate" type="submit">Gửi</button>
  <input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
 </form></div>
</div>"""
    return _layout(request, title="Liên hệ", main=main, active="lh")


def docs_page(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="{doc_path(d)[1:]}">{esc(d["trich_yeu"])}</a></td>'
        f'<td><a href="{d["pdf"][1:]}" target="_blank"><img src="media/system/images/mime-icon-16/pdf.png" alt="Tải về"></a></td></tr>'
        for d in DOCS
    )
    main = f"""
{_crumbs([("Văn bản", None)])}
<div class="hps-vb"><h1 class="hps-dm__tit"><span>Văn bản chỉ đạo, điều hành</span></h1>
<table class="table table-striped table-bordered hps-vb__bg"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _layout(request, title="Văn bản", main=main, active="vb")


def doc_page(request: Request, d: dict) -> str:
    main = f"""
{_crumbs([("Văn bản", "/van-ban.html"), (d["so"], None)])}
<div class="com-content-article item-page hps-ct hps-ct--vb" itemscope itemtype="https://schema.org/Article">
 <div class="hps-ct-dau"><h1 class="hps-ct-tieude" itemprop="headline">{esc(d["loai"])} số {esc(d["so"])}: {esc(d["trich_yeu"])}</h1></div>
 <div class="hps-ct-ttin d-flex flex-wrap align-items-center">
  <span class="hps-ct-ttin__ng"><span class="fa fa-calendar"></span> Ngày đăng: {d["ngay"]} 16:30</span>
  <span class="hps-ct-ttin__lx"><span class="fa fa-eye"></span> Lượt xem: {200 + d["id"] % 97}</span>
 </div>
 <div itemprop="articleBody" class="com-content-article__body hps-ct-noidung">
 <table class="table table-bordered hps-vb__tt"><tbody>
  <tr><th>Số ký hiệu</th><td>{esc(d["so"])}</td></tr>
  <tr><th>Loại văn bản</th><td>{esc(d["loai"])}</td></tr>
  <tr><th>Ngày ban hành</th><td>{d["ngay"]}</td></tr>
  <tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
  <tr><th>Người ký</th><td>{esc(d["ky"])}</td></tr>
  <tr><th>Trích yếu</th><td>{esc(d["trich_yeu"])}</td></tr>
  <tr><th>Tệp đính kèm</th><td><a href="{d["pdf"][1:]}" target="_blank">{d["pdf"].rsplit("/", 1)[1]}</a></td></tr>
 </tbody></table>
 </div>
</div>"""
    return _layout(request, title=d["trich_yeu"], main=main, active="vb")


def calendar_page(request: Request, week: int) -> str:
    first, last, rows = WEEKS[week]
    trs = "".join(
        f"<tr><td>{esc(day)}</td><td>{esc(ses)}</td><td>{esc(what)}</td><td>{esc(who)}</td><td>{esc(where)}</td></tr>"
        for day, ses, what, who, where in rows
    )
    nav = []
    if week == 49:
        nav.append('<a class="btn btn-sm btn-outline-primary" href="lich-cong-tac.html?tuan=48">« Tuần trước</a>')
        nav.append('<a class="btn btn-sm btn-outline-primary" href="lich-cong-tac.html?tuan=50">Tuần sau »</a>')
    elif week == 48:
        nav.append('<a class="btn btn-sm btn-outline-primary" href="lich-cong-tac.html">Tuần sau »</a>')
    else:
        nav.append('<a class="btn btn-sm btn-outline-primary" href="lich-cong-tac.html">« Tuần trước</a>')
    main = f"""
{_crumbs([("Lịch công tác", None)])}
<div class="hps-lct"><h1 class="hps-dm__tit"><span>Lịch công tác của lãnh đạo Sở</span></h1>
<p class="hps-lct__tuan">Tuần {week} (từ {first} đến {last})</p>
<div class="hps-lct__dh">{"".join(nav)}</div>
<table class="table table-bordered hps-lct__bg"><thead><tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Thành phần</th><th>Địa điểm</th></tr></thead>
<tbody>{trs}</tbody></table></div>"""
    return _layout(request, title="Lịch công tác", main=main, active="lct")


def error_404(request: Request) -> Response:
    main = """
<div class="hps-loi"><h1 class="page-header">404 - Không tìm thấy bài viết</h1>
<p>Bài viết bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>
<p><a href="./" class="btn btn-primary">Về trang chủ</a></p></div>"""
    return html(_layout(request, title="404 - Không tìm thấy bài viết", main=main, active="", sidebar=False), status=404)


# --- routing -----------------------------------------------------------------------------------

_ART = re.compile(r"^/(tin-tuc-su-kien/hoat-dong-nganh|tin-tuc-su-kien|thong-bao)/(\d+)-([a-z0-9-]+)\.html$")
_COMP = re.compile(r"^/component/content/article/(\d+)-([a-z0-9-]+)\.html$")
_DOC = re.compile(r"^/van-ban/(\d+)-([a-z0-9-]+)\.html$")
_PB_QUERIES = {"": "1", "showall=&limitstart=": "1", "showall=&start=1": "2", "showall=1&limitstart=": "all"}


def _listing_start(query: str) -> int | None:
    if not query:
        return 0
    params = parse_qs(query, keep_blank_values=True)
    if len(params) != 1:
        return None
    (key, values), = params.items()
    if key not in ("start", "limitstart") or len(values) != 1 or not values[0].isdigit():
        return None
    return int(values[0])


class Site:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith(("/images/", "/templates/", "/media/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in PDFS else None
            return static_file(path)
        if path == "/" and not query:
            return html(home_page(request))
        if path == "/tin-tuc-su-kien.html" and query == "format=feed&type=rss":
            return rss(request)
        if path in BLOGS or path == "/thong-bao.html":
            if request.method == "POST":
                return html(list_page(request, 0)) if path == "/thong-bao.html" else None
            start = _listing_start(query)
            if path in BLOGS:
                total = len(_in_cats(*BLOGS[path][1]))
                if start is None or start >= total:
                    return None
                return html(blog_page(request, path, start))
            if start is None or start >= len(_in_cats("tb")):
                return None
            return html(list_page(request, start))
        if query == "" and path == "/gioi-thieu.html":
            return html(intro_page(request))
        if query == "" and path == "/lien-he.html":
            return html(contact_page(request))
        if query == "" and path == "/van-ban.html":
            return html(docs_page(request))
        if path == "/lich-cong-tac.html":
            week = {"": 49, "tuan=48": 48, "tuan=49": 49, "tuan=50": 50}.get(query)
            return html(calendar_page(request, week)) if week else None
        if m := _DOC.match(path):
            d = next((d for d in DOCS if d["id"] == int(m.group(1)) and d["alias"] == m.group(2)), None)
            return html(doc_page(request, d)) if d and not query else None
        if m := _ART.match(path):
            return self._article(request, int(m.group(2)), m.group(3), m.group(1))
        if m := _COMP.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s and m.group(2) == s.slug and query in ("catid=9&Itemid=101", "catid=9&Itemid=101&hitcount=0"):
                return self._serve_article(request, s, "plain")
            return None
        if path == "/index.php":
            p = request.params
            if p.get("option") == "com_content" and p.get("view") == "article" and p.get("id", "").isdigit():
                s = BY_ID.get(int(p["id"]))
                if s and p.get("catid", str(CATS[s.cat][2])) == str(CATS[s.cat][2]):
                    return self._serve_article(request, s, "plain")
            return None
        return None

    def _article(self, request: Request, art_id: int, alias: str, route: str) -> Response | None:
        if art_id == 1251 and route == "tin-tuc-su-kien/hoat-dong-nganh":
            return error_404(request)
        s = BY_ID.get(art_id)
        if s is None or CATS[s.cat][1] != route or alias not in (s.slug, s.opts.get("old_alias")):
            return None
        if s.opts.get("pagebreak") and alias == s.slug:
            mode = _PB_QUERIES.get(request.query)
            return self._serve_article(request, s, mode) if mode else None
        if request.query == "" or (request.query == "hitcount=0" and s.opts.get("vote") and alias == s.slug):
            return self._serve_article(request, s, "plain")
        return None

    def _serve_article(self, request: Request, s: Story, mode: str) -> Response:
        if request.method == "POST":
            # the vote form: Joomla stores the vote and redirects back with a message
            return redirect(apath(s), 303)
        return html(article_page(request, s, mode))


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(s, apath(s), CATS[s.cat][0], alt_paths=s.opts.get("alt", []), image_page="/")
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    doc_path(DOCS[0]),
    doc_path(DOCS[1]),
    "/lich-cong-tac.html",
]
