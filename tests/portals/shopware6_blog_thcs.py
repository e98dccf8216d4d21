"""Shopware 6 storefront of Trường THCS Trần Phú (Hải Phòng): a uniform/book shop with a blog plugin.

Platform
    Shopware 6.5 (PHP 8, Symfony 6, Twig storefront, Bootstrap 5) run by the school as its uniform
    and textbook shop ("Cửa hàng đồng phục"), with a third-party blog plugin (vendor prefix
    ``sas-blog-``) for the school's news and the CMS "Erlebniswelten" (shopping experiences)
    layouts: every page is ``cms-page > cms-sections > cms-section > cms-block > cms-element-*``,
    and each blog post's text is itself a small Erlebniswelt (text, image, image-text,
    two-column text, gallery and product-slider blocks).

URL scheme
    ``/``                               home (CMS layout: hero banner, 3 newest posts, product slider)
    ``/tin-tuc`` / ``/tin-tuc?p=N``      blog listing, 5 posts a page (pages 1–3; ``?p=1`` = page 1)
    ``/tin-tuc/danh-muc/<slug>[?p=N]``  blog category listing, 5 a page
    ``/tin-tuc/<slug>``                 post, SEO URL (canonical)
    ``/blog/detail/<uuid>``             the same post on the plugin's technical route (200, canonical
                                        to the SEO URL); "Đọc tiếp" buttons and sidebar link here
    ``/tin-tuc/dai-hoi-lien-doi-2026``  an old SEO URL: 301 to the post's current slug
    ``/gioi-thieu/``, ``/gioi-thieu/lien-he/``  CMS pages (intro, contact form)
    ``/dong-phuc/``                     shop category listing; ``/dong-phuc/<slug>/<sku>`` products
    ``/account/login``                  customer login; ``/checkout/cart`` cart; ``/search`` search
    ``/media/…``, ``/thumbnail/…``      images (Shopware's media and thumbnail folders)

Page templates
    Shopware base.html.twig: top bar (today's date, language form POSTing to /checkout/language,
    hotline), header (logo, search form, account and cart buttons), main navigation with flyouts,
    breadcrumb (``<div class="breadcrumb-placeholder">`` separators), ``cms-page`` content, footer
    (address, phone, e-mail, VAT note, "Realised with Shopware"), cookie bar, off-canvas cart.
    Blog pages use a sidebar section (``cms-section-sidebar``) whose sidebar column comes FIRST in
    the DOM (categories, newest posts, visitor counter, poll), then the main column with the
    ``cms-element-sas-blog-detail`` element: h1, meta line, optional teaser, the post's
    Erlebniswelt, tags, author box, share bar, previous/next, related posts; a cross-selling
    product slider section follows.

How each gold article is reached
    Listing ``/tin-tuc`` (p=1: posts 1–5, p=2: 6–10, p=3: 11–13) with Shopware's ``?p=N``
    pagination links; the category listings (Tin tức - Sự kiện has two pages: its page 2 holds
    posts 11 and 13, which no first page lists); the home page (3 newest), the sidebar (4 newest,
    technical URLs), previous/next links and related cards.

Traps
    1. Two URLs per post: the SEO URL ``/tin-tuc/<slug>`` and the plugin's technical route
       ``/blog/detail/<32-hex uuid>`` both answer 200 with the same post; listing "Đọc tiếp"
       buttons, the sidebar and prev/next use the technical one. Gold: path = SEO URL,
       ``alt_paths`` = [technical URL]; one old slug answers 301 to the new one (not an alt path).
    2. Sidebar first in the DOM: Shopware's sidebar section renders the sidebar column (newest
       posts with titles, dates and teasers, categories, counter, poll) before the main column,
       so the first text-dense block of every post page is the sidebar. Gold: none of it is body.
    3. Date machine value in UTC: ``<time datetime="2026-12-01T23:15:00+00:00">`` and the
       JSON-LD ``datePublished`` carry Shopware's UTC storage; for a post at 06:15 local time the
       UTC day is the day before. The visible text is ICU's Vietnamese medium format with the
       time FIRST and an abbreviated month: "06:15 2 thg 12, 2026". Gold: local time with +07:00
       ("2026-12-02T06:15:00+07:00"); listing cards print "02.12.2026" (German pattern kept by the
       plugin). A post printed "00:00 5 thg 11, 2026" (UTC attribute "2026-11-04T17:00…") is the
       day alone, "2026-11-05".
    4. Body split over several CMS blocks: a post's text is spread over consecutive
       ``cms-element-text`` blocks separated by image blocks, an image-text block (text in the
       right column) and a two-column text block (left column then right column). Gold: all text
       blocks in DOM order; reading only the first ``cms-element-text`` loses most of the body.
    5. Captions in the next text block: Shopware's image element has no caption field, so editors
       type the caption as the first, centred, italic paragraph of the following text element
       (``<p style="text-align: center;"><em>…</em></p>``), in the same element as body
       paragraphs. Gold: that line is the image's caption (parentheses off; "Ảnh: X" -> caption
       None, photographer X), not body. The images' ``alt``/``title`` are file names (no caption).
    6. Gallery printed twice: the image-gallery element prints each photo in the slider and again
       as a ``/thumbnail/…_200x200.jpg`` in the thumbnail strip (plus ``data-src`` in the zoom
       modal). Gold: each photo once, the slider's ``/media/…`` src, caption None.
    7. Products inside the post: a product-slider block (names, "245.000 ₫*", "Thêm vào giỏ"
       forms) sits between paragraphs of the uniform notice, and a shop teaser block
       ("Cửa hàng đồng phục Trần Phú …") closes every post's layout. Gold: not body.
    8. Paragraphs as ``<div>`` lines: the admin text editor (contenteditable) stores lines as
       bare ``<div>``s with ``<div><br></div>`` spacers and ``<br>`` breaks. Gold: each div is a
       paragraph, each ``<br>`` splits, spacers are nothing.
    9. SEO meta title differs from the headline: ``<title>``/og:title/JSON-LD headline carry the
       plugin's meta title ("Hội khỏe Phù Đổng 2026 - THCS Trần Phú Hải Phòng | …"). Gold: the h1.
   10. Author box with a salutation and a role: "Viết bởi Thầy Nguyễn Đức Hiếu / Tổ trưởng tổ
       Thể dục"; the admin account "Quản trị viên" signs posts too. Gold: name without "Thầy"/"Cô"
       and role; "Quản trị viên" -> nobody (a "Tin: X – Ảnh: Y" line in the text then decides).
   11. Official notice as a post: letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and
       signer; the plugin's posting date is a day later. Gold: letterhead day, signer as author.
   12. Teaser printed as its own lead element on some posts only (``sas-blog-detail-teaser``);
       elsewhere it lives only in the meta description and the listing cards. Gold: summary =
       teaser where printed in the post, else null (except a bold first paragraph).

Gold decisions on ambiguous points
    - The category is the breadcrumb's (the post's main blog category); a post filed under two
      categories keeps its first (breadcrumb) one.
    - A closing right-aligned "Theo Báo Hải Phòng điện tử" line is the source; a unit signing
      alone ("Bộ phận Tài vụ") is the author.
    - "Thầy"/"Cô" are salutations, not names.
    - The old slug's 301 is a redirect, not a second page of the post: it is not in alt_paths.
    - Product pages, the shop listing, CMS pages and the login page are not articles.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "shopware6_blog_thcs"
PLATFORM = "Shopware 6 + blog plugin (Erlebniswelten)"
START_PATH = "/"

SHOP = "Trường THCS Trần Phú – Hải Phòng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-doi": "Hoạt động Đội",
    "thong-bao": "Thông báo",
    "guong-sang": "Gương sáng Trần Phú",
}


def _hex(seed: str, n: int = 32) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:n]


def media(name: str) -> str:
    h = _hex(name)
    return f"/media/{h[:2]}/{h[2:4]}/{h[4:6]}/17{int(h[6:14], 16) % 10**8:08d}/{name}.jpg"


def thumb(src: str, size: int) -> str:
    return src.replace("/media/", "/thumbnail/", 1)[: -len(".jpg")] + f"_{size}x{size}.jpg"


# --- the stories --------------------------------------------------------------------------------

S1 = Story(
    1, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027", "thong-bao", "2026-12-03",
    [
        Raw(
            '<table style="width: 100%; border: none;"><tbody><tr>'
            '<td style="text-align: center; width: 45%;">UBND PHƯỜNG LÊ CHÂN<br>'
            "<strong>TRƯỜNG THCS TRẦN PHÚ</strong><br>Số: 412/TB-THCSTP</td>"
            '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
            "<strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
            "<em>Hải Phòng, ngày 03 tháng 12 năm 2026</em></td></tr></tbody></table>"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
            '<p style="text-align: center;"><strong>Về việc tổ chức kiểm tra cuối học kỳ I '
            "năm học 2026 – 2027</strong></p>"
        ),
        P("Căn cứ kế hoạch giáo dục năm học 2026 – 2027 của nhà trường, Trường THCS Trần Phú "
          "thông báo lịch kiểm tra cuối học kỳ I đối với học sinh các khối lớp như sau:"),
        P("1. Thời gian kiểm tra"),
        P("Khối 8 và khối 9: từ ngày 21/12/2026 đến ngày 24/12/2026.", "li"),
        P("Khối 6 và khối 7: từ ngày 22/12/2026 đến ngày 25/12/2026.", "li"),
        P("2. Hình thức kiểm tra"),
        P("Các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo đề chung của nhà trường; "
          "các môn còn lại kiểm tra trên lớp theo lịch của tổ chuyên môn."),
        P("3. Tổ chức thực hiện"),
        P("Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh "
          "có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."),
        Raw(
            '<table style="width: 100%; border: none;"><tbody><tr>'
            '<td style="width: 50%;"><strong><em>Nơi nhận:</em></strong><br>- Các tổ chuyên môn;'
            "<br>- GVCN các lớp;<br>- Lưu: VT.</td>"
            '<td style="text-align: center;"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong>'
            "<br><em>(đã ký)</em><br><br><strong>Vũ Thị Minh Ngọc</strong></td>"
            "</tr></tbody></table>"
        ),
    ],
    authors=["Vũ Thị Minh Ngọc"],
    opts={"posted": "2026-12-04 16:45", "author_box": ("Quản trị viên", ""),
          "teaser": "Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 của các khối lớp 6, 7, 8, 9.",
          "tags": ["kiểm tra học kỳ", "thông báo"]},
)

S2 = Story(
    2, "khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    "Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027", "tin-tuc-su-kien",
    "2026-12-03T14:30:00+07:00",
    [
        P("Chiều 03/12, trên sân trường, Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 đã "
          "chính thức khai mạc với sự tham gia của hơn 600 vận động viên là học sinh bốn khối lớp."),
        P("Phát biểu khai mạc, thầy Hiệu trưởng Phạm Văn Tuấn nhấn mạnh Hội khỏe là dịp để học "
          "sinh rèn luyện thân thể, phát hiện và bồi dưỡng những tài năng thể thao của nhà trường."),
        Img(media("hkpd-khai-mac-1"), style="gallery"),
        Img(media("hkpd-khai-mac-2"), style="gallery"),
        Img(media("hkpd-khai-mac-3"), style="gallery"),
        P("Hội khỏe năm nay gồm các môn điền kinh, cầu lông, bóng bàn, cờ vua và kéo co, diễn ra "
          "từ ngày 03/12 đến ngày 12/12/2026."),
        P("Ban tổ chức sẽ chọn những vận động viên xuất sắc nhất vào đội tuyển của trường tham dự "
          "Hội khỏe Phù Đổng cấp thành phố vào tháng 3/2027."),
    ],
    authors=["Nguyễn Đức Hiếu"],
    summary="Hơn 600 học sinh tranh tài ở năm môn thể thao trong Hội khỏe Phù Đổng cấp trường, "
    "diễn ra từ ngày 03/12 đến ngày 12/12/2026.",
    sapo_outside=True,
    opts={"posted": "2026-12-03 14:30", "author_box": ("Thầy Nguyễn Đức Hiếu", "Tổ trưởng tổ Thể dục"),
          "meta_title": "Hội khỏe Phù Đổng 2026 - THCS Trần Phú Hải Phòng",
          "tags": ["hội khỏe Phù Đổng", "thể thao"]},
)

S3 = Story(
    3, "hoc-sinh-lop-9a3-gianh-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-thanh-pho",
    "Học sinh lớp 9A3 giành giải Nhất cuộc thi Khoa học kỹ thuật cấp thành phố", "guong-sang",
    "2026-12-02T06:15:00+07:00",
    [
        P("Với dự án “Hệ thống cảnh báo ngập úng thông minh cho khu dân cư”, hai em Bùi Minh "
          "Quân và Đặng Hải Yến, học sinh lớp 9A3, đã giành giải Nhất cuộc thi Khoa học kỹ thuật "
          "dành cho học sinh trung học cấp thành phố năm học 2026 – 2027."),
        Img(media("khkt-9a3-trao-giai"), "(Hai em Bùi Minh Quân và Đặng Hải Yến nhận giải Nhất)",
            "Hai em Bùi Minh Quân và Đặng Hải Yến nhận giải Nhất"),
        P("Dự án sử dụng cảm biến mực nước kết nối mạng không dây, tự động gửi tin nhắn cảnh báo "
          "đến người dân khi mực nước trên các tuyến phố vượt ngưỡng an toàn."),
        P("Theo đánh giá của Ban giám khảo, dự án có tính ứng dụng cao, chi phí thấp và phù hợp "
          "với điều kiện của nhiều khu dân cư ven sông tại Hải Phòng."),
        P("Hai em được chọn tham dự vòng thi cấp quốc gia dự kiến tổ chức vào tháng 3/2027."),
        Raw('<p style="text-align: right;"><em>Theo Báo Hải Phòng điện tử</em></p>'),
    ],
    source="Báo Hải Phòng điện tử",
    opts={"posted": "2026-12-02 06:15", "author_box": ("Quản trị viên", ""),
          "extra_cats": ["tin-tuc-su-kien"],
          "teaser": "Dự án cảnh báo ngập úng của hai học sinh lớp 9A3 đoạt giải Nhất cấp thành phố.",
          "tags": ["KHKT", "gương sáng"]},
)

S4 = Story(
    4, "lien-doi-to-chuc-ngay-hoi-ke-hoach-nho-thu-gom-giay-vun",
    "Liên đội tổ chức Ngày hội “Kế hoạch nhỏ” thu gom giấy vụn", "hoat-dong-doi",
    "2026-11-30T19:00:00+07:00",
    [
        P("Sáng thứ Hai 30/11, Liên đội THCS Trần Phú tổ chức Ngày hội “Kế hoạch nhỏ” thu gom "
          "giấy vụn, vỏ chai nhựa và lon nhôm.", "div"),
        Raw("<div><br></div>"),
        P("Mỗi chi đội đã mang đến trung bình 45 kg giấy vụn.", "div"),
        P("Chi đội 7A1 dẫn đầu với 112 kg giấy vụn và 30 kg vỏ chai nhựa.", "br"),
        Raw("<div><br></div>"),
        P("👉 Toàn bộ số tiền thu được sẽ dùng để tặng quà cho học sinh có hoàn cảnh khó khăn dịp "
          "Tết Nguyên đán Bính Ngọ.", "div"),
        Img(media("ke-hoach-nho-2026"), "Ảnh: Đoàn Thị Hương", None),
        P("Liên đội cũng phát động phong trào “Mỗi tuần một vỏ chai” kéo dài đến hết học kỳ II "
          "để hình thành thói quen phân loại rác cho các em đội viên.", "div"),
    ],
    authors=["Liên đội THCS Trần Phú"],
    photographers=["Đoàn Thị Hương"],
    opts={"posted": "2026-11-30 19:00", "author_box": ("Liên đội THCS Trần Phú", "Ban chỉ huy Liên đội"),
          "teaser": "Các chi đội thu gom giấy vụn, vỏ chai nhựa để gây quỹ giúp bạn khó khăn.",
          "tags": ["kế hoạch nhỏ", "Đội TNTP"]},
)

S5 = Story(
    5, "tong-ket-dot-thi-dua-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "Tổng kết đợt thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11", "tin-tuc-su-kien",
    "2026-11-27T10:00:00+07:00",
    [
        P("Sau bốn tuần thi đua sôi nổi, sáng 27/11 nhà trường đã tổ chức tổng kết đợt thi đua "
          "“Hoa điểm tốt dâng thầy cô” chào mừng Ngày Nhà giáo Việt Nam 20/11."),
        Raw("@twocol"),
        P("Toàn trường có 4.215 điểm giỏi và 186 tiết học tốt; khối 6 dẫn đầu về số điểm giỏi với "
          "1.230 điểm."),
        P("Ban thi đua ghi nhận tinh thần học tập nghiêm túc, nề nếp của các lớp được giữ vững."),
        Raw("@col"),
        P("Nhà trường khen thưởng 12 tập thể lớp và 48 học sinh có thành tích xuất sắc trong đợt "
          "thi đua."),
        P("Các lớp 6A2, 7A1, 8A4 và 9A3 nhận cờ thi đua xuất sắc."),
        Raw("@split"),
        P("Thầy Hiệu trưởng đề nghị các lớp tiếp tục phát huy kết quả đạt được trong đợt thi đua "
          "chào mừng Ngày thành lập Quân đội nhân dân Việt Nam 22/12."),
    ],
    opts={"posted": "2026-11-27 10:00", "author_box": ("Cô Lương Thị Thanh Bình", "Thư ký Hội đồng"),
          "teaser": "12 tập thể lớp và 48 học sinh được khen thưởng sau đợt thi đua chào mừng 20/11.",
          "tags": ["20/11", "thi đua"]},
    authors=["Lương Thị Thanh Bình"],
)

S6 = Story(
    6, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", "tin-tuc-su-kien",
    "2026-11-20T08:00:00+07:00",
    [
        P("Sáng 20/11, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
          "Việt Nam (20/11/1982 – 20/11/2026)."),
        Img(media("le-20-11-tang-hoa"),
            "(Lãnh đạo phường Lê Chân tặng hoa chúc mừng tập thể giáo viên nhà trường)",
            "Lãnh đạo phường Lê Chân tặng hoa chúc mừng tập thể giáo viên nhà trường"),
        P("Đến dự buổi lễ có đại diện lãnh đạo phường Lê Chân, Ban đại diện cha mẹ học sinh cùng "
          "nhiều thế hệ thầy cô giáo đã nghỉ hưu."),
        P("Tại buổi lễ, các em học sinh đã biểu diễn chương trình văn nghệ đặc sắc với chủ đề "
          "“Tri ân thầy cô”."),
        Img(media("le-20-11-van-nghe"), "Ảnh: Trần Minh Khoa", None),
        P("Nhân dịp này, nhà trường trao giấy khen cho 15 giáo viên đạt danh hiệu chiến sĩ thi đua "
          "cơ sở năm học 2025 – 2026."),
    ],
    photographers=["Trần Minh Khoa"],
    opts={"posted": "2026-11-20 08:00", "author_box": ("Quản trị viên", ""),
          "teaser": "Nhà trường long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
          "tags": ["20/11"]},
)

S7 = Story(
    7, "thong-bao-mo-ban-dong-phuc-mua-dong-cho-hoc-sinh-khoi-6",
    "Thông báo mở bán đồng phục mùa đông cho học sinh khối 6", "thong-bao",
    "2026-11-15T15:20:00+07:00",
    [
        P("Từ ngày 16/11/2026, cửa hàng đồng phục của nhà trường mở bán áo khoác gió và áo len "
          "đồng phục mùa đông cho học sinh khối 6."),
        P("Cha mẹ học sinh có thể đặt mua trực tuyến trên trang web của trường hoặc mua trực tiếp "
          "tại phòng Tài vụ (tầng 1, nhà A) trong giờ hành chính."),
        Raw("@products"),
        P("Đơn hàng đặt trực tuyến được giao cho học sinh tại lớp vào thứ Sáu hằng tuần; cha mẹ "
          "học sinh thanh toán bằng chuyển khoản hoặc tiền mặt khi nhận hàng."),
        P("Mọi thắc mắc xin liên hệ số điện thoại 0225 3857 246 (cô Hạnh)."),
        Raw('<p style="text-align: right;"><strong>Bộ phận Tài vụ</strong></p>'),
    ],
    authors=["Bộ phận Tài vụ"],
    opts={"posted": "2026-11-15 15:20", "author_box": ("Quản trị viên", ""),
          "teaser": "Cửa hàng đồng phục mở bán áo khoác gió, áo len cho học sinh khối 6.",
          "tags": ["đồng phục"]},
)

S8 = Story(
    8, "hoat-dong-trai-nghiem-em-yeu-bien-dao-que-huong-cua-khoi-7",
    "Hoạt động trải nghiệm “Em yêu biển đảo quê hương” của khối 7", "hoat-dong-doi",
    "2026-11-10T09:00:00+07:00",
    [
        P("Trong hai ngày 08 và 09/11, hơn 280 học sinh khối 7 đã tham gia hoạt động trải nghiệm "
          "“Em yêu biển đảo quê hương” tại Bảo tàng Hải Phòng và khu di tích Bạch Đằng Giang."),
        Img(media("trai-nghiem-bach-dang"), style="imgtext"),
        P("Tại khu di tích, các em được nghe thuyết minh về ba trận thủy chiến lịch sử trên sông "
          "Bạch Đằng và tận mắt nhìn thấy những cọc gỗ được khai quật."),
        P("Các chi đội còn tham gia cuộc thi vẽ tranh và thuyết trình về chủ quyền biển đảo."),
        Raw("@split"),
        P("Chi đội 7A5 giành giải Nhất phần thi thuyết trình với bài “Hoàng Sa, Trường Sa trong "
          "trái tim em”."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/tin-tuc/dai-hoi-lien-doi-2026">Đại hội '
            "Liên đội nhiệm kỳ 2026 – 2027</a></p>"),
    ],
    authors=["Trịnh Thị Mai Anh"],
    opts={"posted": "2026-11-10 09:00",
          "author_box": ("Cô Trịnh Thị Mai Anh", "Tổng phụ trách Đội"),
          "teaser": "280 học sinh khối 7 trải nghiệm tại Bảo tàng Hải Phòng và di tích Bạch Đằng.",
          "tags": ["trải nghiệm", "biển đảo"]},
)

S9 = Story(
    9, "em-do-khanh-linh-tam-guong-vuot-kho-hoc-gioi",
    "Em Đỗ Khánh Linh – tấm gương vượt khó học giỏi", "guong-sang", "2026-11-05",
    [
        P("Mồ côi cha từ năm lớp 3, em Đỗ Khánh Linh, học sinh lớp 8A2, vẫn luôn dẫn đầu lớp về "
          "kết quả học tập.", "strong"),
        P("Mỗi buổi sáng, Linh dậy từ 5 giờ để giúp mẹ dọn hàng bánh mì trước khi đến trường."),
        P("Năm học 2025 – 2026, em đạt giải Ba học sinh giỏi môn Toán cấp thành phố và được nhận "
          "học bổng “Chắp cánh ước mơ” của Hội Khuyến học thành phố."),
        P("“Em muốn trở thành kỹ sư xây dựng để xây cho mẹ một ngôi nhà thật đẹp”, Linh chia sẻ.",
          "quote"),
        P("Cô giáo chủ nhiệm cho biết Linh còn là lớp trưởng gương mẫu, thường xuyên kèm cặp các "
          "bạn học yếu trong lớp."),
    ],
    authors=["Phạm Thu Hằng"],
    summary="Mồ côi cha từ năm lớp 3, em Đỗ Khánh Linh, học sinh lớp 8A2, vẫn luôn dẫn đầu lớp về "
    "kết quả học tập.",
    opts={"posted": "2026-11-05 00:00",
          "author_box": ("Cô Phạm Thu Hằng", "Giáo viên chủ nhiệm lớp 8A2"),
          "teaser": "Câu chuyện của nữ sinh lớp 8A2 vượt khó vươn lên học giỏi.",
          "tags": ["gương sáng"]},
)

S10 = Story(
    10, "hoi-thi-giao-vien-day-gioi-cap-truong-18-giao-vien-dat-giai",
    "Hội thi “Giáo viên dạy giỏi” cấp trường: 18 giáo viên đạt giải", "tin-tuc-su-kien",
    "2026-10-28T14:00:00+07:00",
    [
        P("Sau ba tuần tổ chức, Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027 đã "
          "khép lại với 18 giáo viên đạt giải trên tổng số 24 giáo viên dự thi."),
        P("Kết quả các giải cao", "h3"),
        P("STT | Họ và tên | Môn | Giải", "tr"),
        P("1 | Nguyễn Thị Thu Trang | Ngữ văn | Nhất", "tr"),
        P("2 | Hoàng Quốc Việt | Toán | Nhì", "tr"),
        P("3 | Mai Phương Thảo | Tiếng Anh | Nhì", "tr"),
        P("Nhận xét của Ban giám khảo", "h3"),
        P("Các tiết dạy được đầu tư công phu, ứng dụng công nghệ thông tin hiệu quả và phát huy "
          "được tính chủ động, sáng tạo của học sinh."),
    ],
    opts={"posted": "2026-10-28 14:00", "author_box": ("Quản trị viên", ""),
          "teaser": "18 giáo viên đạt giải tại Hội thi giáo viên dạy giỏi cấp trường.",
          "tags": ["giáo viên dạy giỏi"]},
)

S11 = Story(
    11, "chi-doan-giao-vien-chao-mung-ngay-phu-nu-viet-nam-20-10",
    "Chi đoàn giáo viên tổ chức chương trình chào mừng Ngày Phụ nữ Việt Nam 20/10",
    "tin-tuc-su-kien", "2026-10-20T07:45:00+07:00",
    [
        P("Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, chiều 19/10 Chi đoàn "
          "giáo viên nhà trường tổ chức chương trình “Tôn vinh phái đẹp”."),
        Img(media("20-10-chi-doan"), "Các cô giáo tham gia phần thi cắm hoa nghệ thuật",
            "Các cô giáo tham gia phần thi cắm hoa nghệ thuật"),
        P("Chương trình gồm các phần thi cắm hoa, trình diễn áo dài và giao lưu văn nghệ giữa các "
          "tổ chuyên môn."),
        P("Tổ Khoa học tự nhiên giành giải Nhất phần thi cắm hoa với tác phẩm “Sắc thu Hải Phòng”."),
        Raw('<p style="text-align: right;"><strong>Tin: Lê Thu Trang – Ảnh: Hoàng Văn Nam'
            "</strong></p>"),
    ],
    authors=["Lê Thu Trang"],
    photographers=["Hoàng Văn Nam"],
    opts={"posted": "2026-10-20 07:45", "author_box": ("Quản trị viên", ""),
          "teaser": "Chi đoàn giáo viên tổ chức chương trình “Tôn vinh phái đẹp”.",
          "tags": ["20/10", "Chi đoàn"]},
)

S12 = Story(
    12, "dai-hoi-lien-doi-nhiem-ky-2026-2027",
    "Đại hội Liên đội nhiệm kỳ 2026 – 2027", "hoat-dong-doi", "2026-10-15T16:00:00+07:00",
    [
        P("Chiều 15/10, Liên đội THCS Trần Phú tổ chức thành công Đại hội Liên đội nhiệm kỳ "
          "2026 – 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội."),
        P("Đại hội đã thông qua báo cáo tổng kết công tác Đội năm học trước và đề ra các chỉ tiêu "
          "cho nhiệm kỳ mới."),
        P("Ban chỉ huy Liên đội nhiệm kỳ mới gồm 9 đội viên, trong đó:"),
        P("Liên đội trưởng: em Phan Gia Bảo (9A1);", "li"),
        P("Liên đội phó: em Ngô Thảo Vy (8A3) và em Lý Đức Mạnh (8A1).", "li"),
        P("Đại hội cũng phát động phong trào “Đội viên tốt – Con ngoan trò giỏi” trong toàn Liên "
          "đội."),
    ],
    authors=["Trịnh Thị Mai Anh"],
    opts={"posted": "2026-10-15 16:00",
          "author_box": ("Cô Trịnh Thị Mai Anh", "Tổng phụ trách Đội"),
          "teaser": "Liên đội bầu Ban chỉ huy nhiệm kỳ 2026 – 2027 gồm 9 đội viên.",
          "old_slug": "dai-hoi-lien-doi-2026", "tags": ["Đại hội Liên đội"]},
)

S13 = Story(
    13, "hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
    "Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027", "tin-tuc-su-kien",
    "2026-10-06T10:30:00+07:00",
    [
        Img(media("hoi-nghi-cmhs-2026"), style="cover"),
        P("Hội nghị đã nghe báo cáo kết quả năm học 2025 – 2026 và kế hoạch năm học mới của nhà "
          "trường."),
        P("Đại biểu cha mẹ học sinh đã thảo luận về việc tổ chức bán trú, học thêm trong nhà "
          "trường và an toàn giao thông trước cổng trường."),
        P("Hội nghị bầu Ban đại diện cha mẹ học sinh nhà trường gồm 15 thành viên.", "div"),
        P("Ông Trương Văn Lộc được bầu làm Trưởng ban.", "br"),
    ],
    authors=["Đinh Văn Sơn"],
    summary="Sáng 04/10, nhà trường tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027 với "
    "sự tham dự của đại diện cha mẹ học sinh 36 lớp.",
    sapo_outside=True,
    opts={"posted": "2026-10-06 10:30", "author_box": ("Thầy Đinh Văn Sơn", "Phó Hiệu trưởng"),
          "tags": ["cha mẹ học sinh"]},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
UUIDS = {_hex("post-" + s.slug): s for s in STORIES}


def uuid_of(story: Story) -> str:
    return _hex("post-" + story.slug)


def seo_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def tech_path(story: Story) -> str:
    return f"/blog/detail/{uuid_of(story)}"


def posted(story: Story) -> datetime:
    return datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


def utc_iso(story: Story) -> str:
    return (posted(story) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def vi_medium(story: Story) -> str:
    """ICU vi: time first, then "d thg M, y"."""
    d = posted(story)
    return f"{d:%H:%M} {d.day} thg {d.month}, {d.year}"


def de_date(story: Story) -> str:
    return posted(story).strftime("%d.%m.%Y")


def teaser(story: Story) -> str:
    return story.summary if story.sapo_outside else story.opts.get("teaser") or story.summary or ""


def cover(story: Story) -> str:
    return thumb(media("cover-" + story.slug), 400)


# --- products --------------------------------------------------------------------------------

PRODUCTS = [
    {"slug": "ao-khoac-dong-phuc", "sku": "TP-DP-014", "name": "Áo khoác gió đồng phục THCS Trần Phú",
     "price": "245.000 ₫", "desc": "Áo khoác gió hai lớp, lót lưới, in logo trường trên ngực trái. "
     "Cỡ từ S đến XXL."},
    {"slug": "sach-giao-khoa-lop-6", "sku": "TP-SGK-06", "name": "Bộ sách giáo khoa lớp 6 (Kết nối tri thức)",
     "price": "212.000 ₫", "desc": "Trọn bộ 12 cuốn sách giáo khoa lớp 6 bộ Kết nối tri thức với "
     "cuộc sống, kèm bọc sách."},
]


def product_path(p: dict) -> str:
    return f"/dong-phuc/{p['slug']}/{p['sku']}"


def product_box(p: dict) -> str:
    img = thumb(media("sp-" + p["slug"]), 400)
    return (
        '<div class="card product-box box-standard"><div class="card-body">'
        f'<div class="product-image-wrapper"><a href="{product_path(p)}" title="{esc(p["name"])}" '
        f'class="product-image-link is-standard"><img src="{img}" class="product-image is-standard" '
        f'alt="{esc(p["name"])}" loading="lazy"></a></div>'
        f'<div class="product-info"><a href="{product_path(p)}" class="product-name" '
        f'title="{esc(p["name"])}">{esc(p["name"])}</a>'
        f'<div class="product-variant-characteristics"><div class="product-variant-characteristics-text">'
        f"Mã SP: {p['sku']}</div></div>"
        '<div class="product-price-info"><div class="product-price-wrapper">'
        f'<span class="product-price">{p["price"]}*</span></div></div>'
        '<div class="product-action"><form action="/checkout/line-item/add" method="post" '
        'class="buy-widget" data-add-to-cart="true">'
        f'<input type="hidden" name="lineItems[{_hex(p["sku"])}][id]" value="{_hex(p["sku"])}">'
        f'<input type="hidden" name="lineItems[{_hex(p["sku"])}][quantity]" value="1">'
        '<input type="hidden" name="redirectTo" value="frontend.cart.offcanvas">'
        '<button class="btn btn-block btn-buy" title="Thêm vào giỏ">Thêm vào giỏ</button>'
        "</form></div></div></div></div>"
    )


def product_slider(title: str) -> str:
    items = "".join(f'<div class="product-slider-item">{product_box(p)}</div>' for p in PRODUCTS)
    return (
        '<div class="cms-block pos-9 cms-block-product-slider"><div class="cms-block-container">'
        '<div class="cms-block-container-row row cms-row"><div class="col-12">'
        '<div class="cms-element-product-slider"><div class="base-slider product-slider has-nav" '
        'data-product-slider="true" data-product-slider-options=\'{"productboxMinWidth":"300px"}\'>'
        f'<div class="cms-element-title"><p class="cms-element-title-paragraph">{esc(title)}</p></div>'
        f'<div class="product-slider-container" data-product-slider-container="true">{items}</div>'
        "</div></div></div></div></div></div>"
    )


# --- the post's Erlebniswelt -----------------------------------------------------------------

_BLOCK = 0


def _cms_block(kind: str, inner: str, pos: int) -> str:
    return (
        f'<div class="cms-block pos-{pos} cms-block-{kind}" style="">'
        '<div class="cms-block-container" style="padding: 20px 0 20px 0;">'
        f'<div class="cms-block-container-row row cms-row">{inner}</div></div></div>'
    )


def _text_element(items: list, col: str = "col-12") -> str:
    parts: list[str] = []
    open_list = open_table = False
    for it in items:
        kind = it[0]
        if kind != "li" and open_list:
            parts.append("</ul>")
            open_list = False
        if kind != "tr" and open_table:
            parts.append("</tbody></table>")
            open_table = False
        if kind == "raw":
            parts.append(it[1])
        elif kind == "li":
            if not open_list:
                parts.append("<ul>")
                open_list = True
            parts.append(f"<li>{esc(it[1][0])}</li>")
        elif kind == "tr":
            if not open_table:
                parts.append('<table class="table table-bordered" style="width: 100%;"><tbody>')
                open_table = True
            cells = "".join(f"<td>{esc(c)}</td>" for c in it[1][0].split(" | "))
            parts.append(f"<tr>{cells}</tr>")
        else:
            inner = "<br>".join(esc(t) for t in it[1])
            if kind == "strong":
                parts.append(f"<p><strong>{inner}</strong></p>")
            elif kind == "quote":
                parts.append(f"<blockquote><p><em>{inner}</em></p></blockquote>")
            elif kind == "h3":
                parts.append(f"<h3>{inner}</h3>")
            elif kind == "div":
                parts.append(f"<div>{inner}</div>")
            elif kind == "caption":
                parts.append(f'<p style="text-align: center;"><em>{inner}</em></p>')
            else:
                parts.append(f"<p>{inner}</p>")
    if open_list:
        parts.append("</ul>")
    if open_table:
        parts.append("</tbody></table>")
    eid = _hex("el" + "".join(str(i) for i in items))
    return (
        f'<div class="{col}" data-cms-element-id="{eid}"><div class="cms-element-text">'
        + "".join(parts) + "</div></div>"
    )


def _image_element(src: str, col: str = "col-12", mode: str = "is-standard") -> str:
    name = src.rsplit("/", 1)[1][:-4]
    srcset = ", ".join(f"{thumb(src, w)} {w}w" for w in (1920, 800, 400))
    return (
        f'<div class="{col}"><div class="cms-element-image">'
        f'<div class="cms-image-container {mode}" style="min-height: 340px;">'
        f'<img src="{src}" srcset="{srcset}" sizes="(min-width: 1200px) 825px, 100vw" '
        f'class="cms-image" alt="{name}" title="{name}" loading="lazy"></div></div></div>'
    )


def _gallery(srcs: list[str]) -> str:
    slides = "".join(
        '<div class="gallery-slider-item-container"><div class="gallery-slider-item is-contain '
        f'js-magnifier-container"><img src="{s}" class="img-fluid gallery-slider-image '
        f'magnifier-image js-magnifier-image" alt="{s.rsplit("/", 1)[1][:-4]}" '
        f'data-full-image="{s}" loading="eager"></div></div>'
        for s in srcs
    )
    thumbs = "".join(
        '<div class="gallery-slider-thumbnails-item"><div class="gallery-slider-thumbnails-item-inner">'
        f'<img src="{thumb(s, 200)}" class="gallery-slider-thumbnails-image" alt=""></div></div>'
        for s in srcs
    )
    modal = "".join(
        f'<div class="image-zoom-slider-item"><img data-src="{s}" class="image-zoom-image" alt=""></div>'
        for s in srcs
    )
    return (
        '<div class="col-12"><div class="cms-element-image-gallery">'
        '<div class="row gallery-slider-row is-single-image js-gallery-zoom-modal-container" '
        'data-gallery-slider="true"><div class="gallery-slider-col col order-1 order-md-2">'
        f'<div class="base-slider gallery-slider"><div class="gallery-slider-container">{slides}</div>'
        '<div class="base-slider-controls"><button class="base-slider-controls-prev">‹</button>'
        '<button class="base-slider-controls-next">›</button></div></div></div>'
        '<div class="gallery-slider-thumbnails-col col-0 col-md-auto order-2 order-md-1">'
        f'<div class="gallery-slider-thumbnails-container">{thumbs}</div></div>'
        '<div class="zoom-modal-wrapper"><div class="modal is-fullscreen zoom-modal" tabindex="-1">'
        f'<div class="modal-body"><div class="image-zoom-slider">{modal}</div></div></div></div>'
        "</div></div></div>"
    )


SHOP_TEASER = _cms_block(
    "text-hero",
    '<div class="col-12"><div class="cms-element-text" style="background:#f3f7fb;padding:20px">'
    '<h2 style="text-align: center;">Cửa hàng đồng phục Trần Phú</h2>'
    '<p style="text-align: center;">Đặt mua đồng phục, sách giáo khoa trực tuyến – nhận hàng tại '
    'phòng Tài vụ. <a href="/dong-phuc/">Xem tất cả sản phẩm</a></p></div></div>',
    20,
)


def render_content(story: Story) -> str:
    """The post's own Erlebniswelt: text, image, image-text, two-column, gallery, product blocks."""
    out: list[str] = []
    state: dict = {"kind": None, "cols": [[]], "img": None}
    pos = [0]

    def flush() -> None:
        kind, cols = state["kind"], state["cols"]
        if kind == "text" and cols[0]:
            out.append(_cms_block("text", _text_element(cols[0]), pos[0]))
        elif kind == "twocol":
            inner = "".join(_text_element(c, "col-md-6") for c in cols)
            out.append(_cms_block("text-two-column", inner, pos[0]))
        elif kind == "imgtext":
            inner = _image_element(state["img"], "col-md-6") + _text_element(cols[0], "col-md-6")
            out.append(_cms_block("image-text", inner, pos[0]))
        pos[0] += 1
        state.update(kind=None, cols=[[]], img=None)

    def add(item: tuple) -> None:
        if state["kind"] is None:
            state["kind"] = "text"
        state["cols"][-1].append(item)

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "@split":
                flush()
            elif b.html == "@twocol":
                flush()
                state["kind"] = "twocol"
            elif b.html == "@col":
                state["cols"].append([])
            elif b.html == "@products":
                flush()
                out.append(product_slider("Đồng phục mùa đông"))
            else:
                add(("raw", b.html))
        elif isinstance(b, Img):
            flush()
            if b.style == "gallery":
                run = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    run.append(blocks[i].src)
                    i += 1
                out.append(_cms_block("gallery-buybox", _gallery(run), pos[0]))
                pos[0] += 1
                continue
            if b.style == "imgtext":
                state.update(kind="imgtext", img=b.src)
            elif b.style == "cover":
                out.append(_cms_block("image-cover", _image_element(b.src, mode="is-cover"), pos[0]))
                pos[0] += 1
            else:
                out.append(_cms_block("image", _image_element(b.src), pos[0]))
                pos[0] += 1
                if b.printed:
                    state["kind"] = "text"
                    state["cols"][-1].append(("caption", [b.printed]))
        else:
            if b.style == "br" and state["cols"][-1]:
                state["cols"][-1][-1][1].append(b.text)
            else:
                add((b.style or "p", [b.text]))
        i += 1
    flush()
    return "".join(out) + SHOP_TEASER


# --- chrome ------------------------------------------------------------------------------------

ICON = '<span class="icon icon-{0}"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><use xlink:href="#icons-default-{0}"></use></svg></span>'


def head(request: Request, title: str, *, canonical: str | None = None, desc: str = "",
         og_type: str = "website", extra: str = "") -> str:
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical else ""
    return (
        '<!DOCTYPE html><html lang="vi-VN" itemscope="itemscope" itemtype="https://schema.org/WebPage">'
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="author" content=""><meta name="robots" content="index,follow">'
        f'<meta name="description" content="{esc(desc)}">'
        f'<meta property="og:type" content="{og_type}"><meta property="og:site_name" content="{SHOP}">'
        f'<meta property="og:title" content="{esc(title)}"><meta property="og:description" content="{esc(desc)}">'
        f'<meta name="theme-color" content="#0b4f9c">{canon}'
        f"<title>{esc(title)} | {SHOP}</title>"
        '<link rel="shortcut icon" href="/media/4f/1a/9c/1700000000/favicon.ico">'
        '<link rel="stylesheet" href="/theme/9b1d0e7c2a8f4b36a1e5d7c3f2b8e6a4/css/all.css">'
        '<script>window.features={"v6.6.0.0":false};window.activeNavigationId="'
        f'{_hex(title)}";window.router={{"frontend.cart.offcanvas":"/checkout/offcanvas"}};</script>'
        f"{extra}</head>"
    )


def header() -> str:
    cats = "".join(
        f'<li class="navigation-flyout-col"><a class="nav-item nav-link navigation-flyout-link is-level-0" '
        f'href="/tin-tuc/danh-muc/{slug}" itemprop="url" title="{esc(name)}"><span itemprop="name">'
        f"{esc(name)}</span></a></li>"
        for slug, name in CATS.items()
    )
    return (
        '<body class="is-ctl-navigation is-act-index"><div class="skip-to-content bg-primary-subtle '
        'text-primary-emphasis visually-hidden-focusable overflow-hidden"><a href="#content-main">'
        "Chuyển đến nội dung chính</a></div>"
        '<header class="header-main"><div class="container">'
        '<div class="top-bar d-none d-lg-block"><nav class="top-bar-nav">'
        f'<div class="top-bar-nav-item top-bar-date">{TODAY_LINE}</div>'
        '<div class="top-bar-nav-item top-bar-language"><form method="post" action="/checkout/language" '
        'class="language-form" data-form-auto-submit="true"><div class="languages-menu dropdown">'
        '<button class="btn dropdown-toggle top-bar-nav-btn" type="button" data-bs-toggle="dropdown">'
        'Tiếng Việt</button><div class="top-bar-list dropdown-menu dropdown-menu-end">'
        '<div class="top-bar-list-item dropdown-item item-checked"><label class="top-bar-list-label">'
        '<input class="top-bar-list-radio" value="2fbb5fe2e29a4d70aa5854ce7ce3e20b" name="languageId" '
        'type="radio" checked>Tiếng Việt</label></div><div class="top-bar-list-item dropdown-item">'
        '<label class="top-bar-list-label"><input class="top-bar-list-radio" '
        'value="0fa91ce3e96a4bc2be4bd9ce752c3425" name="languageId" type="radio">English</label></div>'
        '</div></div><input name="redirectTo" type="hidden" value="frontend.home.page"></form></div>'
        '<div class="top-bar-nav-item top-bar-hotline">Hotline cửa hàng: 0225 3857 246</div>'
        "</nav></div>"
        '<div class="row align-items-center header-row">'
        '<div class="header-logo-col col-12 col-md-auto"><div class="header-logo-main">'
        '<a class="header-logo-main-link" href="/" title="Về trang chủ"><picture class="header-logo-picture">'
        '<img src="/media/6e/0b/42/1699999999/logo-thcs-tran-phu.png" alt="Trường THCS Trần Phú" '
        'class="img-fluid header-logo-main-img"></picture></a></div></div>'
        '<div class="header-search-col col-12 order-2 col-sm order-sm-1"><div class="header-search">'
        '<form action="/search" method="get" data-search-widget="true" class="header-search-form">'
        '<div class="input-group"><input type="search" name="search" class="form-control header-search-input" '
        'autocomplete="off" placeholder="Tìm sản phẩm, bài viết..." aria-label="Tìm kiếm" value="">'
        '<button type="submit" class="btn header-search-btn" aria-label="Tìm kiếm">'
        f'{ICON.format("search")}</button></div></form></div></div>'
        '<div class="header-actions-col col-12 order-1 col-sm-auto order-sm-2"><div class="row g-0">'
        '<div class="col-auto"><div class="account-menu"><div class="dropdown">'
        '<button class="btn account-menu-btn header-actions-btn" type="button" data-bs-toggle="dropdown">'
        f'{ICON.format("avatar")}</button><div class="dropdown-menu dropdown-menu-end account-menu-dropdown">'
        '<div class="account-menu-login"><a href="/account/login" title="Đăng nhập" '
        'class="btn btn-primary account-menu-login-button">Đăng nhập</a></div></div></div></div></div>'
        '<div class="col-auto"><div class="header-cart" data-off-canvas-cart="true">'
        '<a class="btn header-cart-btn header-actions-btn" href="/checkout/cart" data-cart-widget="true" '
        f'title="Giỏ hàng">{ICON.format("bag")}<span class="header-cart-total">0 ₫*</span></a></div></div>'
        "</div></div></div></div>"
        '<div class="nav-main"><div class="main-navigation" id="mainNavigation" data-flyout-menu="true">'
        '<div class="container"><nav class="nav main-navigation-menu" itemscope '
        'itemtype="http://schema.org/SiteNavigationElement">'
        '<a class="nav-link main-navigation-link nav-item-home" href="/" itemprop="url" title="Trang chủ">'
        '<div class="main-navigation-link-text"><span itemprop="name">Trang chủ</span></div></a>'
        '<a class="nav-link main-navigation-link" href="/gioi-thieu/" itemprop="url" '
        'data-flyout-menu-trigger="a1c4" title="Giới thiệu"><div class="main-navigation-link-text">'
        '<span itemprop="name">Giới thiệu</span></div></a>'
        '<a class="nav-link main-navigation-link" href="/tin-tuc" itemprop="url" '
        'data-flyout-menu-trigger="b7e2" title="Tin tức"><div class="main-navigation-link-text">'
        '<span itemprop="name">Tin tức</span></div></a>'
        '<a class="nav-link main-navigation-link" href="/dong-phuc/" itemprop="url" title="Cửa hàng đồng phục">'
        '<div class="main-navigation-link-text"><span itemprop="name">Cửa hàng đồng phục</span></div></a>'
        "</nav></div>"
        '<div class="navigation-flyouts">'
        '<div class="navigation-flyout" data-flyout-menu-id="a1c4"><div class="container">'
        '<div class="navigation-flyout-content"><ul class="navigation-flyout-categories is-level-0">'
        '<li class="navigation-flyout-col"><a class="nav-item nav-link navigation-flyout-link is-level-0" '
        'href="/gioi-thieu/lien-he/" title="Liên hệ"><span>Liên hệ</span></a></li></ul></div></div></div>'
        '<div class="navigation-flyout" data-flyout-menu-id="b7e2"><div class="container">'
        '<div class="navigation-flyout-bar"><div class="navigation-flyout-category-link">'
        f'<a class="nav-link" href="/tin-tuc" title="Tin tức">{ICON.format("arrow-right")} Hiển thị tất cả '
        'Tin tức</a></div></div><div class="navigation-flyout-content">'
        f'<ul class="navigation-flyout-categories is-level-0">{cats}</ul></div></div></div>'
        "</div></div></div></header>"
    )


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for n, (label, href) in enumerate(items, 1):
        inner = (f'<a href="{href}" class="breadcrumb-link" title="{esc(label)}" itemprop="item">'
                 f'<span class="breadcrumb-title" itemprop="name">{esc(label)}</span></a>'
                 if href else f'<span class="breadcrumb-title" itemprop="name">{esc(label)}</span>')
        active = "" if href else " is-active"
        parts.append(f'<li class="breadcrumb-item{active}" itemprop="itemListElement" itemscope '
                     f'itemtype="https://schema.org/ListItem">{inner}<meta itemprop="position" '
                     f'content="{n}"></li>')
        if n < len(items):
            parts.append(f'<div class="breadcrumb-placeholder">{ICON.format("arrow-medium-right")}</div>')
    return (f'<div class="breadcrumb cms-breadcrumb container"><nav aria-label="breadcrumb">'
            f'<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">'
            f'{"".join(parts)}</ol></nav></div>')


def footer() -> str:
    return (
        '<footer class="footer-main"><div class="container"><div class="footer-columns row">'
        '<div class="col-md-4 footer-column"><div class="footer-column-headline footer-headline h5">'
        'Trường THCS Trần Phú</div><div class="footer-column-content"><div class="footer-contact-hotline">'
        "Địa chỉ: Số 2 phố Trần Phú, phường Lê Chân, thành phố Hải Phòng<br>Điện thoại: 0225 3857 246"
        "<br>Email: c2tranphu@haiphong.edu.vn</div></div></div>"
        '<div class="col-md-4 footer-column"><div class="footer-column-headline footer-headline h5">'
        'Thông tin</div><div class="footer-column-content"><ul class="list-unstyled">'
        '<li class="footer-link-item"><a class="footer-link" href="/gioi-thieu/">Giới thiệu</a></li>'
        '<li class="footer-link-item"><a class="footer-link" href="/gioi-thieu/lien-he/">Liên hệ</a></li>'
        '<li class="footer-link-item"><a class="footer-link" href="https://haiphong.edu.vn/" '
        'target="_blank" rel="noopener">Sở GD&amp;ĐT Hải Phòng</a></li>'
        '<li class="footer-link-item"><a class="footer-link" href="https://www.facebook.com/thcstranphu.hp" '
        'target="_blank" rel="noopener">Facebook nhà trường</a></li></ul></div></div>'
        '<div class="col-md-4 footer-column"><div class="footer-column-headline footer-headline h5">'
        'Thanh toán &amp; giao hàng</div><div class="footer-column-content">Chuyển khoản ngân hàng, tiền '
        "mặt khi nhận hàng. Giao tại lớp vào thứ Sáu hằng tuần.</div></div></div>"
        '<div class="footer-bottom"><div class="footer-vat"><p>* Tất cả giá đã bao gồm thuế GTGT, '
        'chưa gồm phí vận chuyển</p></div><div class="footer-copyright">© 2026 Trường THCS Trần Phú '
        '– Hải Phòng. Realised with <a href="https://www.shopware.com" rel="noopener" '
        'target="_blank">Shopware</a></div></div></div></footer>'
        '<div class="cookie-permission-container" data-cookie-permission="true"><div class="container">'
        '<div class="row align-items-center"><div class="col cookie-permission-content">Trang web này sử '
        "dụng cookie để đảm bảo bạn có trải nghiệm tốt nhất.</div>"
        '<div class="col-12 col-md-auto d-flex justify-content-center cookie-permission-actions">'
        '<button type="submit" class="btn btn-primary js-cookie-accept-all-button">Chấp nhận tất cả'
        "</button></div></div></div></div>"
        '<div class="offcanvas offcanvas-end cart-offcanvas" tabindex="-1"><div class="offcanvas-body">'
        '<div class="offcanvas-cart"><div class="alert alert-info">Giỏ hàng của bạn đang trống.</div>'
        "</div></div></div>"
        '<script src="/theme/9b1d0e7c2a8f4b36a1e5d7c3f2b8e6a4/js/storefront/storefront.js" defer></script>'
        "</body></html>"
    )


def sidebar() -> str:
    cats = "".join(
        f'<li class="sas-blog-cat-item"><a href="/tin-tuc/danh-muc/{slug}">{esc(name)}</a> '
        f'<span class="badge bg-light text-dark">{len(cat_posts(slug))}</span></li>'
        for slug, name in CATS.items()
    )
    newest = "".join(
        f'<div class="sas-blog-sidebar-post"><a href="{tech_path(s)}" class="sas-blog-sidebar-title">'
        f'{esc(s.title)}</a><div class="sas-blog-sidebar-date">{de_date(s)}</div>'
        f'<p class="sas-blog-sidebar-teaser">{esc(teaser(s))}</p></div>'
        for s in STORIES[:4]
    )
    return (
        '<div class="cms-section-sidebar-sidebar-content col-lg-4 col-xl-3">'
        '<div class="cms-block pos-0 cms-block-sas-blog-categories"><div class="cms-element-sas-blog-categories">'
        f'<div class="cms-element-title h5">Danh mục tin</div><ul class="list-unstyled">{cats}</ul></div></div>'
        '<div class="cms-block pos-1 cms-block-sas-blog-newest"><div class="cms-element-sas-blog-newest">'
        f'<div class="cms-element-title h5">Bài viết mới nhất</div>{newest}</div></div>'
        '<div class="cms-block pos-2 cms-block-html"><div class="cms-element-html">'
        '<div class="cms-element-title h5">Thống kê truy cập</div><ul class="list-unstyled tk-truycap">'
        "<li>Đang online: 17</li><li>Hôm nay: 412</li><li>Tổng truy cập: 1.284.330</li></ul></div></div>"
        '<div class="cms-block pos-3 cms-block-html"><div class="cms-element-html">'
        '<div class="cms-element-title h5">Bình chọn</div><form action="/widgets/poll/vote" method="post">'
        "<p>Bạn đánh giá chất liệu đồng phục mới thế nào?</p>"
        '<label><input type="radio" name="opt" value="1"> Rất tốt</label><br>'
        '<label><input type="radio" name="opt" value="2"> Bình thường</label><br>'
        '<button type="submit" class="btn btn-sm btn-outline-primary">Bình chọn</button></form></div></div>'
        "</div>"
    )


def page(request: Request, title: str, crumbs: list, content: str, **kw) -> Response:
    body = (head(request, title, **kw) + header()
            + '<main class="content-main" id="content-main"><div class="flashbags container"></div>'
            + '<div class="container-main">' + (breadcrumb(crumbs) if crumbs else "")
            + content + "</div></main>" + footer())
    return html(body)


# --- listings ------------------------------------------------------------------------------

def cat_posts(slug: str) -> list[Story]:
    return [s for s in STORIES if s.cat == slug or slug in s.opts.get("extra_cats", [])]


def card(s: Story) -> str:
    return (
        '<div class="col-md-6 col-lg-4 sas-blog-card-col"><div class="card sas-blog-card">'
        f'<a href="{seo_path(s)}" class="sas-blog-card-image-link"><img src="{cover(s)}" '
        f'class="card-img-top" alt="{esc(s.title)}" loading="lazy"></a><div class="card-body">'
        f'<small class="sas-blog-card-meta text-muted">{de_date(s)} · {esc(CATS[s.cat])}</small>'
        f'<h2 class="h5 sas-blog-card-title"><a href="{seo_path(s)}">{esc(s.title)}</a></h2>'
        f'<p class="card-text sas-blog-card-teaser">{esc(teaser(s))}</p>'
        f'<a href="{tech_path(s)}" class="btn btn-sm btn-outline-primary">Đọc tiếp</a></div></div></div>'
    )


def pagination(p: int, pages: int) -> str:
    if pages < 2:
        return ""

    def item(label: str, target: int, cls: str, disabled: bool, active: bool = False) -> str:
        state = " disabled" if disabled else (" active" if active else "")
        link = (f'<span class="page-link">{label}</span>' if disabled or active else
                f'<a class="page-link" href="?p={target}" data-page="{target}">{label}</a>')
        return f'<li class="page-item {cls}{state}">{link}</li>'

    items = [item("«", 1, "page-first", p == 1), item("‹", p - 1, "page-prev", p == 1)]
    items += [item(str(n), n, "", False, n == p) for n in range(1, pages + 1)]
    items += [item("›", p + 1, "page-next", p == pages), item("»", pages, "page-last", p == pages)]
    return (f'<nav aria-label="pagination" class="pagination-nav"><ul class="pagination">'
            f'{"".join(items)}</ul></nav>')


def listing(request: Request, posts: list[Story], title: str, crumbs: list, desc: str) -> Response | None:
    raw = request.params.get("p", "1")
    if not raw.isdigit():
        return None
    p = int(raw)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if not 1 <= p <= pages:
        return None
    chunk = posts[(p - 1) * PER_PAGE: p * PER_PAGE]
    main = (
        '<div class="cms-section-sidebar-main-content col-lg-8 col-xl-9">'
        f'<div class="cms-element-sas-blog-listing"><h1 class="cms-element-title">{esc(title)}</h1>'
        '<div class="sorting-wrapper"><select class="sorting form-select" aria-label="Sắp xếp">'
        '<option value="date-desc" selected>Mới nhất</option><option value="date-asc">Cũ nhất</option>'
        f'</select></div><div class="row cms-listing-row">{"".join(card(s) for s in chunk)}</div>'
        f"{pagination(p, pages)}</div></div>"
    )
    content = ('<div class="cms-page"><div class="cms-sections"><div class="cms-section pos-0 '
               'cms-section-sidebar"><div class="cms-section-sidebar cms-section-sidebar-mobile-wrap '
               f'boxed row">{sidebar()}{main}</div></div></div></div>')
    label = title + (f" - Trang {p}" if p > 1 else "")
    return page(request, label, crumbs, content, canonical=request.path + (f"?p={p}" if p > 1 else ""),
                desc=desc)


# --- post page ---------------------------------------------------------------------------------

def post_page(request: Request, s: Story) -> Response:
    cat = CATS[s.cat]
    name, role = s.opts["author_box"]
    idx = STORIES.index(s)
    meta_title = s.opts.get("meta_title", s.title)
    jsonld = json.dumps({
        "@context": "https://schema.org", "@type": "BlogPosting", "headline": meta_title,
        "datePublished": utc_iso(s), "author": {"@type": "Person", "name": name},
        "image": base_url(request) + cover(s), "mainEntityOfPage": base_url(request) + seo_path(s),
    }, ensure_ascii=False)
    extra = (f'<meta property="article:published_time" content="{utc_iso(s)}">'
             f'<script type="application/ld+json">{jsonld}</script>')
    teaser_html = (f'<p class="sas-blog-detail-teaser lead">{esc(s.summary)}</p>'
                   if s.sapo_outside else "")
    tags = "".join(f'<span class="badge sas-blog-tag">#{esc(t)}</span> ' for t in s.opts.get("tags", []))
    avatar = media("avatar-" + _hex(name, 8)).replace(".jpg", ".png")
    role_html = f'<small class="sas-blog-author-role d-block text-muted">{esc(role)}</small>' if role else ""
    nav = []
    if idx + 1 < len(STORIES):
        o = STORIES[idx + 1]
        nav.append(f'<a class="sas-blog-prev" href="{tech_path(o)}">« Bài trước<br><span>{esc(o.title)}</span></a>')
    if idx > 0:
        o = STORIES[idx - 1]
        nav.append(f'<a class="sas-blog-next" href="{tech_path(o)}">Bài sau »<br><span>{esc(o.title)}</span></a>')
    related = [o for o in cat_posts(s.cat) if o is not s][:3]
    rel_html = "".join(
        f'<div class="col-md-4"><div class="card sas-blog-related-card"><img src="{cover(o)}" '
        f'class="card-img-top" alt=""><div class="card-body"><a href="{seo_path(o)}" class="h6">'
        f'{esc(o.title)}</a><p class="small">{esc(teaser(o))}</p></div></div></div>'
        for o in related
    )
    share_url = base_url(request) + seo_path(s)
    main = (
        '<div class="cms-section-sidebar-main-content col-lg-8 col-xl-9">'
        '<div class="cms-block pos-0 cms-block-sas-blog-detail"><div class="cms-element-sas-blog-detail">'
        '<div class="sas-blog-detail-header">'
        f'<h1 class="sas-blog-detail-title">{esc(s.title)}</h1>'
        '<div class="sas-blog-detail-meta text-muted">'
        f'<span class="sas-blog-detail-date">{ICON.format("calendar")} <time datetime="{utc_iso(s)}">'
        f"{vi_medium(s)}</time></span> "
        f'<span class="sas-blog-detail-category">{ICON.format("folder")} <a href="/tin-tuc/danh-muc/{s.cat}">'
        f"{esc(cat)}</a></span> "
        f'<span class="sas-blog-detail-views">{ICON.format("eye")} {s.views()} lượt xem</span></div>'
        f"{teaser_html}</div>"
        f'<div class="sas-blog-detail-content"><div class="cms-sections"><div class="cms-section pos-0 '
        f'cms-section-default boxed">{render_content(s)}</div></div></div>'
        f'<div class="sas-blog-detail-tags">Từ khóa: {tags}</div>'
        '<div class="sas-blog-detail-author d-flex align-items-center">'
        f'<img class="sas-blog-author-avatar rounded-circle" src="{avatar}" alt="" width="48">'
        f'<div><span class="text-muted">Viết bởi</span> <strong class="sas-blog-author-name">{esc(name)}'
        f"</strong>{role_html}</div></div>"
        '<div class="sas-blog-detail-share">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">'
        f'Facebook</a> <a href="https://zalo.me/share?url={share_url}" target="_blank" rel="noopener">Zalo</a> '
        '<a href="javascript:window.print()">In bài</a></div>'
        f'<div class="sas-blog-detail-nav d-flex justify-content-between">{"".join(nav)}</div>'
        '<div class="sas-blog-detail-related"><div class="cms-element-title h4">Bài viết liên quan</div>'
        f'<div class="row">{rel_html}</div></div>'
        "</div></div></div>"
    )
    content = (
        '<div class="cms-page"><div class="cms-sections"><div class="cms-section pos-0 cms-section-sidebar">'
        f'<div class="cms-section-sidebar cms-section-sidebar-mobile-wrap boxed row">{sidebar()}{main}</div>'
        '</div><div class="cms-section pos-1 cms-section-default boxed">'
        f'{product_slider("Sản phẩm gợi ý cho phụ huynh")}</div></div></div>'
    )
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (cat, f"/tin-tuc/danh-muc/{s.cat}"),
              (s.title, None)]
    return page(request, meta_title, crumbs, content, canonical=seo_path(s),
                desc=s.opts.get("teaser") or teaser(s), og_type="article", extra=extra)


# --- other pages -----------------------------------------------------------------------------

def cms_simple(request: Request, title: str, crumbs: list, blocks: str, desc: str = "") -> Response:
    content = ('<div class="cms-page"><div class="cms-sections"><div class="cms-section pos-0 '
               f'cms-section-default boxed">{blocks}</div></div></div>')
    return page(request, title, crumbs, content, desc=desc)


def _txt(html_: str, pos: int) -> str:
    return _cms_block("text", f'<div class="col-12"><div class="cms-element-text">{html_}</div></div>', pos)


def home(request: Request) -> Response:
    newest = "".join(card(s) for s in STORIES[:3])
    blocks = (
        _cms_block("image-slider", '<div class="col-12"><div class="cms-element-image-slider">'
                   f'<img src="{media("banner-hkpd-2026")}" class="img-fluid" alt="banner"></div></div>', 0)
        + _txt("<h2>Chào mừng đến với Trường THCS Trần Phú</h2><p>Trang thông tin và cửa hàng đồng "
               "phục, sách giáo khoa của nhà trường.</p>", 1)
        + _cms_block("sas-blog-newest", '<div class="col-12"><div class="cms-element-sas-blog-newest">'
                     f'<div class="cms-element-title h3">Tin mới</div><div class="row">{newest}</div>'
                     '<a href="/tin-tuc" class="btn btn-link">Xem tất cả tin tức »</a></div></div>', 2)
        + product_slider("Sản phẩm nổi bật")
    )
    return cms_simple(request, "Trang chủ", [], blocks, "Trường THCS Trần Phú, Hải Phòng")


def intro(request: Request) -> Response:
    blocks = (
        _cms_block("image-text", _image_element(media("toan-canh-truong"), "col-md-6")
                   + '<div class="col-md-6"><div class="cms-element-text"><h2>Lịch sử nhà trường</h2>'
                   "<p>Trường THCS Trần Phú được thành lập năm 1960, là một trong những trường trung học "
                   "cơ sở có bề dày truyền thống của thành phố Hải Phòng.</p></div></div>", 0)
        + _txt("<h2>Quy mô</h2><p>Năm học 2026 – 2027, nhà trường có 36 lớp với 1.512 học sinh và 78 "
               "cán bộ, giáo viên, nhân viên.</p>", 1)
    )
    return cms_simple(request, "Giới thiệu", [("Trang chủ", "/"), ("Giới thiệu", None)], blocks,
                      "Giới thiệu Trường THCS Trần Phú")


def contact(request: Request) -> Response:
    form = (
        '<div class="col-12"><div class="cms-element-form"><form action="/form/contact" method="post" '
        'data-form-ajax-submit="true"><div class="form-content"><h2>Liên hệ với nhà trường</h2>'
        '<div class="row g-2"><div class="form-group col-md-6"><label>Họ tên*</label>'
        '<input type="text" name="firstName" class="form-control" required></div>'
        '<div class="form-group col-md-6"><label>Email*</label><input type="email" name="email" '
        'class="form-control" required></div><div class="form-group col-12"><label>Nội dung*</label>'
        '<textarea name="comment" class="form-control" required></textarea></div></div>'
        '<button type="submit" class="btn btn-primary">Gửi</button></div></form></div></div>'
    )
    blocks = (_txt("<p>Địa chỉ: Số 2 phố Trần Phú, phường Lê Chân, thành phố Hải Phòng.</p>"
                   "<p>Điện thoại: 0225 3857 246 – Email: c2tranphu@haiphong.edu.vn</p>", 0)
              + _cms_block("form", form, 1))
    return cms_simple(request, "Liên hệ", [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"),
                                           ("Liên hệ", None)], blocks)


def shop_listing(request: Request) -> Response:
    boxes = "".join(f'<div class="cms-listing-col col-sm-6 col-lg-4">{product_box(p)}</div>' for p in PRODUCTS)
    blocks = _cms_block("product-listing", '<div class="col-12"><div class="cms-element-product-listing">'
                        f'<div class="row cms-listing-row js-listing-wrapper">{boxes}</div></div></div>', 0)
    return cms_simple(request, "Cửa hàng đồng phục", [("Trang chủ", "/"), ("Cửa hàng đồng phục", None)], blocks)


def product_page(request: Request, p: dict) -> Response:
    src = media("sp-" + p["slug"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "Product", "name": p["name"],
                     "sku": p["sku"], "offers": {"@type": "Offer", "priceCurrency": "VND",
                                                 "price": p["price"].split()[0].replace(".", "")}},
                    ensure_ascii=False)
    content = (
        '<div class="cms-page"><div class="cms-sections"><div class="cms-section pos-0 cms-section-default boxed">'
        f'<div class="product-detail"><h1 class="product-detail-name">{esc(p["name"])}</h1>'
        f'<div class="row"><div class="col-lg-7">{_gallery([src])}</div>'
        '<div class="col-lg-5 product-detail-buy"><p class="product-detail-price">'
        f'{p["price"]}*</p><p class="product-detail-tax">Giá đã bao gồm thuế GTGT</p>'
        f'<div class="product-detail-ordernumber-container">Mã sản phẩm: {p["sku"]}</div>'
        '<form action="/checkout/line-item/add" method="post" class="buy-widget">'
        '<select name="quantity" class="form-select"><option>1</option><option>2</option></select>'
        '<button class="btn btn-primary btn-buy">Thêm vào giỏ</button></form></div></div>'
        '<div class="product-detail-tabs"><ul class="nav nav-tabs"><li class="nav-item">'
        '<a class="nav-link active" href="#description-tab-pane">Mô tả</a></li><li class="nav-item">'
        '<a class="nav-link" href="#review-tab-pane">Đánh giá</a></li></ul>'
        f'<div class="tab-pane" id="description-tab-pane"><div class="product-detail-description-text">'
        f'<p>{esc(p["desc"])}</p></div></div><div class="tab-pane" id="review-tab-pane">'
        '<div class="product-detail-review-item"><p class="product-detail-review-item-info">'
        '<strong>Nguyễn Thị Lan</strong> · 12.11.2026</p><p class="product-detail-review-item-title">'
        "Hàng đẹp, đúng cỡ</p><p>Con tôi mặc vừa, vải mát, giao hàng đúng hẹn.</p></div></div></div>"
        "</div></div></div></div>"
    )
    return page(request, p["name"], [("Trang chủ", "/"), ("Cửa hàng đồng phục", "/dong-phuc/"),
                                     (p["name"], None)], content, canonical=product_path(p),
                desc=p["desc"], og_type="product", extra=f'<script type="application/ld+json">{ld}</script>')


def login(request: Request) -> Response:
    err = ('<div class="alert alert-danger">Không tìm thấy tài khoản với thông tin đã nhập.</div>'
           if request.method == "POST" else "")
    form = (
        f'<div class="account-login">{err}<h1 class="h3">Đăng nhập</h1>'
        '<form action="/account/login" method="post" class="login-form">'
        '<input type="hidden" name="redirectTo" value="frontend.account.home.page">'
        '<label>Địa chỉ email</label><input type="email" name="username" class="form-control">'
        '<label>Mật khẩu</label><input type="password" name="password" class="form-control">'
        '<button type="submit" class="btn btn-primary">Đăng nhập</button></form>'
        "<p>Phụ huynh chưa có tài khoản vui lòng liên hệ phòng Tài vụ để được cấp.</p></div>"
    )
    return page(request, "Đăng nhập", [("Trang chủ", "/"), ("Tài khoản", None)],
                f'<div class="container">{form}</div>')


def cart(request: Request) -> Response:
    return page(request, "Giỏ hàng", [("Trang chủ", "/"), ("Giỏ hàng", None)],
                '<div class="container"><h1>Giỏ hàng</h1><div class="alert alert-info">Giỏ hàng của '
                'bạn đang trống.</div><a href="/dong-phuc/">Tiếp tục mua sắm</a></div>')


def search(request: Request) -> Response:
    q = request.params.get("search", "")
    return page(request, f"Kết quả tìm kiếm “{q}”", [("Trang chủ", "/"), ("Tìm kiếm", None)],
                f'<div class="container"><h1 class="search-headline">Có 0 sản phẩm cho “{esc(q)}”</h1>'
                "</div>")


# --- routing ------------------------------------------------------------------------------------

OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if "old_slug" in s.opts}


class ShopwareSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/media/", "/thumbnail/", "/theme/")):
            return static_file(path)
        if request.method == "POST":
            if path == "/checkout/language":
                return redirect("/", 302)
            if path == "/checkout/line-item/add":
                return redirect("/checkout/cart", 302)
            if path == "/account/login":
                return login(request)
            return None
        if request.query and path not in ("/tin-tuc", "/search") and not path.startswith("/tin-tuc/danh-muc/"):
            return None
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return listing(request, STORIES, "Tin tức", [("Trang chủ", "/"), ("Tin tức", None)],
                           "Tin tức, sự kiện của Trường THCS Trần Phú")
        if path.startswith("/tin-tuc/danh-muc/"):
            slug = path[len("/tin-tuc/danh-muc/"):]
            if slug not in CATS:
                return None
            return listing(request, cat_posts(slug), CATS[slug],
                           [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (CATS[slug], None)], CATS[slug])
        if path.startswith("/tin-tuc/"):
            slug = path[len("/tin-tuc/"):]
            if slug in BY_SLUG:
                return post_page(request, BY_SLUG[slug])
            if slug in OLD_SLUGS:
                return redirect(seo_path(OLD_SLUGS[slug]), 301)
            return None
        if path.startswith("/blog/detail/"):
            s = UUIDS.get(path[len("/blog/detail/"):])
            return post_page(request, s) if s else None
        if path == "/gioi-thieu/":
            return intro(request)
        if path == "/gioi-thieu/lien-he/":
            return contact(request)
        if path == "/dong-phuc/":
            return shop_listing(request)
        for p in PRODUCTS:
            if path == product_path(p):
                return product_page(request, p)
        if path == "/account/login":
            return login(request)
        if path == "/checkout/cart":
            return cart(request)
        if path == "/search":
            return search(request)
        return None


def build_site() -> ShopwareSite:
    return ShopwareSite()


GOLD = [
    gold_record(s, seo_path(s), CATS[s.cat], alt_paths=[tech_path(s)])
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/lien-he/",
    product_path(PRODUCTS[0]),
    product_path(PRODUCTS[1]),
    "/account/login",
]
