"""Shopify (Dawn theme) store of a private kindergarten whose news is the store's blog.

Trường Mầm non Tư thục Ngôi Sao Nhỏ (thành phố Thủ Đức, TP. Hồ Chí Minh) sells uniforms and books
online and runs its news as the Shopify blog "Tin tức" (handle ``tin-tuc``), on the Dawn theme
with a few apps (a visitor counter, a "Đọc thêm" related-posts block).

URL scheme
- ``/``: home: slideshow, the three newest posts ("Tin tức mới"), a featured collection.
- ``/blogs/tin-tuc`` and ``/blogs/tin-tuc?page=<N>``: the blog, 5 cards a page, Dawn pagination.
- ``/blogs/tin-tuc/tagged/<tag>`` (``?page=<N>``): the same cards filtered by a tag handle.
- ``/blogs/tin-tuc/<handle>``: an article. ``?page=<N>`` on it pages the *comments* (5 a page);
  any other query string serves the same article (Shopify ignores it).
- ``/blogs/tin-tuc.atom``: the blog's Atom feed (linked from ``<head>``).
- ``/search?q=<q>&type=article``: search results, links carry ``_pos/_sid/_ss`` tracking params.
- ``/pages/gioi-thieu``, ``/pages/lien-he``, ``/pages/tuyen-sinh-2027``: store pages.
- ``/collections/dong-phuc``, ``/collections/sach-hoc-lieu``: collections; product cards link to
  ``/collections/<c>/products/<handle>``, which serves the product (canonical ``/products/<h>``).
- ``/products/<handle>``, ``/cart``, ``/account/login``; POST ``/localization``, ``/cart/add``
  and ``/blogs/tin-tuc/<handle>/comments`` answer 302 back to the page.
- ``/cdn/shop/...``: images (placeholder bytes), printed protocol-relative (``//host/cdn/...``).

Page templates
- Every page: announcement bar (today "Thứ Bảy, 05/12/2026", free-shipping line), Dawn header
  (logo, ``<details>`` mega-menu, search / account / cart icons with a count bubble, a currency
  selector that is a POST form), footer (address, phone, email, menus, visitor counter app
  "Đang online / Hôm nay / Tổng truy cập", newsletter form, payment icons, copyright).
- Article (``main-article``): hero image (``article.image``), ``h1.article-template__title``, a
  ``<time>`` in UTC and the staff account name, ``div.rte[itemprop=articleBody]``, tags, share
  button, "Đọc thêm" cards (related posts app), moderated comments (paginated, 5 a page) and the
  comment form, "Quay lại blog".

How each gold article is reached: the blog's three pages list all 13 (newest first, 5 a page:
the last three only on ``?page=3``); the home page shows the newest three; tag pages, the
"Đọc thêm" cards and the Atom feed list more.

Traps
1. ``<time datetime>`` is printed in UTC ("2026-10-19T23:30:00Z") while the visible date is the
   shop's local day ("20 tháng 10, 2026"); for posts published before 07:00 local the UTC day
   is the day before. The JSON-LD ``datePublished`` carries the local time with +07:00. Gold:
   the local instant with offset ("2026-10-20T06:30:00+07:00").
2. The header byline is the Shopify staff account ("Quản trị website", also JSON-LD ``author``);
   the real writer signs at the end of the body in a right-aligned paragraph ("Cô Lê Thị Thu Hà
   - GV lớp Lá 2"). Gold: the account is nobody; the signed name (no "Cô", no post) is the
   author; the signature line is not body.
3. Comments are printed in ``div.rte[itemprop=text]`` blocks (the same ``rte`` class as the
   article body) with their author's name in the same ``circle-divider caption-with-letter-
   spacing`` span as the article's byline. Gold: comments are not body, their names not authors.
4. Comments are paginated with ``?page=2#comments`` on the article's own URL (page 1 linked back
   as ``?page=1``): the same parameter the blog listing uses for its pages. Gold:
   ``<article>?page=1`` and ``?page=2`` are alt_paths of the article (same text, other
   comments), never articles of their own.
5. Text pasted from Google Docs: the whole body is wrapped in ``<meta charset="utf-8"><b
   style="font-weight:normal;" id="docs-internal-guid-…">`` and each paragraph in ``<span
   style="font-weight: 400;" data-mce-fragment="1">``. It looks bold at the markup level but is
   not a bold lead. Gold: summary null for those posts (no sapo is printed).
6. Shopify's editor has no caption field: captions are the next centred ``<em>`` paragraph, or a
   ``<br>`` + ``<em>`` inside the image's own ``<p>``, or a grey ``<span>`` in a ``<div>``; a
   line "Ảnh: X" under a photo credits only. Gold: caption = the line; "Ảnh: X" -> caption None,
   X a photographer; none of these lines are body.
7. Some posts are typed as ``<div>`` lines with ``<br>`` breaks (no ``<p>``). Gold: each line is
   a paragraph.
8. The uniform post embeds product cards ("Sản phẩm trong bài": name, price "185.000₫",
   "Thêm vào giỏ" POST form) inside the ``rte`` body. Gold: not body.
9. "Đọc thêm" related cards and listing cards print each post's first sentences as an excerpt,
   and the article's excerpt field (meta description) differs from the first paragraph.
   Gold: excerpts are other posts' chrome; meta description is never a sapo.
10. Search results link articles with ``?_pos=<i>&_sid=<hex>&_ss=r``; the linked search (footer
    "Tìm bài về Tết") gives three such URLs. Gold: alt_paths of their articles; canonical is the
    clean URL (``<link rel="canonical">``).
11. Product cards of a collection link ``/collections/<c>/products/<h>`` (same product as
    ``/products/<h>``, canonical says so); the cart/currency/newsletter are POST forms.
    Gold: products are non-articles; no form is needed to reach any article.
12. Images are printed protocol-relative on the shop's own host with Shopify's ``?v=<ts>`` and
    ``&width=`` parameters and a ``srcset`` of other widths. Gold: the image is the ``src``
    (path with its query, ``width=1100`` for the hero); card thumbnails (``width=533``) are not
    the article's.

Gold decisions on ambiguous points
- category: the blog is the only section: "Tin tức" (tags are not categories).
- published_at: the instant carried by ``<time datetime>``/JSON-LD, written in +07:00 (the page
  prints a time in its markup even though the visible text shows only the day).
- the hero (featured) image is the article's first photo, caption None (Dawn prints no line).
- summary: only the posts that open with a ``<strong>`` paragraph have a sapo (it is the body's
  first paragraph); the Google Docs wrapper ``<b style="font-weight:normal">`` is not bold.
- "Tin, ảnh: X" -> X in authors and photographers; "Nguồn: X" closing line -> source X.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "shopify_blog_mamnon"
PLATFORM = "Shopify (Dawn theme) blog"
START_PATH = "/"

SHOP = "Trường Mầm non Ngôi Sao Nhỏ"
BLOG = "/blogs/tin-tuc"
CAT = "Tin tức"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
COMMENTS_PER_PAGE = 5
ACCOUNT = "Quản trị website"
ICT = timezone(timedelta(hours=7))

TAGS = {
    "le-hoi": "Lễ hội",
    "hoat-dong-ngoai-khoa": "Hoạt động ngoại khóa",
    "dinh-duong": "Dinh dưỡng",
    "thong-bao": "Thông báo",
    "dong-phuc-hoc-lieu": "Đồng phục & học liệu",
}


def _hero(name: str, v: int) -> Img:
    return Img(f"/cdn/shop/articles/{name}.jpg?v={v}&width=1100", None, None, "hero")


def _f(name: str, v: int, printed: str | None, caption: str | None, style: str = "next") -> Img:
    return Img(f"/cdn/shop/files/{name}.jpg?v={v}", printed, caption, style)


def _sign(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def _plain(line: str) -> Raw:
    return Raw(f"<p><em>{esc(line)}</em></p>")


PRODUCTS = {
    "ao-thun-dong-phuc-mua-dong": ("Áo thun dài tay đồng phục mùa đông", "185.000₫", "dong-phuc"),
    "quan-ni-dong-phuc": ("Quần nỉ đồng phục bé trai/bé gái", "165.000₫", "dong-phuc"),
    "ao-khoac-gio-ngoi-sao-nho": ("Áo khoác gió Ngôi Sao Nhỏ", "245.000₫", "dong-phuc"),
    "bo-sach-be-lam-quen-chu-cai": ("Bộ sách Bé làm quen chữ cái (5-6 tuổi)", "96.000₫", "sach-hoc-lieu"),
}

_PRODUCT_BLOCK = Raw(
    '<div class="ns-san-pham-bai" style="border:1px solid #eee;padding:12px;margin:16px 0">'
    '<p style="margin:0 0 8px"><strong>Sản phẩm trong bài</strong></p>'
    + "".join(
        f'<div class="sp-item" style="display:inline-block;width:30%;vertical-align:top">'
        f'<a href="/products/{h}"><img src="/cdn/shop/products/{h}.jpg?v=1730000001&amp;width=200" '
        f'alt="{esc(n)}" width="200" height="200"></a><br><a href="/products/{h}">{esc(n)}</a><br>'
        f'<span class="price-item price-item--regular">{p}</span>'
        f'<form method="post" action="/cart/add"><input type="hidden" name="id" value="4400{i}">'
        f'<button type="submit" name="add">Thêm vào giỏ</button></form></div>'
        for i, (h, (n, p, _c)) in enumerate(list(PRODUCTS.items())[:3])
    )
    + "</div>"
)


# --- the thirteen posts ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1,
        "hoi-thi-be-khoe-be-ngoan-cap-truong-2026",
        "Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026-2027",
        CAT,
        "2026-10-09T16:20:00+07:00",
        [
            _hero("hoi-thi-be-khoe", 1728465600),
            P("Sáng ngày 09/10/2026, Trường Mầm non Tư thục Ngôi Sao Nhỏ tổ chức Hội thi “Bé khỏe – Bé ngoan” "
              "cấp trường với sự tham gia của 12 đội thi đến từ các lớp Chồi và Lá."),
            P("Hội thi gồm ba phần: chào hỏi, vận động khéo léo và kể chuyện theo tranh. Các bé tự tin giới "
              "thiệu về bản thân, lớp học và cô giáo của mình."),
            _f("IMG_2041", 1728470000, "Đội thi lớp Lá 1 trong phần vận động “Bật qua suối nhỏ”",
               "Đội thi lớp Lá 1 trong phần vận động “Bật qua suối nhỏ”"),
            P("Ở phần thi vận động, các bé phải bò qua đường hầm, bật liên tục qua 5 vòng và ném bóng "
              "trúng đích. Tiếng cổ vũ của phụ huynh vang khắp sân trường."),
            P("Kết quả, giải Nhất thuộc về đội lớp Lá 2, giải Nhì thuộc về đội lớp Chồi 3."),
            _sign("Tin, ảnh: Phạm Ngọc Yến"),
        ],
        authors=["Phạm Ngọc Yến"],
        photographers=["Phạm Ngọc Yến"],
        opts={"tags": ["hoat-dong-ngoai-khoa"], "excerpt": "Hội thi thường niên dành cho các bé Chồi, Lá.",
              "comments": [("Mẹ bé Bông", "2026-10-09T20:11:00+07:00", "Con về kể mãi, cảm ơn các cô ạ!")]},
    ),
    Story(
        2,
        "thuc-don-tuan-3-thang-10-2026",
        "Thực đơn tuần 3 tháng 10/2026",
        CAT,
        "2026-10-12T07:05:00+07:00",
        [
            P("Nhà trường trân trọng gửi đến quý phụ huynh thực đơn tuần 3 tháng 10/2026 (từ ngày 12/10 đến "
              "ngày 16/10/2026) của khối Nhà trẻ và Mẫu giáo."),
            P("Thứ | Bữa trưa | Bữa xế", "th"),
            P("Thứ Hai | Cơm, cá basa sốt cà chua, canh bí đỏ nấu tôm | Sữa chua, bánh bông lan", "tr"),
            P("Thứ Ba | Cơm, thịt gà kho gừng, canh cải ngọt | Cháo thịt bằm", "tr"),
            P("Thứ Tư | Bún bò Huế (giò heo, chả) | Chè đậu xanh phổ tai", "tr"),
            P("Thứ Năm | Cơm, trứng chiên thịt, canh rau ngót | Sữa tươi, chuối", "tr"),
            P("Thứ Sáu | Nui xào bò, súp gà ngô non | Bánh flan", "tr"),
            P("Thực đơn được xây dựng theo khuyến nghị năng lượng cho trẻ mầm non, bảo đảm 50-55% nhu cầu "
              "năng lượng cả ngày tại trường."),
            _plain("Nguồn: Viện Dinh dưỡng Quốc gia"),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        opts={"tags": ["dinh-duong"], "excerpt": "Thực đơn tuần 3 tháng 10 của khối Nhà trẻ và Mẫu giáo."},
    ),
    Story(
        3,
        "be-lam-thiep-tang-me-ngay-20-10",
        "Bé làm thiệp tặng mẹ nhân Ngày Phụ nữ Việt Nam 20/10",
        CAT,
        "2026-10-20T06:30:00+07:00",
        [
            _hero("thiep-20-10", 1729380600),
            P("Hướng tới Ngày Phụ nữ Việt Nam 20/10, các bé khối Mẫu giáo đã cùng cô tự tay làm những tấm "
              "thiệp xinh xắn để tặng mẹ, bà và cô giáo.", "span"),
            P("Với giấy màu, hồ dán, bút sáp và những bông hoa khô, mỗi bé tạo nên một tấm thiệp mang dấu ấn "
              "riêng. Nhiều bé còn nhờ cô viết giúp lời chúc “Con yêu mẹ nhiều lắm”.", "span"),
            _f("IMG_2207", 1729381000, "Bé Minh Anh (lớp Chồi 2) khoe tấm thiệp hoa hồng",
               "Bé Minh Anh (lớp Chồi 2) khoe tấm thiệp hoa hồng", "in-p"),
            P("Buổi chiều, khi mẹ đến đón, các bé trao thiệp và ôm mẹ thật chặt. Nhiều phụ huynh không giấu "
              "được xúc động.", "span"),
            _sign("Cô Lê Thị Thu Hà - GV lớp Chồi 2"),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"tags": ["le-hoi"], "gdocs": True, "excerpt": "Món quà nhỏ, tình yêu lớn.",
              "comments": [
                  ("Nguyễn Thị Hạnh", "2026-10-20T17:02:00+07:00", "Thiệp đẹp quá, con mình làm tặng bà nội luôn."),
                  ("Ba bé Tôm", "2026-10-20T18:15:00+07:00", "Cảm ơn cô Hà đã hướng dẫn các con."),
                  ("Mẹ Su Su", "2026-10-20T19:40:00+07:00", "Bé nhà em về khoe cả buổi tối."),
                  ("Trần Thu Trang", "2026-10-20T21:03:00+07:00", "Hoạt động rất ý nghĩa ạ."),
                  ("Mẹ bé Na", "2026-10-21T06:55:00+07:00", "Mong trường tổ chức thêm dịp 8/3."),
                  ("Lê Hoàng Phúc", "2026-10-21T08:20:00+07:00", "Ảnh bé Minh Anh dễ thương quá!"),
                  ("Mẹ Cốm", "2026-10-21T12:47:00+07:00", "Cả nhà xúc động lắm cô ơi."),
              ]},
    ),
    Story(
        4,
        "tham-quan-nong-trai-huu-co-cu-chi",
        "Bé tham quan nông trại hữu cơ ở Củ Chi",
        CAT,
        "2026-10-28T15:45:00+07:00",
        [
            _hero("nong-trai", 1730105100),
            P("Ngày 27/10/2026, hơn 150 bé khối Lá đã có chuyến tham quan trải nghiệm tại một nông trại hữu "
              "cơ ở huyện Củ Chi."),
            P("Tại đây, các bé được tìm hiểu quy trình trồng rau sạch, tự tay gieo hạt cải và tưới cây.", "div"),
            P("Các bé còn được cho thỏ, dê ăn và thu hoạch cà chua bi mang về tặng gia đình.", "br"),
            _f("IMG_2330", 1730105500, "Ảnh: Võ Thành Nhân", None, "div"),
            P("Chuyến đi giúp các bé hiểu hơn về nguồn gốc thực phẩm và biết quý trọng công sức lao động.", "div"),
            _sign("Hoàng Minh Châu"),
        ],
        authors=["Hoàng Minh Châu"],
        photographers=["Võ Thành Nhân"],
        opts={"tags": ["hoat-dong-ngoai-khoa"], "excerpt": "Chuyến đi trải nghiệm của khối Lá."},
    ),
    Story(
        5,
        "kham-suc-khoe-dinh-ky-hoc-ky-1",
        "Khám sức khỏe định kỳ học kỳ I cho trẻ",
        CAT,
        "2026-11-03T10:00:00+07:00",
        [
            P("Khám sức khỏe định kỳ giúp phát hiện sớm các vấn đề về dinh dưỡng, răng miệng và thị lực của "
              "trẻ.", "bold"),
            P("Trong hai ngày 02 và 03/11/2026, nhà trường phối hợp với Trạm Y tế phường Thảo Điền tổ chức "
              "khám sức khỏe cho toàn bộ 420 trẻ."),
            P("Nội dung khám gồm:", ""),
            P("Cân, đo chiều cao và đánh giá tình trạng dinh dưỡng;", "li"),
            P("Khám răng miệng, tai mũi họng;", "li"),
            P("Kiểm tra thị lực đối với trẻ 5 tuổi.", "li"),
            P("Kết quả khám sẽ được gửi đến phụ huynh qua sổ liên lạc điện tử trước ngày 15/11/2026."),
            _sign("Phòng Y tế trường"),
        ],
        authors=["Phòng Y tế trường"],
        summary="Khám sức khỏe định kỳ giúp phát hiện sớm các vấn đề về dinh dưỡng, răng miệng và thị lực "
                "của trẻ.",
        opts={"tags": ["thong-bao", "dinh-duong"], "excerpt": "Lịch khám sức khỏe định kỳ học kỳ I."},
    ),
    Story(
        6,
        "ra-mat-dong-phuc-mua-dong-2026",
        "Ra mắt đồng phục mùa đông 2026 – đặt mua online tại cửa hàng của trường",
        CAT,
        "2026-11-10T09:30:00+07:00",
        [
            _hero("dong-phuc-mua-dong", 1731205800),
            P("Từ ngày 10/11/2026, phụ huynh có thể đặt mua bộ đồng phục mùa đông mới ngay trên cửa hàng "
              "trực tuyến của nhà trường."),
            P("Áo thun dài tay may từ vải cotton 4 chiều, thấm hút mồ hôi; quần nỉ có bo gấu, dễ vận động. "
              "Logo Ngôi Sao Nhỏ được in chuyển nhiệt, không bong tróc khi giặt."),
            _PRODUCT_BLOCK,
            P("Đơn hàng đặt trước ngày 20/11/2026 được giao miễn phí tại lớp học của bé."),
            P("Mọi thắc mắc về kích cỡ, phụ huynh vui lòng liên hệ văn phòng nhà trường."),
        ],
        opts={"tags": ["dong-phuc-hoc-lieu"], "excerpt": "Đồng phục mùa đông đã có mặt trên cửa hàng."},
    ),
    Story(
        7,
        "hoi-dien-van-nghe-chao-mung-20-11",
        "Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        CAT,
        "2026-11-20T05:45:00+07:00",
        [
            _hero("van-nghe-20-11", 1732056300),
            P("Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), sáng nay Trường "
              "Mầm non Tư thục Ngôi Sao Nhỏ tổ chức hội diễn văn nghệ “Lời ca dâng cô”.", "span"),
            P("Chương trình gồm 15 tiết mục múa, hát, kịch do các bé và giáo viên thể hiện.", "span"),
            P("Tiết mục mở màn", "h"),
            P("Màn múa “Bông hồng tặng cô” của lớp Lá 1 đã mở đầu chương trình trong tràng pháo tay.", "span"),
            _f("IMG_2518", 1732057000, "Tiết mục múa “Bông hồng tặng cô” của lớp Lá 1",
               "Tiết mục múa “Bông hồng tặng cô” của lớp Lá 1"),
            P("Thay mặt Ban Giám hiệu, cô Hiệu trưởng gửi lời cảm ơn đến quý phụ huynh đã luôn đồng hành cùng "
              "nhà trường.", "span"),
            P("“Mỗi nụ cười của trẻ là món quà quý nhất dành cho cô giáo.”", "quote"),
            _sign("Nguyễn Thanh Tâm - Tổ Văn phòng"),
        ],
        authors=["Nguyễn Thanh Tâm"],
        opts={"tags": ["le-hoi"], "gdocs": True, "excerpt": "Lời ca dâng cô.",
              "comments": [
                  ("Mẹ bé Mít", "2026-11-20T09:02:00+07:00", "Chúc các cô ngày 20/11 thật vui!"),
                  ("Phạm Gia Huy", "2026-11-20T09:40:00+07:00", "Tiết mục của lớp Lá 1 hay quá."),
                  ("Ba bé Cherry", "2026-11-20T10:11:00+07:00", "Cảm ơn các cô đã vất vả tập luyện cho con."),
                  ("Mẹ Bin", "2026-11-20T11:30:00+07:00", "Tri ân thầy cô!"),
                  ("Đỗ Ngọc Mai", "2026-11-20T13:05:00+07:00", "Nhà trường tổ chức rất chu đáo."),
                  ("Mẹ bé Kem", "2026-11-20T20:45:00+07:00", "Xin trường gửi thêm video tiết mục ạ."),
              ]},
    ),
    Story(
        8,
        "hoi-sach-thieu-nhi-2026",
        "Hội sách thiếu nhi “Mỗi ngày một trang sách”",
        CAT,
        "2026-11-25T14:00:00+07:00",
        [
            P("Tuần lễ từ 23 đến 27/11/2026, thư viện nhà trường tổ chức Hội sách thiếu nhi với hơn 600 đầu "
              "sách tranh, truyện cổ tích và sách kỹ năng."),
            _f("IMG_2650", 1732518000, "Góc đọc sách ngoài trời của các bé khối Chồi",
               "Góc đọc sách ngoài trời của các bé khối Chồi"),
            P("Phụ huynh có thể mua sách tại hội sách hoặc đặt trên cửa hàng trực tuyến của trường với giá ưu "
              "đãi 15%."),
            P("Mỗi lớp được tặng một tủ sách nhỏ để duy trì thói quen đọc sách hằng ngày cho trẻ."),
            _f("IMG_2655", 1732518100, "Ảnh: Võ Thành Nhân", None),
            _sign("Tin: Đặng Thu Thảo - Ảnh: Võ Thành Nhân"),
        ],
        authors=["Đặng Thu Thảo"],
        photographers=["Võ Thành Nhân"],
        opts={"tags": ["dong-phuc-hoc-lieu", "hoat-dong-ngoai-khoa"], "excerpt": "Hội sách thiếu nhi tại trường."},
    ),
    Story(
        9,
        "be-tap-lam-banh-quy-gung",
        "Bé tập làm bánh quy gừng",
        CAT,
        "2026-11-28T10:15:00+07:00",
        [
            _hero("banh-quy-gung", 1732763700),
            P("Trong giờ hoạt động trải nghiệm, các bé lớp Lá 3 được cô hướng dẫn làm bánh quy gừng chuẩn bị "
              "cho mùa Giáng sinh.", "div"),
            P("Bé tự nhào bột, cán mỏng rồi dùng khuôn cắt hình người tuyết, ngôi sao, cây thông.", "br"),
            P("Sau 15 phút nướng, mùi bánh thơm lừng cả dãy lớp học.", "div"),
            _f("IMG_2711", 1732764000, "Các bé trang trí bánh bằng kem đường",
               "Các bé trang trí bánh bằng kem đường", "div"),
            P("Hoạt động giúp trẻ rèn luyện sự khéo léo của đôi tay và biết chia sẻ thành quả với bạn bè.", "div"),
        ],
        opts={"tags": ["hoat-dong-ngoai-khoa", "le-hoi"], "excerpt": "Giờ trải nghiệm làm bánh của lớp Lá 3."},
    ),
    Story(
        10,
        "thong-bao-lich-nghi-tet-duong-lich-2027",
        "THÔNG BÁO lịch nghỉ Tết Dương lịch 2027",
        CAT,
        "2026-12-01T08:00:00+07:00",
        [
            P("Nhà trường thông báo lịch nghỉ Tết Dương lịch 2027 như sau:", "bold"),
            P("Trẻ nghỉ học từ thứ Năm ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."),
            P("Trẻ đi học lại bình thường từ thứ Hai ngày 04/01/2027."),
            P("Trong thời gian nghỉ Tết, phụ huynh cần hỗ trợ vui lòng gọi số trực 0909 123 456."),
            _sign("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        summary="Nhà trường thông báo lịch nghỉ Tết Dương lịch 2027 như sau:",
        opts={"tags": ["thong-bao"], "excerpt": "Lịch nghỉ Tết Dương lịch của trẻ."},
    ),
    Story(
        11,
        "mua-sam-tet-dong-phuc-ao-khoac",
        "Gợi ý chuẩn bị áo khoác cho bé đi học ngày Tết se lạnh",
        CAT,
        "2026-12-02T11:20:00+07:00",
        [
            P("Những ngày cuối năm, buổi sáng ở Thủ Đức se lạnh. Nhà trường gợi ý phụ huynh chuẩn bị áo khoác "
              "mỏng cho bé khi đến lớp."),
            P("Nên chọn áo có khóa kéo, mũ rời và chất liệu nhẹ để bé tự mặc, tự cởi khi vào lớp."),
            P("Phụ huynh ghi tên bé vào nhãn áo để tránh nhầm lẫn giữa các bạn."),
            P("Áo khoác gió Ngôi Sao Nhỏ hiện có đủ cỡ từ 2 đến 6 tuổi tại văn phòng và cửa hàng trực tuyến."),
        ],
        opts={"tags": ["dong-phuc-hoc-lieu"], "excerpt": "Gợi ý áo khoác cho bé mùa se lạnh."},
    ),
    Story(
        12,
        "giang-sinh-an-lanh-2026",
        "Giáng sinh an lành cùng Ngôi Sao Nhỏ",
        CAT,
        "2026-12-03T14:30:00+07:00",
        [
            _hero("giang-sinh", 1733211000),
            P("Chương trình “Giáng sinh an lành” sẽ diễn ra vào sáng thứ Năm ngày 24/12/2026 tại sân trường."),
            P("Các bé sẽ được gặp ông già Noel, cùng trang trí cây thông và nhận quà từ nhà trường."),
            _f("IMG_2790", 1733211300, "Cây thông Noel do phụ huynh lớp Chồi 1 cùng trang trí",
               "Cây thông Noel do phụ huynh lớp Chồi 1 cùng trang trí"),
            P("Phụ huynh vui lòng cho bé mặc trang phục màu đỏ hoặc xanh lá trong ngày hội."),
            _sign("Cô Trương Mỹ Linh - Phó Hiệu trưởng"),
        ],
        authors=["Trương Mỹ Linh"],
        opts={"tags": ["le-hoi"], "excerpt": "Chương trình Giáng sinh 2026 của nhà trường.",
              "comments": [("Mẹ bé Táo", "2026-12-03T19:20:00+07:00", "Con háo hức lắm ạ, đếm từng ngày.")]},
    ),
    Story(
        13,
        "hop-phu-huynh-hoc-ky-1-2026-2027",
        "Họp phụ huynh cuối học kỳ I năm học 2026-2027",
        CAT,
        "2026-12-04T17:10:00+07:00",
        [
            P("Nhà trường kính mời quý phụ huynh dự buổi họp cuối học kỳ I vào lúc 7 giờ 30 sáng thứ Bảy "
              "ngày 12/12/2026 tại lớp học của bé."),
            P("Nội dung buổi họp", "h"),
            P("Báo cáo kết quả chăm sóc, giáo dục trẻ học kỳ I.", "ol"),
            P("Kế hoạch hoạt động học kỳ II và chương trình Tết Nguyên đán.", "ol"),
            P("Trao đổi, góp ý của phụ huynh.", "ol"),
            P("Rất mong quý phụ huynh sắp xếp thời gian tham dự đầy đủ."),
        ],
        opts={"tags": ["thong-bao"], "excerpt": "Thư mời họp phụ huynh cuối học kỳ I."},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
#: newest first, as the blog lists them
ORDERED = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)
TET_QUERY = "Tết"


def _utc(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _local_day(stamp: str) -> str:
    d = datetime.fromisoformat(stamp).astimezone(ICT)
    return f"{d.day:02d} tháng {d.month}, {d.year}"


def _time_tag(stamp: str) -> str:
    return f'<time datetime="{_utc(stamp)}">{_local_day(stamp)}</time>'


def _sid(q: str) -> str:
    return hashlib.sha1(q.encode("utf-8")).hexdigest()[:9]


def _plain_text(story: Story) -> str:
    return " ".join([story.title, *story.paragraphs])


def search_results(q: str) -> list[tuple[Story, str]]:
    """Articles matching ``q`` and the tracking URL the results page links each with."""
    needle = q.casefold().strip()
    hits = [s for s in ORDERED if needle and needle in _plain_text(s).casefold()]
    return [(s, f"{BLOG}/{s.slug}?_pos={i}&_sid={_sid(q)}&_ss=r") for i, s in enumerate(hits, 1)]


def _comment_pages(story: Story) -> int:
    n = len(story.opts.get("comments", []))
    return max(1, -(-n // COMMENTS_PER_PAGE))


# --- chrome ----------------------------------------------------------------------------------------


def _img_tag(src: str, host: str, alt: str = "", width: int = 1100, srcset: bool = False) -> str:
    full = f"//{host}{src}"
    extra = ""
    if srcset and "&width=" in src:
        stem = src.split("&width=")[0]
        extra = ' srcset="' + ", ".join(f"//{host}{esc(stem)}&amp;width={w} {w}w" for w in (350, 750, 1100, 1500)) + '"'
        extra += ' sizes="(min-width: 1200px) 1100px, (min-width: 750px) calc(100vw - 10rem), 100vw"'
    return f'<img src="{esc(full)}"{extra} alt="{esc(alt)}" width="{width}" height="{width * 2 // 3}" loading="lazy">'


def _menu() -> str:
    tags = "".join(f'<li><a href="{BLOG}/tagged/{h}" class="header__menu-item list-menu__item link">{esc(n)}</a></li>'
                   for h, n in TAGS.items())
    return (
        '<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">'
        '<li><a href="/" class="header__menu-item list-menu__item link"><span>Trang chủ</span></a></li>'
        '<li><a href="/pages/gioi-thieu" class="header__menu-item list-menu__item link"><span>Giới thiệu</span></a></li>'
        '<li><header-menu><details id="Details-HeaderMenu-3"><summary class="header__menu-item list-menu__item link">'
        '<span>Tin tức</span></summary><ul id="HeaderMenu-MenuList-3" class="header__submenu list-menu" role="list">'
        f'<li><a href="{BLOG}" class="header__menu-item list-menu__item link">Tất cả bài viết</a></li>{tags}'
        '</ul></details></header-menu></li>'
        '<li><header-menu><details id="Details-HeaderMenu-4"><summary class="header__menu-item list-menu__item link">'
        '<span>Cửa hàng</span></summary><ul class="header__submenu list-menu" role="list">'
        '<li><a href="/collections/dong-phuc" class="header__menu-item list-menu__item link">Đồng phục</a></li>'
        '<li><a href="/collections/sach-hoc-lieu" class="header__menu-item list-menu__item link">Sách &amp; học liệu</a></li>'
        '</ul></details></header-menu></li>'
        '<li><a href="/pages/tuyen-sinh-2027" class="header__menu-item list-menu__item link"><span>Tuyển sinh</span></a></li>'
        '<li><a href="/pages/lien-he" class="header__menu-item list-menu__item link"><span>Liên hệ</span></a></li>'
        "</ul></nav>"
    )


def _localization(path: str) -> str:
    opts = "".join(
        f'<li class="disclosure__item"><a class="link link--text disclosure__link" href="#" data-value="{c}">'
        f"{n} ({c} {s})</a></li>"
        for c, n, s in (("VN", "Việt Nam", "₫"), ("US", "Hoa Kỳ", "$"), ("JP", "Nhật Bản", "¥"))
    )
    return (
        '<localization-form><form method="post" action="/localization" id="HeaderCountryForm" '
        'accept-charset="UTF-8" class="localization-form" enctype="multipart/form-data">'
        '<input type="hidden" name="form_type" value="localization"><input type="hidden" name="utf8" value="✓">'
        '<input type="hidden" name="_method" value="put">'
        f'<input type="hidden" name="return_to" value="{esc(path)}">'
        '<div class="disclosure"><button type="button" class="disclosure__button localization-form__select" '
        'aria-expanded="false">Việt Nam | VND ₫</button>'
        f'<div class="disclosure__list-wrapper" hidden><ul role="list" class="list-unstyled">{opts}</ul></div></div>'
        '<input type="hidden" name="country_code" value="VN"></form></localization-form>'
    )


def _page(request: Request, title: str, main: str, *, canonical: str, description: str = "",
          head_extra: str = "", template: str = "page") -> Response:
    host = request.headers.get("Host", "127.0.0.1")
    base = base_url(request)
    doc = f"""<!doctype html>
<html class="no-js" lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="">
<link rel="canonical" href="{esc(base + canonical)}">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<link rel="icon" type="image/png" href="//{host}/cdn/shop/files/favicon-ngoisao.png?crop=center&amp;height=32&amp;v=1700000000&amp;width=32">
<title>{esc(title)} – {SHOP}</title>
<meta name="description" content="{esc(description)}">
<meta property="og:site_name" content="{SHOP}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(description)}">
<link rel="alternate" type="application/atom+xml" title="Feed" href="{BLOG}.atom">
<script src="//{host}/cdn/shop/t/12/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {{}}; Shopify.shop = "ngoisaonho-mamnon.myshopify.com"; Shopify.locale = "vi"; Shopify.currency = {{"active":"VND","rate":"1.0"}}; Shopify.theme = {{"name":"Dawn","id":139871223887,"schema_name":"Dawn","schema_version":"15.0.0","role":"main"}};</script>
<link href="//{host}/cdn/shop/t/12/assets/base.css?v=144968985024194912401700000000" rel="stylesheet" type="text/css" media="all">
{head_extra}
</head>
<body class="gradient animate--hover-default">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Chuyển đến nội dung</a>
<div id="shopify-section-sections--1689__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-4 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Thông báo"><p class="announcement-bar__message h5">
<span>{TODAY_LINE}</span> · <span>Miễn phí giao đồng phục tại lớp cho đơn từ 500.000₫</span></p></div>
<div class="localization-wrapper">{_localization(request.target)}</div>
</div></div></div>
<div id="shopify-section-sections--1689__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset">
<div class="header__heading-logo-wrapper"><img src="//{host}/cdn/shop/files/logo-ngoi-sao-nho.png?v=1700000000&amp;width=300" alt="{SHOP}" width="150" height="60" class="header__heading-logo"></div></a></h1>
{_menu()}
<div class="header__icons header__icons--localization header-localization">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Tìm kiếm"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Tìm kiếm">
<form action="/search" method="get" role="search" class="search search-modal__form">
<input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Tìm kiếm">
<input type="hidden" name="options[prefix]" value="last">
<button type="submit" class="search__button field__button" aria-label="Tìm kiếm"></button></form></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Đăng nhập</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Giỏ hàng</span>
<div class="cart-count-bubble"><span aria-hidden="true">0</span><span class="visually-hidden">0 mặt hàng</span></div></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--1701__main" class="shopify-section section" data-template="{template}">
{main}
</div>
</main>
<div id="shopify-section-sections--1690__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1690__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Ngôi Sao Nhỏ</h2>
<div class="footer-block__details-content rte"><p>Trường Mầm non Tư thục Ngôi Sao Nhỏ<br>Số 18 đường Nguyễn Văn Hưởng, phường Thảo Điền, thành phố Thủ Đức, TP. Hồ Chí Minh<br>Điện thoại: (028) 3744 6688 – Hotline: 0909 123 456<br>Email: lienhe@ngoisaonho.edu.vn</p></div></div>
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Liên kết</h2>
<ul class="footer-block__details-content list-unstyled">
<li><a href="/pages/gioi-thieu" class="link link--text list-menu__item list-menu__item--link">Giới thiệu</a></li>
<li><a href="{BLOG}" class="link link--text list-menu__item list-menu__item--link">Tin tức</a></li>
<li><a href="/search?q={quote(TET_QUERY)}&amp;type=article" class="link link--text list-menu__item list-menu__item--link">Tìm bài về Tết</a></li>
<li><a href="/collections/dong-phuc" class="link link--text list-menu__item list-menu__item--link">Đồng phục</a></li>
<li><a href="/pages/lien-he" class="link link--text list-menu__item list-menu__item--link">Liên hệ</a></li>
<li><a href="https://www.facebook.com/mamnonngoisaonho.thuduc" class="link link--text list-menu__item list-menu__item--link">Facebook</a></li>
</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Lượt truy cập</h2>
<div class="footer-block__details-content"><div id="vcounter-app-block" data-app="visitor-counter">
<p>Đang online: <b>7</b></p><p>Hôm nay: <b>214</b></p><p>Tổng truy cập: <b>186.903</b></p></div></div></div>
</div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Nhận bản tin của trường</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer"><input type="hidden" name="contact[tags]" value="newsletter">
<input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email"><button type="submit" class="newsletter-form__button field__button">Đăng ký</button></form></div>
</div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width">
<div class="footer__column footer__localization">{_localization(request.target)}</div>
<div class="footer__column footer__column--info"><div class="footer__payment"><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li>
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-momo"><title id="pi-momo">MoMo</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">{SHOP}</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Cung cấp bởi Shopify</a></small></div>
</div></div></div>
</footer></div>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div class="drawer__inner" role="dialog" aria-label="Giỏ hàng của bạn">
<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><h2 class="cart__empty-text">Giỏ hàng của bạn đang trống</h2>
<a href="/collections/dong-phuc" class="button">Tiếp tục mua sắm</a></div></div></div></div></cart-drawer>
</body>
</html>"""
    return html(doc, headers={"X-ShopId": "61234567890", "X-Shopify-Stage": "production", "Powered-By": "Shopify"})


# --- article ---------------------------------------------------------------------------------------


def _body(story: Story, host: str) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "hero")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace('src="/cdn/', f'src="//{host}/cdn/'))
            i += 1
            continue
        if isinstance(b, Img):
            tag = _img_tag(b.src, host, "", 600)
            if b.printed is None:
                out.append(f"<p>{tag}</p>")
            elif b.style == "in-p":
                out.append(f'<p style="text-align: center;">{tag}<br><em>{esc(b.printed)}</em></p>')
            elif b.style == "div":
                out.append(f'<div style="text-align: center;">{tag}</div><div style="text-align: center;">'
                           f'<span style="font-size: 12px; color: #777777;">{esc(b.printed)}</span></div>')
            else:
                out.append(f'<p>{tag}</p><p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            i += 1
            continue
        # a paragraph, possibly followed by "br" continuations
        group = [b]
        while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
            group.append(blocks[i + 1])
            i += 1
        st = b.style
        if st in ("li", "ol", "tr", "th"):
            kind = {"li": "li", "ol": "ol", "tr": "tr", "th": "tr"}[st]
            run = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and (
                {"li": "li", "ol": "ol", "tr": "tr", "th": "tr"}.get(blocks[i + 1].style) == kind
            ):
                run.append(blocks[i + 1])
                i += 1
            if kind in ("li", "ol"):
                tag = "ul" if kind == "li" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + f"</{tag}>")
            else:
                rows = []
                for p in run:
                    cell = "th" if p.style == "th" else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table style="width: 100%; border-collapse: collapse;" border="1"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            i += 1
            continue
        if st == "span":
            inner = "<br>".join(f'<span style="font-weight: 400;" data-mce-fragment="1">{esc(p.text)}</span>' for p in group)
        else:
            inner = "<br>".join(esc(p.text) for p in group)
        if st == "div":
            out.append(f"<div>{inner}</div>")
        elif st == "h":
            out.append(f"<h3>{inner}</h3>")
        elif st == "quote":
            out.append(f"<blockquote><p>{inner}</p></blockquote>")
        elif st == "bold":
            out.append(f"<p><strong>{inner}</strong></p>")
        else:
            out.append(f"<p>{inner}</p>")
        i += 1
    body = "\n".join(out)
    if story.opts.get("gdocs"):
        guid = hashlib.md5(story.slug.encode()).hexdigest()
        body = (f'<meta charset="utf-8"><b style="font-weight: normal;" id="docs-internal-guid-{guid[:8]}-7fff-'
                f'{guid[8:12]}-{guid[12:24]}">\n{body}\n</b>')
    return body


def _excerpt(story: Story) -> str:
    words = story.paragraphs[0].split()
    return " ".join(words[:22]) + ("…" if len(words) > 22 else "")


def _card(story: Story, host: str, *, heading: str = "h3", show_excerpt: bool = True) -> str:
    hero = next((im for im in story.images if im.style == "hero"), None)
    media = ""
    if hero:
        thumb = hero.src.replace("&width=1100", "&width=533")
        media = (f'<div class="article-card__image-wrapper card__media"><div class="article-card__image media media--hover-effect">'
                 f"{_img_tag(thumb, host, story.title, 533)}</div></div>")
    excerpt = f'<p class="article-card__excerpt rte-width">{esc(_excerpt(story))}</p>' if show_excerpt else ""
    return (
        f'<article class="card-wrapper article-card-wrapper underline-links-hover" aria-labelledby="ArticleCard-{story.id}">'
        f'<div class="card article-card card--standard{" card--media" if hero else " card--text"}">'
        f'<div class="card__inner ratio">{media}</div>'
        f'<div class="card__content"><div class="card__information">'
        f'<{heading} class="card__heading h2" id="ArticleCard-{story.id}">'
        f'<a href="{BLOG}/{story.slug}" class="full-unstyled-link">{esc(story.title)}</a></{heading}>'
        f'<div class="article-card__info caption-with-letter-spacing h5"><span class="circle-divider">'
        f"{_time_tag(story.published_at)}</span></div>{excerpt}"
        f'<div class="article-card__footer"><a href="{BLOG}/{story.slug}" class="article-card__link link underlined-link">Đọc thêm</a></div>'
        "</div></div></div></article>"
    )


def _related(story: Story) -> list[Story]:
    tags = set(story.opts.get("tags", []))
    same = [s for s in ORDERED if s is not story and tags & set(s.opts.get("tags", []))]
    rest = [s for s in ORDERED if s is not story and s not in same]
    return (same + rest)[:3]


def _article(request: Request, story: Story) -> Response:
    host = request.headers.get("Host", "127.0.0.1")
    comments = story.opts.get("comments", [])
    pages = _comment_pages(story)
    try:
        cpage = int(request.params.get("page", "1") or 1)
    except ValueError:
        cpage = 1
    cpage = max(1, cpage)
    shown = comments[(cpage - 1) * COMMENTS_PER_PAGE: cpage * COMMENTS_PER_PAGE]
    hero = next((im for im in story.images if im.style == "hero"), None)
    hero_html = ""
    if hero:
        hero_html = (
            '<div class="article-template__hero-container"><div class="article-template__hero-adapt media" '
            f'itemprop="image" style="padding-bottom: 66.7%;">{_img_tag(hero.src, host, story.title, 1100, srcset=True)}'
            "</div></div>"
        )
    tags = "".join(f'<a href="{BLOG}/tagged/{t}" class="link">#{esc(TAGS[t])}</a> ' for t in story.opts.get("tags", []))
    comment_items = "".join(
        '<div class="article-template__comments-comment"><div class="rte" itemprop="text">'
        f"<p>{esc(text)}</p></div>"
        '<p class="article-template__comment-fields"><span class="circle-divider caption-with-letter-spacing">'
        f'{esc(name)}</span><span class="caption-with-letter-spacing">{_time_tag(stamp)}</span></p></div>'
        for name, stamp, text in shown
    )
    cpager = ""
    if pages > 1:
        items = []
        if cpage > 1:
            items.append(f'<li><a href="{BLOG}/{story.slug}?page={cpage - 1}#comments" class="pagination__item '
                         'pagination__item--prev pagination__item-arrow link motion-reduce" aria-label="Trang trước">'
                         '<svg aria-hidden="true" class="icon icon-caret"></svg></a></li>')
        for n in range(1, pages + 1):
            if n == cpage:
                items.append(f'<li><span class="pagination__item pagination__item--current" aria-current="page">{n}</span></li>')
            else:
                items.append(f'<li><a href="{BLOG}/{story.slug}?page={n}#comments" class="pagination__item link">{n}</a></li>')
        if cpage < pages:
            items.append(f'<li><a href="{BLOG}/{story.slug}?page={cpage + 1}#comments" class="pagination__item '
                         'pagination__item--next pagination__item-arrow link motion-reduce" aria-label="Trang sau">'
                         '<svg aria-hidden="true" class="icon icon-caret"></svg></a></li>')
        cpager = ('<div class="pagination-wrapper"><nav class="pagination" role="navigation" aria-label="Phân trang">'
                  f'<ul class="pagination__list list-unstyled" role="list">{"".join(items)}</ul></nav></div>')
    comments_html = ""
    if comments:
        comments_html = (
            '<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">'
            f'<h2 id="Comments-{story.id}">{len(comments)} bình luận</h2>'
            f'<div class="article-template__comments">{comment_items}</div>{cpager}</div></div>'
        )
    related = "".join(f'<div class="blog-articles__article article">{_card(s, host)}</div>' for s in _related(story))
    ld = {
        "@context": "http://schema.org/",
        "@type": "BlogPosting",
        "articleBody": "",
        "mainEntityOfPage": {"@type": "WebPage", "@id": base_url(request) + f"{BLOG}/{story.slug}"},
        "headline": story.title,
        "description": story.opts.get("excerpt", ""),
        "datePublished": story.published_at,
        "dateModified": story.published_at,
        "author": {"@type": "Person", "name": ACCOUNT},
        "publisher": {"@type": "Organization", "name": SHOP},
    }
    if hero:
        ld["image"] = {"@type": "ImageObject", "url": "https:" + f"//{host}{hero.src}"}
    main = f"""<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
{hero_html}
<header class="page-width page-width--narrow">
<h1 class="article-template__title" itemprop="headline">{esc(story.title)}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">{_time_tag(story.published_at)}</span>
<span class="caption-with-letter-spacing" itemprop="author">{ACCOUNT}</span>
</header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
{_body(story, host)}
</div>
<div class="article-template__tags page-width page-width--narrow"><span class="caption">Thẻ:</span> {tags}</div>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-{story.id}" class="share-button quick-add-hidden"><button class="share-button__button hidden">Chia sẻ</button>
<details><summary class="share-button__button">Chia sẻ</summary><div class="share-button__fallback motion-reduce">
<div class="field"><input type="text" class="field__input" id="url" value="{esc(base_url(request) + BLOG + '/' + story.slug)}" readonly>
<label class="field__label" for="url">Liên kết</label></div><button class="share-button__close hidden">Đóng</button>
<button class="share-button__copy">Sao chép liên kết</button></div></details></share-button>
<a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + BLOG + '/' + story.slug, safe='')}" class="share-fb" target="_blank" rel="noopener">Facebook</a>
</div>
<div class="ns-related-posts page-width page-width--narrow" data-app="related-blog-posts">
<h2 class="h3">Đọc thêm</h2><div class="blog-articles blog-articles--grid">{related}</div></div>
{comments_html}
<div class="article-template__comment-wrapper background-secondary"><div class="page-width page-width--narrow">
<form method="post" action="{BLOG}/{story.slug}/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<input type="hidden" name="form_type" value="new_comment"><input type="hidden" name="utf8" value="✓">
<h2>Để lại bình luận</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Tên"><label class="field__label" for="CommentForm-author">Tên</label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email</label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Bình luận"></textarea></div>
<p class="article-template__comment-warning caption">Xin lưu ý, bình luận cần được phê duyệt trước khi được đăng.</p>
<input type="submit" class="button" value="Đăng bình luận"></form></div></div>
</article>
<div class="article-template__back element-margin-top center"><a href="{BLOG}" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Quay lại blog</a></div>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
    return _page(request, story.title, main, canonical=f"{BLOG}/{story.slug}",
                 description=story.opts.get("excerpt", ""),
                 head_extra=f'<meta property="og:type" content="article"><meta property="og:url" content="{esc(base_url(request) + BLOG + "/" + story.slug)}">',
                 template="article")


# --- listings --------------------------------------------------------------------------------------


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append(f'<li><a href="{base}?page={page - 1}" class="pagination__item pagination__item--next '
                     'pagination__item-arrow link motion-reduce" aria-label="Trang trước">'
                     '<svg aria-hidden="true" class="icon icon-caret"></svg></a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li><span class="pagination__item pagination__item--current" aria-current="page" '
                         f'aria-label="Trang {n}">{n}</span></li>')
        else:
            items.append(f'<li><a href="{base}?page={n}" class="pagination__item link" aria-label="Trang {n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{base}?page={page + 1}" class="pagination__item pagination__item--prev '
                     'pagination__item-arrow link motion-reduce" aria-label="Trang sau">'
                     '<svg aria-hidden="true" class="icon icon-caret"></svg></a></li>')
    return ('<div class="pagination-wrapper"><nav class="pagination" role="navigation" aria-label="Phân trang">'
            f'<ul class="pagination__list list-unstyled" role="list">{"".join(items)}</ul></nav></div>')


def _listing(request: Request, stories: list[Story], base: str, heading: str) -> Response | None:
    host = request.headers.get("Host", "127.0.0.1")
    pages = max(1, -(-len(stories) // PER_PAGE))
    raw = request.params.get("page", "1") or "1"
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return None
    page = int(raw)
    chunk = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
    cards = "".join(f'<div class="blog-articles__article article">{_card(s, host)}</div>' for s in chunk)
    tag_links = "".join(f'<li><a href="{BLOG}/tagged/{h}" class="link">{esc(n)}</a></li>' for h, n in TAGS.items())
    main = (
        '<div class="main-blog page-width section-template--1701__main-padding">'
        f'<h1 class="title--primary">{esc(heading)}</h1>'
        f'<div class="ns-blog-tags"><span>Chủ đề:</span><ul class="list-unstyled">{tag_links}</ul></div>'
        f'<div class="blog-articles blog-articles--collage">{cards}</div>'
        f"{_pager(base, page, pages)}</div>"
    )
    canonical = base if page == 1 else f"{base}?page={page}"
    return _page(request, heading, main, canonical=canonical, template="blog")


def _home(request: Request) -> Response:
    host = request.headers.get("Host", "127.0.0.1")
    cards = "".join(f'<div class="blog-articles__article article">{_card(s, host, show_excerpt=False)}</div>'
                    for s in ORDERED[:3])
    products = "".join(
        f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><a href="/products/{h}" class="full-unstyled-link">'
        f"{esc(n)}</a><div class=\"price\"><span class=\"price-item price-item--regular\">{p}</span></div></div></li>"
        for h, (n, p, _c) in list(PRODUCTS.items())[:4]
    )
    main = (
        '<slideshow-component class="slider-mobile-gutter"><div class="slideshow banner">'
        f'<div class="slideshow__slide">{_img_tag("/cdn/shop/files/banner-tuyen-sinh-2027.jpg?v=1731000000&width=1500", host, "Tuyển sinh 2027", 1500)}'
        '<div class="banner__box"><h2 class="banner__heading h1">Tuyển sinh năm học 2027-2028</h2>'
        '<a href="/pages/tuyen-sinh-2027" class="button button--primary">Tìm hiểu thêm</a></div></div></div></slideshow-component>'
        '<div class="featured-blog page-width"><div class="title-wrapper-with-link"><h2 class="blog__title inline-richtext h2">Tin tức mới</h2>'
        f'<a href="{BLOG}" class="link underlined-link large-up-hide">Xem tất cả</a></div>'
        f'<div class="blog-articles blog-articles--grid">{cards}</div>'
        f'<div class="blog__view-all center small-hide"><a href="{BLOG}" class="blog__button button">Xem tất cả</a></div></div>'
        '<div class="featured-collection page-width"><h2 class="title inline-richtext h2">Đồng phục &amp; học liệu</h2>'
        f'<ul class="grid product-grid" role="list">{products}</ul>'
        '<a href="/collections/dong-phuc" class="button">Xem tất cả</a></div>'
    )
    return _page(request, "Trang chủ", main, canonical="/", description="Trường Mầm non Tư thục Ngôi Sao Nhỏ – Thủ Đức",
                 template="index")


def _search(request: Request) -> Response:
    q = request.params.get("q", "")
    hits = search_results(q)
    items = "".join(
        f'<li class="grid__item"><div class="card-wrapper"><h3 class="card__heading h5"><a href="{esc(url)}" class="full-unstyled-link">'
        f'{esc(s.title)}</a></h3><p class="caption">Bài viết · {_local_day(s.published_at)}</p></div></li>'
        for s, url in hits
    )
    main = (
        '<div class="template-search page-width"><h1 class="h2 center">Kết quả tìm kiếm</h1>'
        f'<p class="template-search__results-count" role="status">Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p>'
        f'<ul id="product-grid" class="grid product-grid" role="list">{items}</ul></div>'
    )
    return _page(request, f"Tìm kiếm: {len(hits)} kết quả cho \"{q}\"", main, canonical="/search", template="search")


# --- store pages -----------------------------------------------------------------------------------

STORE_PAGES = {
    "gioi-thieu": ("Giới thiệu", [
        "Trường Mầm non Tư thục Ngôi Sao Nhỏ được thành lập năm 2014 tại phường Thảo Điền, thành phố Thủ Đức.",
        "Trường có 14 lớp từ Nhà trẻ đến Mẫu giáo Lớn, với đội ngũ 38 giáo viên và nhân viên.",
        "Sứ mệnh của nhà trường: mỗi ngày đến trường là một ngày vui của bé.",
    ]),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: Số 18 đường Nguyễn Văn Hưởng, phường Thảo Điền, thành phố Thủ Đức, TP. Hồ Chí Minh.",
        "Điện thoại: (028) 3744 6688 – Hotline: 0909 123 456.",
        "Giờ làm việc: thứ Hai đến thứ Sáu, 7:00 – 17:30.",
    ]),
    "tuyen-sinh-2027": ("Tuyển sinh năm học 2027-2028", [
        "Nhà trường tuyển sinh trẻ từ 18 tháng đến 5 tuổi cho năm học 2027-2028.",
        "Hồ sơ gồm: đơn xin nhập học, bản sao giấy khai sinh, sổ tiêm chủng.",
        "Phụ huynh đăng ký tham quan trường qua hotline 0909 123 456.",
    ]),
}

COLLECTIONS = {"dong-phuc": "Đồng phục", "sach-hoc-lieu": "Sách & học liệu"}


def _store_page(request: Request, handle: str) -> Response:
    title, paras = STORE_PAGES[handle]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if handle == "lien-he":
        body += ('<form method="post" action="/contact#ContactForm" id="ContactForm" class="contact">'
                 '<input type="hidden" name="form_type" value="contact"><input name="contact[name]" placeholder="Tên">'
                 '<textarea name="contact[body]"></textarea><button type="submit">Gửi</button></form>')
    main = (f'<div class="page-width page-width--narrow"><h1 class="main-page-title page-title h0">{esc(title)}</h1>'
            f'<div class="rte">{body}</div></div>')
    return _page(request, title, main, canonical=f"/pages/{handle}", template="page")


def _collection(request: Request, handle: str) -> Response:
    host = request.headers.get("Host", "127.0.0.1")
    items = "".join(
        f'<li class="grid__item"><div class="card-wrapper product-card-wrapper">'
        f'<div class="card__media">{_img_tag(f"/cdn/shop/products/{h}.jpg?v=1730000001&width=533", host, n, 533)}</div>'
        f'<h3 class="card__heading h5"><a href="/collections/{handle}/products/{h}" class="full-unstyled-link">{esc(n)}</a></h3>'
        f'<div class="price"><span class="price-item price-item--regular">{p}</span></div></div></li>'
        for h, (n, p, c) in PRODUCTS.items() if c == handle
    )
    main = (f'<div class="collection-hero"><h1 class="collection-hero__title">{esc(COLLECTIONS[handle])}</h1></div>'
            '<facet-filters-form><form id="FacetSortForm" class="facets__form"><select name="sort_by">'
            '<option value="manual">Nổi bật</option><option value="price-ascending">Giá, thấp đến cao</option>'
            '</select></form></facet-filters-form>'
            f'<ul id="product-grid" class="grid product-grid" role="list">{items}</ul>')
    return _page(request, COLLECTIONS[handle], main, canonical=f"/collections/{handle}", template="collection")


def _product(request: Request, handle: str) -> Response:
    host = request.headers.get("Host", "127.0.0.1")
    name, price, coll = PRODUCTS[handle]
    main = (
        '<section class="product product--medium grid grid--1-col grid--2-col-tablet page-width">'
        f'<div class="product__media-wrapper">{_img_tag(f"/cdn/shop/products/{handle}.jpg?v=1730000001&width=1100", host, name)}</div>'
        f'<div class="product__info-wrapper"><p class="product__text caption-with-letter-spacing">{SHOP}</p>'
        f'<div class="product__title"><h1>{esc(name)}</h1></div>'
        f'<div class="price"><span class="price-item price-item--regular">{price}</span></div>'
        '<form method="post" action="/cart/add" class="form" enctype="multipart/form-data"><input type="hidden" name="id" value="44001">'
        '<input type="number" name="quantity" value="1"><button type="submit" name="add" class="product-form__submit button">Thêm vào giỏ</button></form>'
        f'<div class="product__description rte"><p>Sản phẩm chính hãng của {SHOP}. Đổi size trong 7 ngày.</p></div>'
        f'<a href="/collections/{coll}" class="link">← {esc(COLLECTIONS[coll])}</a></div></section>'
    )
    return _page(request, name, main, canonical=f"/products/{handle}", template="product")


def _atom(request: Request) -> Response:
    base = base_url(request)
    entries = "".join(
        f"<entry><id>{base}{BLOG}/{s.slug}</id><published>{s.published_at}</published><updated>{s.published_at}</updated>"
        f'<link rel="alternate" type="text/html" href="{base}{BLOG}/{s.slug}"/><title>{esc(s.title)}</title>'
        f"<author><name>{ACCOUNT}</name></author><summary type=\"html\">{esc(s.opts.get('excerpt', ''))}</summary></entry>"
        for s in ORDERED
    )
    feed = (f'<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
            f"<id>{base}{BLOG}</id><link rel=\"alternate\" type=\"text/html\" href=\"{base}{BLOG}\"/>"
            f"<title>{SHOP} - Tin tức</title><updated>{ORDERED[0].published_at}</updated>{entries}</feed>")
    return Response(200, feed, {"Content-Type": "application/atom+xml; charset=utf-8"})


class ShopifySite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith("/cdn/shop/"):
            return static_file(path)
        if request.method == "POST":
            if path == "/localization":
                return redirect(request.form.get("return_to") or "/")
            if path in ("/cart/add", "/contact"):
                return redirect("/cart")
            if path.startswith(BLOG + "/") and path.endswith("/comments"):
                slug = path[len(BLOG) + 1: -len("/comments")]
                if slug in BY_SLUG:
                    return redirect(f"{BLOG}/{slug}#comments")
            return None
        if path == "/":
            return _home(request)
        if path == BLOG + ".atom":
            return _atom(request)
        if path == BLOG:
            return _listing(request, ORDERED, BLOG, "Tin tức")
        if path.startswith(BLOG + "/tagged/"):
            tag = path[len(BLOG + "/tagged/"):]
            if tag in TAGS:
                stories = [s for s in ORDERED if tag in s.opts.get("tags", [])]
                return _listing(request, stories, f"{BLOG}/tagged/{tag}", f"Tin tức – {TAGS[tag]}")
            return None
        if path.startswith(BLOG + "/"):
            story = BY_SLUG.get(path[len(BLOG) + 1:])
            return _article(request, story) if story else None
        if path == "/search":
            return _search(request)
        if path.startswith("/pages/") and path[7:] in STORE_PAGES:
            return _store_page(request, path[7:])
        if path.startswith("/collections/"):
            parts = path.split("/")
            if len(parts) == 3 and parts[2] in COLLECTIONS:
                return _collection(request, parts[2])
            if len(parts) == 5 and parts[2] in COLLECTIONS and parts[3] == "products" and parts[4] in PRODUCTS:
                return _product(request, parts[4])
            return None
        if path.startswith("/products/") and path[10:] in PRODUCTS:
            return _product(request, path[10:])
        if path == "/cart":
            main = ('<div class="page-width"><h1 class="cart__empty-text">Giỏ hàng của bạn đang trống</h1>'
                    '<a href="/collections/dong-phuc" class="button">Tiếp tục mua sắm</a></div>')
            return _page(request, "Giỏ hàng", main, canonical="/cart", template="cart")
        if path == "/account/login":
            main = ('<div class="customer login"><h1>Đăng nhập</h1><form method="post" action="/account/login">'
                    '<input type="email" name="customer[email]"><input type="password" name="customer[password]">'
                    '<button>Đăng nhập</button></form></div>')
            return _page(request, "Tài khoản", main, canonical="/account/login", template="customers/login")
        return static_file(path)


def build_site() -> ShopifySite:
    return ShopifySite()


# --- gold ------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    pages = _comment_pages(story)
    # Dawn's comment pager links page 1 as ``?page=1`` too
    alts = [f"{BLOG}/{story.slug}?page={n}" for n in range(1, pages + 1)] if pages > 1 else []
    alts += [url for s, url in search_results(TET_QUERY) if s is story]
    return alts


GOLD = [gold_record(s, f"{BLOG}/{s.slug}", CAT, alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/pages/gioi-thieu",
    "/pages/lien-he",
    "/pages/tuyen-sinh-2027",
    "/collections/dong-phuc",
    "/products/ao-thun-dong-phuc-mua-dong",
    "/products/bo-sach-be-lam-quen-chu-cai",
]
