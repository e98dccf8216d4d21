"""Fixture portal: a private kindergarten-primary school's site built on Strikingly.

Imitates "Trường Mầm non - Tiểu học Ngôi Sao Nhỏ" (a private school in the former Thủ Dầu Một,
now Thành phố Hồ Chí Minh) on Strikingly, the hosted site builder many small Vietnamese
businesses and private schools use: a multi-page site on a custom domain whose home page is a
one-page layout of ``div.s-section`` blocks, plus the builder's "Simple Blog". Everything a
visitor reads is server-rendered (Strikingly renders for SEO); the builder's React app hydrates
it. What it serves:

- ``/``: the one-page home: an announcement bar (the header clock ``TODAY`` and a link to the
  admissions post copied from Facebook, ``?ref=facebook``), the navbar (anchors ``/#gioi-thieu``
  …, the pages, a language switch whose "Tiếng Việt" link is the relative ``?lang=vi``, a
  member-login button that opens a modal), sections Giới thiệu, Chương trình học, a Simple Blog
  section with the three newest posts, Tuyển sinh, Liên hệ (a contact form posting to the
  builder's API), the footer (address, hotline, a custom-HTML visitor counter) and the
  "Powered by Strikingly" badge;
- ``/tuyen-sinh`` (admissions landing page: reasons, fee table, a Google Form button, a link
  to the admissions post with ``?ref=facebook``), ``/gallery`` (a photo-gallery page: images
  with titles and descriptions), ``/store`` and ``/store/products/<slug>`` (the school shop
  selling uniforms: product cards, prices, "Thêm vào giỏ hàng");
- ``/blog``: the blog index, 9 post cards (date, title, blurb, "Đọc tiếp") and a "Tải thêm bài
  viết" button whose script fetches ``/r/v1/sites/123456/blog/posts?page=N&per_page=9`` (JSON,
  not a link). The page carries ``<link rel="next" href="/blog?page=2">`` and the server answers
  ``/blog?page=N`` with the next 9 cards (server-side rendered for crawlers);
- ``/blog/<slug>``: a post. Slugs are Strikingly's: lower-case ASCII from the title, a number
  suffix on a duplicate (two posts are both titled "Hoạt động ngoại khóa":
  ``/blog/hoat-dong-ngoai-khoa`` and ``/blog/hoat-dong-ngoai-khoa-2``, different posts). Markup:
  ``div.s-blog-container`` > back link "Tất cả bài viết", ``div.s-blog-post-title h1``,
  ``div.s-blog-post-header`` (author avatar, "Tác giả: <account display name>", the date "23
  tháng 11, 2026" — no time), ``div.s-blog-body > div.s-component > div.s-blog-section`` blocks:
  ``s-rich-text`` (``<p>``, ``<ul>``, on one post ``<div>`` lines; ``&nbsp;`` where the editor
  left them), ``s-title`` headings (``h3``), ``s-image`` (``div.s-component-content > img`` with a
  placeholder ``src`` and the real CDN URL in ``data-src``; ``div.s-image-caption`` on some),
  ``s-button`` ("Đăng ký ngay" to a Google Form, "Xem lịch chi tiết" to Google Drive); then the
  footer of the post: "Chia sẻ" (Facebook/Twitter/LinkedIn/email), "Bài viết khác" (3 cards:
  the three newest other posts, with dates), a newsletter box "Đăng ký nhận bản tin", the site
  footer. ``<head>`` has og tags, an absolute ``rel=canonical`` (no query) and the builder's
  ``window.$S`` JSON with ``publishedAt`` in UTC.
- ``/sitemap.xml`` (announced in ``robots.txt``) lists pages, products and every post.

Traps and hard cases:
- ``/blog?page=N`` past the end answers 200 with "Chưa có bài viết nào." and no cards. The SSR
  template prints ``rel=next`` on every page that has cards (it does not know the total; the
  script hides the button when the API says ``hasMore: false``), so ``/blog?page=2`` (4 cards)
  links ``/blog?page=3``, the empty page; that page links no further.
- Posts 10-13 are on ``/blog?page=2`` only: no ``<a>`` from the home page, page 1 or "Bài viết
  khác" (newest three) reaches them; they are found through ``<link rel="next">`` or the sitemap.
- The same post under other URLs: ``/blog/<slug>?lang=vi`` (the language switch, on every page)
  and ``/blog/<slug>?ref=facebook`` (links copied from the Facebook page: announcement bar, the
  landing page, one post's text). Every variant prints the same canonical; gold ``alt_paths``.
- Two posts share a title (see slugs); both are articles.
- The album post: 8 photos, one paragraph of two sentences; one photo's caption div holds only
  the Zalo file name.
- The builder's ``publishedAt`` is UTC: two posts published before 07:00 local show the
  previous day there. One post was typed with "Unicode tổ hợp" (NFD text in the page).
- Product pages look like posts (title, paragraphs, photo) but are shop items.
- Unknown paths (and unknown slugs) get Strikingly's 404 page with status 404.

Gold (by hand) — judgement calls:
- Articles are the 13 blog posts; home, landing, gallery, store, products, blog index pages
  (the empty page 3 included) are not.
- ``category`` is None: Strikingly has no categories. Editors type hashtags ("#TinTuc",
  "#HoatDong", …) as the last line of the text, like on Facebook; "#TinTuc" and "#HoatDong" split
  the posts in two groups, but they are tags, not a section, and the blog ("Tin tức" in the
  menu) is the site's only listing.
- The hashtag line is not body text (it is the tag list); the right-aligned credit lines ("Tin,
  ảnh: …", "Bài, ảnh: …", "Tin: X - Ảnh: Y", "Ảnh: …", "Nguồn: …") are not body text.
- ``published_at`` is the date printed in the header, date only (no time is printed; the UTC
  ``publishedAt`` of the script is not read, and is the previous day on two posts).
- Authors: an in-text signature names them when there is one ("Tin, ảnh: Ban Truyền thông"
  gives Ban Truyền thông as author and photographer, replacing the header's "Ms. Lan");
  otherwise the header's "Tác giả:" display name as printed ("Ms. Lan", "Hạnh Nguyễn", "Ban
  Truyền thông", "Mr. Đức"). A credit of only the photos ("Ảnh: Studio Hoa Sen") leaves the header
  author and adds the photographer. "Nguồn: Báo Giáo dục và Thời đại" is the source; the header
  name stays the author (it is printed as "Tác giả").
- A caption ending "(Ảnh: Mai Anh)" is kept as printed and gives Mai Anh as photographer.
- One post opens with a fully bold paragraph: it is the sapo (``summary``, and the body's first
  paragraph). Other posts print no sapo (the card blurb and meta description are truncations).
- ``s-title`` headings and list items are body paragraphs; button labels are not; a link inside
  a paragraph keeps its words ("… tại đây.").
- Image URLs are the ``data-src`` CDN URLs (absolute, off-host); the placeholder ``src`` and the
  author avatar and the cards' images are no article images.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "strikingly_school"
PLATFORM = "strikingly"
START_PATH = "/"

SITE = "Trường Mầm non - Tiểu học Ngôi Sao Nhỏ"
SHORT = "Ngôi Sao Nhỏ"
ADDRESS = "Số 18 đường Lê Hồng Phong, phường Phú Lợi, Thành phố Hồ Chí Minh"
PHONE = "0274 3 822 618"
HOTLINE = "0909 168 246"
EMAIL = "tuyensinh@ngoisaonho.edu.vn"
DOMAIN = "ngoisaonho.edu.vn"
PERMALINK = "ngoisaonho"
SITE_ID = 123456
USER_ID = 4917263
PER_PAGE = 9
MORE = 3
_LOCAL = timezone(timedelta(hours=7))
CDN = "https://custom-images.strikinglycdn.com/res/hrscywv4p/image/upload"
_FULL = "c_limit,fl_lossy,h_9000,w_1200,f_auto,q_auto"
_THUMB = "c_fill,fl_lossy,h_300,w_500,f_auto,q_auto"
_PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
FORM = "https://forms.gle/Nx7bQ2kLmP4sT9uW8"
ANNOUNCED = "thong-bao-tuyen-sinh-lop-1-nam-hoc-2027-2028"


def cdn(name: str, size: str = _FULL) -> str:
    """A Strikingly image URL (uploads live on the builder's CDN, never on the custom domain)."""
    return f"{CDN}/{size}/{USER_ID}/{name}"


@dataclass(frozen=True)
class Button:
    """An ``s-button`` block: a call to action, no article text."""

    label: str
    href: str


def slugify(title: str) -> str:
    """Strikingly's slug: accents dropped, lower-case ASCII words joined by hyphens."""
    folded = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    ascii_ = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


# opts: at (local publication time as stored; only the date is printed), author (the header's
# display name), avatar, tags (the hashtag line), nfd (typed in NFD), nbsp (&nbsp; left by the
# editor), div (rich text as <div> lines), alt (alt text = file name on images).
# P styles: "" paragraph, "bold" fully bold paragraph (sapo), "h" s-title heading, "li" list item,
# "a|href|phrase" paragraph with a link on phrase.
STORIES: list[Story] = [
    Story(
        id=31876540,
        slug="ngay-hoi-tri-an-thay-co-20-11-nhung-tam-thiep-nho-tam-long-lon",
        title="Ngày hội tri ân thầy cô 20/11: Những tấm thiệp nhỏ, tấm lòng lớn",
        cat="blog",
        published_at="2026-11-23",
        blocks=[
            P(
                "Sáng 20/11/2026, trong không khí rộn ràng của Ngày Nhà giáo Việt Nam, Trường Mầm non -"
                " Tiểu học Ngôi Sao Nhỏ tổ chức Ngày hội tri ân thầy cô với sự tham gia của hơn 450 học"
                " sinh cùng đông đảo phụ huynh."
            ),
            Img(
                cdn("682451_913527.jpg"),
                "Các bé lớp Lá 2 tặng hoa và thiệp tự làm cho cô giáo chủ nhiệm",
                "Các bé lớp Lá 2 tặng hoa và thiệp tự làm cho cô giáo chủ nhiệm",
            ),
            P(
                "Từ tuần trước, các bé mầm non đã cùng cô chuẩn bị những tấm thiệp bằng giấy màu, lá khô"
                " và hạt đậu. Học sinh tiểu học viết thư tay gửi thầy cô, kể về những kỷ niệm đáng nhớ"
                " trong năm học."
            ),
            P("Những tiết mục văn nghệ đặc sắc", "h"),
            P(
                "Chương trình văn nghệ với các tiết mục múa “Cô giáo em”, đồng ca “Bụi phấn” và kịch"
                " ngắn “Một ngày làm cô giáo” do học sinh khối 4, 5 tự dàn dựng đã nhận được nhiều tràng"
                " pháo tay của khán giả."
            ),
            Img(cdn("682452_204817.jpg")),
            P(
                "Thay mặt tập thể giáo viên, cô Hiệu trưởng Phạm Thị Ngọc Lan cảm ơn sự quan tâm của"
                " quý phụ huynh và mong các con luôn chăm ngoan, học giỏi."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ban Truyền thông</strong></p>'),
        ],
        authors=["Ban Truyền thông"],
        photographers=["Ban Truyền thông"],
        opts={"at": "2026-11-23 09:15", "author": "Ms. Lan", "tags": ["#HoatDong", "#NgoiSaoNho"]},
    ),
    Story(
        id=31862209,
        slug=ANNOUNCED,
        title="Thông báo tuyển sinh lớp 1 năm học 2027 - 2028",
        cat="blog",
        published_at="2026-11-19",
        blocks=[
            P(
                "Trường Mầm non - Tiểu học Ngôi Sao Nhỏ thông báo tuyển sinh lớp 1 năm học 2027 - 2028"
                " với 4 lớp, mỗi lớp không quá 25 học sinh."
            ),
            Img(cdn("679930_551204.png")),
            P("1. Đối tượng tuyển sinh", "h"),
            P("Trẻ sinh năm 2021, đang cư trú tại Thành phố Hồ Chí Minh và các tỉnh lân cận."),
            P("2. Hồ sơ đăng ký", "h"),
            P("Đơn đăng ký nhập học (theo mẫu của nhà trường);", "li"),
            P("Bản sao giấy khai sinh;", "li"),
            P("Bản sao sổ theo dõi sức khỏe hoặc phiếu tiêm chủng;", "li"),
            P("02 ảnh 3x4 của trẻ.", "li"),
            P("3. Thời gian nhận hồ sơ", "h"),
            P(
                "Từ ngày 01/12/2026 đến hết ngày 31/01/2027, từ thứ Hai đến sáng thứ Bảy, tại văn phòng"
                " tuyển sinh của nhà trường. Phụ huynh có thể đăng ký trực tuyến qua biểu mẫu dưới đây."
            ),
            Button("Đăng ký ngay", FORM),
            P("Mọi thắc mắc xin liên hệ hotline 0909 168 246 (cô Thảo) để được tư vấn."),
            Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Phòng Tuyển sinh</strong></em></p>'),
        ],
        authors=["Phòng Tuyển sinh"],
        photographers=["Phòng Tuyển sinh"],
        opts={"at": "2026-11-19 14:00", "author": "Ban Truyền thông", "tags": ["#TinTuc", "#TuyenSinh"], "nbsp": True},
    ),
    Story(
        id=31840017,
        slug="hoat-dong-ngoai-khoa-2",
        title="Hoạt động ngoại khóa",
        cat="blog",
        published_at="2026-11-12",
        blocks=[
            P(
                "Sáng ngày 11/11/2026, các bé khối Chồi và khối Lá đã có buổi tham quan, trải nghiệm tại"
                " Nông trại Xanh (xã Phú An) trong chủ đề “Thế giới thực vật”."
            ),
            Img(
                cdn("676018_330912.jpg"),
                "Các bé khối Chồi tìm hiểu cách gieo hạt rau mầm",
                "Các bé khối Chồi tìm hiểu cách gieo hạt rau mầm",
            ),
            P(
                "Tại nông trại, các bé được nghe cô hướng dẫn viên giới thiệu về các loại rau, củ quen"
                " thuộc, tự tay gieo hạt, tưới cây và thu hoạch cà chua bi. Nhiều bé lần đầu được nhìn"
                " thấy cây bắp cải, cây đậu bắp ngoài thực tế nên rất thích thú."
            ),
            Img(
                cdn("676019_118406.jpg"),
                "Niềm vui của các bé khi tự tay thu hoạch cà chua bi",
                "Niềm vui của các bé khi tự tay thu hoạch cà chua bi",
            ),
            Img(cdn("676020_997125.jpg")),
            P(
                "Buổi ngoại khóa giúp các bé mở rộng hiểu biết về thiên nhiên, rèn luyện kỹ năng tự phục"
                " vụ và biết yêu quý thành quả lao động."
            ),
        ],
        authors=["Hạnh Nguyễn"],
        opts={"at": "2026-11-12 16:40", "author": "Hạnh Nguyễn", "tags": ["#HoatDong", "#NgoaiKhoa"]},
    ),
    Story(
        id=31829954,
        slug="khoanh-khac-dang-yeu-trong-tuan-le-be-tap-lam-dau-bep",
        title="Khoảnh khắc đáng yêu trong tuần lễ “Bé tập làm đầu bếp”",
        cat="blog",
        published_at="2026-11-09",
        blocks=[
            P(
                "Tuần qua, các bé khối Mầm và khối Chồi đã hào hứng tham gia tuần lễ “Bé tập làm đầu"
                " bếp” với các món salad trái cây, bánh mì sandwich và sữa chua dẻo. Cùng nhìn lại những"
                " khoảnh khắc đáng yêu của các bé nhé!"
            ),
            Img(
                cdn("673301_482290.jpg"),
                "Bé Gia Hân lớp Chồi 1 trổ tài làm salad trái cây",
                "Bé Gia Hân lớp Chồi 1 trổ tài làm salad trái cây",
            ),
            Img(cdn("673302_615503.jpg")),
            Img(
                cdn("673303_270871.jpg"),
                "Các bạn nhỏ lớp Mầm 2 cùng phết bơ lên bánh mì",
                "Các bạn nhỏ lớp Mầm 2 cùng phết bơ lên bánh mì",
            ),
            Img(
                cdn("673304_903318.jpg"),
                "z5987612345678_4c1f9e2a7b3d8e6f0a1b2c3d4e5f6a7b.jpg",
                None,
            ),
            Img(cdn("673305_144209.jpg")),
            Img(cdn("673306_388154.jpg"), "Thành quả của lớp Chồi 3", "Thành quả của lớp Chồi 3"),
            Img(cdn("673307_529960.jpg")),
            Img(cdn("673308_761043.jpg")),
        ],
        authors=["Ms. Lan"],
        opts={"at": "2026-11-09 10:30", "author": "Ms. Lan", "tags": ["#HoatDong"], "alt": True},
    ),
    Story(
        id=31818302,
        slug="chuyen-de-an-toan-giao-thong-cho-nu-cuoi-tre-tho-nam-hoc-2026-2027",
        title="Chuyên đề “An toàn giao thông cho nụ cười trẻ thơ” năm học 2026 - 2027",
        cat="blog",
        published_at="2026-11-05",
        blocks=[
            P(
                "Nhằm trang bị cho học sinh những kiến thức cơ bản về an toàn giao thông, ngày"
                " 03/11/2026, nhà trường phối hợp với Đội Cảnh sát giao thông - Trật tự Công an phường"
                " Phú Lợi tổ chức chuyên đề “An toàn giao thông cho nụ cười trẻ thơ”."
            ),
            P(
                "Tại buổi sinh hoạt, các chiến sĩ cảnh sát giao thông đã hướng dẫn học sinh cách nhận"
                " biết đèn tín hiệu, biển báo thường gặp, cách đội mũ bảo hiểm đúng và cách ngồi an toàn"
                " trên xe máy, ô tô."
            ),
            Img(
                cdn("670114_802236.jpg"),
                "Chiến sĩ cảnh sát giao thông hướng dẫn học sinh lớp 2 cách đội mũ bảo hiểm đúng cách",
                "Chiến sĩ cảnh sát giao thông hướng dẫn học sinh lớp 2 cách đội mũ bảo hiểm đúng cách",
            ),
            P(
                "Học sinh tiểu học còn được thực hành đi bộ qua đường trên mô hình sa bàn và tham gia trò"
                " chơi “Đèn xanh - đèn đỏ”. Qua chuyên đề, các em hiểu hơn về ý nghĩa của việc chấp hành"
                " luật giao thông từ những việc nhỏ nhất."
            ),
            Img(
                cdn("670115_356621.jpg"),
                "Học sinh thực hành đi bộ qua đường trên sa bàn",
                "Học sinh thực hành đi bộ qua đường trên sa bàn",
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Thị Thu Hà - Ảnh: Lê Minh Quang</strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Lê Minh Quang"],
        opts={"at": "2026-11-05 06:20", "author": "Mr. Đức", "tags": ["#HoatDong", "#ATGT"]},
    ),
    Story(
        id=31797415,
        slug="soi-noi-hoi-thi-trang-nguyen-tieng-viet-cap-truong-nam-hoc-2026-2027",
        title="Sôi nổi Hội thi Trạng nguyên Tiếng Việt cấp trường năm học 2026 - 2027",
        cat="blog",
        published_at="2026-10-30",
        summary=(
            "Chiều 28/10/2026, 120 học sinh khối 3, 4, 5 đã tranh tài tại Hội thi Trạng nguyên Tiếng"
            " Việt cấp trường, sân chơi giúp các em rèn luyện vốn từ, kỹ năng đọc hiểu và tình yêu với"
            " tiếng mẹ đẻ."
        ),
        blocks=[
            P(
                "Chiều 28/10/2026, 120 học sinh khối 3, 4, 5 đã tranh tài tại Hội thi Trạng nguyên Tiếng"
                " Việt cấp trường, sân chơi giúp các em rèn luyện vốn từ, kỹ năng đọc hiểu và tình yêu"
                " với tiếng mẹ đẻ.",
                "bold",
            ),
            P(
                "Hội thi gồm ba vòng: “Khởi động”, “Vượt chướng ngại vật” và “Về đích”. Các câu hỏi xoay"
                " quanh kiến thức chính tả, từ và câu, thành ngữ, tục ngữ, ca dao được thiết kế sinh"
                " động bằng hình ảnh và trò chơi ô chữ."
            ),
            Img(
                cdn("665870_190437.jpg"),
                "Học sinh khối 4 giơ bảng đáp án ở vòng “Khởi động”",
                "Học sinh khối 4 giơ bảng đáp án ở vòng “Khởi động”",
            ),
            P(
                "Kết quả, em Lê Hoàng Bảo Ngọc (lớp 5A1) giành danh hiệu Trạng nguyên; em Trần Gia Huy"
                " (lớp 4A2) đạt danh hiệu Bảng nhãn và em Nguyễn Khánh Vy (lớp 5A2) đạt danh hiệu Thám"
                " hoa. Ban tổ chức cũng trao 12 giải khuyến khích cho các em có thành tích tốt."
            ),
            P(
                "Những học sinh xuất sắc nhất sẽ được nhà trường bồi dưỡng để tham gia Hội thi Trạng"
                " nguyên Tiếng Việt trên Internet cấp phường trong tháng 12."
            ),
        ],
        authors=["Hạnh Nguyễn"],
        opts={"at": "2026-10-30 15:10", "author": "Hạnh Nguyễn", "tags": ["#TinTuc", "#TieuHoc"]},
    ),
    Story(
        id=31785560,
        slug="5-cach-giup-tre-mam-non-tu-lap-ngay-tai-nha",
        title="5 cách giúp trẻ mầm non tự lập ngay tại nhà",
        cat="blog",
        published_at="2026-10-26",
        blocks=[
            P(
                "Tính tự lập không tự nhiên mà có, trẻ cần được rèn luyện hằng ngày qua những việc nhỏ."
                " Dưới đây là 5 gợi ý cha mẹ có thể áp dụng ngay tại nhà."
            ),
            Img(cdn("663012_774415.jpg")),
            P("1. Để trẻ tự xúc ăn", "h"),
            P(
                "Từ 2 tuổi, trẻ đã có thể tự cầm thìa. Cha mẹ nên kiên nhẫn chấp nhận việc trẻ làm rơi"
                " vãi thức ăn trong thời gian đầu, tránh đút cho trẻ ăn chỉ vì muốn nhanh."
            ),
            P("2. Giao việc nhà vừa sức", "h"),
            P(
                "Gấp khăn, tưới cây, xếp dép lên kệ hay cất đồ chơi sau khi chơi xong là những việc phù"
                " hợp với trẻ 3 - 5 tuổi."
            ),
            P("3. Cho trẻ tự chọn quần áo", "h"),
            P(
                "Hãy chuẩn bị sẵn hai bộ quần áo phù hợp thời tiết và để trẻ tự chọn một bộ. Việc được"
                " lựa chọn giúp trẻ tự tin và có trách nhiệm với quyết định của mình."
            ),
            P("4. Không làm thay khi trẻ gặp khó", "h"),
            P(
                "Khi trẻ loay hoay cài cúc áo hay đi giày, cha mẹ nên hướng dẫn từng bước thay vì làm"
                " hộ."
            ),
            P("5. Khen ngợi đúng lúc", "h"),
            P(
                "Lời khen cụ thể như “Con tự cất đồ chơi gọn gàng quá!” sẽ khích lệ trẻ lặp lại hành vi"
                " tốt."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Giáo dục và Thời đại</em></p>'),
        ],
        authors=["Ban Truyền thông"],
        source="Báo Giáo dục và Thời đại",
        opts={"at": "2026-10-26 20:00", "author": "Ban Truyền thông", "tags": ["#TinTuc", "#GocPhuHuynh"], "nbsp": True},
    ),
    Story(
        id=31771128,
        slug="chuc-mung-ngay-phu-nu-viet-nam-20-10",
        title="Chúc mừng ngày Phụ nữ Việt Nam 20/10",
        cat="blog",
        published_at="2026-10-20",
        blocks=[
            P(
                "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 -"
                " 20/10/2026), Ban Giám hiệu nhà trường trân trọng gửi lời chúc sức khỏe, hạnh phúc đến"
                " toàn thể cô giáo, nhân viên và các mẹ, các bà của học sinh."
            ),
            P(
                "Sáng 20/10, các bé đã dành tặng cô và mẹ những bông hoa giấy, những lời chúc ngộ nghĩnh."
                " Các bạn học sinh tiểu học tổ chức chương trình “Điều con muốn nói với mẹ” dưới cờ."
            ),
            Img(
                cdn("660481_238810.jpg"),
                "Các bé lớp Lá 1 tặng hoa cô giáo nhân ngày 20/10 (Ảnh: Mai Anh)",
                "Các bé lớp Lá 1 tặng hoa cô giáo nhân ngày 20/10 (Ảnh: Mai Anh)",
            ),
        ],
        authors=["Ms. Lan"],
        photographers=["Mai Anh"],
        opts={"at": "2026-10-20 08:00", "author": "Ms. Lan", "tags": ["#TinTuc"], "nfd": True},
    ),
    Story(
        id=31760093,
        slug="hoat-dong-ngoai-khoa",
        title="Hoạt động ngoại khóa",
        cat="blog",
        published_at="2026-10-15",
        blocks=[
            P(
                "Ngày 14/10/2026, học sinh khối 1 và khối 2 đã có chuyến tham quan, học tập tại Đội Cảnh"
                " sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực Thủ Dầu Một."
            ),
            P(
                "Các em được các chiến sĩ giới thiệu về xe chữa cháy, trang phục chống cháy, cách gọi số"
                " điện thoại khẩn cấp 114 và kỹ năng thoát nạn khi có cháy: cúi thấp người, dùng khăn ướt"
                " che mũi, miệng và di chuyển theo lối thoát hiểm."
            ),
            Img(
                cdn("657702_640981.jpg"),
                "Học sinh lớp 2A1 thử cầm vòi phun nước dưới sự hướng dẫn của chiến sĩ PCCC",
                "Học sinh lớp 2A1 thử cầm vòi phun nước dưới sự hướng dẫn của chiến sĩ PCCC",
            ),
            P(
                "Chuyến đi thực tế giúp các em hiểu và nhớ lâu hơn các bài học về kỹ năng sống đã học"
                " trên lớp."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Trần Minh Đức</strong></p>'),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Trần Minh Đức"],
        opts={"at": "2026-10-15 11:00", "author": "Mr. Đức", "tags": ["#HoatDong", "#NgoaiKhoa"]},
    ),
    Story(
        id=31731874,
        slug="dem-hoi-trang-ram-vui-tet-trung-thu-cung-be-2026",
        title="Đêm hội trăng rằm “Vui Tết Trung thu cùng bé” 2026",
        cat="blog",
        published_at="2026-09-26",
        blocks=[
            P(
                "Tối 24/9/2026, sân trường Ngôi Sao Nhỏ rực rỡ sắc màu đèn lồng trong đêm hội trăng rằm"
                " “Vui Tết Trung thu cùng bé”."
            ),
            P(
                "Các bé được xem múa lân, phá cỗ trông trăng, rước đèn quanh sân trường và nhận quà từ chú"
                " Cuội, chị Hằng. Mâm cỗ Trung thu do phụ huynh và học sinh các lớp cùng bày được nhiều"
                " thầy cô khen ngợi."
            ),
            Img(
                cdn("651190_072384.jpg"),
                "Đội lân của học sinh tiểu học biểu diễn mở màn đêm hội",
                "Đội lân của học sinh tiểu học biểu diễn mở màn đêm hội",
            ),
            Img(cdn("651191_885236.jpg"), "Mâm cỗ Trung thu của lớp Lá 3", "Mâm cỗ Trung thu của lớp Lá 3"),
            Img(cdn("651192_413097.jpg")),
            P(
                "Ban Giám hiệu nhà trường cảm ơn quý phụ huynh đã đồng hành cùng nhà trường để các bé có"
                " một mùa Trung thu thật ý nghĩa."
            ),
        ],
        authors=["Ban Truyền thông"],
        opts={"at": "2026-09-26 21:30", "author": "Ban Truyền thông", "tags": ["#HoatDong", "#TrungThu"], "div": True},
    ),
    Story(
        id=31712650,
        slug="hop-phu-huynh-dau-nam-hoc-2026-2027",
        title="Họp phụ huynh đầu năm học 2026 - 2027",
        cat="blog",
        published_at="2026-09-14",
        blocks=[
            P("Ngày 13/9/2026, nhà trường tổ chức họp phụ huynh đầu năm học 2026 - 2027 tại các lớp."),
            P(
                "Tại buổi họp, giáo viên chủ nhiệm thông qua kế hoạch giáo dục năm học, thời khóa biểu,"
                " thực đơn bán trú và các khoản thu theo quy định. Phụ huynh được giới thiệu ứng dụng"
                " liên lạc điện tử để theo dõi tình hình học tập, sức khỏe của con hằng ngày."
            ),
            P(
                "Ban đại diện cha mẹ học sinh các lớp cũng được bầu ra để phối hợp với nhà trường trong"
                " năm học mới."
            ),
            P(
                "Quý phụ huynh xem lại thông báo lịch tựu trường và khai giảng tại đây.",
                "a|/blog/thong-bao-lich-tuu-truong-va-khai-giang-nam-hoc-2026-2027?ref=facebook|tại đây",
            ),
        ],
        authors=["Ms. Lan"],
        opts={"at": "2026-09-14 17:45", "author": "Ms. Lan", "tags": ["#TinTuc"]},
    ),
    Story(
        id=31701433,
        slug="le-khai-giang-nam-hoc-2026-2027-be-vui-den-truong",
        title="Lễ khai giảng năm học 2026 - 2027: Bé vui đến trường",
        cat="blog",
        published_at="2026-09-07",
        blocks=[
            P(
                "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 450 học sinh Trường Mầm non - Tiểu học"
                " Ngôi Sao Nhỏ hân hoan dự Lễ khai giảng năm học 2026 - 2027."
            ),
            Img(
                cdn("646388_159023.jpg"),
                "Các bạn học sinh lớp 1 lần đầu bước vào lễ khai giảng",
                "Các bạn học sinh lớp 1 lần đầu bước vào lễ khai giảng",
            ),
            P(
                "Năm học này, nhà trường đón 96 học sinh lớp 1 và 120 bé mầm non mới nhập học. Cô Hiệu"
                " trưởng Phạm Thị Ngọc Lan đánh trống khai trường, chính thức bắt đầu năm học mới."
            ),
            Img(
                cdn("646389_720451.jpg"),
                "Cô Hiệu trưởng Phạm Thị Ngọc Lan đánh trống khai giảng",
                "Cô Hiệu trưởng Phạm Thị Ngọc Lan đánh trống khai giảng",
            ),
            P(
                "Buổi lễ khép lại với màn thả bóng bay mang theo những ước mơ của các bé về một năm học"
                " vui tươi, nhiều niềm vui."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Studio Hoa Sen</em></p>'),
        ],
        authors=["Ban Truyền thông"],
        photographers=["Studio Hoa Sen"],
        opts={"at": "2026-09-07 05:45", "author": "Ban Truyền thông", "tags": ["#TinTuc", "#KhaiGiang"]},
    ),
    Story(
        id=31688019,
        slug="thong-bao-lich-tuu-truong-va-khai-giang-nam-hoc-2026-2027",
        title="Thông báo lịch tựu trường và khai giảng năm học 2026 - 2027",
        cat="blog",
        published_at="2026-08-20",
        blocks=[
            P(
                "Nhà trường trân trọng thông báo đến quý phụ huynh lịch tựu trường và khai giảng năm học"
                " 2026 - 2027 như sau:"
            ),
            P("Khối Mầm non: tựu trường từ thứ Hai, ngày 24/8/2026;", "li"),
            P("Khối Tiểu học: tựu trường từ thứ Hai, ngày 31/8/2026;", "li"),
            P("Lễ khai giảng: 7 giờ 00 sáng thứ Bảy, ngày 05/9/2026.", "li"),
            P(
                "Học sinh mặc đồng phục lễ, có mặt tại trường trước 6 giờ 45 phút. Phụ huynh có nhu cầu"
                " đặt mua đồng phục vui lòng liên hệ văn phòng hoặc đặt hàng trực tuyến trên website của"
                " trường.",
                "a|/store|đặt hàng trực tuyến",
            ),
            Button("Xem lịch chi tiết", "https://drive.google.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV/view?usp=sharing"),
        ],
        authors=["Ms. Lan"],
        opts={"at": "2026-08-20 10:00", "author": "Ms. Lan", "tags": ["#TinTuc"]},
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
#: posts that pages link with ``?ref=facebook`` (announcement bar / landing page / a post's text)
REF_LINKED = (ANNOUNCED, "thong-bao-lich-tuu-truong-va-khai-giang-nam-hoc-2026-2027")
#: the tags that split the posts in two groups (the "categories" this platform does not have)
GROUP_TAGS = ("#TinTuc", "#HoatDong")


def post_path(story: Story) -> str:
    return f"/blog/{story.slug}"


def newest() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)


def blog_page(page: int) -> list[Story]:
    return newest()[(page - 1) * PER_PAGE : page * PER_PAGE]


def _alt_paths(story: Story) -> list[str]:
    alts = [f"{post_path(story)}?lang=vi"]
    if story.slug in REF_LINKED:
        alts.append(f"{post_path(story)}?ref=facebook")
    return alts


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [gold_record(s, post_path(s), None, alt_paths=_alt_paths(s)) for s in newest()]


@dataclass(frozen=True)
class Product:
    slug: str
    name: str
    price: int
    sizes: tuple[str, ...]
    text: tuple[str, ...]
    image: str


PRODUCTS: list[Product] = [
    Product(
        "dong-phuc-mua-he-be-trai",
        "Đồng phục mùa hè bé trai",
        180000,
        ("Size 1", "Size 2", "Size 3", "Size 4", "Size 5"),
        (
            "Áo sơ mi cộc tay màu trắng phối cổ xanh, quần short xanh navy có in logo Ngôi Sao Nhỏ.",
            "Chất liệu cotton 65%, thoáng mát, thấm hút mồ hôi, phù hợp thời tiết miền Nam.",
        ),
        cdn("600101_118230.jpg"),
    ),
    Product(
        "dong-phuc-mua-he-be-gai",
        "Đồng phục mùa hè bé gái",
        195000,
        ("Size 1", "Size 2", "Size 3", "Size 4", "Size 5"),
        (
            "Áo sơ mi cộc tay màu trắng phối nơ xanh, chân váy xếp ly xanh navy.",
            "Chất liệu cotton 65%, đường may chắc chắn, giữ form sau nhiều lần giặt.",
        ),
        cdn("600102_774102.jpg"),
    ),
    Product(
        "bo-dong-phuc-the-duc",
        "Bộ đồng phục thể dục",
        160000,
        ("S", "M", "L", "XL"),
        ("Áo thun cổ tròn và quần thể thao màu cam, vải thun lạnh co giãn 4 chiều.",),
        cdn("600103_360918.jpg"),
    ),
    Product(
        "balo-ngoi-sao-nho",
        "Balo Ngôi Sao Nhỏ",
        250000,
        ("Mầm non", "Tiểu học"),
        (
            "Balo chống gù lưng, quai đeo có đệm êm, ngăn chống nước đựng bình nước.",
            "Mỗi balo được thêu tên học sinh miễn phí khi đặt trước ngày 15 hằng tháng.",
        ),
        cdn("600104_905561.jpg"),
    ),
]

NON_ARTICLES: list[str] = [
    "/",
    "/tuyen-sinh",
    "/gallery",
    "/store",
    *(f"/store/products/{p.slug}" for p in PRODUCTS),
    "/blog",
    "/blog?page=2",
    "/blog?page=3",
]


# --------------------------------------------------------------------------- rendering


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _utc(story: Story) -> str:
    """The builder's JSON time: UTC with milliseconds and "Z"."""
    return _local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def shown_date(story: Story) -> str:
    """The date as the blog prints it: "23 tháng 11, 2026" (no zero padding, lower case)."""
    when = _local(story)
    return f"{when.day} tháng {when.month}, {when.year}"


def _t(value: str, story: Story | None = None) -> str:
    return text(value, nfd=bool(story and story.opts.get("nfd")))


def _nbsp(markup: str, story: Story) -> str:
    """The editor's habit: a non-breaking space after the first comma of a paragraph."""
    return markup.replace(", ", ",&nbsp;", 1) if story.opts.get("nbsp") else markup


def blurb(story: Story) -> str:
    first = next((b.text for b in story.blocks if isinstance(b, P)), "")
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "…"


def _thumb(story: Story) -> str:
    if story.images:
        return story.images[0].src.replace(_FULL, _THUMB)
    return cdn("600001_000001.png", _THUMB)


def _author_avatar(story: Story) -> str:
    name = story.opts["author"]
    return cdn(f"avatar_{slugify(name)}.jpg", "c_fill,h_80,w_80,f_auto,q_auto")


def _paragraph(block: P, story: Story) -> str:
    value = _nbsp(_t(block.text, story), story)
    if block.style.startswith("a|"):
        _, href, phrase = block.style.split("|", 2)
        shown = _t(phrase, story)
        value = value.replace(shown, f'<a href="{esc(href)}" target="_blank">{shown}</a>', 1)
    if block.style == "bold":
        value = f"<strong>{value}</strong>"
    tag = "div" if story.opts.get("div") else "p"
    return f"<{tag}>{value}</{tag}>"


def _section(kind: str, inner: str) -> str:
    return (
        f'<div class="s-blog-section s-blog-section-{kind}">'
        f'<div class="s-component s-{kind}">{inner}</div></div>'
    )


def _body(story: Story) -> str:
    """The post's blocks as the blog editor stores them: one ``s-blog-section`` per block."""
    parts: list[str] = []
    rich: list[str] = []
    items: list[str] = []

    def close_list() -> None:
        if items:
            rich.append(f"<ul>{''.join(items)}</ul>")
            items.clear()

    def flush() -> None:
        close_list()
        if rich:
            parts.append(_section("rich-text", f'<div class="s-component-content s-font-body">{"".join(rich)}</div>'))
            rich.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style == "li":
            items.append(f"<li>{_t(block.text, story)}</li>")
            continue
        close_list()
        if isinstance(block, P) and block.style == "h":
            flush()
            parts.append(_section("title", f'<div class="s-component-content s-font-title"><h3>{_t(block.text, story)}</h3></div>'))
        elif isinstance(block, P):
            rich.append(_paragraph(block, story))
        elif isinstance(block, Raw):
            rich.append(block.html)
        elif isinstance(block, Img):
            flush()
            name = block.src.rsplit("/", 1)[1]
            alt = esc(name) if story.opts.get("alt") else ""
            caption = (
                f'<div class="s-image-caption s-font-body">{_t(block.printed, story)}</div>'
                if block.printed
                else ""
            )
            parts.append(
                _section(
                    "image",
                    f'<div class="s-component-content"><img class="s-img lazyload" src="{_PLACEHOLDER}"'
                    f' data-src="{esc(block.src)}" alt="{alt}"></div>{caption}',
                )
            )
        elif isinstance(block, Button):
            flush()
            parts.append(
                _section(
                    "button",
                    f'<div class="s-component-content"><a class="s-common-button s-font-body s-action-button"'
                    f' href="{esc(block.href)}" target="_blank">{esc(block.label)}</a></div>',
                )
            )
    tags = " ".join(story.opts["tags"])
    rich.append(f'<p><span style="color: #1e88e5;">{tags}</span></p>')
    flush()
    return "\n".join(parts)


def _head(request: Request, title: str, *, description: str, canonical: str, extra: str = "", og_type: str = "website", image: str = "") -> str:
    image = image or cdn("600000_logo.png")
    return f"""<!DOCTYPE html>
<html lang="vi" class="s-html">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:image" content="{esc(image)}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:site_name" content="{esc(SITE)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{esc(canonical)}">
<link rel="icon" href="{cdn("600000_favicon.png", "c_fill,h_32,w_32")}">
{extra}
<link rel="stylesheet" href="https://static-assets.strikinglycdn.com/webpack/themes/fresh.8c5e2f41a7.css">
<link rel="stylesheet" href="https://static-fonts-css.strikinglycdn.com/css?family=Be+Vietnam+Pro:400,700&amp;subset=vietnamese">
<script>
  window.$S = window.$S || {{}};
  $S.siteId = {SITE_ID};
  $S.conf = {{"locale":"vi","custom_domain":"{DOMAIN}","permalink":"{PERMALINK}","membership_enabled":true,"blog_per_page":{PER_PAGE}}};
</script>
</head>"""


def _nav() -> str:
    items = [
        ("/#", "Trang chủ"),
        ("/#gioi-thieu", "Giới thiệu"),
        ("/#chuong-trinh-hoc", "Chương trình học"),
        ("/tuyen-sinh", "Tuyển sinh"),
        ("/blog", "Tin tức"),
        ("/gallery", "Thư viện ảnh"),
        ("/store", "Cửa hàng"),
        ("/#lien-he", "Liên hệ"),
    ]
    links = "".join(f'<a class="s-nav-item s-font-nav" href="{href}">{esc(label)}</a>' for href, label in items)
    return f"""<div class="s-announcement-bar s-font-body"><span class="s-announcement-date">{TODAY}</span>
<span class="s-announcement-text">Tuyển sinh lớp 1 và mầm non năm học 2027 - 2028 đã mở!</span>
<a class="s-announcement-link" href="/blog/{ANNOUNCED}?ref=facebook">Xem chi tiết »</a></div>
<div class="s-navbar-desktop s-navbar-fixed">
<div class="s-navbar-logo"><a href="/"><img src="{cdn("600000_logo.png", "c_limit,h_120")}" alt="{esc(SITE)}"></a>
<span class="s-navbar-site-name s-font-title">{esc(SITE)}</span></div>
<div class="s-nav-items">{links}</div>
<div class="s-navbar-actions">
<div class="s-lang-switch"><a class="s-lang-item s-active" href="?lang=vi">Tiếng Việt</a> | <a class="s-lang-item" href="https://en.{DOMAIN}/">English</a></div>
<button type="button" class="s-common-button s-member-login-btn" data-s-modal="member-login">Đăng nhập</button>
</div></div>"""


def _footer() -> str:
    badge = (
        "https://www.strikingly.com/s/pages/default-features?ref=logo&amp;permalink="
        f"{PERMALINK}&amp;custom_domain={DOMAIN}&amp;utm_campaign=footer_pbs&amp;utm_content="
        f"https%3A%2F%2F{DOMAIN}%2F&amp;utm_medium=user_page&amp;utm_source={SITE_ID}&amp;utm_term=pbs_b"
    )
    return f"""<div class="s-section s-footer-section" id="footer">
<div class="s-section-inner container">
<div class="s-footer-col"><h4 class="s-font-title">{esc(SITE)}</h4>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Hotline tuyển sinh: {HOTLINE}</p><p>Email: {EMAIL}</p>
<p>Giờ làm việc: 7h00 - 17h30, thứ Hai đến thứ Bảy</p></div>
<div class="s-footer-col"><h4 class="s-font-title">Kết nối với chúng tôi</h4>
<a class="s-social-icon" href="https://www.facebook.com/mamnontieuhocngoisaonho" target="_blank">Facebook</a>
<a class="s-social-icon" href="https://zalo.me/0909168246" target="_blank">Zalo</a>
<a class="s-social-icon" href="https://www.youtube.com/@ngoisaonhoschool" target="_blank">YouTube</a></div>
<div class="s-footer-col s-custom-html"><div class="s-html-component">
<div class="counter-box">Thống kê truy cập<br>Đang online: 4<br>Hôm nay: 213<br>Tổng lượt truy cập: 58.407</div>
</div></div>
<p class="s-copyright">© 2026 {esc(SITE)}. Bảo lưu mọi quyền.</p>
</div></div>
<div id="s-strikingly-badge" class="s-badge"><a href="{badge}" target="_blank" rel="nofollow">Powered by <strong>Strikingly</strong></a></div>
<div class="s-member-login-modal" id="member-login" style="display:none"><form action="/r/v1/sites/{SITE_ID}/portal/users/sign_in" method="post">
<input type="email" name="email" placeholder="Email"><input type="password" name="password" placeholder="Mật khẩu"><button type="submit">Đăng nhập</button></form></div>
<script src="https://static-assets.strikinglycdn.com/webpack/app.3b8d1e9c52.js" defer></script>
</body>
</html>"""


def _page(request: Request, title: str, content: str, *, body_class: str, description: str, canonical_path: str, extra: str = "", og_type: str = "website", image: str = "", script: str = "") -> str:
    canonical = base_url(request) + canonical_path
    return (
        _head(request, title, description=description, canonical=canonical, extra=extra, og_type=og_type, image=image)
        + f'\n<body class="strikingly-theme s-fresh {body_class}">\n<div id="s-app">\n'
        + _nav()
        + f'\n<div id="s-content" class="s-content">\n{content}\n</div>\n</div>\n'
        + script
        + _footer()
    )


def _card(story: Story, cls: str = "s-blog-post-card") -> str:
    path = post_path(story)
    return f"""<div class="{cls}" data-post-id="{story.id}">
<a class="{cls}-image" href="{path}"><div class="s-bg-image" style="background-image: url({esc(_thumb(story))});"></div></a>
<div class="{cls}-content"><div class="{cls}-date s-font-body">{shown_date(story)}</div>
<h3 class="{cls}-title s-font-title"><a href="{path}">{esc(story.title)}</a></h3>
<div class="{cls}-blurb s-font-body">{esc(blurb(story))}</div>
<a class="{cls}-read-more" href="{path}">Đọc tiếp</a></div></div>"""


def _post(story: Story, request: Request) -> str:
    path = post_path(story)
    canonical = base_url(request) + path
    others = [s for s in newest() if s is not story][:MORE]
    more = "".join(_card(s, "s-blog-more-card") for s in others)
    share_u = quote(canonical, safe="")
    state = json.dumps(
        {
            "blogPost": {
                "id": story.id,
                "title": story.title,
                "slug": story.slug,
                "blurb": blurb(story),
                "publishedAt": _utc(story),
                "author": {"name": story.opts["author"]},
                "coverImage": _thumb(story),
            }
        },
        ensure_ascii=False,
    ).replace("<", "\\u003c")
    title = _t(story.title, story)
    head_title = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
    content = f"""<div class="s-blog-container s-blog-post-page">
<div class="s-blog-back"><a class="s-blog-back-link s-font-body" href="/blog">‹ Tất cả bài viết</a></div>
<div class="s-blog-post-title"><h1 class="s-font-title">{title}</h1></div>
<div class="s-blog-post-header">
<div class="s-blog-author"><img class="s-blog-author-avatar" src="{esc(_author_avatar(story))}" alt="{esc(story.opts["author"])}">
<span class="s-blog-author-name s-font-body">Tác giả: {esc(story.opts["author"])}</span></div>
<span class="s-blog-header-dot">·</span>
<div class="s-blog-post-date s-font-body">{shown_date(story)}</div>
</div>
<div class="s-blog-body">
<div class="s-component s-blog-post-content">
{_body(story)}
</div>
</div>
<div class="s-blog-footer">
<div class="s-blog-share"><span class="s-blog-share-label s-font-body">Chia sẻ</span>
<a class="s-share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_u}" target="_blank">Facebook</a>
<a class="s-share-twitter" href="https://twitter.com/intent/tweet?url={share_u}&amp;text={quote(story.title)}" target="_blank">Twitter</a>
<a class="s-share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={share_u}" target="_blank">LinkedIn</a>
<a class="s-share-email" href="mailto:?subject={quote(story.title)}&amp;body={share_u}">Email</a></div>
<div class="s-blog-more"><h3 class="s-blog-more-title s-font-title">Bài viết khác</h3>
<div class="s-blog-more-cards">{more}</div>
<div class="s-blog-more-all"><a href="/blog">Xem tất cả bài viết</a></div></div>
<div class="s-newsletter-box"><h4 class="s-font-title">Đăng ký nhận bản tin</h4>
<p class="s-font-body">Nhận thông báo mới nhất của nhà trường qua email.</p>
<form class="s-newsletter-form" action="/r/v1/sites/{SITE_ID}/newsletter_subscribers" method="post">
<input type="email" name="email" placeholder="Địa chỉ email của bạn"><button type="submit" class="s-common-button">Đăng ký</button></form></div>
</div>
</div>"""
    script = f"<script>$S.blogPostData = {state};</script>\n"
    extra = (
        f'<meta property="article:author" content="{esc(story.opts["author"])}">\n'
        '<link rel="alternate" hreflang="vi" href="' + esc(canonical) + '">'
    )
    return _page(
        request,
        head_title,
        content,
        body_class="s-blog-post-body",
        description=blurb(story),
        canonical_path=path,
        extra=extra,
        og_type="article",
        image=_thumb(story),
        script=script,
    )


def _page_number(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


def _blog_index(request: Request) -> str:
    page = _page_number(request)
    posts = blog_page(page)
    cards = "\n".join(_card(s) for s in posts)
    links = []
    if page > 1:
        links.append(f'<link rel="prev" href="{"/blog" if page == 2 else f"/blog?page={page - 1}"}">')
    if posts:  # the SSR template does not know the total: a page with cards announces the next
        links.append(f'<link rel="next" href="/blog?page={page + 1}">')
    empty = "" if posts else '<div class="s-blog-empty s-font-body">Chưa có bài viết nào.</div>'
    button = (
        '<div class="s-blog-load-more"><button type="button" class="s-common-button s-blog-load-more-btn"'
        ' id="s-blog-load-more">Tải thêm bài viết</button></div>'
        if posts
        else ""
    )
    content = f"""<div class="s-section s-blog-index-section">
<div class="s-section-inner container">
<div class="s-blog-index-header"><h1 class="s-title s-font-title">Tin tức &amp; Hoạt động</h1>
<div class="s-subtitle s-font-body">Những câu chuyện mỗi ngày của các bạn nhỏ Ngôi Sao Nhỏ</div></div>
<div class="s-blog-posts s-blog-grid" data-page="{page}">
{cards}
</div>
{empty}
{button}
</div></div>"""
    script = f"""<script>
(function () {{
  var page = {page};
  var btn = document.getElementById('s-blog-load-more');
  if (!btn) return;
  btn.addEventListener('click', function () {{
    page += 1;
    fetch('/r/v1/sites/' + $S.siteId + '/blog/posts?page=' + page + '&per_page={PER_PAGE}', {{ credentials: 'same-origin' }})
      .then(function (r) {{ return r.json(); }})
      .then(function (res) {{
        window.SBlog.appendCards(res.data.blogPosts);
        if (!res.data.pagination.hasMore) btn.parentNode.removeChild(btn);
      }});
  }});
}})();
</script>
"""
    target = "/blog" if page == 1 else f"/blog?page={page}"
    return _page(
        request,
        f"Tin tức | {SITE}",
        content,
        body_class="s-blog-index-body",
        description=f"Tin tức, hoạt động của {SITE}",
        canonical_path=target,
        extra="\n".join(links),
        script=script,
    )


def _blog_api(request: Request) -> Response:
    page = _page_number(request)
    try:
        per_page = max(1, min(50, int(request.params.get("per_page", str(PER_PAGE)))))
    except ValueError:
        per_page = PER_PAGE
    items = newest()
    chunk = items[(page - 1) * per_page : page * per_page]
    payload = {
        "data": {
            "blogPosts": [
                {
                    "id": s.id,
                    "title": s.title,
                    "slug": s.slug,
                    "url": post_path(s),
                    "blurb": blurb(s),
                    "publishedAt": _utc(s),
                    "coverImage": _thumb(s),
                    "author": {"name": s.opts["author"]},
                }
                for s in chunk
            ],
            "pagination": {"page": page, "perPage": per_page, "total": len(items), "hasMore": page * per_page < len(items)},
        }
    }
    return Response(200, json.dumps(payload, ensure_ascii=False), {"Content-Type": "application/json; charset=utf-8"})


def _home(request: Request) -> str:
    latest = "\n".join(_card(s) for s in newest()[:3])
    content = f"""<div class="s-section s-hero-section s-bg-image" id="trang-chu" style="background-image: url({cdn("600010_hero.jpg")});">
<div class="s-section-inner container"><h1 class="s-title s-font-title">Ngôi Sao Nhỏ - Nơi mỗi ngày đến trường là một ngày vui</h1>
<div class="s-subtitle s-font-body">Hệ thống giáo dục song ngữ từ 18 tháng tuổi đến lớp 5</div>
<a class="s-common-button" href="#lien-he">Đăng ký tham quan</a> <a class="s-common-button s-button-outline" href="/tuyen-sinh">Tuyển sinh 2027 - 2028</a></div></div>
<div class="s-section s-info-section" id="gioi-thieu">
<div class="s-section-inner container"><h2 class="s-title s-font-title">Giới thiệu</h2>
<div class="s-rich-text s-font-body"><p>{esc(SITE)} được thành lập năm 2012, hiện có 18 lớp mầm non và 10 lớp tiểu học với hơn 450 học sinh.</p>
<p>Nhà trường xây dựng môi trường học tập an toàn, yêu thương, nơi mỗi trẻ được tôn trọng sự khác biệt và phát triển toàn diện về thể chất, trí tuệ, cảm xúc và kỹ năng xã hội.</p></div></div></div>
<div class="s-section s-columns-section" id="chuong-trinh-hoc">
<div class="s-section-inner container"><h2 class="s-title s-font-title">Chương trình học</h2>
<div class="s-columns">
<div class="s-column"><img src="{cdn("600011_mamnon.jpg", _THUMB)}" alt=""><h3 class="s-font-title">Mầm non</h3><p class="s-font-body">Chương trình Giáo dục mầm non của Bộ GD&amp;ĐT kết hợp phương pháp Montessori, tiếng Anh với giáo viên nước ngoài.</p></div>
<div class="s-column"><img src="{cdn("600012_tieuhoc.jpg", _THUMB)}" alt=""><h3 class="s-font-title">Tiểu học</h3><p class="s-font-body">Chương trình giáo dục phổ thông 2018, tiếng Anh tăng cường 8 tiết/tuần, STEM và kỹ năng sống.</p></div>
<div class="s-column"><img src="{cdn("600013_bantru.jpg", _THUMB)}" alt=""><h3 class="s-font-title">Bán trú</h3><p class="s-font-body">Bếp ăn một chiều, thực đơn do chuyên gia dinh dưỡng xây dựng, đưa đón bằng xe của trường.</p></div>
</div></div></div>
<div class="s-section s-blog-section" id="tin-tuc">
<div class="s-section-inner container"><h2 class="s-title s-font-title">Tin tức</h2>
<div class="s-blog-posts s-blog-list">
{latest}
</div>
<div class="s-blog-section-more"><a class="s-common-button" href="/blog">Xem tất cả bài viết</a></div></div></div>
<div class="s-section s-cta-section" id="tuyen-sinh">
<div class="s-section-inner container"><h2 class="s-title s-font-title">Tuyển sinh năm học 2027 - 2028</h2>
<p class="s-font-body">Nhận hồ sơ mầm non (18 tháng - 5 tuổi) và lớp 1 từ ngày 01/12/2026. Số lượng có hạn.</p>
<a class="s-common-button" href="/tuyen-sinh">Tìm hiểu thêm</a></div></div>
<div class="s-section s-contact-section" id="lien-he">
<div class="s-section-inner container"><h2 class="s-title s-font-title">Liên hệ</h2>
<div class="s-contact-info s-font-body"><p>{esc(ADDRESS)}</p><p>Điện thoại: {PHONE}</p><p>Hotline: {HOTLINE}</p><p>Email: {EMAIL}</p></div>
<form class="s-contact-form" action="/r/v1/sites/{SITE_ID}/contact_form_submissions" method="post">
<label>Họ và tên<input type="text" name="name"></label><label>Số điện thoại<input type="tel" name="phone"></label>
<label>Email<input type="email" name="email"></label><label>Lời nhắn<textarea name="message"></textarea></label>
<button type="submit" class="s-common-button">Gửi</button></form>
<iframe class="s-map" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3917.2!2d106.66!3d10.98" loading="lazy"></iframe>
</div></div>"""
    return _page(request, SITE, content, body_class="s-home-body", description=f"{SITE} - hệ thống giáo dục song ngữ mầm non và tiểu học", canonical_path="/")


def _landing(request: Request) -> str:
    content = f"""<div class="s-section s-hero-section" id="tuyen-sinh-2027">
<div class="s-section-inner container"><h1 class="s-title s-font-title">Tuyển sinh năm học 2027 - 2028</h1>
<div class="s-subtitle s-font-body">Mầm non 18 tháng - 5 tuổi · Lớp 1 · Học thử miễn phí 3 ngày</div>
<a class="s-common-button" href="{FORM}" target="_blank">Đăng ký ngay</a></div></div>
<div class="s-section s-columns-section"><div class="s-section-inner container"><h2 class="s-title s-font-title">Vì sao chọn Ngôi Sao Nhỏ?</h2>
<div class="s-columns"><div class="s-column"><h3>Lớp học nhỏ</h3><p>Tối đa 25 học sinh tiểu học, 20 bé mầm non một lớp.</p></div>
<div class="s-column"><h3>Song ngữ</h3><p>Tiếng Anh mỗi ngày với giáo viên bản ngữ.</p></div>
<div class="s-column"><h3>An toàn</h3><p>Camera trực tuyến, bếp ăn một chiều, y tế trường học.</p></div></div></div></div>
<div class="s-section s-table-section"><div class="s-section-inner container"><h2 class="s-title s-font-title">Học phí tham khảo</h2>
<table class="s-table"><tr><th>Cấp học</th><th>Học phí/tháng</th><th>Tiền ăn/tháng</th></tr>
<tr><td>Nhà trẻ (18 - 36 tháng)</td><td>5.200.000 đ</td><td>1.100.000 đ</td></tr>
<tr><td>Mẫu giáo (3 - 5 tuổi)</td><td>4.800.000 đ</td><td>1.100.000 đ</td></tr>
<tr><td>Tiểu học</td><td>5.500.000 đ</td><td>1.300.000 đ</td></tr></table>
<p class="s-font-body"><a href="/blog/{ANNOUNCED}?ref=facebook">Xem thông báo tuyển sinh lớp 1 chi tiết</a></p></div></div>"""
    return _page(request, f"Tuyển sinh | {SITE}", content, body_class="s-page-body", description="Tuyển sinh năm học 2027 - 2028", canonical_path="/tuyen-sinh")


GALLERY: list[tuple[str, str, str]] = [
    ("600201_551201.jpg", "Sân chơi ngoài trời", "Khu vui chơi cát, nước và cầu trượt cho các bé mầm non."),
    ("600202_551202.jpg", "Thư viện xanh", "Hơn 3.000 đầu sách tranh song ngữ."),
    ("600203_551203.jpg", "Phòng STEM", "Nơi học sinh tiểu học lắp ráp robot và làm thí nghiệm."),
    ("600204_551204.jpg", "Bếp ăn một chiều", "Đạt chứng nhận cơ sở đủ điều kiện an toàn thực phẩm."),
    ("600205_551205.jpg", "Hồ bơi", "Hồ bơi trong nhà có mái che, nước được lọc và sưởi ấm."),
    ("600206_551206.jpg", "Lớp học Montessori", "Giáo cụ Montessori nhập khẩu cho các lớp mẫu giáo."),
]


def _gallery(request: Request) -> str:
    items = "".join(
        f'<div class="s-gallery-item"><img class="lazyload" src="{_PLACEHOLDER}" data-src="{cdn(name)}" alt="{esc(title)}">'
        f'<div class="s-gallery-caption"><div class="s-gallery-title">{esc(title)}</div><div class="s-gallery-desc">{esc(desc)}</div></div></div>'
        for name, title, desc in GALLERY
    )
    content = f"""<div class="s-section s-gallery-section"><div class="s-section-inner container">
<h1 class="s-title s-font-title">Thư viện ảnh</h1><div class="s-subtitle s-font-body">Cơ sở vật chất của {esc(SITE)}</div>
<div class="s-gallery s-gallery-grid">{items}</div>
<p><a class="s-common-button" href="https://www.facebook.com/mamnontieuhocngoisaonho/photos" target="_blank">Xem thêm album trên Facebook</a></p>
</div></div>"""
    return _page(request, f"Thư viện ảnh | {SITE}", content, body_class="s-page-body", description="Thư viện ảnh", canonical_path="/gallery")


def _price(value: int) -> str:
    return f"{value:,}".replace(",", ".") + "₫"


def _store(request: Request) -> str:
    cards = "".join(
        f'<div class="s-ecommerce-product-card"><a href="/store/products/{p.slug}"><img src="{cdn(p.image.rsplit("/", 1)[1], _THUMB)}" alt="{esc(p.name)}"></a>'
        f'<div class="s-ecommerce-product-name"><a href="/store/products/{p.slug}">{esc(p.name)}</a></div>'
        f'<div class="s-ecommerce-product-price">{_price(p.price)}</div></div>'
        for p in PRODUCTS
    )
    content = f"""<div class="s-section s-ecommerce-section"><div class="s-section-inner container">
<h1 class="s-title s-font-title">Cửa hàng đồng phục</h1>
<div class="s-subtitle s-font-body">Đặt hàng trực tuyến, nhận tại văn phòng nhà trường</div>
<div class="s-ecommerce-products">{cards}</div>
<div class="s-ecommerce-cart"><a href="#cart" class="s-cart-link">Giỏ hàng (0)</a></div>
</div></div>"""
    return _page(request, f"Cửa hàng | {SITE}", content, body_class="s-store-body", description="Cửa hàng đồng phục", canonical_path="/store")


def _product(product: Product, request: Request) -> str:
    options = "".join(f"<option>{esc(s)}</option>" for s in product.sizes)
    desc = "".join(f"<p>{esc(t)}</p>" for t in product.text)
    others = "".join(
        f'<div class="s-ecommerce-product-card"><a href="/store/products/{p.slug}">{esc(p.name)}</a> <span>{_price(p.price)}</span></div>'
        for p in PRODUCTS
        if p is not product
    )
    content = f"""<div class="s-ecommerce-product-detail"><div class="s-section-inner container">
<div class="s-ecommerce-breadcrumb"><a href="/store">Cửa hàng</a> › {esc(product.name)}</div>
<div class="s-ecommerce-product-gallery"><img src="{product.image}" alt="{esc(product.name)}"></div>
<div class="s-ecommerce-product-info"><h1 class="s-ecommerce-product-title s-font-title">{esc(product.name)}</h1>
<div class="s-ecommerce-product-price">{_price(product.price)}</div>
<label>Kích cỡ <select name="variation">{options}</select></label>
<label>Số lượng <input type="number" name="quantity" value="1" min="1"></label>
<button type="button" class="s-common-button s-add-to-cart">Thêm vào giỏ hàng</button>
<button type="button" class="s-common-button s-buy-now">Mua ngay</button>
<div class="s-ecommerce-product-description s-font-body">{desc}</div></div>
<div class="s-ecommerce-related"><h3>Sản phẩm khác</h3>{others}</div>
</div></div>"""
    return _page(
        request,
        f"{product.name} | {SITE}",
        content,
        body_class="s-store-body",
        description=product.text[0],
        canonical_path=f"/store/products/{product.slug}",
        og_type="product",
        image=product.image,
    )


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    rows = [("/", "2026-11-23"), ("/tuyen-sinh", "2026-11-02"), ("/gallery", "2026-08-15"), ("/store", "2026-08-15"), ("/blog", "2026-11-23")]
    rows += [(post_path(s), _local(s).strftime("%Y-%m-%d")) for s in newest()]
    rows += [(f"/store/products/{p.slug}", "2026-08-15") for p in PRODUCTS]
    body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    body += "".join(f"  <url>\n    <loc>{base}{p}</loc>\n    <lastmod>{d}</lastmod>\n  </url>\n" for p, d in rows)
    body += "</urlset>\n"
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


_NOT_FOUND = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang</title></head>
<body class="s-404-page"><div class="s-404"><h1>404</h1><p>Rất tiếc, trang bạn tìm không tồn tại.</p>
<a href="/">Về trang chủ</a></div>
<div id="s-strikingly-badge" class="s-badge"><a href="https://www.strikingly.com/" rel="nofollow">Powered by <strong>Strikingly</strong></a></div></body></html>"""

_PRODUCTS_BY_SLUG = {p.slug: p for p in PRODUCTS}


class StrikinglySite:
    """The custom domain as Strikingly's servers answer it."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow: /r/\nDisallow: /s/\n\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == f"/r/v1/sites/{SITE_ID}/blog/posts":
            return _blog_api(request)
        if path.startswith(("/images/", "/assets/")) or path == "/favicon.ico":
            return static_file(path)
        page = self._page(request)
        if page is None:
            return html(_NOT_FOUND, status=404)
        return html(page)

    def _page(self, request: Request) -> str | None:
        path = request.path.rstrip("/") or "/"
        if path == "/":
            return _home(request)
        if path == "/blog":
            return _blog_index(request)
        if m := re.fullmatch(r"/blog/([a-z0-9-]+)", path):
            story = _BY_SLUG.get(m.group(1))
            return _post(story, request) if story else None
        if path == "/tuyen-sinh":
            return _landing(request)
        if path == "/gallery":
            return _gallery(request)
        if path == "/store":
            return _store(request)
        if m := re.fullmatch(r"/store/products/([a-z0-9-]+)", path):
            product = _PRODUCTS_BY_SLUG.get(m.group(1))
            return _product(product, request) if product else None
        return None


def build_site() -> StrikinglySite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return StrikinglySite()
