"""PrestaShop 1.7 shop of a private kindergarten whose news is a SmartBlog-style blog module.

Institution: Trường Mầm non tư thục Hoa Mai, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc. The school runs
a PrestaShop 1.7 shop (classic-derived theme "hoamai_kids") to sell uniforms and learning kits;
its news is the shop's blog module ("smartblog" 2.x markup: ``sdsarticleCat``,
``sdstitle_block``, ``#lipsum``, ``sdsarticle-des``, ``sdstags-update`` …).

URL scheme
- ``/`` home: image slider, custom text, featured products, "Tin mới từ Hoa Mai" (latest 4 posts)
- ``/blog`` all posts, 5 a page, ``/blog?page=N``
- ``/blog/category/<id>_<slug>.html`` a blog category, 4 a page, ``?page=N``
- ``/blog/tag/<slug>.html`` posts of a tag (listing)
- ``/blog/<id>_<slug>.html`` a post; the module routes on the id alone, so any slug answers
  (a renamed post keeps its old slug in the "Xem nhiều" block)
- ``/index.php?fc=module&module=smartblog&controller=details&id_post=<id>`` the module's
  non-friendly URL of a post (pasted by an editor in a post's "Xem thêm" line)
- ``/module/smartblog/rss`` RSS feed of the posts (``<link rel="alternate">`` in every head)
- ``/<id>-<product-slug>.html`` products, ``/3-dong-phuc-hoc-lieu`` the product category
- ``/content/<id>-<cms-slug>`` CMS pages, ``/lien-he`` contact, ``/gio-hang`` cart,
  ``/dang-nhap?back=my-account`` login

Page templates: PrestaShop classic header (``.header-nav`` with today's date and the hotline,
``#_desktop_top_menu`` with drop-downs), a theme banner ``<h1>`` with the section's name, the
``nav.breadcrumb`` ``BreadcrumbList``, ``#left-column`` (blog categories with counts, latest
posts, most read, tags, visitor counter), ``#content-wrapper``, reassurance block, newsletter,
``ps_customtext`` about the school, footer (links, address, copyright), cookie banner.

How each gold article is reached: home (latest 4) and the left column's "Bài viết mới" (latest 5)
link the newest posts; ``/blog`` pages 1–3 and each category (page 1, and page 2 of "Hoạt động
của bé") link every post; posts 38 and 35 are linked only from page 2+ listings (``/blog?page=2``,
``/blog?page=3``, ``/blog/category/2_hoat-dong-cua-be.html?page=2``); the pagination links carry
``rel="nofollow"``. Tag pages list their posts again.

Traps
1. Pagination links are ``<a rel="nofollow" class="js-search-link">`` (the theme copies the
   shop's faceted-search pager): a crawler that honours nofollow never sees posts 38 and 35.
   Gold: both are articles, reached via page 2+ only.
2. Dates are printed in the language's ``date_format_full`` "m/d/Y H:i:s" (the Vietnamese
   language was added by hand and kept English formats): "11/05/2026 09:05:00" is 5 November,
   "10/12/2026 10:15:00" is 12 October, "10/09/2026" is 9 October. Listing cards print the day
   box ("05" / "Th11") and the RSS feed gives RFC 822 dates that agree. Gold: month first,
   with the time and +07:00.
3. Material Icons ligatures: the info line is ``<i class="material-icons">event</i> 11/18/2026
   15:20:00``, ``person``, ``visibility``, ``comment`` … — the icon's name is text in the DOM and
   glues to the date/byline when read as text. Gold: none of these words anywhere.
4. Two ``<h1>`` on a post: the theme's banner prints the blog's name ("Bản tin Hoa Mai") before
   the post's own ``<h1 itemprop="headline">``; ``<title>``/``og:title`` carry an SEO meta title
   that differs from the headline on some posts. Gold title: the post's ``<h1>``.
5. "Đăng bởi" prints the back-office employee account ("Admin Hoa Mai", "Quản trị Web");
   the real signature is a right-aligned line at the end of the text ("GV. Trần Thị Mai Anh –
   lớp Lá 1", "Tin, ảnh: Nguyễn Thu Trang", a unit "Tổ Chuyên môn", "Bài: ThS. Lê Minh Thư
   (Phó Hiệu trưởng chuyên môn)"). Gold: the signer (name only), never the account.
6. Photo grid as a layout table (TinyMCE table, images in one row, italic captions in the row
   below). Gold: the two images with their captions in column order; the caption row is not
   body text (not a table row of the text).
7. Lazy images from a lazy-load module: ``src`` is ``/modules/lazyload/views/img/loading.gif``,
   the photo is in ``data-original``. Gold: the data-original path, the gif never.
8. Cover image: the module prints the post's cover in ``div#lipsum.articleContent`` above the
   text at ``-single-default.jpg``; listings and side blocks show ``-home-default`` /
   ``-home-small`` thumbnails. Gold: the single-default cover is the article's first image
   (caption None); thumbnails are not images of any article.
9. A post pasted from the school's Facebook page: each line a ``<div dir="auto">`` inside
   obfuscated ``x11i5rnm …`` divs, line bullets drawn as ``<img alt="🍪">`` from fbcdn. Gold:
   each ``div[dir=auto]`` is a paragraph; the pictured emoji is no text; an emoji typed in the
   title is kept.
10. A post written with TinyMCE's root block off: the text is bare text nodes separated by
    ``<br /><br />`` (a single ``<br />`` splits a paragraph too) directly in the content div.
    Gold: each run between breaks is a paragraph.
11. Products and their related block: "Sản phẩm liên quan" under a parenting post and the
    product pages (``/22-ao-khoac-dong-phuc-mua-dong.html``) carry long descriptions with an h1,
    prices and an add-to-cart form: not articles, not body. A ``ps_customtext`` block on every
    page describes the school in full paragraphs: chrome.
12. Same post at other URLs: the old slug of a renamed post (``/blog/41_hoi-thi-be-kheo-tay
    -2011.html``, from "Xem nhiều") and the module's raw URL ``/index.php?fc=module&module=
    smartblog&controller=details&id_post=34`` (from a "Xem thêm" line) answer 200 with the same
    post and a canonical link. Gold: ``alt_paths`` of those posts; ``?page=1`` is the listing.
13. The listing excerpt and meta description are the module's separate "short description",
    sometimes not printed on the post at all. Gold: summary only when the post page prints it
    (``div.blog-short-desc``, bold) or opens with a bold lead paragraph; else null.
14. Comments (SmartBlog ``commentList``) with names, m/d/Y dates and text under the post, and a
    comment form posting back to the post. Gold: not body, commenters not authors.
15. An official notice (letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận", signer) posted as a
    blog post: the info line says 12/02/2026 07:45:10, the letterhead 01/12/2026.

Gold decisions on ambiguous points
- The cover (``-single-default.jpg``) is the article's first image with caption None.
- A weekly menu table (post 40) is text: each row a paragraph, cells joined by " | ".
- "(Ảnh: Phạm Thu Hà)" under a photo is a photographer credit: caption None, photographer.
- "Xem thêm: <link>" lines and the ``Thẻ:`` line are not body; a body sentence that links a
  product ("Quý phụ huynh có thể tham khảo …") is body.
- The official notice's date is the letterhead's day ("2026-12-01"), its author the signer.
- CMS pages (introduction, admissions info, photo album, delivery policy), the contact page and
  product pages are not articles.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "prestashop_blog_mamnon"
PLATFORM = "PrestaShop 1.7 + SmartBlog (blog module)"
START_PATH = "/"

SCHOOL = "Trường Mầm non tư thục Hoa Mai"
HEADER_DAY = "Thứ Bảy, 05/12/2026"

# --- categories ----------------------------------------------------------------------------

CATS = {
    2: ("hoat-dong-cua-be", "Hoạt động của bé"),
    3: ("thong-bao", "Thông báo"),
    4: ("goc-cha-me", "Góc cha mẹ"),
}
CAT_OF = {name: cid for cid, (_slug, name) in CATS.items()}
CAT_PER_PAGE = 4
BLOG_PER_PAGE = 5

FB_EMOJI = "https://static.xx.fbcdn.net/images/emoji.php/v9/t{code}/1/16/{hex}.png"


def _cms(name: str) -> str:
    return f"/img/cms/2026/{name}"


def _cover(pid: int) -> Img:
    return Img(f"/modules/smartblog/images/{pid}-single-default.jpg", None, None, "cover")


SIGN = "text-align: right;"

# --- the 13 posts --------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        45,
        "5-cach-giup-tre-mam-non-giu-am-co-the-khi-troi-tro-lanh",
        "5 cách giúp trẻ mầm non giữ ấm cơ thể khi trời trở lạnh",
        "Góc cha mẹ",
        "2026-12-03T14:30:00+07:00",
        [
            _cover(45),
            P("Những ngày đầu tháng 12, nhiệt độ ở Vĩnh Yên buổi sáng sớm chỉ còn 13–15 độ C. "
              "Trẻ mầm non có khả năng điều hòa thân nhiệt kém nên rất dễ bị cảm lạnh, viêm họng "
              "nếu không được giữ ấm đúng cách."),
            P("1. Mặc nhiều lớp áo mỏng thay vì một áo thật dày", "h"),
            P("Nhiều lớp áo mỏng giữ hơi ấm tốt hơn và dễ cởi bớt khi trẻ vận động ra mồ hôi. "
              "Lớp trong cùng nên là áo cotton thấm hút tốt."),
            P("2. Giữ ấm bốn vùng: đầu, cổ, bàn tay và bàn chân", "h"),
            P("Đội mũ len, quàng khăn mỏng, đi tất khi ra ngoài buổi sáng và buổi tối; khi vào "
              "lớp, cô giáo sẽ giúp trẻ cởi bớt mũ và khăn."),
            Img(_cms("12/giu-am-cho-tre.jpg"), "Các bé lớp Mầm 1 mặc áo khoác đồng phục mùa đông "
                "trong giờ đón trẻ", "Các bé lớp Mầm 1 mặc áo khoác đồng phục mùa đông trong giờ "
                "đón trẻ", "cms"),
            P("3. Cho trẻ uống nước ấm, ăn đủ bữa", "h"),
            P("Bữa sáng đầy đủ và nước ấm giúp cơ thể trẻ sinh nhiệt. Không nên cho trẻ uống "
              "sữa lạnh lấy từ tủ lạnh ra ngay."),
            P("4. Tắm nhanh bằng nước ấm trong phòng kín gió", "h"),
            P("5. Vận động nhẹ nhàng mỗi ngày", "h"),
            P("Quý phụ huynh có thể tham khảo bộ áo khoác đồng phục mùa đông của trường tại "
              "cửa hàng Hoa Mai.", "plink:22"),
            Raw('<p><em>Nguồn: Sức khỏe &amp; Đời sống</em></p>'),
        ],
        source="Sức khỏe & Đời sống",
        summary="Trời chuyển lạnh, nhà trường gửi tới quý phụ huynh một vài lưu ý đơn giản để "
        "giữ ấm cho bé khi đến lớp và khi ở nhà.",
        sapo_outside=True,
        opts={"date": "12/03/2026 14:30:00", "account": "Quản trị Web", "tags": ["suc-khoe"],
              "meta": "Giữ ấm cho trẻ mầm non mùa lạnh | Mầm non Hoa Mai Vĩnh Yên",
              "products": [22, 21]},
    ),
    Story(
        46,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "Thông báo",
        "2026-12-01",
        [
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 42%; text-align: center;">CÔNG TY TNHH GIÁO DỤC HOA MAI<br />'
                "<strong>TRƯỜNG MẦM NON TƯ THỤC HOA MAI</strong><br />Số: 57/TB-MNHM</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><br />"
                "<em>Vĩnh Yên, ngày 01 tháng 12 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
            ),
            P("Căn cứ Bộ luật Lao động năm 2019 và kế hoạch năm học 2026 – 2027 của nhà trường;"),
            P("Trường Mầm non tư thục Hoa Mai thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("Thời gian nghỉ: từ thứ Năm ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027.", "li"),
            P("Trẻ đi học trở lại vào thứ Hai ngày 04/01/2027.", "li"),
            P("Trong thời gian nghỉ, nhà trường bố trí bảo vệ trực 24/24 giờ.", "li"),
            P("Phụ huynh có nhu cầu gửi trẻ ngày 31/12/2026 (buổi chiều) vui lòng đăng ký với "
              "giáo viên chủ nhiệm trước ngày 25/12/2026."),
            P("Kính chúc quý phụ huynh và các bé một năm mới an khang, hạnh phúc!"),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%;">'
                "<strong><em>Nơi nhận:</em></strong><br />- Phụ huynh học sinh;<br />"
                "- CB, GV, NV nhà trường;<br />- Lưu: VP.</td>"
                '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em>'
                "<br /><br /><strong>Đỗ Thị Bích Ngọc</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Đỗ Thị Bích Ngọc"],
        opts={"date": "12/02/2026 07:45:10", "account": "Admin Hoa Mai", "tags": [],
              "excerpt": "Lịch nghỉ Tết Dương lịch 2027 của nhà trường."},
    ),
    Story(
        44,
        "gio-hoc-tieng-anh-cung-giao-vien-ban-ngu",
        "Giờ học tiếng Anh cùng giáo viên bản ngữ",
        "Hoạt động của bé",
        "2026-11-27T10:00:00+07:00",
        [
            _cover(44),
            P("Từ tháng 11/2026, các lớp Mẫu giáo lớn của trường được học tiếng Anh hai buổi "
              "mỗi tuần với thầy Daniel, giáo viên người Anh.", "lead"),
            P("Giờ học được thiết kế theo phương pháp học qua chơi: các bé hát, vận động theo "
              "nhạc, chơi trò chơi với thẻ hình và kể chuyện bằng tiếng Anh."),
            Raw('<p><iframe width="560" height="315" src="https://www.youtube.com/embed/hM4mN1aiV2k" '
                'frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>'),
            P("Sau mỗi chủ đề, giáo viên gửi phụ huynh video và phiếu nhận xét để gia đình cùng "
              "ôn luyện với con."),
            Raw(f'<p style="{SIGN}"><strong>Tin, ảnh: Nguyễn Thu Trang</strong></p>'),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        summary="Từ tháng 11/2026, các lớp Mẫu giáo lớn của trường được học tiếng Anh hai buổi "
        "mỗi tuần với thầy Daniel, giáo viên người Anh.",
        opts={"date": "11/27/2026 10:00:00", "account": "Admin Hoa Mai", "tags": ["ngoai-khoa"]},
    ),
    Story(
        43,
        "ke-hoach-kham-suc-khoe-dinh-ky-cho-tre-dot-1",
        "Kế hoạch khám sức khỏe định kỳ cho trẻ đợt 1 năm học 2026 – 2027",
        "Thông báo",
        "2026-11-20T08:00:00+07:00",
        [
            _cover(43),
            P("Theo kế hoạch phối hợp với Trung tâm Y tế thành phố Vĩnh Yên, nhà trường tổ chức "
              "khám sức khỏe định kỳ đợt 1 cho toàn bộ trẻ."),
            P("Thời gian: sáng thứ Năm, ngày 26/11/2026, từ 8 giờ 00.", "li"),
            P("Địa điểm: phòng Y tế và phòng đa năng của trường.", "li"),
            P("Nội dung: cân, đo chiều cao, khám răng miệng, mắt, tai mũi họng và khám tổng quát.", "li"),
            P("Phụ huynh vui lòng cho trẻ ăn sáng trước 7 giờ 30 và mặc quần áo dễ cởi. Kết quả "
              "khám được gửi qua sổ liên lạc điện tử trong tuần sau."),
        ],
        summary="Nhà trường thông báo kế hoạch khám sức khỏe định kỳ đợt 1 cho trẻ các lớp "
        "Nhà trẻ và Mẫu giáo.",
        sapo_outside=True,
        opts={"date": "11/20/2026 08:00:00", "account": "Admin Hoa Mai", "tags": ["suc-khoe"]},
    ),
    Story(
        41,
        "hoi-thi-be-kheo-tay-chao-mung-ngay-nha-giao-viet-nam-20-11",
        "Hội thi “Bé khéo tay” chào mừng ngày Nhà giáo Việt Nam 20/11",
        "Hoạt động của bé",
        "2026-11-18T15:20:00+07:00",
        [
            _cover(41),
            P("Sáng 18/11, hơn 200 bé từ các lớp Mầm, Chồi, Lá đã tham gia hội thi “Bé khéo "
              "tay” với những sản phẩm xé dán, nặn đất và làm thiệp tặng cô."),
            P("Mỗi lớp có 45 phút để hoàn thành sản phẩm theo chủ đề “Cô giáo của em”. Ban giám "
              "khảo gồm Ban giám hiệu và đại diện Ban đại diện cha mẹ học sinh."),
            Img(_cms("11/bkt-1.jpg"), "Bé Minh Anh (lớp Lá 1) với bức tranh xé dán “Tặng cô”",
                "Bé Minh Anh (lớp Lá 1) với bức tranh xé dán “Tặng cô”", "grid"),
            Img(_cms("11/bkt-2.jpg"), "Các bé lớp Chồi 2 làm thiệp chúc mừng 20/11",
                "Các bé lớp Chồi 2 làm thiệp chúc mừng 20/11", "grid"),
            P("Kết quả, lớp Lá 1 đạt giải Nhất, lớp Chồi 2 và lớp Chồi 3 đạt giải Nhì. Các sản "
              "phẩm đẹp được trưng bày tại sảnh trường đến hết tháng 11."),
            Raw(f'<p style="{SIGN}"><strong>Tin, ảnh: Nguyễn Thu Trang</strong></p>'),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        summary="Hội thi là hoạt động ý nghĩa để các bé bày tỏ lòng biết ơn thầy cô nhân ngày "
        "Nhà giáo Việt Nam 20/11.",
        sapo_outside=True,
        opts={"date": "11/18/2026 15:20:00", "account": "Admin Hoa Mai", "tags": ["20-11"],
              "meta": "Hội thi Bé khéo tay 20/11 | Mầm non Hoa Mai Vĩnh Yên",
              "old_slug": "hoi-thi-be-kheo-tay-2011",
              "comments": [
                  ("Mẹ bé Bông (lớp Chồi 2)", "11/19/2026",
                   "Cảm ơn các cô đã tổ chức hội thi, bé nhà mình về khoe mãi."),
                  ("Phụ huynh Nguyễn Hải", "11/20/2026",
                   "Thiệp của các con đẹp quá, chúc các cô 20/11 vui vẻ!"),
              ]},
    ),
    Story(
        42,
        "lop-choi-2-trai-nghiem-be-lam-banh-quy",
        "Lớp Chồi 2 trải nghiệm “Bé làm bánh quy” 🍪",
        "Hoạt động của bé",
        "2026-11-05T09:05:00+07:00",
        [
            _cover(42),
            P("Sáng nay các bạn nhỏ lớp Chồi 2 đã có một buổi trải nghiệm thật thú vị trong "
              "căn bếp của trường!"),
            P("Các bé tự tay nhào bột, cắt bánh hình ngôi sao, hình trái tim.", "emo:🍪:1f36a"),
            P("Cô Hương hướng dẫn các bé xếp bánh vào khay và quan sát lò nướng.", "emo:👩‍🍳:1f469"),
            P("Thành quả được các bé mang về tặng bố mẹ.", "emo:🎁:1f381"),
            Img(_cms("11/banh-quy-1.jpg"), None, None, "fb"),
            Img(_cms("11/banh-quy-2.jpg"), None, None, "fb"),
            P("Cảm ơn quý phụ huynh đã chuẩn bị tạp dề cho các con ❤️"),
        ],
        opts={"date": "11/05/2026 09:05:00", "account": "Admin Hoa Mai", "tags": [],
              "fmt": "fb", "excerpt": "Cùng xem các bé lớp Chồi 2 làm bánh nhé!",
              "meta": "Bé làm bánh quy | Mầm non Hoa Mai"},
    ),
    Story(
        40,
        "thuc-don-ban-tru-thang-11-2026",
        "Thực đơn bán trú tháng 11/2026",
        "Thông báo",
        "2026-11-01T07:30:00+07:00",
        [
            _cover(40),
            P("Nhà trường công khai thực đơn bán trú tháng 11/2026 do bộ phận dinh dưỡng xây "
              "dựng, bảo đảm 600–650 kcal mỗi ngày cho trẻ mẫu giáo."),
            P("Thứ | Bữa sáng | Bữa trưa | Bữa chiều", "row"),
            P("Thứ Hai | Cháo thịt bằm | Cơm, thịt kho trứng, canh bí đỏ | Sữa chua", "row"),
            P("Thứ Ba | Phở gà | Cơm, cá sốt cà chua, canh rau ngót | Bánh flan", "row"),
            P("Thứ Tư | Bún bò | Cơm, tôm rim, canh cải | Chuối", "row"),
            P("Thứ Năm | Miến gà | Cơm, đậu sốt thịt, canh mồng tơi | Sữa tươi", "row"),
            P("Thứ Sáu | Xôi gấc | Cơm, thịt gà rang, canh chua | Thanh long", "row"),
            P("Thực đơn có thể thay đổi theo mùa và nguồn thực phẩm, nhà trường sẽ thông báo "
              "trên bảng tin."),
        ],
        opts={"date": "11/01/2026 07:30:00", "account": "Admin Hoa Mai", "tags": [],
              "excerpt": "Thực đơn tháng 11 cho các bé bán trú."},
    ),
    Story(
        33,
        "be-vui-halloween-le-hoi-bi-ngo-cua-cac-lop-mau-giao",
        "Bé vui Halloween: Lễ hội bí ngô của các lớp Mẫu giáo",
        "Hoạt động của bé",
        "2026-10-31T16:45:00+07:00",
        [
            _cover(33),
            P("Chiều 31/10, sân trường Hoa Mai rực rỡ sắc cam với lễ hội bí ngô dành cho các lớp "
              "Mẫu giáo."),
            P("Các bé hóa trang thành phù thủy nhỏ, chú mèo đen, và cùng cô giáo khắc đèn bí ngô."),
            Img(_cms("10/halloween-1.jpg"), "Đèn bí ngô do các bé lớp Lá 2 trang trí",
                "Đèn bí ngô do các bé lớp Lá 2 trang trí", "lazy"),
            P("Trò chơi “Săn kẹo” và màn diễu hành trang phục khép lại buổi chiều vui vẻ."),
            Img(_cms("10/halloween-2.jpg"), None, None, "lazy"),
        ],
        opts={"date": "10/31/2026 16:45:00", "account": "Admin Hoa Mai", "tags": ["ngoai-khoa"],
              "excerpt": "Lễ hội bí ngô rộn ràng tiếng cười."},
    ),
    Story(
        39,
        "tre-3-4-tuoi-hoc-gi-qua-bo-hoc-lieu-montessori",
        "Trẻ 3 – 4 tuổi học gì qua bộ học liệu Montessori?",
        "Góc cha mẹ",
        "2026-10-28T20:10:00+07:00",
        [
            _cover(39),
            P("Ở độ tuổi 3 – 4, trẻ học chủ yếu qua đôi tay. Các giáo cụ Montessori được thiết kế "
              "để trẻ tự khám phá và tự sửa lỗi."),
            P("Giáo cụ thực hành cuộc sống: rót nước, gắp hạt, cài cúc áo.", "li"),
            P("Giáo cụ cảm quan: tháp hồng, thang nâu, hộp màu.", "li"),
            P("Giáo cụ toán và ngôn ngữ: que số, chữ cái nhám.", "li"),
            P("“Đừng bao giờ giúp trẻ làm một việc mà trẻ cảm thấy có thể tự làm được.” – Maria "
              "Montessori", "quote"),
            P("Tại lớp, mỗi bé có ít nhất 40 phút làm việc với giáo cụ mỗi ngày. Ở nhà, phụ huynh "
              "có thể dành một góc nhỏ với khay và vài giáo cụ đơn giản."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/index.php?fc=module&amp;module=smartblog&amp;'
                'controller=details&amp;id_post=34">Làm gì khi con khóc nhè lúc đến lớp?</a></p>'),
            Raw(f'<p style="{SIGN}"><em>Bài: ThS. Lê Minh Thư (Phó Hiệu trưởng chuyên môn)</em></p>'),
        ],
        authors=["Lê Minh Thư"],
        summary="Bộ học liệu Montessori giúp trẻ rèn sự tập trung, khả năng tự lập và tư duy "
        "logic ngay từ lứa tuổi mẫu giáo bé.",
        sapo_outside=True,
        opts={"date": "10/28/2026 20:10:00", "account": "Quản trị Web", "tags": [],
              "products": [24]},
    ),
    Story(
        38,
        "hoat-dong-ngoai-khoa-be-tham-quan-trang-trai-bo-sua",
        "Hoạt động ngoại khóa: Bé tham quan Trang trại Bò sữa Vĩnh Phúc",
        "Hoạt động của bé",
        "2026-10-22T08:30:00+07:00",
        [
            _cover(38),
            P("Ngày 21/10, 120 bé lớp Lá đã có chuyến tham quan trang trại bò sữa tại huyện Vĩnh "
              "Tường."),
            P("Các bé được tìm hiểu quy trình chăm sóc bò, vắt sữa và cho bê con ăn cỏ."),
            Img(_cms("10/trang-trai-1.jpg"), "Bé Gia Huy lần đầu cho bê ăn cỏ",
                "Bé Gia Huy lần đầu cho bê ăn cỏ", "cms"),
            P("Buổi trưa, cả đoàn dùng bữa và nghỉ ngơi tại nhà văn hóa của trang trại trước khi "
              "trở về trường lúc 15 giờ."),
            Img(_cms("10/trang-trai-2.jpg"), "(Ảnh: Phạm Thu Hà)", None, "cms"),
            Raw(f'<p style="{SIGN}"><strong>GV. Trần Thị Mai Anh – lớp Lá 1</strong></p>'),
        ],
        authors=["Trần Thị Mai Anh"],
        photographers=["Phạm Thu Hà"],
        summary="Chuyến đi giúp các bé hiểu hơn về vật nuôi và nguồn gốc của ly sữa hằng ngày.",
        sapo_outside=True,
        opts={"date": "10/22/2026 08:30:00", "account": "Admin Hoa Mai", "tags": []},
    ),
    Story(
        36,
        "thu-moi-hop-phu-huynh-dau-nam-hoc-2026-2027",
        "Thư mời họp phụ huynh đầu năm học 2026 – 2027",
        "Thông báo",
        "2026-10-12T10:15:00+07:00",
        [
            _cover(36),
            P("Kính gửi quý phụ huynh học sinh các lớp,"),
            P("Nhà trường trân trọng kính mời quý phụ huynh tới dự buổi họp đầu năm học 2026 – 2027."),
            P("📌 Thời gian: 8 giờ 00, Chủ nhật ngày 18/10/2026."),
            P("📌 Địa điểm: tại phòng học của từng lớp."),
            P("Nội dung: thông qua kế hoạch năm học, bầu Ban đại diện cha mẹ học sinh lớp.", "brk"),
            P("Rất mong quý phụ huynh sắp xếp thời gian tham dự đầy đủ."),
        ],
        opts={"date": "10/12/2026 10:15:00", "account": "Admin Hoa Mai", "tags": [],
              "excerpt": "Mời phụ huynh dự họp đầu năm.",
              "comments": [("Bố bé Na", "10/13/2026", "Lớp Mầm 3 họp ở tầng 2 phải không cô?")]},
    ),
    Story(
        35,
        "be-hoc-ky-nang-thoat-hiem-khi-co-chay",
        "Bé học kỹ năng thoát hiểm khi có cháy",
        "Hoạt động của bé",
        "2026-10-09T14:00:00+07:00",
        [
            _cover(35),
            P("Chiều 08/10, nhà trường phối hợp với Đội Cảnh sát PCCC thành phố Vĩnh Yên tổ chức "
              "buổi thực hành thoát hiểm cho trẻ."),
            P("Các bé được hướng dẫn nhận biết tiếng chuông báo cháy, che mũi bằng khăn ướt và "
              "cúi thấp người khi di chuyển."),
            P("Các chú cảnh sát còn cho các bé ngồi thử xe chữa cháy và xịt vòi nước."),
            P("Qua buổi học, các bé biết gọi 114 khi có cháy và không chơi với lửa."),
            Raw('<br /><br /><div style="text-align: right;"><strong>Tổ Chuyên môn</strong></div>'),
        ],
        authors=["Tổ Chuyên môn"],
        opts={"date": "10/09/2026 14:00:00", "account": "Admin Hoa Mai", "tags": [],
              "fmt": "bare", "excerpt": "Kỹ năng thoát hiểm cho bé mầm non."},
    ),
    Story(
        34,
        "lam-gi-khi-con-khoc-nhe-luc-den-lop-nhung-ngay-dau",
        "Làm gì khi con khóc nhè lúc đến lớp những ngày đầu?",
        "Góc cha mẹ",
        "2026-10-05T19:00:00+07:00",
        [
            _cover(34),
            P("Khóc khi xa bố mẹ là phản ứng tự nhiên của trẻ trong những tuần đầu đến lớp."),
            P("Chuẩn bị tâm lý từ ở nhà", "h"),
            P("Kể cho con nghe về lớp học, cô giáo và các bạn; cùng con chọn ba lô, bình nước."),
            P("Chào con dứt khoát", "h"),
            P("Đừng lén bỏ đi khi con đang chơi. Hãy ôm con, hẹn giờ đón và giữ đúng lời hẹn."),
            P("Phối hợp với cô giáo", "h"),
            P("Trao đổi với cô về thói quen ăn ngủ của con để cô hỗ trợ con nhanh thích nghi."),
            Raw("<p><em>Theo Báo Giáo dục &amp; Thời đại</em></p>"),
        ],
        source="Báo Giáo dục & Thời đại",
        opts={"date": "10/05/2026 19:00:00", "account": "Quản trị Web", "tags": [],
              "excerpt": "Bí quyết giúp con vui vẻ đến trường."},
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDERED = sorted(STORIES, key=lambda s: s.opts["date"][6:10] + s.opts["date"][:5] + s.opts["date"][10:],
                 reverse=True)

TAGS = {"ngoai-khoa": "Ngoại khóa", "suc-khoe": "Sức khỏe", "20-11": "20-11"}

# --- products and CMS pages ------------------------------------------------------------------

PRODUCTS = {
    21: ("bo-dong-phuc-he-be-trai", "Bộ đồng phục hè bé trai", "185.000 ₫",
         ["Bộ đồng phục hè gồm áo cộc tay cổ bẻ in logo Hoa Mai và quần soóc kaki.",
          "Chất liệu cotton 100% thoáng mát, thấm hút mồ hôi, phù hợp thời tiết mùa hè Vĩnh Phúc.",
          "Các cỡ từ số 1 đến số 6, tương ứng trẻ từ 2 đến 6 tuổi."]),
    22: ("ao-khoac-dong-phuc-mua-dong", "Áo khoác đồng phục mùa đông", "320.000 ₫",
         ["Áo khoác hai lớp, lớp trong lót nỉ mềm, mũ tháo rời, khóa kéo có nắp che cằm.",
          "Màu xanh lam logo thêu, phản quang ở tay áo giúp bé an toàn khi đi buổi sáng sớm.",
          "Nhà trường khuyến khích phụ huynh may tên con vào nhãn trong áo."]),
    24: ("bo-hoc-lieu-montessori-3-4-tuoi", "Bộ học liệu Montessori cho bé 3 – 4 tuổi", "890.000 ₫",
         ["Bộ học liệu gồm 12 giáo cụ gỗ: tháp hồng, thang nâu, hộp màu số 1, que số, khay rót.",
          "Được giáo viên nhà trường lựa chọn theo chương trình lớp Mầm, kèm sách hướng dẫn chơi cùng con.",
          "Gỗ thông tự nhiên, sơn gốc nước an toàn cho trẻ."]),
    27: ("balo-mau-giao-hoa-mai", "Ba lô mẫu giáo Hoa Mai", "210.000 ₫",
         ["Ba lô chống gù, đệm lưng thoáng khí, hai ngăn chính và túi đựng bình nước.",
          "Thêu tên bé miễn phí khi đặt trước ngày 15 hằng tháng."]),
}

CMS = {
    4: ("gioi-thieu-truong", "Giới thiệu trường", [
        "Trường Mầm non tư thục Hoa Mai được thành lập năm 2012 theo Quyết định của UBND thành "
        "phố Vĩnh Yên, hiện có 14 nhóm, lớp với hơn 380 trẻ từ 12 tháng đến 6 tuổi.",
        "Nhà trường thực hiện Chương trình Giáo dục mầm non của Bộ GD&ĐT, kết hợp phương pháp "
        "Montessori và tiếng Anh với giáo viên bản ngữ.",
        "Đội ngũ gồm 36 giáo viên, 100% đạt chuẩn trở lên; bếp ăn một chiều đạt chứng nhận an toàn "
        "thực phẩm.",
    ]),
    6: ("thong-tin-tuyen-sinh", "Thông tin tuyển sinh năm học 2027 – 2028", [
        "Nhà trường nhận trẻ từ 12 tháng tuổi đến 5 tuổi cho năm học 2027 – 2028.",
        "Hồ sơ gồm: đơn xin nhập học, bản sao giấy khai sinh, sổ tiêm chủng, 04 ảnh 3x4.",
        "Phụ huynh có thể đăng ký tham quan trường vào sáng thứ Bảy hằng tuần.",
    ]),
    8: ("thu-vien-anh", "Thư viện ảnh", [
        "Album ảnh các hoạt động của bé năm học 2026 – 2027.",
    ]),
    1: ("chinh-sach-giao-hang", "Chính sách giao hàng", [
        "Miễn phí giao hàng nội thành Vĩnh Yên cho đơn từ 300.000 ₫.",
        "Phụ huynh có thể nhận đồng phục trực tiếp tại văn phòng nhà trường.",
    ]),
}

# --- chrome ------------------------------------------------------------------------------------


def post_path(s: Story, slug: str | None = None) -> str:
    return f"/blog/{s.id}_{slug or s.slug}.html"


def cat_path(cid: int) -> str:
    return f"/blog/category/{cid}_{CATS[cid][0]}.html"


def product_path(pid: int) -> str:
    return f"/{pid}-{PRODUCTS[pid][0]}.html"


def cms_path(cid: int) -> str:
    return f"/content/{cid}-{CMS[cid][0]}"


def _day_box(s: Story) -> str:
    mm, dd = s.opts["date"][:2], s.opts["date"][3:5]
    return (f'<span class="ngay-dang"><span class="d">{dd}</span>'
            f'<span class="m">Th{int(mm)}</span></span>')


def _head(title: str, request: Request, canonical: str | None, desc: str = "",
          og: str = "website") -> str:
    can = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical else ""
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta name="keywords" content="">
{can}
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="{og}">
<meta property="og:site_name" content="Mầm non Hoa Mai">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/vnd.microsoft.icon" href="/img/favicon.ico?1700123456">
<link rel="stylesheet" href="/themes/hoamai_kids/assets/cache/theme-4f2a1b.css" type="text/css" media="all">
<link rel="alternate" type="application/rss+xml" title="Bản tin Hoa Mai" href="/module/smartblog/rss">
<script type="text/javascript">var prestashop = {{"cart":{{"products_count":0}},"currency":{{"iso_code":"VND","sign":"\\u20ab"}},"language":{{"iso_code":"vi","date_format_lite":"m\\/d\\/Y","date_format_full":"m\\/d\\/Y H:i:s"}},"static_token":"8c1f7e0d2b9a","urls":{{"base_url":"{base_url(request)}\\/","pages":{{"cart":"{base_url(request)}\\/gio-hang","contact":"{base_url(request)}\\/lien-he"}}}}}};</script>
</head>
"""


def _menu() -> str:
    cats = "".join(
        f'<li class="category" id="category-blog-{cid}"><a class="dropdown-item dropdown-submenu" '
        f'href="{cat_path(cid)}" data-depth="1">{esc(name)}</a></li>'
        for cid, (_slug, name) in CATS.items()
    )
    return f"""<div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">
<ul class="top-menu" id="top-menu" data-depth="0">
<li class="link" id="lnk-trang-chu"><a class="dropdown-item" href="/" data-depth="0">Trang chủ</a></li>
<li class="cms-page" id="cms-page-4"><a class="dropdown-item" href="{cms_path(4)}" data-depth="0">Giới thiệu</a></li>
<li class="link" id="lnk-tin-tuc"><a class="dropdown-item" href="/blog" data-depth="0"><span class="float-xs-right hidden-md-up"><span data-target="#top_sub_menu_7781" data-toggle="collapse" class="navbar-toggler collapse-icons"><i class="material-icons add">&#xE313;</i></span></span>Tin tức</a>
<div class="popover sub-menu js-sub-menu collapse" id="top_sub_menu_7781"><ul class="top-menu" data-depth="1">{cats}</ul></div></li>
<li class="category" id="category-3"><a class="dropdown-item" href="/3-dong-phuc-hoc-lieu" data-depth="0">Cửa hàng</a></li>
<li class="cms-page" id="cms-page-6"><a class="dropdown-item" href="{cms_path(6)}" data-depth="0">Tuyển sinh</a></li>
<li class="cms-page" id="cms-page-8"><a class="dropdown-item" href="{cms_path(8)}" data-depth="0">Thư viện ảnh</a></li>
<li class="link" id="lnk-lien-he"><a class="dropdown-item" href="/lien-he" data-depth="0">Liên hệ</a></li>
</ul><div class="clearfix"></div></div>"""


def _header(banner: str) -> str:
    return f"""<body id="module-smartblog-details" class="lang-vi country-vn currency-vnd layout-left-column page-customer-account">
<main>
<header id="header">
<nav class="header-nav"><div class="container"><div class="row">
<div class="hidden-sm-down"><div class="col-md-5 col-xs-12">
<div id="_desktop_contact_link"><div id="contact-link"><i class="material-icons">today</i> {HEADER_DAY} &nbsp;|&nbsp; Gọi cho chúng tôi: <span>0211 3 728 668</span></div></div></div>
<div class="col-md-7 right-nav">
<div id="_desktop_language_selector"><div class="language-selector-wrapper"><span id="language-selector-label" class="hidden-md-up">Ngôn ngữ:</span><div class="language-selector dropdown js-dropdown"><button data-toggle="dropdown" class="hidden-sm-down btn-unstyle" aria-haspopup="true" aria-expanded="false" aria-label="Language dropdown"><span class="expand-more">Tiếng Việt</span><i class="material-icons expand-more">&#xE5C5;</i></button></div></div></div>
<div id="_desktop_user_info"><div class="user-info"><a href="/dang-nhap?back=my-account" title="Đăng nhập vào tài khoản khách hàng của bạn" rel="nofollow"><i class="material-icons">&#xE7FF;</i><span class="hidden-sm-down">Đăng nhập</span></a></div></div>
<div id="_desktop_cart"><div class="blockcart cart-preview inactive" data-refresh-url="/module/ps_shoppingcart/ajax"><div class="header"><a rel="nofollow" href="/gio-hang?action=show"><i class="material-icons shopping-cart">shopping_cart</i><span class="hidden-sm-down">Giỏ hàng</span><span class="cart-products-count">(0)</span></a></div></div></div>
</div></div></div></div></nav>
<div class="header-top"><div class="container"><div class="row">
<div class="col-md-2 hidden-sm-down" id="_desktop_logo"><a href="/"><img class="logo img-responsive" src="/img/mam-non-hoa-mai-logo-1700123456.jpg" alt="Mầm non Hoa Mai"></a></div>
<div class="col-md-10 col-sm-12 position-static">{_menu()}
<div id="search_widget" class="search-widget" data-search-controller-url="/tim-kiem"><form method="get" action="/tim-kiem"><input type="hidden" name="controller" value="search"><input type="text" name="s" value="" placeholder="Tìm kiếm sản phẩm" aria-label="Tìm kiếm"><button type="submit"><i class="material-icons search">&#xE8B6;</i></button></form></div>
</div></div></div></div>
</header>
<section id="wrapper">
<div class="page-title-banner"><div class="container"><h1 class="h1 banner-title">{esc(banner)}</h1></div></div>
<div class="container">
"""


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for pos, (label, href) in enumerate(items, 1):
        inner = (f'<a itemprop="item" href="{href}"><span itemprop="name">{esc(label)}</span></a>'
                 if href else f'<span itemprop="name">{esc(label)}</span>')
        lis.append(f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                   f'{inner}<meta itemprop="position" content="{pos}"></li>')
    return (f'<nav data-depth="{len(items)}" class="breadcrumb hidden-sm-down"><ol itemscope '
            f'itemtype="http://schema.org/BreadcrumbList">{"".join(lis)}</ol></nav>')


def _left_column() -> str:
    counts = {cid: sum(1 for s in STORIES if CAT_OF[s.cat] == cid) for cid in CATS}
    cats = "".join(
        f'<li><a href="{cat_path(cid)}">{esc(name)}</a> <span class="count">({counts[cid]})</span></li>'
        for cid, (_slug, name) in CATS.items()
    )
    latest = "".join(
        f'<li><a class="image" title="{esc(s.title)}" href="{post_path(s)}"><img alt="{esc(s.title)}" '
        f'src="/modules/smartblog/images/{s.id}-home-small.jpg"></a><a class="title" title="{esc(s.title)}" '
        f'href="{post_path(s)}">{esc(s.title)}</a><span class="info">{s.opts["date"][:10]}</span></li>'
        for s in ORDERED[:5]
    )
    popular_ids = [(41, "hoi-thi-be-kheo-tay-2011"), (45, None), (33, None)]
    popular = "".join(
        f'<li><a href="{post_path(BY_ID[i], slug)}">{esc(BY_ID[i].title)}</a> '
        f'<span class="views"><i class="material-icons">visibility</i> {BY_ID[i].views() + 400}</span></li>'
        for i, slug in popular_ids
    )
    tags = " ".join(f'<a href="/blog/tag/{t}.html" class="tag">{esc(n)}</a>' for t, n in TAGS.items())
    return f"""<div id="left-column" class="col-xs-12 col-sm-4 col-md-3">
<div class="block-categories block" id="smartblogcat"><h4 class="title_block"><a href="/blog">Danh mục tin</a></h4>
<div class="block_content list-block"><ul>{cats}</ul></div></div>
<div class="block blogModule boxPlain" id="recent_article_smart_blog_block_left"><h4 class="title_block"><a href="/blog">Bài viết mới</a></h4>
<div class="block_content sdsbox-content"><ul class="recentArticles">{latest}</ul></div></div>
<div class="block blogModule boxPlain" id="popular_article_block"><h4 class="title_block">Xem nhiều</h4>
<div class="block_content"><ul class="popularArticles">{popular}</ul></div></div>
<div class="block blogModule boxPlain" id="tags_blog_block_left"><h4 class="title_block">Thẻ</h4>
<div class="block_content">{tags}</div></div>
<div class="block" id="tk_truy_cap"><h4 class="title_block">Thống kê truy cập</h4>
<div class="block_content"><p>Đang online: <b>14</b></p><p>Hôm nay: <b>327</b></p><p>Tổng truy cập: <b>1.284.506</b></p></div></div>
</div>"""


def _footer() -> str:
    return f"""</div>
<div class="container"><div id="block-reassurance"><ul>
<li><div class="block-reassurance-item"><img src="/modules/blockreassurance/img/ic_verified_user_black_36dp_1x.png" alt="An toàn"><span class="h6">Đồng phục đúng mẫu của trường</span></div></li>
<li><div class="block-reassurance-item"><img src="/modules/blockreassurance/img/ic_local_shipping_black_36dp_1x.png" alt="Giao hàng"><span class="h6">Giao hàng miễn phí nội thành Vĩnh Yên</span></div></li>
<li><div class="block-reassurance-item"><img src="/modules/blockreassurance/img/ic_swap_horiz_black_36dp_1x.png" alt="Đổi trả"><span class="h6">Đổi cỡ trong vòng 7 ngày</span></div></li>
</ul></div>
<div id="custom-text"><h2>Mầm non Hoa Mai – Nơi bé được yêu thương</h2>
<p>Trường Mầm non tư thục Hoa Mai được thành lập năm 2012 tại thành phố Vĩnh Yên. Với khuôn viên rộng 3.000 m², hệ thống phòng học đạt chuẩn và đội ngũ giáo viên tận tâm, nhà trường mang đến cho bé một môi trường an toàn, vui vẻ để phát triển toàn diện.</p>
<p>Cửa hàng trực tuyến của trường cung cấp đồng phục, ba lô và học liệu được giáo viên lựa chọn cho từng độ tuổi.</p></div>
</div>
</section>
<footer id="footer">
<div class="container"><div class="row"><div class="block_newsletter col-lg-8 col-md-12 col-sm-12" id="blockEmailSubscription_displayFooterBefore">
<p id="block-newsletter-label">Nhận tin tức và ưu đãi qua email</p>
<form action="/#blockEmailSubscription_displayFooterBefore" method="post"><input name="email" type="email" value="" placeholder="Địa chỉ email của bạn"><input class="btn btn-primary" name="submitNewsletter" type="submit" value="Đăng ký"><input type="hidden" name="blockHookName" value="displayFooterBefore"><input type="hidden" name="action" value="0"></form>
<p>Bạn có thể hủy đăng ký bất cứ lúc nào. Để làm như vậy, vui lòng tìm thông tin liên hệ của chúng tôi trong thông báo pháp lý.</p></div>
<div class="block-social col-lg-4 col-md-12 col-sm-12"><ul><li class="facebook"><a href="https://www.facebook.com/mamnonhoamaivinhyen" target="_blank">Facebook</a></li><li class="youtube"><a href="https://www.youtube.com/@mamnonhoamai" target="_blank">YouTube</a></li></ul></div></div></div>
<div class="footer-container"><div class="container"><div class="row">
<div class="col-md-4 links"><p class="h3">Thông tin</p><ul>
<li><a id="link-cms-page-1-2" class="cms-page-link" href="{cms_path(1)}">Chính sách giao hàng</a></li>
<li><a id="link-cms-page-4-2" class="cms-page-link" href="{cms_path(4)}">Giới thiệu trường</a></li>
<li><a id="link-static-page-contact-2" class="cms-page-link" href="/lien-he">Liên hệ</a></li></ul></div>
<div class="col-md-4 links"><p class="h3">Tin tức</p><ul>
<li><a href="/blog">Bản tin Hoa Mai</a></li><li><a href="/module/smartblog/rss">RSS</a></li></ul></div>
<div class="block-contact col-md-4 links wrapper"><p class="h4 text-uppercase block-contact-title hidden-sm-down">Thông tin cửa hàng</p>
{SCHOOL}<br>Số 18 đường Nguyễn Tất Thành, phường Liên Bảo<br>thành phố Vĩnh Yên, tỉnh Vĩnh Phúc<br>Việt Nam<br>
Gọi cho chúng tôi: <span>0211 3 728 668</span><br>Email: <a href="mailto:lienhe@mamnonhoamai.edu.vn">lienhe@mamnonhoamai.edu.vn</a></div>
</div>
<div class="row"><div class="col-md-12"><p class="text-sm-center"><a class="_blank" href="https://www.prestashop.com" target="_blank" rel="nofollow">© 2026 - Mầm non Hoa Mai. Phần mềm thương mại điện tử bởi PrestaShop™</a></p></div></div>
</div></div>
</footer>
</main>
<div id="lgcookieslaw_banner" class="lgcookieslaw-banner"><div class="lgcookieslaw-message"><p>Website sử dụng cookie để cải thiện trải nghiệm của quý khách. Khi tiếp tục truy cập, quý khách đồng ý với chính sách cookie của chúng tôi.</p></div><div class="lgcookieslaw-button-container"><button class="lgcookieslaw-accept-button">Đồng ý</button></div></div>
<script type="text/javascript" src="/themes/hoamai_kids/assets/cache/bottom-9e2c3d.js"></script>
</body>
</html>"""


def _page(title: str, request: Request, banner: str, crumbs: list[tuple[str, str | None]],
          main: str, canonical: str | None, desc: str = "", left: bool = True,
          og: str = "website") -> Response:
    left_html = _left_column() if left else ""
    width = "col-sm-8 col-md-9" if left else "col-xs-12"
    body = (_head(title, request, canonical, desc, og) + _header(banner) + _breadcrumb(crumbs)
            + f'<div class="row">{left_html}<div id="content-wrapper" class="left-column col-xs-12 {width}">'
            + f'<section id="main">{main}</section></div></div>' + _footer())
    return html(body)


# --- post content ------------------------------------------------------------------------------


def _text(s: str) -> str:
    return esc(s)


def _img_tag(img: Img, lazy: bool = False) -> str:
    if lazy:
        return (f'<img class="lazy" src="/modules/lazyload/views/img/loading.gif" '
                f'data-original="{img.src}" alt="" width="800" height="533" />')
    return f'<img src="{img.src}" alt="" width="800" height="533" />'


def _render_content(story: Story) -> str:
    fmt = story.opts.get("fmt", "p")
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    out: list[str] = []
    i = 0
    bare: list[str] = []  # fmt "bare": runs of text joined by <br /><br />
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if bare:
                out.append("<br />\n<br />".join(bare))
                bare = []
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "grid":
                grid = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "grid":
                    grid.append(blocks[i])
                    i += 1
                row1 = "".join(f'<td style="width: 50%;">{_img_tag(g)}</td>' for g in grid)
                row2 = "".join(f'<td style="text-align: center;"><em>{_text(g.printed or "")}</em></td>'
                               for g in grid)
                out.append(f'<table class="mce-item-table" style="width: 100%;" border="0"><tbody>'
                           f"<tr>{row1}</tr><tr>{row2}</tr></tbody></table>")
                continue
            if b.style == "fb":
                out.append(f'<div class="x10l6tqk x13vifvy"><div class="x6ikm8r x10wlt62">'
                           f'<img height="405" width="540" alt="Có thể là hình ảnh về trẻ em" '
                           f'class="x1ey2m1c xds687c" src="{b.src}" /></div></div>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b, b.style == "lazy")}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{_text(b.printed)}</em></p>')
            i += 1
            continue
        # a paragraph
        st = b.style
        if st in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                group.append(blocks[i].text)
                i += 1
            if st == "li":
                out.append("<ul>" + "".join(f"<li>{_text(t)}</li>" for t in group) + "</ul>")
            else:
                rows = []
                for n, t in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{_text(c)}</{tag}>" for c in t.split(" | ")) + "</tr>")
                out.append('<table class="table table-bordered" style="width: 100%;" border="1"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            continue
        if st == "brk":
            nxt = blocks[i + 1]
            out.append(f"<p>{_text(b.text)}<br />{_text(nxt.text)}</p>")
            i += 2
            continue
        i += 1
        if fmt == "bare":
            bare.append(_text(b.text))
        elif st == "h":
            out.append(f"<h3><strong>{_text(b.text)}</strong></h3>")
        elif st == "quote":
            out.append(f"<blockquote><p><em>{_text(b.text)}</em></p></blockquote>")
        elif st == "lead":
            out.append(f"<p><strong>{_text(b.text)}</strong></p>")
        elif st.startswith("emo:"):
            _, emoji, hexcode = st.split(":")
            src = FB_EMOJI.format(code=hexcode[-2:], hex=hexcode)
            out.append(f'<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">'
                       f'<div dir="auto" style="text-align: start;"><span class="x3nfvp2 x1j61x8r '
                       f'x1fcty0u xdj266r xhhsvwb xat24cr xgzva0m xxymvpz xlup9mm x1kky2od">'
                       f'<img height="16" width="16" alt="{emoji}" referrerpolicy="origin-when-cross-origin" '
                       f'src="{src}" /></span> {_text(b.text)}</div></div>')
        elif fmt == "fb":
            out.append(f'<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">'
                       f'<div dir="auto" style="text-align: start;">{_text(b.text)}</div></div>')
        elif st.startswith("plink:"):
            pid = int(st.split(":")[1])
            phrase = PRODUCTS[pid][1].lower()
            before, after = _text(b.text).split(phrase, 1)
            out.append(f'<p>{before}<a href="{product_path(pid)}">{phrase}</a>{after}</p>')
        else:
            out.append(f"<p>{_text(b.text)}</p>")
    if bare:
        out.append("<br />\n<br />".join(bare))
    return "\n".join(out)


def _excerpt(s: Story) -> str:
    if "excerpt" in s.opts:
        return s.opts["excerpt"]
    text = s.summary or s.paragraphs[0]
    return text if len(text) <= 110 else text[:107].rsplit(" ", 1)[0] + "..."


def _related_posts(s: Story) -> str:
    same = [o for o in ORDERED if o.cat == s.cat and o.id != s.id][:3]
    # posts only reachable via page 2+ are never "related" (the module shows the newest ones)
    same = [o for o in same if o.id not in (38, 35)]
    items = "".join(
        f'<li class="col-xs-12 col-sm-4"><a class="products-block-image" title="{esc(o.title)}" '
        f'href="{post_path(o)}"><img class="replace-2x img-responsive" alt="{esc(o.title)}" '
        f'src="/modules/smartblog/images/{o.id}-home-default.jpg"></a><div class="clearfix">'
        f'<a href="{post_path(o)}" class="sds_title">{esc(o.title)}</a></div>'
        f'<span class="info"><i class="material-icons">event</i> {o.opts["date"][:10]}</span></li>'
        for o in same
    )
    return (f'<div id="articleRelated" class="block"><h4 class="title_block">Bài viết liên quan</h4>'
            f'<div class="sdsbox-content"><ul class="fullwidthreleted row">{items}</ul></div></div>')


def _related_products(s: Story) -> str:
    ids = s.opts.get("products") or []
    if not ids:
        return ""
    items = "".join(
        f'<article class="product-miniature js-product-miniature" data-id-product="{pid}" '
        f'data-id-product-attribute="0"><div class="thumbnail-container"><a href="{product_path(pid)}" '
        f'class="thumbnail product-thumbnail"><img src="/{pid * 3}-home_default/{PRODUCTS[pid][0]}.jpg" '
        f'alt="{esc(PRODUCTS[pid][1])}"></a><div class="product-description"><h3 class="h3 product-title">'
        f'<a href="{product_path(pid)}">{esc(PRODUCTS[pid][1])}</a></h3><div class="product-price-and-shipping">'
        f'<span class="price">{PRODUCTS[pid][2]}</span></div><p class="product-desc">{esc(PRODUCTS[pid][3][0])}</p>'
        f'</div></div></article>'
        for pid in ids
    )
    return (f'<section class="featured-products clearfix smartblog-related-products">'
            f'<h2 class="h2 products-section-title text-uppercase">Sản phẩm liên quan</h2>'
            f'<div class="products">{items}</div></section>')


def _comments(s: Story) -> str:
    comments = s.opts.get("comments") or []
    lis = "".join(
        f'<li id="comment-{s.id * 10 + n}" class="{"even" if n % 2 else "odd"}"><img class="avatar" alt="Avatar" '
        f'src="/modules/smartblog/images/avatar/avatar-author-default.jpg"><div class="name">{esc(name)}</div>'
        f'<div class="created"><span><i class="material-icons">event</i> {day}</span></div><p>{esc(body)}</p></li>'
        for n, (name, day, body) in enumerate(comments)
    )
    listing = (f'<div id="articleComments"><h3>{len(comments)} bình luận</h3><div id="comments">'
               f'<ul class="commentList">{lis}</ul></div></div>') if comments else ""
    form = (f'<div class="smartblogcomments" id="respond"><h4 class="comment-reply-title" id="reply-title">'
            f'Gửi bình luận</h4><div id="commentInput"><form action="{post_path(s)}" method="post" '
            f'id="commentform"><table><tbody><tr><td><span class="required">*</span> Họ tên:</td>'
            f'<td><input type="text" tabindex="1" class="inputName form-control grey" value="" name="name"></td></tr>'
            f'<tr><td><span class="required">*</span> Email:</td><td><input type="text" tabindex="2" '
            f'class="inputMail form-control grey" value="" name="mail"></td></tr><tr><td>Nội dung:</td>'
            f'<td><textarea tabindex="4" class="inputContent form-control grey" rows="8" cols="50" name="comment">'
            f'</textarea></td></tr></tbody></table><input type="hidden" name="id_post" value="{s.id}">'
            f'<input type="submit" name="addComment" id="submitComment" class="bbutton btn btn-default button-medium" '
            f'value="Gửi"></form></div></div>')
    return listing + form


def _post_page(request: Request, s: Story) -> Response:
    cid = CAT_OF[s.cat]
    cover = next((b for b in s.blocks if isinstance(b, Img) and b.style == "cover"), None)
    cover_html = (f'<div id="lipsum" class="articleContent"><img itemprop="image" alt="{esc(s.title)}" '
                  f'src="{cover.src}" class="imageFeatured"></div>') if cover else ""
    sapo = (f'<div class="blog-short-desc"><p><strong>{_text(s.summary)}</strong></p></div>'
            if s.summary and s.sapo_outside else "")
    ncomments = len(s.opts.get("comments") or [])
    tags = s.opts.get("tags") or []
    tag_html = ("" if not tags else '<div class="sdstags-update"><span class="tags"><b>Thẻ:</b> '
                + " ".join(f'<a title="{esc(TAGS[t])}" href="/blog/tag/{t}.html">{esc(TAGS[t])}</a>'
                           for t in tags) + "</span></div>")
    share_url = quote(base_url(request) + post_path(s), safe="")
    main = f"""<div id="content" class="block">
<div itemtype="#" itemscope="" id="sdsblogArticle" class="blog-post">
<div class="page-item-title"><h1 itemprop="headline" class="sdstitle_post">{esc(s.title)}</h1></div>
<div class="post-info">
<span itemprop="author"><i class="material-icons">person</i> Đăng bởi {esc(s.opts["account"])}</span>
<span class="ngay"><i class="material-icons">event</i> {s.opts["date"]}</span>
<span itemprop="articleSection"><i class="material-icons">folder_open</i> <a href="{cat_path(cid)}">{esc(s.cat)}</a></span>
<span class="comment"><i class="material-icons">comment</i> <a title="{ncomments} bình luận" href="#articleComments">{ncomments} bình luận</a></span>
<span class="viewed"><i class="material-icons">visibility</i> {s.views()} lượt xem</span>
</div>
<div itemprop="articleBody">
{sapo}
{cover_html}
<div class="sdsarticle-des">
{_render_content(s)}
</div>
{tag_html}
</div>
<div class="sdsarticleBottom"><div class="social-sharing"><span>Chia sẻ</span><ul>
<li class="facebook icon-gray"><a href="https://www.facebook.com/sharer.php?u={share_url}" class="text-hide" title="Chia sẻ" target="_blank">Chia sẻ</a></li>
<li class="twitter icon-gray"><a href="https://twitter.com/intent/tweet?text={share_url}" class="text-hide" title="Tweet" target="_blank">Tweet</a></li>
<li class="zalo icon-gray"><a href="https://sp.zalo.me/share_inline?url={share_url}" class="text-hide" target="_blank">Zalo</a></li>
</ul></div></div>
</div>
{_related_posts(s)}
{_related_products(s)}
{_comments(s)}
</div>"""
    crumbs = [("Trang chủ", "/"), ("Bản tin Hoa Mai", "/blog"), (s.cat, cat_path(cid)), (s.title, None)]
    return _page(s.opts.get("meta", s.title), request, "Bản tin Hoa Mai", crumbs, main,
                 post_path(s), _excerpt(s), og="article")


# --- listings ----------------------------------------------------------------------------------


def _card(s: Story) -> str:
    return f"""<div itemtype="#" itemscope="" class="sdsarticleCat clearfix"><div id="smartblogpost-{s.id}">
<div class="sdsarticleHeader"><p class="sdstitle_block"><a title="{esc(s.title)}" href="{post_path(s)}">{esc(s.title)}</a></p>
{_day_box(s)}<span class="tg"><i class="material-icons">person</i> {esc(s.opts["account"])}</span>
<span class="cat"><i class="material-icons">folder_open</i> <a href="{cat_path(CAT_OF[s.cat])}">{esc(s.cat)}</a></span></div>
<div class="articleContent"><a itemprop="url" title="{esc(s.title)}" class="imageFeaturedLink" href="{post_path(s)}"><img itemprop="image" alt="{esc(s.title)}" src="/modules/smartblog/images/{s.id}-home-default.jpg" class="imageFeatured"></a></div>
<div class="sdsarticle-des"><span itemprop="description"><div id="lipsum">{esc(_excerpt(s))}</div></span></div>
<div class="sdsreadMore"><span class="more"><a title="{esc(s.title)}" href="{post_path(s)}" class="r_more btn btn-primary">Xem tiếp</a></span></div>
</div></div>"""


def _pager(base: str, page: int, pages: int, total: int, per: int) -> str:
    if pages <= 1:
        return ""
    first, last = (page - 1) * per + 1, min(page * per, total)
    links = []
    if page > 1:
        links.append(f'<li><a rel="prev nofollow" href="{base}?page={page - 1}" class="previous js-search-link">'
                     f'<i class="material-icons">&#xE314;</i>Trang trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<li class="current"><a rel="nofollow" href="{base}?page={n}" class="disabled js-search-link">{n}</a></li>')
        else:
            links.append(f'<li><a rel="nofollow" href="{base}?page={n}" class="js-search-link">{n}</a></li>')
    if page < pages:
        links.append(f'<li><a rel="next nofollow" href="{base}?page={page + 1}" class="next js-search-link">'
                     f'Trang sau<i class="material-icons">&#xE315;</i></a></li>')
    return (f'<nav class="pagination post-page"><div class="col-md-4">Hiển thị {first}-{last} trong số {total} '
            f'bài viết</div><div class="col-md-6 offset-md-2 pr-0"><ul class="page-list clearfix text-sm-center">'
            f'{"".join(links)}</ul></div></nav>')


def _listing(request: Request, posts: list[Story], per: int, base: str, heading: str,
             crumbs: list[tuple[str, str | None]]) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    pages = max(1, -(-len(posts) // per))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * per: page * per]
    main = (f'<div id="smartblogcat" class="block"><h2 class="h2 cat-title">{esc(heading)}</h2>'
            + "".join(_card(s) for s in chunk) + "</div>" + _pager(base, page, pages, len(posts), per))
    title = heading + (f" - Trang {page}" if page > 1 else "") + " | Mầm non Hoa Mai"
    canonical = base + (f"?page={page}" if page > 1 else "")
    return _page(title, request, "Bản tin Hoa Mai", crumbs, main, canonical)


def _home(request: Request) -> Response:
    slider = "".join(
        f'<li class="carousel-item{" active" if n == 0 else ""}" role="option"><a href="{href}">'
        f'<figure><img src="/modules/ps_imageslider/images/{img}" alt="{esc(alt)}"><figcaption class="caption">'
        f'<h2 class="display-1 text-uppercase">{esc(alt)}</h2></figcaption></figure></a></li>'
        for n, (href, img, alt) in enumerate([
            (cms_path(6), "slide-tuyen-sinh-2027.jpg", "Tuyển sinh năm học 2027 – 2028"),
            ("/3-dong-phuc-hoc-lieu", "slide-dong-phuc-dong.jpg", "Đồng phục mùa đông đã có hàng"),
        ])
    )
    products = "".join(
        f'<article class="product-miniature js-product-miniature" data-id-product="{pid}"><div class="thumbnail-container">'
        f'<a href="{product_path(pid)}" class="thumbnail product-thumbnail"><img src="/{pid * 3}-home_default/{p[0]}.jpg" '
        f'alt="{esc(p[1])}"></a><div class="product-description"><h3 class="h3 product-title"><a href="{product_path(pid)}">'
        f'{esc(p[1])}</a></h3><div class="product-price-and-shipping"><span class="price">{p[2]}</span></div></div></div></article>'
        for pid, p in PRODUCTS.items()
    )
    news = "".join(
        f'<div class="sds_blog_post col-xs-12 col-sm-6 col-md-3"><span class="news_module_image_holder">'
        f'<a href="{post_path(s)}"><img alt="{esc(s.title)}" class="feat_img_small" '
        f'src="/modules/smartblog/images/{s.id}-home-default.jpg"></a></span><div class="sds_blog_post_info">'
        f'{_day_box(s)}<h4 class="sds_post_title"><a href="{post_path(s)}">{esc(s.title)}</a></h4>'
        f'<p>{esc(_excerpt(s))}</p><a href="{post_path(s)}" class="r_more">Xem tiếp</a></div></div>'
        for s in ORDERED[:4]
    )
    main = f"""<div id="carousel" data-ride="carousel" class="carousel slide" data-interval="5000"><ul class="carousel-inner" role="listbox">{slider}</ul></div>
<section class="featured-products clearfix"><h2 class="h2 products-section-title text-uppercase">Sản phẩm nổi bật</h2>
<div class="products">{products}</div><a class="all-product-link float-xs-left float-md-right h4" href="/3-dong-phuc-hoc-lieu">Tất cả sản phẩm<i class="material-icons">&#xE315;</i></a></section>
<div class="block smart-blog-home-post"><h2 class="sdsblog-box-title"><a href="/blog">Tin mới từ Hoa Mai</a></h2>
<div class="sdsblog-box-content row">{news}</div></div>"""
    return _page("Mầm non Hoa Mai Vĩnh Yên - Đồng phục, học liệu cho bé", request, "Mầm non Hoa Mai",
                 [("Trang chủ", None)], main, "/", "Trường Mầm non tư thục Hoa Mai, Vĩnh Yên, Vĩnh Phúc",
                 left=False)


def _product_page(request: Request, pid: int) -> Response:
    slug, name, price, desc = PRODUCTS[pid]
    others = "".join(f'<li><a href="{product_path(o)}">{esc(PRODUCTS[o][1])}</a></li>' for o in PRODUCTS if o != pid)
    main = f"""<div class="row product-container js-product-container">
<div class="col-md-6"><div class="images-container"><div class="product-cover"><img class="js-qv-product-cover" src="/{pid * 3}-large_default/{slug}.jpg" alt="{esc(name)}" itemprop="image"></div></div></div>
<div class="col-md-6"><h1 class="h1" itemprop="name">{esc(name)}</h1>
<div class="product-prices"><div class="product-price h5"><div class="current-price"><span itemprop="price" content="{price}">{price}</span></div></div><div class="tax-shipping-delivery-label">Đã bao gồm thuế</div></div>
<div class="product-information"><div id="product-description-short-{pid}" itemprop="description"><p>{esc(desc[0])}</p></div>
<div class="product-actions"><form action="/gio-hang" method="post" id="add-to-cart-or-refresh"><input type="hidden" name="token" value="8c1f7e0d2b9a"><input type="hidden" name="id_product" value="{pid}" id="product_page_product_id">
<div class="product-variants"><div class="clearfix product-variants-item"><span class="control-label">Kích cỡ</span><select class="form-control form-control-select" id="group_1" name="group[1]"><option value="1" selected="selected">Số 1</option><option value="2">Số 2</option><option value="3">Số 3</option></select></div></div>
<div class="product-add-to-cart"><span class="control-label">Số lượng</span><input type="number" name="qty" id="quantity_wanted" value="1" min="1"><button class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit"><i class="material-icons shopping-cart">&#xE547;</i>Thêm vào giỏ hàng</button></div></form></div>
</div></div></div>
<div class="tabs"><ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#description" role="tab">Mô tả</a></li></ul>
<div class="tab-content" id="tab-content"><div class="tab-pane fade in active" id="description" role="tabpanel"><div class="product-description">{"".join(f"<p>{esc(d)}</p>" for d in desc)}</div></div></div></div>
<section class="product-accessories clearfix"><p class="h5 text-uppercase">Có thể bạn cũng thích</p><ul>{others}</ul></section>"""
    crumbs = [("Trang chủ", "/"), ("Đồng phục & học liệu", "/3-dong-phuc-hoc-lieu"), (name, None)]
    return _page(name, request, "Cửa hàng", crumbs, main, product_path(pid), desc[0], left=False, og="product")


def _product_category(request: Request) -> Response:
    items = "".join(
        f'<article class="product-miniature js-product-miniature" data-id-product="{pid}"><a href="{product_path(pid)}" '
        f'class="thumbnail product-thumbnail"><img src="/{pid * 3}-home_default/{p[0]}.jpg" alt="{esc(p[1])}"></a>'
        f'<h2 class="h3 product-title"><a href="{product_path(pid)}">{esc(p[1])}</a></h2><span class="price">{p[2]}</span></article>'
        for pid, p in PRODUCTS.items()
    )
    main = (f'<div id="js-product-list-header"><h1 class="h1">Đồng phục &amp; học liệu</h1></div>'
            f'<div id="js-product-list"><div class="products row">{items}</div>'
            f'<nav class="pagination"><div class="col-md-4">Hiển thị 1-4 trong số 4 sản phẩm</div></nav></div>')
    return _page("Đồng phục & học liệu", request, "Cửa hàng",
                 [("Trang chủ", "/"), ("Đồng phục & học liệu", None)], main, "/3-dong-phuc-hoc-lieu", left=False)


def _cms_page(request: Request, cid: int) -> Response:
    _slug, title, paras = CMS[cid]
    extra = ""
    if cid == 8:
        extra = "".join(f'<a href="{_cms(f"album/{n}.jpg")}" class="fancybox"><img src="{_cms(f"album/{n}-thumb.jpg")}" '
                        f'alt="Hoạt động {n}"></a>' for n in range(1, 7))
    main = (f'<header class="page-header"><h1>{esc(title)}</h1></header><section id="content" class="page-content page-cms '
            f'page-cms-{cid}">' + "".join(f"<p>{esc(p)}</p>" for p in paras) + extra + "</section>")
    return _page(title, request, "Mầm non Hoa Mai", [("Trang chủ", "/"), (title, None)], main, cms_path(cid), paras[0])


def _contact(request: Request) -> Response:
    main = f"""<section class="contact-form"><form action="/lien-he" method="post" enctype="multipart/form-data">
<h3>Liên hệ với chúng tôi</h3><p>{SCHOOL}<br>Số 18 đường Nguyễn Tất Thành, phường Liên Bảo, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
<p>Điện thoại: 0211 3 728 668 – Hotline tuyển sinh: 0986 215 379</p>
<select name="id_contact" class="form-control form-control-select"><option value="2">Tuyển sinh</option><option value="1">Cửa hàng</option></select>
<input class="form-control" name="from" type="email" value="" placeholder="your@email.com"><textarea class="form-control" name="message" placeholder="Nội dung" rows="3"></textarea>
<input class="btn btn-primary" type="submit" name="submitMessage" value="Gửi"></form></section>"""
    return _page("Liên hệ", request, "Liên hệ", [("Trang chủ", "/"), ("Liên hệ", None)], main, "/lien-he")


def _rss(request: Request) -> Response:
    from datetime import datetime

    base = base_url(request)
    items = []
    for s in ORDERED:
        dt = datetime.strptime(s.opts["date"], "%m/%d/%Y %H:%M:%S")
        pub = dt.strftime("%a, %d %b %Y %H:%M:%S +0700")
        items.append(f"<item><title><![CDATA[{s.title}]]></title><description><![CDATA[{_excerpt(s)}]]>"
                     f"</description><pubDate>{pub}</pubDate><link>{base}{post_path(s)}</link>"
                     f"<guid>{base}{post_path(s)}</guid></item>")
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bản tin Hoa Mai</title>'
           f"<link>{base}/blog</link><description>Tin tức Trường Mầm non tư thục Hoa Mai</description>"
           f"{''.join(items)}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _simple(request: Request, title: str, text: str) -> Response:
    return _page(title, request, title, [("Trang chủ", "/"), (title, None)], f"<h1>{esc(title)}</h1><p>{esc(text)}</p>",
                 None, left=False)


# --- routing -----------------------------------------------------------------------------------

_POST = re.compile(r"^/blog/(\d+)_([a-z0-9-]+)\.html$")
_CAT = re.compile(r"^/blog/category/(\d+)_([a-z0-9-]+)\.html$")
_TAG = re.compile(r"^/blog/tag/([a-z0-9-]+)\.html$")
_PRODUCT = re.compile(r"^/(\d+)-([a-z0-9-]+)\.html$")
_CMSP = re.compile(r"^/content/(\d+)-([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path != "/" and (resp := static_file(path)) is not None:
            return resp
        params = request.params
        if path == "/":
            return _home(request) if not request.query else None
        if path == "/index.php":
            if params.get("fc") == "module" and params.get("module") == "smartblog" \
                    and params.get("controller") == "details" and params.get("id_post", "").isdigit():
                s = BY_ID.get(int(params["id_post"]))
                return _post_page(request, s) if s else None
            return None
        if path == "/blog":
            return _listing(request, ORDERED, BLOG_PER_PAGE, "/blog", "Tất cả bài viết",
                            [("Trang chủ", "/"), ("Bản tin Hoa Mai", None)])
        if m := _POST.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s is None:
                return None
            if m.group(2) not in (s.slug, s.opts.get("old_slug")):
                return redirect(post_path(s), 301)
            return _post_page(request, s)
        if m := _CAT.match(path):
            cid = int(m.group(1))
            if cid not in CATS or m.group(2) != CATS[cid][0]:
                return None
            name = CATS[cid][1]
            return _listing(request, [s for s in ORDERED if s.cat == name], CAT_PER_PAGE, cat_path(cid), name,
                            [("Trang chủ", "/"), ("Bản tin Hoa Mai", "/blog"), (name, None)])
        if m := _TAG.match(path):
            tag = m.group(1)
            if tag not in TAGS or request.query:
                return None
            posts = [s for s in ORDERED if tag in (s.opts.get("tags") or [])]
            return _listing(request, posts, CAT_PER_PAGE, f"/blog/tag/{tag}.html", f"Thẻ: {TAGS[tag]}",
                            [("Trang chủ", "/"), ("Bản tin Hoa Mai", "/blog"), (f"Thẻ: {TAGS[tag]}", None)])
        if path == "/module/smartblog/rss":
            return _rss(request)
        if path == "/3-dong-phuc-hoc-lieu" and not request.query:
            return _product_category(request)
        if m := _PRODUCT.match(path):
            pid = int(m.group(1))
            if pid not in PRODUCTS or request.query:
                return None
            if m.group(2) != PRODUCTS[pid][0]:
                return redirect(product_path(pid), 301)
            return _product_page(request, pid)
        if m := _CMSP.match(path):
            cid = int(m.group(1))
            if cid not in CMS or m.group(2) != CMS[cid][0] or request.query:
                return None
            return _cms_page(request, cid)
        if path == "/lien-he" and not request.query:
            return _contact(request)
        if path == "/gio-hang":
            return _simple(request, "Giỏ hàng", "Không còn sản phẩm nào trong giỏ hàng của bạn")
        if path == "/dang-nhap" and params.get("back") == "my-account":
            return _simple(request, "Đăng nhập", "Đăng nhập vào tài khoản của bạn")
        if path == "/tim-kiem":
            return _simple(request, "Tìm kiếm", "Không tìm thấy sản phẩm nào")
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------

_ALT = {
    41: [f"/blog/41_{BY_ID[41].opts['old_slug']}.html"],
    34: ["/index.php?fc=module&module=smartblog&controller=details&id_post=34"],
}

GOLD = [
    gold_record(s, post_path(s), s.cat, alt_paths=_ALT.get(s.id, ()))
    for s in ORDERED
]

NON_ARTICLES = [
    cms_path(4),
    cms_path(6),
    cms_path(8),
    "/lien-he",
    product_path(22),
    product_path(24),
]
