"""Trường THPT Nguyễn Du (Buôn Ma Thuột, Đắk Lắk) on WordPress 4.9 with the classic editor
(TinyMCE, no blocks), an old paid magazine theme (TieLabs "Sahifa"-like: ``.single-post-box``,
``.post-inner``, ``.entry``, ``span.tie-date``) and the NextGEN Gallery plugin.

The point of this portal is CAPTION and PHOTO variety in classic-editor content: every article
mixes the ways editors put photos and the lines under them into TinyMCE.

Platform
--------
WordPress 4.9 prints everything with absolute URLs (``http://<host>/…``). Permalinks are the
custom structure ``/%category%/%postname%.html``; the four sections are child categories of
"Tin tức", so a post lives at ``/tin-tuc/<child>/<slug>.html``. ``/?p=<id>`` is not used (no
shortlink is printed). The post template::

    top bar "Thứ Tư, 25/11/2026" (today, never a publication date), logo, menu, search form (GET ?s=)
    "Tin mới:" breaking-news ticker (the 5 newest posts)
    <div id="crumbs"> Trang chủ / Tin tức / <section> / <span class="current">title</span>
    <article class="post-listing post single-post-box">
      [<div class="single-post-thumb"><img …></div>]     only where the post shows its featured image
      <div class="post-inner">
        <h1 class="name post-title entry-title"><span itemprop="name">Title</span></h1>
        <p class="post-meta"> author link "Quản trị viên", <span class="tie-date">20/11/2026</span>,
           category link, "Tắt bình luận", view count </p>
        <div class="entry"> TinyMCE HTML </div>
        <div class="share-post"> "Chia sẻ": Facebook, Twitter, Email, In bài </div>
      </div>
    </article>
    <p class="post-tag">Từ khóa …</p>
    <section id="author-box"> avatar + "Quản trị viên" + description </section>
    <section id="related_posts"> "Bài viết liên quan": up to 4 thumbnails with titles </section>
    <div id="comments"><p class="nocomments">Bình luận đã bị đóng.</p></div>
    sidebar: "Bài xem nhiều", "Lịch công tác", "Liên kết", "Lưu trữ", "Thống kê"; footer.

``<head>`` carries ``rel=canonical``, ``og:*`` and ``article:published_time`` *with a time*
("2026-11-20T07:32:15+07:00"); the page itself prints only the day (``tie-date``).

URL scheme
----------
- ``/`` home: the recent posts, 4 a page, newest first; ``/page/2/`` … ``/page/4/`` (WP-PageNavi).
- ``/tin-tuc/<child>/<slug>.html``: a post. ``/tin-tuc/<slug>.html``, a wrong section in the
  path or a trailing slash answer 301 to the right address (WordPress's redirect_canonical).
- ``/chuyen-muc/<slug>/`` (+ ``page/N/``): category archives, 4 a page; ``/chuyen-muc/tin-tuc/``
  (the parent) lists every post.
- ``/tag/<slug>/``, ``/author/quantri/``, ``/2026/11/`` (monthly archives): listings, paginated.
- ``/?s=<words>``: search results (the header's GET form).
- ``/gioi-thieu/``, ``/lien-he/``: static pages (no date, no post-meta).
- ``/thu-vien-anh/``: the NextGEN album page; ``/thu-vien-anh/nggallery/<gallery>/``: a gallery
  page of thumbnails.
- Uploads ``/wp-content/uploads/2026/MM/<file>-1024x683.jpg`` (size suffixes, srcset);
  NextGEN ``/wp-content/gallery/<gallery>/<FILE>.jpg`` and ``…/thumbs/thumbs_<FILE>.jpg``.
- No robots.txt, no sitemap.

Caption and photo forms (each article a different mix)
------------------------------------------------------
- ``wpcap``: the [caption] shortcode output ``<div id="attachment_N" class="wp-caption
  aligncenter" style="width: 710px"><img class="size-large wp-image-N"><p
  class="wp-caption-text">…</p></div>``.
- ``fig``: the HTML5 form ``<figure class="wp-caption alignleft"><img><figcaption
  class="wp-caption-text">…</figcaption></figure>`` with the next paragraph floating beside it.
- ``inline``: ``<p style="text-align: center;"><img class="aligncenter"><br><em>Caption</em></p>``.
- ``blue``: the photo alone in its ``<p>``, then ``<p style="text-align: center;"><span
  style="color: #0000ff;"><em>Caption</em></span></p>``.
- ``alt``: a photo with a descriptive alt and nothing under it: caption None.
- ``pair``: two photos in one ``<p>`` (alignleft / alignright, width 300) and one centred
  italic line under both: that line is the caption of both photos.
- ``ngg``: a NextGEN "basic thumbnails" gallery of 6 after the text; the article's photos are
  the thumbnails the page shows (``…/thumbs/thumbs_<FILE>.jpg``; the helper's gold took the full
  images of the ``<a href>``: harmonised to the house convention after the first crawl, round
  48, as movabletype_tct's and django_cms_tct's thumbnails), the caption the ``title``/``data-title`` where an editor
  wrote one (2 of 6), else the title is the file name ("DSC_0123") and the caption is None.
- ``thumb``: the featured image printed above the title (``.single-post-thumb``), the only
  image of its post, caption None.
- emoji ``<img class="emoji" src="https://s.w.org/images/core/emoji/2.4/72x72/1f449.png"
  alt="👉">`` at the start of lines: not photos, and not in the gold text.

How each gold article is reached
--------------------------------
- Home pages 1-4 (4 a page), category archives (4 a page), monthly archives, tag pages, the
  author page, the ticker (5 newest), "Bài xem nhiều" (5 most viewed) and "Bài viết liên quan"
  (posts sharing a tag).
- The oldest post (the Đoàn congress, September) is on none of home page 1-3 nor the first page
  of its category: only ``/page/4/``, ``/chuyen-muc/hoat-dong-doan/page/2/``, ``/2026/09/``,
  the author page 4 and its own tag; it shares no tag, so no "Bài viết liên quan" links it.

Traps
-----
- A "Xem thêm:" line in one post links another post with a pasted Facebook ``?fbclid=…``
  parameter; WordPress serves the same post there (200, rel=canonical to the clean address):
  that target is in the gold ``alt_paths``. The "Xem thêm" line is not body text.
- Old or wrong addresses of a post answer 301 (not duplicates, just redirects).
- Credit line "Ảnh: Minh Đức" in its own centred italic line under a caption: a photographer,
  not a caption and not text.
- Header today's date, "Lịch công tác" dates in the sidebar, tie-dates of related posts.
- The author meta "Quản trị viên" (post-meta, author box) is an account, never a credit.
- Static pages, the NextGEN album and gallery pages, tag/author/date/category listings.

Gold decisions
--------------
- title: the ``h1.entry-title``; published_at: the tie-date day ("2026-11-20"; the meta's time
  is not printed on the page).
- authors: the closing byline: right-aligned "Đoàn trường THPT Nguyễn Du" (a unit signs: it is
  the author), "Tin: Thầy Lê Văn Hùng" -> Lê Văn Hùng, "Bài, ảnh: Hà My – 11A2" -> Hà My (also
  photographer), "ThS. Trần Quốc Tuấn – Tổ trưởng tổ Ngữ văn" -> Trần Quốc Tuấn, "BBT" ->
  nobody; none -> nobody. "Ảnh: Minh Đức" under a caption -> photographer Minh Đức.
- source: "Theo Báo Đắk Lắk" -> "Báo Đắk Lắk"; "Nguồn: Sở GD&ĐT Đắk Lắk" -> that.
- summary: the bold first paragraph where the editor wrote one (also body's first paragraph).
- body: the ``.entry`` paragraphs, ``h3`` headings, list items, table rows (cells " | "); not
  captions, credits, bylines, "Xem thêm", source lines, the gallery, share/tags/related.
- category: the breadcrumb's last section (the child category).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_classic_captions_thpt"
PLATFORM = "WordPress 4.9 classic editor + Sahifa-like theme + NextGEN Gallery, %category%/%postname%.html"
START_PATH = "/"

SITE_TITLE = "Trường THPT Nguyễn Du"
SITE_DESC = "Trường THPT Nguyễn Du - Buôn Ma Thuột - Đắk Lắk"
HEADER_DATE = "Thứ Tư, 25/11/2026"
PER_PAGE = 4

CATEGORIES = {
    "hoat-dong-doan": "Hoạt động Đoàn",
    "day-va-hoc": "Dạy và học",
    "thong-bao": "Thông báo",
    "thanh-tich-hoc-sinh": "Thành tích học sinh",
}
PARENT = ("tin-tuc", "Tin tức")
TAGS = {
    "doan-thanh-nien": "Đoàn thanh niên",
    "ngay-nha-giao": "Ngày Nhà giáo 20/11",
    "nam-hoc-2026-2027": "Năm học 2026-2027",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "chuyen-mon": "Chuyên môn",
    "tinh-nguyen": "Tình nguyện",
    "dai-hoi-doan": "Đại hội Đoàn",
    "lich-kiem-tra": "Lịch kiểm tra",
}
EMOJI_SRC = "https://s.w.org/images/core/emoji/2.4/72x72/1f449.png"
FBCLID = "IwAR2k9Xq7Lm0pZtR4vYc8nB1uFhE3sJdWgA6oKxQyTz5"


def post_path(cat: str, slug: str) -> str:
    return f"/{PARENT[0]}/{cat}/{slug}.html"


def up(month: str, name: str) -> str:
    return f"/wp-content/uploads/2026/{month}/{name}"


def ngg(gallery: str, name: str) -> str:
    return f"/wp-content/gallery/{gallery}/{name}"


# --- the posts (newest first) ------------------------------------------------------------------
#
# opts: id-like "wp" (post id), time (meta clock), tags, thumb (featured image, listing size),
# views. P styles: "lead" (bold), "h3", "li" (bullets), "ol", "th"/"td" (table rows),
# "emoji" (👉 image first), "quote", "float" (the paragraph beside a floated figure).
# Img styles: see the module docstring.

S_HSG = "hoc-sinh-thpt-nguyen-du-dat-12-giai-hoc-sinh-gioi-cap-tinh"
S_HOPPH = "thong-bao-to-chuc-hoi-nghi-cha-me-hoc-sinh-hoc-ky-i"
S_DANGIAN = "doan-truong-to-chuc-ngay-hoi-van-hoa-dan-gian-chao-mung-20-11"
S_NGUVAN = "chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-lop-11"
S_NGHIBU = "thong-bao-lich-nghi-va-day-bu-dip-20-11"
S_RCV = "hoi-thi-rung-chuong-vang-tu-hao-truyen-thong-doan"
S_ONTAP = "hoc-sinh-lop-12-on-tap-huong-toi-ky-thi-tot-nghiep-thpt-2027"
S_OLYMPIC = "em-hoang-gia-bao-doat-huy-chuong-bac-olympic-tin-hoc"
S_CNXANH = "ra-quan-huong-ung-ngay-chu-nhat-xanh-tai-phuong-tan-loi"
S_AI = "ung-dung-tri-tue-nhan-tao-trong-day-hoc-sinh-hoat-chuyen-mon-lien-truong"
S_GIUAKY = "thong-bao-lich-kiem-tra-giua-ky-i-nam-hoc-2026-2027"
S_HIENMAU = "tuoi-tre-thpt-nguyen-du-hien-mau-tinh-nguyen-dot-2-nam-2026"
S_DAIHOI = "dai-hoi-doan-truong-thpt-nguyen-du-nhiem-ky-2026-2027"

G_RCV = "rung-chuong-vang-2026"

STORIES: list[Story] = [
    Story(
        1,
        S_HSG,
        "Học sinh THPT Nguyễn Du đạt 12 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        "thanh-tich-hoc-sinh",
        "2026-11-24",
        [
            P(
                "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 do Sở GD&ĐT Đắk Lắk "
                "tổ chức, đội tuyển Trường THPT Nguyễn Du đã xuất sắc giành 12 giải, trong đó có 2 giải "
                "Nhất, 3 giải Nhì, 4 giải Ba và 3 giải Khuyến khích.",
                "lead",
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 12 và 13/11/2026 với sự tham gia của hơn 1.100 thí sinh "
                "đến từ các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh. Nhà trường cử 20 học sinh "
                "dự thi ở 9 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí và "
                "Tiếng Anh."
            ),
            Img(
                up("11", "hsg-tinh-2026-1-1024x683.jpg"),
                "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "wpcap",
            ),
            P("Danh sách học sinh đạt giải Nhất, Nhì:", "h3"),
            P("STT | Họ và tên | Lớp | Môn thi | Giải", "th"),
            P("1 | Nguyễn Ngọc Khánh Linh | 12A1 | Toán | Nhất", "td"),
            P("2 | Y Thuân Niê | 12A3 | Địa lí | Nhất", "td"),
            P("3 | Trần Minh Quân | 12A1 | Vật lí | Nhì", "td"),
            P("4 | Lê Phương Thảo | 12A2 | Ngữ văn | Nhì", "td"),
            P("5 | Đỗ Gia Huy | 12A1 | Tin học | Nhì", "td"),
            Img(
                up("11", "hsg-tinh-2026-2-300x200.jpg"),
                "Em Y Thuân Niê (12A3) đạt giải Nhất môn Địa lí",
                "Em Y Thuân Niê (12A3) đạt giải Nhất môn Địa lí",
                "fig",
            ),
            P(
                "Đáng chú ý, em Y Thuân Niê, học sinh người đồng bào Ê Đê lớp 12A3, là học sinh dân tộc "
                "thiểu số đầu tiên của trường đạt giải Nhất môn Địa lí cấp tỉnh. Em chia sẻ đã dành nhiều "
                "thời gian luyện kỹ năng khai thác Atlat và biểu đồ dưới sự hướng dẫn tận tình của thầy cô "
                "tổ Địa lí.",
                "float",
            ),
            P(
                "Thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường, biểu dương nỗ lực của các em và đội ngũ "
                "giáo viên bồi dưỡng; đồng thời giao nhiệm vụ cho các tổ chuyên môn tiếp tục chuẩn bị đội "
                "tuyển dự thi học sinh giỏi quốc gia vào đầu năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Thầy Lê Văn Hùng</strong></p>'),
        ],
        authors=["Lê Văn Hùng"],
        summary=(
            "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 do Sở GD&ĐT Đắk Lắk "
            "tổ chức, đội tuyển Trường THPT Nguyễn Du đã xuất sắc giành 12 giải, trong đó có 2 giải "
            "Nhất, 3 giải Nhì, 4 giải Ba và 3 giải Khuyến khích."
        ),
        opts={"wp": 851, "time": "16:42:08", "tags": ["hoc-sinh-gioi", "nam-hoc-2026-2027"],
              "thumb": up("11", "hsg-tinh-2026-1-310x165.jpg"), "views": 1842},
    ),
    Story(
        2,
        S_HOPPH,
        "Thông báo tổ chức Hội nghị cha mẹ học sinh học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-11-23",
        [
            P(
                "Nhà trường trân trọng kính mời Quý phụ huynh học sinh các lớp tham dự Hội nghị cha mẹ học "
                "sinh học kỳ I năm học 2026-2027, cụ thể như sau:"
            ),
            P("Thời gian: 7 giờ 30, Chủ nhật ngày 29/11/2026.", "emoji"),
            P("Địa điểm: tại phòng học của từng lớp (khu A và khu B).", "emoji"),
            P(
                "Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I; "
                "trao đổi kế hoạch ôn tập, kiểm tra cuối kỳ và các khoản đóng góp tự nguyện.",
                "emoji",
            ),
            P(
                "Phụ huynh vui lòng đi đúng giờ, gửi xe tại bãi xe cổng phụ đường Phan Bội Châu. Trường "
                "hợp không tham dự được, đề nghị liên hệ trực tiếp giáo viên chủ nhiệm để được thông tin."
            ),
            P("Trân trọng cảm ơn!"),
        ],
        opts={"wp": 848, "time": "09:15:40", "tags": ["nam-hoc-2026-2027"],
              "thumb": up("11", "hoi-nghi-cmhs-310x165.jpg"), "views": 1203},
    ),
    Story(
        3,
        S_DANGIAN,
        "Đoàn trường tổ chức Ngày hội văn hóa dân gian chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong-doan",
        "2026-11-21",
        [
            P(
                "Sáng 20/11, Đoàn trường THPT Nguyễn Du tổ chức Ngày hội văn hóa dân gian với chủ đề "
                "“Tri ân thầy cô – Giữ gìn bản sắc” nhằm chào mừng 44 năm Ngày Nhà giáo Việt Nam.",
                "lead",
            ),
            P(
                "Ngày hội thu hút gần 1.500 đoàn viên, học sinh của 36 chi đoàn tham gia với nhiều hoạt "
                "động phong phú: thi gói bánh chưng, kéo co, nhảy sạp, đi cà kheo, bịt mắt bắt vịt và "
                "trình diễn trang phục truyền thống các dân tộc Tây Nguyên."
            ),
            Img(
                up("11", "ngay-hoi-dan-gian-1-300x225.jpg"),
                "Học sinh tham gia các trò chơi dân gian",
                "Học sinh tham gia các trò chơi dân gian",
                "pair",
            ),
            Img(
                up("11", "ngay-hoi-dan-gian-2-300x225.jpg"),
                "Học sinh tham gia các trò chơi dân gian",
                "Học sinh tham gia các trò chơi dân gian",
                "pair",
            ),
            P(
                "Điểm nhấn của ngày hội là phần trình diễn cồng chiêng của đội văn nghệ học sinh người Ê "
                "Đê, M’nông, do các nghệ nhân buôn Kô Siêr trực tiếp truyền dạy trong suốt hai tháng qua."
            ),
            Img(
                up("11", "ngay-hoi-dan-gian-cong-chieng-1024x576.jpg"),
                "Đội cồng chiêng học sinh biểu diễn tại lễ khai mạc",
                "Đội cồng chiêng học sinh biểu diễn tại lễ khai mạc",
                "wpcap",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giải Nhất toàn đoàn cho Chi đoàn 11A2, giải Nhì cho "
                "Chi đoàn 10A5 và Chi đoàn 12A4, giải Ba cho các Chi đoàn 10A1, 11A6, 12A2."
            ),
            P(
                "Toàn bộ số tiền bán bánh chưng và sản phẩm ẩm thực của các chi đoàn, hơn 18 triệu đồng, "
                "được dành để tặng quà cho học sinh có hoàn cảnh khó khăn của trường."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="{base}'
                + post_path("hoat-dong-doan", S_RCV)
                + f'?fbclid={FBCLID}">Hội thi “Rung chuông vàng” chủ đề Tự hào truyền thống Đoàn</a></p>'
            ),
            Raw('<p style="text-align: right;"><strong>Đoàn trường THPT Nguyễn Du</strong></p>'),
        ],
        authors=["Đoàn trường THPT Nguyễn Du"],
        summary=(
            "Sáng 20/11, Đoàn trường THPT Nguyễn Du tổ chức Ngày hội văn hóa dân gian với chủ đề "
            "“Tri ân thầy cô – Giữ gìn bản sắc” nhằm chào mừng 44 năm Ngày Nhà giáo Việt Nam."
        ),
        opts={"wp": 846, "time": "20:05:11", "tags": ["doan-thanh-nien", "ngay-nha-giao"],
              "thumb": up("11", "ngay-hoi-dan-gian-cong-chieng-310x165.jpg"), "views": 2315},
    ),
    Story(
        4,
        S_NGUVAN,
        "Chuyên đề “Dạy học phát triển năng lực” môn Ngữ văn lớp 11",
        "day-va-hoc",
        "2026-11-18",
        [
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 17/11/2026, tổ Ngữ "
                "văn tổ chức chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản thơ” qua bài "
                "“Tràng giang” (Huy Cận), Ngữ văn 11, bộ sách Kết nối tri thức với cuộc sống."
            ),
            P(
                "Tiết dạy minh họa do cô Vũ Thị Hồng Nhung thực hiện tại lớp 11A4. Học sinh làm việc theo "
                "nhóm với phiếu học tập, sơ đồ tư duy và trình bày sản phẩm trên bảng tương tác."
            ),
            Img(
                up("11", "chuyen-de-ngu-van-1-1024x683.jpg"),
                "Cô Vũ Thị Hồng Nhung hướng dẫn học sinh lớp 11A4 thảo luận nhóm",
                "Cô Vũ Thị Hồng Nhung hướng dẫn học sinh lớp 11A4 thảo luận nhóm",
                "wpcap",
            ),
            P("Những điểm mới của tiết dạy", "h3"),
            P("Giao nhiệm vụ đọc trước ở nhà qua hệ thống học trực tuyến của trường.", "li"),
            P("Tổ chức trạm học tập: trạm hình ảnh, trạm âm thanh, trạm nhạc điệu.", "li"),
            P("Đánh giá bằng bảng kiểm và phiếu tự đánh giá của học sinh.", "li"),
            P(
                "Trong phần góp ý, các thầy cô thống nhất: tiết dạy đã chú trọng hoạt động của học sinh, "
                "song cần dành thêm thời gian cho phần vận dụng, liên hệ với cảm hứng về thiên nhiên "
                "trong thơ hiện đại."
            ),
            Img(
                up("11", "chuyen-de-ngu-van-2-1024x683.jpg"),
                "Giáo viên tổ Ngữ văn góp ý, rút kinh nghiệm sau tiết dạy",
                "Giáo viên tổ Ngữ văn góp ý, rút kinh nghiệm sau tiết dạy",
                "wpcap",
            ),
            P(
                "“Mỗi chuyên đề không nhằm tìm một tiết dạy mẫu, mà để cả tổ cùng nhìn vào việc học của "
                "học sinh”, cô Tổ trưởng nhấn mạnh khi tổng kết buổi sinh hoạt.",
                "quote",
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>ThS. Trần Quốc Tuấn – Tổ trưởng tổ Ngữ văn'
                "</strong></em></p>"
            ),
        ],
        authors=["Trần Quốc Tuấn"],
        opts={"wp": 839, "time": "14:20:55", "tags": ["chuyen-mon", "nam-hoc-2026-2027"],
              "thumb": up("11", "chuyen-de-ngu-van-1-310x165.jpg"), "views": 968},
    ),
    Story(
        5,
        S_NGHIBU,
        "Thông báo lịch nghỉ và lịch dạy bù dịp Ngày Nhà giáo Việt Nam 20/11",
        "thong-bao",
        "2026-11-16",
        [
            P(
                "Căn cứ kế hoạch năm học 2026-2027, Ban Giám hiệu thông báo lịch nghỉ và dạy bù dịp kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam như sau:"
            ),
            P("Ngày 20/11/2026 (thứ Sáu): học sinh toàn trường nghỉ học.", "ol"),
            P(
                "Buổi sáng 20/11: 7 giờ 00 tổ chức Lễ kỷ niệm tại sân trường; đại diện Ban chấp hành các "
                "chi đoàn và Ban cán sự lớp tham dự.",
                "ol",
            ),
            P("Dạy bù thời khóa biểu ngày thứ Sáu vào sáng thứ Bảy 28/11/2026.", "ol"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và phụ huynh; các tổ chuyên môn điều chỉnh "
                "kế hoạch dạy học cho phù hợp."
            ),
        ],
        opts={"wp": 835, "time": "10:02:17", "tags": ["ngay-nha-giao"],
              "thumb": up("11", "lich-nghi-20-11-310x165.jpg"), "views": 756},
    ),
    Story(
        6,
        S_RCV,
        "Hội thi “Rung chuông vàng” chủ đề Tự hào truyền thống Đoàn",
        "hoat-dong-doan",
        "2026-11-12",
        [
            P(
                "Chiều 11/11/2026, tại hội trường nhà trường, Đoàn trường THPT Nguyễn Du tổ chức Hội thi "
                "“Rung chuông vàng” với chủ đề “Tự hào truyền thống Đoàn TNCS Hồ Chí Minh” dành cho "
                "đoàn viên khối 10."
            ),
            P(
                "Sau vòng loại tại các chi đoàn, 100 thí sinh xuất sắc nhất đã bước vào sàn thi chung kết "
                "với 25 câu hỏi về lịch sử Đoàn, gương thanh niên tiêu biểu, kiến thức về Đắk Lắk và "
                "các tình huống kỹ năng sống."
            ),
            P(
                "Không khí hội thi sôi nổi với phần cổ vũ nhiệt tình của các chi đoàn. Đặc biệt, ở câu hỏi "
                "thứ 18, chỉ còn 3 thí sinh trên sàn thi và Ban tổ chức đã dùng quyền cứu trợ khán giả để "
                "đưa 10 thí sinh trở lại."
            ),
            P(
                "Vượt qua 24 câu hỏi, em Phạm Ngọc Bảo Trâm, lớp 10A2, là người duy nhất rung được chuông "
                "vàng. Ban tổ chức cũng trao giải cho 5 thí sinh trụ lại lâu nhất và giải cổ vũ cho Chi "
                "đoàn 10A7."
            ),
            P(
                "Hội thi là hoạt động thiết thực hướng tới kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí "
                "Minh (26/3/1931 – 26/3/2027)."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Hà My – 11A2</strong></p>'),
            Img(ngg(G_RCV, "DSC_0101.jpg"), "Thí sinh bước vào vòng chung kết",
                "Thí sinh bước vào vòng chung kết", "ngg"),
            Img(ngg(G_RCV, "DSC_0108.jpg"), "DSC_0108", None, "ngg"),
            Img(ngg(G_RCV, "DSC_0115.jpg"), "DSC_0115", None, "ngg"),
            Img(ngg(G_RCV, "DSC_0123.jpg"), "DSC_0123", None, "ngg"),
            Img(ngg(G_RCV, "DSC_0131.jpg"), "Em Phạm Ngọc Bảo Trâm rung chuông vàng",
                "Em Phạm Ngọc Bảo Trâm rung chuông vàng", "ngg"),
            Img(ngg(G_RCV, "DSC_0140.jpg"), "DSC_0140", None, "ngg"),
        ],
        authors=["Hà My"],
        photographers=["Hà My"],
        opts={"wp": 829, "time": "19:48:02", "tags": ["doan-thanh-nien"],
              "thumb": up("11", "rung-chuong-vang-310x165.jpg"), "views": 1511},
    ),
    Story(
        7,
        S_ONTAP,
        "Học sinh lớp 12 ôn tập hướng tới Kỳ thi tốt nghiệp THPT năm 2027",
        "day-va-hoc",
        "2026-11-05",
        [
            P(
                "Từ tuần 10 của năm học, nhà trường bắt đầu tổ chức ôn tập theo chủ đề cho 420 học sinh "
                "khối 12, bám sát cấu trúc định dạng đề thi tốt nghiệp THPT từ năm 2025 của Bộ GD&ĐT."
            ),
            P("Lịch ôn tập buổi chiều", "h3"),
            P("Buổi | Thứ Hai | Thứ Tư | Thứ Sáu", "th"),
            P("Tiết 1-2 | Toán | Ngữ văn | Tiếng Anh", "td"),
            P("Tiết 3-4 | Môn lựa chọn 1 | Toán | Môn lựa chọn 2", "td"),
            P(
                "Học sinh được chia lớp theo tổ hợp môn lựa chọn; mỗi tháng làm một bài thi thử trên máy "
                "tính để quen với hình thức câu hỏi trắc nghiệm đúng sai và trả lời ngắn."
            ),
            P("Lưu ý: học sinh mang theo sổ tay ôn tập và tài khoản học trực tuyến.", "emoji"),
            P(
                "Nhà trường đề nghị phụ huynh phối hợp nhắc nhở các em tham gia đầy đủ, tự học ở nhà theo "
                "hướng dẫn của giáo viên bộ môn."
            ),
        ],
        opts={"wp": 820, "time": "08:30:00", "tags": ["chuyen-mon", "nam-hoc-2026-2027"],
              "thumb": up("11", "on-tap-12-310x165.jpg"), "views": 1377},
    ),
    Story(
        8,
        S_OLYMPIC,
        "Em Hoàng Gia Bảo đoạt Huy chương Bạc Olympic Tin học sinh viên – học sinh phổ thông",
        "thanh-tich-hoc-sinh",
        "2026-11-02",
        [
            P(
                "Tại Kỳ thi Olympic Tin học sinh viên Việt Nam lần thứ 35 và Kỳ thi lập trình sinh viên "
                "quốc tế ICPC Asia Hà Nội 2026, khối học sinh phổ thông, em Hoàng Gia Bảo, học sinh lớp "
                "12A1 Trường THPT Nguyễn Du, đã xuất sắc đoạt Huy chương Bạc."
            ),
            Img(
                up("11", "hoang-gia-bao-olympic-800x533.jpg"),
                "Em Hoàng Gia Bảo (thứ hai từ phải sang) nhận Huy chương Bạc",
                "Em Hoàng Gia Bảo (thứ hai từ phải sang) nhận Huy chương Bạc",
                "blue",
            ),
            P(
                "Kỳ thi năm nay có hơn 700 thí sinh khối phổ thông đến từ 45 tỉnh, thành phố. Đề thi gồm "
                "8 bài lập trình trong 5 giờ; Gia Bảo giải trọn vẹn 5 bài, là thí sinh duy nhất của khu "
                "vực Tây Nguyên đạt huy chương."
            ),
            P(
                "Gia Bảo bắt đầu học lập trình từ lớp 8 qua các khóa học trực tuyến, được thầy Nguyễn "
                "Hữu Phước, tổ Tin học, bồi dưỡng từ lớp 10. Em dự định đăng ký ngành Khoa học máy tính "
                "tại Đại học Bách khoa Hà Nội."
            ),
            Img(
                up("11", "hoang-gia-bao-thay-phuoc-800x533.jpg"),
                "Gia Bảo cùng thầy Nguyễn Hữu Phước tại phòng máy của trường",
                "Gia Bảo cùng thầy Nguyễn Hữu Phước tại phòng máy của trường",
                "inline",
            ),
            P(
                "Đây là lần thứ hai học sinh Trường THPT Nguyễn Du đạt huy chương tại kỳ thi này, sau Huy "
                "chương Đồng năm 2024."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></p>'),
        ],
        source="Sở GD&ĐT Đắk Lắk",
        opts={"wp": 816, "time": "11:12:45", "tags": ["hoc-sinh-gioi"],
              "thumb": up("11", "hoang-gia-bao-olympic-310x165.jpg"), "views": 1690},
    ),
    Story(
        9,
        S_CNXANH,
        "Ra quân hưởng ứng “Ngày Chủ nhật xanh” tại phường Tân Lợi",
        "hoat-dong-doan",
        "2026-10-25",
        [
            Img(
                up("10", "chu-nhat-xanh-1-300x225.jpg"),
                "Đoàn viên dọn vệ sinh tuyến đường Lê Duẩn",
                "Đoàn viên dọn vệ sinh tuyến đường Lê Duẩn",
                "fig",
            ),
            P(
                "Sáng Chủ nhật 25/10/2026, hơn 300 đoàn viên thanh niên Trường THPT Nguyễn Du phối hợp "
                "với Đoàn phường Tân Lợi ra quân hưởng ứng “Ngày Chủ nhật xanh” lần thứ III năm 2026. "
                "Các chi đoàn được phân công dọn dẹp rác thải, phát quang bụi rậm, khơi thông cống rãnh "
                "trên các tuyến đường Lê Duẩn, Phan Bội Châu và khu vực quanh hồ Ea Kao.",
                "float",
            ),
            P(
                "Bên cạnh đó, đoàn viên còn trồng mới 120 cây xanh và tặng 200 túi vải cho các hộ kinh "
                "doanh trong khu dân cư, tuyên truyền hạn chế sử dụng túi ni lông."
            ),
            Img(up("10", "chu-nhat-xanh-2-1024x683.jpg"), None, None, "alt"),
            P(
                "Ông Y Ngông Êban, Phó Chủ tịch UBND phường Tân Lợi, ghi nhận tinh thần xung kích của "
                "tuổi trẻ nhà trường và mong muốn hai bên duy trì hoạt động vào Chủ nhật cuối mỗi tháng."
            ),
        ],
        opts={"wp": 803, "time": "17:26:31", "tags": ["doan-thanh-nien", "tinh-nguyen"],
              "thumb": up("10", "chu-nhat-xanh-1-310x165.jpg"), "views": 642,
              "alt": {"chu-nhat-xanh-2-1024x683.jpg": "Đoàn viên trồng cây xanh quanh hồ Ea Kao"}},
    ),
    Story(
        10,
        S_AI,
        "Ứng dụng trí tuệ nhân tạo trong dạy học: sinh hoạt chuyên môn liên trường",
        "day-va-hoc",
        "2026-10-20",
        [
            Img(up("10", "sinh-hoat-lien-truong-ai-660x330.jpg"), None, None, "thumb"),
            P(
                "Ngày 17/10, Trường THPT Nguyễn Du phối hợp với các trường THPT Buôn Ma Thuột, THPT Chu "
                "Văn An và THPT Hồng Đức tổ chức buổi sinh hoạt chuyên môn liên trường với chủ đề “Ứng "
                "dụng trí tuệ nhân tạo (AI) trong thiết kế bài dạy và đánh giá học sinh”."
            ),
            P(
                "Hơn 150 giáo viên đã được giới thiệu cách dùng các công cụ AI để soạn câu hỏi theo mức "
                "độ nhận thức, tạo học liệu minh họa và phản hồi bài viết của học sinh. Báo cáo viên lưu "
                "ý giáo viên luôn phải kiểm chứng nội dung do AI tạo ra và bảo vệ dữ liệu cá nhân của "
                "học sinh."
            ),
            P(
                "Tại buổi sinh hoạt, cô Lâm Thị Thanh Tâm (THPT Nguyễn Du) chia sẻ kinh nghiệm dùng AI "
                "để xây dựng ngân hàng câu hỏi môn Sinh học, rút ngắn một nửa thời gian ra đề mà vẫn "
                "bảo đảm ma trận kiến thức."
            ),
            P(
                "Các trường thống nhất xây dựng nhóm chia sẻ học liệu chung và tổ chức chuyên đề tiếp "
                "theo vào tháng 12/2026."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Đắk Lắk</em></p>'),
        ],
        source="Báo Đắk Lắk",
        opts={"wp": 798, "time": "15:05:09", "tags": ["chuyen-mon"],
              "thumb": up("10", "sinh-hoat-lien-truong-ai-310x165.jpg"), "views": 884},
    ),
    Story(
        11,
        S_GIUAKY,
        "Thông báo lịch kiểm tra giữa kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-10-19",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra giữa kỳ I các môn kiểm tra tập trung năm học "
                "2026-2027 như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn | Thời gian làm bài", "th"),
            P("26/10/2026 | Sáng | 10, 11, 12 | Ngữ văn | 90 phút", "td"),
            P("26/10/2026 | Chiều | 10, 11, 12 | Toán | 90 phút", "td"),
            P("27/10/2026 | Sáng | 10, 11, 12 | Tiếng Anh | 60 phút", "td"),
            P("28/10/2026 | Sáng | 12 | Môn lựa chọn | 50 phút", "td"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh; không "
                "mang điện thoại và tài liệu vào phòng thi."
            ),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên "
                "môn, hoàn thành trước ngày 31/10/2026."
            ),
        ],
        opts={"wp": 795, "time": "07:50:26", "tags": ["lich-kiem-tra", "nam-hoc-2026-2027"],
              "thumb": up("10", "lich-kiem-tra-310x165.jpg"), "views": 2610},
    ),
    Story(
        12,
        S_HIENMAU,
        "Tuổi trẻ THPT Nguyễn Du hiến máu tình nguyện đợt 2 năm 2026",
        "hoat-dong-doan",
        "2026-10-10",
        [
            P(
                "Hưởng ứng phong trào “Giọt hồng tri ân”, sáng 9/10/2026, Đoàn trường phối hợp với Bệnh "
                "viện Đa khoa vùng Tây Nguyên tổ chức ngày hội hiến máu tình nguyện đợt 2 năm 2026."
            ),
            P(
                "Có 168 giáo viên, nhân viên và học sinh đủ 18 tuổi đăng ký; sau khi khám sàng lọc, 131 "
                "người đủ điều kiện hiến máu, thu về 131 đơn vị máu bổ sung cho ngân hàng máu của bệnh "
                "viện."
            ),
            Img(
                up("10", "hien-mau-dot-2-1024x768.jpg"),
                "Học sinh lớp 12A4 tham gia hiến máu lần đầu",
                "Học sinh lớp 12A4 tham gia hiến máu lần đầu",
                "blue",
            ),
            Raw('<p style="text-align: center;"><em>Ảnh: Minh Đức</em></p>'),
            P(
                "Nhiều em học sinh lần đầu hiến máu còn hồi hộp nhưng rất tự hào. Em Nguyễn Thanh Tùng, "
                "lớp 12A4, chia sẻ: “Em vừa tròn 18 tuổi tháng trước, được góp một phần nhỏ giúp người "
                "bệnh là món quà ý nghĩa nhất với em.”"
            ),
            P(
                "Dịp này, Ban tổ chức trao giấy chứng nhận và quà cho 12 thầy cô đã hiến máu từ 5 lần "
                "trở lên."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Cô Phạm Thị Ngọc Ánh</strong></p>'),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        photographers=["Minh Đức"],
        opts={"wp": 781, "time": "18:33:14", "tags": ["doan-thanh-nien", "tinh-nguyen"],
              "thumb": up("10", "hien-mau-dot-2-310x165.jpg"), "views": 905},
    ),
    Story(
        13,
        S_DAIHOI,
        "Đại hội Đoàn trường THPT Nguyễn Du nhiệm kỳ 2026 – 2027",
        "hoat-dong-doan",
        "2026-09-26",
        [
            P(
                "Ngày 25/9/2026, Đoàn trường THPT Nguyễn Du long trọng tổ chức Đại hội đại biểu lần thứ "
                "XXXVIII, nhiệm kỳ 2026 – 2027, với sự tham dự của 180 đại biểu đại diện cho gần 1.600 "
                "đoàn viên của 36 chi đoàn."
            ),
            Img(
                up("09", "dai-hoi-doan-1-1024x683.jpg"),
                "Đoàn chủ tịch điều hành Đại hội",
                "Đoàn chủ tịch điều hành Đại hội",
                "inline",
            ),
            P(
                "Nhiệm kỳ qua, Đoàn trường đã tổ chức hiệu quả các phong trào “Học tập tốt”, “Tuổi trẻ "
                "sáng tạo”, “Tình nguyện vì cộng đồng”; 100% chi đoàn được xếp loại vững mạnh, 45 đoàn "
                "viên ưu tú được giới thiệu học lớp cảm tình Đảng."
            ),
            P("Chỉ tiêu chính nhiệm kỳ 2026 – 2027", "h3"),
            P("100% đoàn viên tham gia học tập các bài học lý luận chính trị.", "li"),
            P("Mỗi chi đoàn thực hiện ít nhất một công trình, phần việc thanh niên.", "li"),
            P("Giới thiệu 40 đoàn viên ưu tú cho chi bộ xem xét, bồi dưỡng.", "li"),
            Img(
                up("09", "dai-hoi-doan-2-1024x683.jpg"),
                "Ban Chấp hành Đoàn trường khóa XXXVIII ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường khóa XXXVIII ra mắt Đại hội",
                "inline",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường khóa XXXVIII gồm 15 đồng chí; thầy Lê Văn Hùng "
                "tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"wp": 760, "time": "21:10:47", "tags": ["dai-hoi-doan"],
              "thumb": up("09", "dai-hoi-doan-1-310x165.jpg"), "views": 410},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
POSTS = sorted(STORIES, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)


def path_of(story: Story) -> str:
    return post_path(story.cat, story.slug)


def _thumb_gold(record: dict) -> dict:
    """A NextGEN gallery's photo is the thumbnail the page shows (its link enlarges it), the
    house convention (movabletype_tct's "-thumb-500x333", django_cms_tct's filer thumbnails)."""
    for img in record["images"]:
        path = img.get("path") or ""
        if path.startswith("/wp-content/gallery/") and "/thumbs/" not in path:
            folder, name = path.rsplit("/", 1)
            img["path"] = f"{folder}/thumbs/thumbs_{name}"
    return record


GOLD = [
    _thumb_gold(
        gold_record(
            s,
            path_of(s),
            CATEGORIES[s.cat],
            alt_paths=(f"{path_of(s)}?fbclid={FBCLID}",) if s.slug == S_RCV else (),
        )
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/thu-vien-anh/",
    "/author/quantri/",
    "/tag/doan-thanh-nien/",
    "/chuyen-muc/hoat-dong-doan/page/2/",
    "/2026/11/",
]


# --- printing -----------------------------------------------------------------------------------


def date_vn(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def date_iso(story: Story) -> str:
    return f"{story.published_at}T{story.opts['time']}+07:00"


def attachment_id(src: str) -> int:
    return 900 + int(hashlib.md5(src.encode()).hexdigest()[:4], 16) % 900


def _srcset(base: str, src: str) -> str:
    m = re.match(r"(.*)-(\d+)x(\d+)\.jpg$", src)
    if not m:
        return ""
    stem = m.group(1)
    return (
        f' srcset="{base}{src} {m.group(2)}w, {base}{stem}-300x200.jpg 300w, '
        f'{base}{stem}-768x512.jpg 768w" sizes="(max-width: {m.group(2)}px) 100vw, {m.group(2)}px"'
    )


def _img(base: str, img: Img, align: str, story: Story, width: int = 1024) -> str:
    aid = attachment_id(img.src)
    alt = story.opts.get("alt", {}).get(img.src.rsplit("/", 1)[-1], "")
    size = "size-large" if width >= 700 else "size-medium"
    return (
        f'<img class="{align} {size} wp-image-{aid}" src="{base}{img.src}" alt="{esc(alt)}" '
        f'width="{width}" height="{width * 2 // 3}"{_srcset(base, img.src)} />'
    )


def _emoji() -> str:
    return (
        f'<img draggable="false" class="emoji" alt="👉" src="{EMOJI_SRC}" '
        'style="height: 1em; max-height: 1em;" />'
    )


def _gallery(base: str, story: Story, imgs: list[Img]) -> str:
    gid = hashlib.md5(story.slug.encode()).hexdigest()[:32]
    boxes = []
    for n, img in enumerate(imgs):
        name = img.src.rsplit("/", 1)[-1]
        stem = name.rsplit(".", 1)[0]
        gallery_dir = img.src.rsplit("/", 1)[0]
        thumb = f"{base}{gallery_dir}/thumbs/thumbs_{name}"
        title = esc(img.printed or stem)
        boxes.append(
            f'<div id="ngg-image-{n}" class="ngg-gallery-thumbnail-box">\n'
            '<div class="ngg-gallery-thumbnail">\n'
            f'<a href="{base}{img.src}" title="{title}" data-src="{base}{img.src}" '
            f'data-thumbnail="{thumb}" data-image-id="{310 + n}" data-title="{title}" '
            f'data-description="" data-image-slug="{stem.lower()}" class="ngg-fancybox" rel="{gid}">\n'
            f'<img title="{esc(stem)}" alt="{esc(stem)}" src="{thumb}" width="240" height="160" '
            'style="max-width:100%;" />\n</a>\n</div>\n</div>'
        )
    return (
        "<!-- default-view.php -->\n"
        f'<div class="ngg-galleryoverview default-view" id="ngg-gallery-{gid}-1">\n'
        + "\n".join(boxes)
        + '\n<br style="clear: both" />\n<div class="ngg-clear"></div>\n</div>'
    )


def render_entry(base: str, story: Story) -> str:
    """The TinyMCE HTML of a post as wpautop and the shortcodes print it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace("{base}", base))
        elif isinstance(b, Img):
            if b.style == "thumb":
                pass  # printed above the title by the theme
            elif b.style == "ngg":
                imgs = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "ngg":
                    imgs.append(blocks[i])
                    i += 1
                out.append(_gallery(base, story, imgs))
                continue
            elif b.style == "pair":
                second = blocks[i + 1]
                out.append(
                    "<p>"
                    + _img(base, b, "alignleft", story, 300)
                    + _img(base, second, "alignright", story, 300)
                    + "</p>"
                )
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
                i += 2
                continue
            elif b.style == "wpcap":
                aid = attachment_id(b.src)
                out.append(
                    f'<div id="attachment_{aid}" style="width: 710px" class="wp-caption aligncenter">'
                    + _img(base, b, "", story, 700).replace('class=" ', 'class="')
                    + f'<p class="wp-caption-text">{esc(b.printed)}</p></div>'
                )
            elif b.style == "fig":
                aid = attachment_id(b.src)
                out.append(
                    f'<figure id="attachment_{aid}" style="width: 300px" class="wp-caption alignleft">'
                    + _img(base, b, "", story, 300).replace('class=" ', 'class="')
                    + f'<figcaption class="wp-caption-text">{esc(b.printed)}</figcaption></figure>'
                )
            elif b.style == "inline":
                out.append(
                    '<p style="text-align: center;">'
                    + _img(base, b, "aligncenter", story)
                    + f"<br />\n<em>{esc(b.printed)}</em></p>"
                )
            elif b.style == "blue":
                out.append(f'<p>{_img(base, b, "aligncenter", story, 800)}</p>')
                out.append(
                    '<p style="text-align: center;"><span style="color: #0000ff;">'
                    f"<em>{esc(b.printed)}</em></span></p>"
                )
            else:  # "alt": the photo alone, nothing under it
                out.append(f'<p>{_img(base, b, "aligncenter", story)}</p>')
        elif b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append(
                        '<tr style="background-color: #d9e2f3;">'
                        + "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>'
                                  for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "h3":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
        elif b.style == "emoji":
            out.append(f"<p>{_emoji()} {esc(b.text)}</p>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- theme --------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc/", "Tin tức"),
    ("/chuyen-muc/hoat-dong-doan/", "Hoạt động Đoàn"),
    ("/chuyen-muc/day-va-hoc/", "Dạy và học"),
    ("/chuyen-muc/thong-bao/", "Thông báo"),
    ("/chuyen-muc/thanh-tich-hoc-sinh/", "Thành tích học sinh"),
    ("/thu-vien-anh/", "Thư viện ảnh"),
    ("/lien-he/", "Liên hệ"),
]
MONTHS = {"11": "Tháng Mười Một 2026", "10": "Tháng Mười 2026", "09": "Tháng Chín 2026"}


def sidebar(base: str) -> str:
    popular = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
    pop = "".join(
        f'<li><div class="post-thumbnail"><a href="{base}{path_of(s)}"><img width="110" height="75" '
        f'src="{base}{s.opts["thumb"].replace("310x165", "110x75")}" class="attachment-tie-small" '
        f'alt="" /></a></div><h3><a href="{base}{path_of(s)}">{esc(s.title)}</a></h3>'
        f'<span class="post-views">{s.opts["views"]:,} lượt xem</span></li>'
        for s in popular
    )
    archives = "".join(
        f'<li><a href="{base}/2026/{m}/">{label}</a></li>' for m, label in MONTHS.items()
    )
    return f"""<aside id="sidebar">
<div id="posts-list-widget-2" class="widget posts-list"><div class="widget-top"><h4>Bài xem nhiều</h4></div>
<div class="widget-container"><ul>{pop}</ul></div></div>
<div id="text-3" class="widget widget_text"><div class="widget-top"><h4>Lịch công tác</h4></div>
<div class="widget-container"><div class="textwidget">
<p><strong>Tuần 12 (23/11 – 29/11/2026)</strong></p>
<p>Thứ Hai 23/11: Chào cờ, sinh hoạt dưới cờ chủ đề “Tri ân thầy cô”.</p>
<p>Thứ Năm 26/11: 14h00 họp Hội đồng sư phạm tháng 11.</p>
<p>Chủ nhật 29/11: Hội nghị cha mẹ học sinh học kỳ I.</p></div></div></div>
<div id="text-4" class="widget widget_text"><div class="widget-top"><h4>Liên kết</h4></div>
<div class="widget-container"><ul>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>
<li><a href="https://taphuan.csdl.edu.vn" target="_blank">Tập huấn giáo viên</a></li>
<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li></ul></div></div>
<div id="archives-2" class="widget widget_archive"><div class="widget-top"><h4>Lưu trữ</h4></div>
<div class="widget-container"><ul>{archives}</ul></div></div>
<div id="counter-2" class="widget widget_counter"><div class="widget-top"><h4>Thống kê</h4></div>
<div class="widget-container"><ul class="counter">
<li>Đang online: <strong>17</strong></li><li>Hôm nay: <strong>642</strong></li>
<li>Hôm qua: <strong>1.035</strong></li><li>Tổng truy cập: <strong>2.418.776</strong></li></ul></div></div>
</aside>"""


def layout(request: Request, title: str, main: str, head: str = "", body_class: str = "home") -> str:
    base = base_url(request)
    menu = "".join(
        f'<li class="menu-item menu-item-type-custom"><a href="{base}{href}">{esc(label)}</a></li>'
        for href, label in MENU
    )
    ticker = "".join(
        f'<li><a href="{base}{path_of(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in POSTS[:5]
    )
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<title>{esc(title)}</title>
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_TITLE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<script type="text/javascript">window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/2.4\\/72x72\\/","ext":".png"}};</script>
<link rel='stylesheet' id='tie-style-css' href='{base}/wp-content/themes/sahifa/style.css?ver=4.9.8' type='text/css' media='all' />
<link rel='stylesheet' id='ngg_trigger_buttons-css' href='{base}/wp-content/plugins/nextgen-gallery/products/photocrati_nextgen/modules/nextgen_gallery_display/static/trigger_buttons.css?ver=3.0.1' type='text/css' media='all' />
<script type='text/javascript' src='{base}/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 4.9.8" />
<meta name="generator" content="NextGEN Gallery 3.0.1" />
{head}
</head>
<body id="top" class="{body_class} lazy-enabled">
<div class="wrapper-outer"><div class="inner-wrapper">
<header id="theme-header" class="theme-header">
<div id="top-nav" class="top-nav"><div class="container">
<span class="today-date">{HEADER_DATE}</span>
<div class="top-menu"><ul><li><a href="{base}/gioi-thieu/">Giới thiệu</a></li><li><a href="{base}/lien-he/">Liên hệ</a></li></ul></div>
<div class="search-block"><form method="get" id="searchform-header" action="{base}/">
<input class="search-live" type="text" id="s-header" name="s" title="Tìm kiếm" value="Tìm kiếm" />
<button class="search-button" type="submit" value="Tìm kiếm"></button></form></div>
</div></div>
<div class="header-content"><div class="logo"><h2><a title="{esc(SITE_TITLE)}" href="{base}/">
<img src="{base}/wp-content/uploads/2018/03/logo-thpt-nguyen-du.png" alt="{esc(SITE_TITLE)}" width="520" height="90" />
<strong>{esc(SITE_TITLE)} {esc(SITE_DESC)}</strong></a></h2></div>
<div class="e3lan e3lan-top"><img src="{base}/wp-content/uploads/2018/03/banner-top.jpg" alt="" /></div></div>
<nav id="main-nav"><div class="container"><div class="main-menu"><ul id="menu-main" class="menu">{menu}</ul></div></div></nav>
</header>
<div class="clear"></div>
<div class="breaking-news"><span class="breaking-news-title"><i class="fa fa-bolt"></i> <span>Tin mới:</span></span>
<ul>{ticker}</ul></div>
<div id="main-content" class="container">
<div class="content">
{main}
</div>
{sidebar(base)}
<div class="clear"></div>
</div>
<footer id="theme-footer"><div id="footer-widget-area"><div id="footer-first" class="footer-widgets-box">
<div class="textwidget"><p><strong>TRƯỜNG THPT NGUYỄN DU</strong><br />
Địa chỉ: 69 Phan Bội Châu, phường Tân Lợi, TP. Buôn Ma Thuột, tỉnh Đắk Lắk<br />
Điện thoại: 0262 3852 416 – Email: c3nguyendu.bmt@daklak.edu.vn<br />
Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Thắng – Hiệu trưởng</p></div></div></div>
<div class="footer-bottom"><div class="container"><div class="alignright">Powered by <a href="https://wordpress.org">WordPress</a> | Designed by <a href="https://tielabs.com/">TieLabs</a></div>
<div class="alignleft">&copy; Copyright 2026, All Rights Reserved</div></div></div>
</footer>
</div></div>
<script type='text/javascript' src='{base}/wp-content/themes/sahifa/js/tie-scripts.js?ver=4.9.8'></script>
<script type='text/javascript' src='{base}/wp-includes/js/wp-embed.min.js?ver=4.9.8'></script>
</body>
</html>"""


def crumbs(base: str, *trail: tuple[str | None, str]) -> str:
    parts = [f'<a href="{base}/">Trang chủ</a>']
    for href, label in trail:
        parts.append(f'<a href="{base}{href}">{esc(label)}</a>' if href else
                     f'<span class="current">{esc(label)}</span>')
    sep = '<span class="delimiter">/</span>'
    return f'<div xmlns:v="http://rdf.data-vocabulary.org/#" id="crumbs">{sep.join(parts)}</div>'


def item(base: str, s: Story) -> str:
    """A listing entry of the theme (home, archives, search)."""
    first = next(b.text for b in s.blocks if isinstance(b, P))
    excerpt = esc(first) if len(first) < 160 else esc(first[:157].rsplit(" ", 1)[0]) + " &hellip;"
    return f"""<article class="item-list">
<h2 class="post-box-title"><a href="{base}{path_of(s)}">{esc(s.title)}</a></h2>
<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{date_vn(s)}</span>
<span class="post-cats"><i class="fa fa-folder"></i><a href="{base}/chuyen-muc/{s.cat}/" rel="category tag">{esc(CATEGORIES[s.cat])}</a></span></p>
<div class="post-thumbnail"><a href="{base}{path_of(s)}"><img width="310" height="165" src="{base}{s.opts['thumb']}" class="attachment-tie-medium size-tie-medium wp-post-image" alt="" /></a></div>
<div class="entry"><p>{excerpt}</p>
<a class="more-link" href="{base}{path_of(s)}">Xem thêm &raquo;</a></div>
<div class="clear"></div>
</article>"""


def pagenavi(base: str, prefix: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{base}{prefix}" if n == 1 else f"{base}{prefix}page/{n}/"

    parts = [f'<span class="pages">Trang {page} / {pages}</span>']
    if page > 1:
        parts.append(f'<a class="previouspostslink" rel="prev" href="{href(page - 1)}">&laquo;</a>')
    for n in range(1, pages + 1):
        parts.append(
            f'<span aria-current="page" class="current">{n}</span>' if n == page
            else f'<a class="page larger" href="{href(n)}">{n}</a>'
        )
    if page < pages:
        parts.append(f'<a class="nextpostslink" rel="next" href="{href(page + 1)}">&raquo;</a>')
    return '<div class="pagination"><div class="wp-pagenavi">' + "".join(parts) + "</div></div>"


def not_found(request: Request) -> Response:
    main = (
        '<div class="post-listing"><h2 class="post-title">Không tìm thấy!</h2><div class="entry">'
        "<p>Xin lỗi, trang bạn yêu cầu không tồn tại. Hãy thử tìm kiếm.</p></div></div>"
    )
    return html(layout(request, f"Không tìm thấy trang | {SITE_TITLE}", main, body_class="error404"),
                status=404)


def listing(request: Request, heading: str, posts: list[Story], prefix: str, page: int,
            trail: list[tuple[str | None, str]], body_class: str) -> Response:
    base = base_url(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return not_found(request)
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    items = "\n".join(item(base, s) for s in chunk) or "<p>Không tìm thấy bài viết nào.</p>"
    head = f'<link rel="canonical" href="{base}{prefix}{"" if page == 1 else f"page/{page}/"}" />'
    main = (
        (crumbs(base, *trail) if trail else "")
        + f'\n<div class="page-head"><h2 class="page-title">{esc(heading)}</h2>'
        '<div class="stripe-line"></div></div>\n'
        f'<div class="post-listing archive-box">\n{items}\n</div>\n'
        + pagenavi(base, prefix, page, pages)
    )
    title = heading if page == 1 else f"{heading} - Trang {page}"
    return html(layout(request, f"{title} | {SITE_TITLE}", main, head, body_class))


def related(story: Story) -> list[Story]:
    tags = set(story.opts["tags"])
    return [s for s in POSTS if s is not story and tags & set(s.opts["tags"])][:4]


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    url = base + path_of(story)
    cat = CATEGORIES[story.cat]
    thumb = next((b for b in story.images if b.style == "thumb"), None)
    thumb_html = (
        f'<div class="single-post-thumb"><img width="660" height="330" src="{base}{thumb.src}" '
        'class="attachment-slider size-slider wp-post-image" alt="" /></div>'
        if thumb else ""
    )
    og_image = base + (thumb.src if thumb else story.opts["thumb"].replace("-310x165", ""))
    tags = " ".join(
        f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
    )
    rel = "".join(
        f'<div class="related-item"><div class="post-thumbnail"><a href="{base}{path_of(s)}">'
        f'<img width="310" height="165" src="{base}{s.opts["thumb"]}" alt="" /><span class="fa overlay-icon">'
        f'</span></a></div><h3><a href="{base}{path_of(s)}" rel="bookmark">{esc(s.title)}</a></h3>'
        f'<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{date_vn(s)}</span></p></div>'
        for s in related(story)
    )
    rel_html = (
        '<section id="related_posts"><div class="block-head"><h3>Bài viết liên quan</h3>'
        f'<div class="stripe-line"></div></div><div class="post-listing">{rel}<div class="clear"></div>'
        "</div></section>"
        if rel else ""
    )
    enc = quote_plus(url)
    head = f"""<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(story.title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{esc(SITE_TITLE)}" />
<meta property="article:section" content="{esc(cat)}" />
<meta property="article:published_time" content="{date_iso(story)}" />
<meta property="article:modified_time" content="{date_iso(story)}" />
<meta property="og:image" content="{og_image}" />"""
    main = f"""{crumbs(base, ("/chuyen-muc/tin-tuc/", PARENT[1]), (f"/chuyen-muc/{story.cat}/", cat), (None, story.title))}
<article class="post-listing post-{story.opts['wp']} post type-post status-publish format-standard has-post-thumbnail single-post-box" id="the-post">
{thumb_html}
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{esc(story.title)}</span></h1>
<p class="post-meta">
<span class="post-meta-author"><i class="fa fa-user"></i><a href="{base}/author/quantri/" title="">Quản trị viên </a></span>
<span class="tie-date"><i class="fa fa-clock-o"></i>{date_vn(story)}</span>
<span class="post-cats"><i class="fa fa-folder"></i><a href="{base}/chuyen-muc/{story.cat}/" rel="category tag">{esc(cat)}</a></span>
<span class="post-comments"><i class="fa fa-comments"></i><span>Tắt bình luận</span></span>
<span class="post-views"><i class="fa fa-eye"></i>{story.opts['views']:,} </span>
</p>
<div class="clear"></div>
<div class="entry">
{render_entry(base, story)}
</div>
<div class="share-post"><span class="share-text">Chia sẻ</span>
<ul class="flat-social">
<li><a href="https://www.facebook.com/sharer.php?u={enc}" class="social-facebook" rel="external" target="_blank"><i class="fa fa-facebook"></i> <span>Facebook</span></a></li>
<li><a href="https://twitter.com/intent/tweet?text={quote_plus(story.title)}&amp;url={enc}" class="social-twitter" rel="external" target="_blank"><i class="fa fa-twitter"></i> <span>Twitter</span></a></li>
<li><a href="mailto:?subject={quote_plus(story.title)}&amp;body={enc}" class="social-email"><i class="fa fa-envelope"></i> <span>Email</span></a></li>
<li><a href="javascript:window.print()" class="social-print"><i class="fa fa-print"></i> <span>In bài</span></a></li>
</ul><div class="clear"></div></div>
<div class="clear"></div>
</div>
</article>
<p class="post-tag">Từ khóa {tags}</p>
<section id="author-box"><div class="block-head"><h3>Quản trị viên </h3><div class="stripe-line"></div></div>
<div class="post-listing"><div class="author-bio">
<div class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/3f0c9e1a7b2d?s=90&amp;d=mm&amp;r=g" class="avatar avatar-90 photo" height="90" width="90" /></div>
<div class="author-description">Tài khoản quản trị website Trường THPT Nguyễn Du. Mọi thông tin xin gửi về Tổ Văn phòng nhà trường.</div>
<div class="author-social flat-social"><a class="social-site" target="_blank" href="{base}/author/quantri/"><i class="fa fa-home"></i></a></div>
<div class="clear"></div></div></div></section>
{rel_html}
<div id="comments"><p class="nocomments">Bình luận đã bị đóng.</p></div>"""
    return html(layout(request, f"{story.title} | {SITE_TITLE}", main, head,
                       f"post-template-default single single-post postid-{story.opts['wp']}"))


# --- static pages, NextGEN album ----------------------------------------------------------------

STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường THPT Nguyễn Du được thành lập năm 1994, tọa lạc tại 69 Phan Bội Châu, phường Tân "
        "Lợi, TP. Buôn Ma Thuột. Năm học 2026-2027 trường có 36 lớp với 1.586 học sinh, 96 cán bộ, "
        "giáo viên, nhân viên.</p>\n<h3>Thành tích</h3>\n<ul>\n<li>Huân chương Lao động hạng Ba "
        "(2014).</li>\n<li>Trường đạt chuẩn quốc gia mức độ 1 (2019).</li>\n</ul>\n"
        "<p>Sứ mệnh: xây dựng môi trường học tập kỷ cương, thân thiện, giúp mỗi học sinh phát triển "
        "toàn diện.</p>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p><strong>TRƯỜNG THPT NGUYỄN DU</strong></p>\n<p>Địa chỉ: 69 Phan Bội Châu, phường Tân Lợi, "
        "TP. Buôn Ma Thuột, tỉnh Đắk Lắk</p>\n<p>Điện thoại: 0262 3852 416</p>\n<p>Email: "
        "c3nguyendu.bmt@daklak.edu.vn</p>\n"
        '<div class="wpcf7"><form action="/lien-he/#wpcf7-f5-p12-o1" method="post" class="wpcf7-form">'
        '<p><label>Họ tên (bắt buộc)<br /><input type="text" name="your-name" size="40" /></label></p>'
        '<p><label>Email (bắt buộc)<br /><input type="email" name="your-email" size="40" /></label></p>'
        '<p><label>Nội dung<br /><textarea name="your-message" cols="40" rows="6"></textarea></label></p>'
        '<p><input type="submit" value="Gửi" class="wpcf7-submit" /></p></form></div>',
    ),
}

GALLERIES = {
    G_RCV: ("Rung chuông vàng 2026", S_RCV),
    "ngay-hoi-dan-gian-2026": ("Ngày hội văn hóa dân gian 2026", S_DANGIAN),
    "khai-giang-2026-2027": ("Lễ khai giảng năm học 2026-2027", None),
}


def page_template(request: Request, title: str, content: str, path: str) -> Response:
    base = base_url(request)
    main = f"""{crumbs(base, (None, title))}
<article class="post-listing post type-page status-publish" id="the-post">
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{esc(title)}</span></h1>
<p class="post-meta"></p>
<div class="clear"></div>
<div class="entry">
{content}
</div>
</div>
</article>"""
    head = f'<link rel="canonical" href="{base}{path}" />'
    return html(layout(request, f"{title} | {SITE_TITLE}", main, head, "page-template-default page"))


def album_page(request: Request) -> Response:
    base = base_url(request)
    boxes = "".join(
        f'<div class="ngg-album-compact"><div class="ngg-album-compactbox"><div class="ngg-album-link">'
        f'<a class="Link" href="{base}/thu-vien-anh/nggallery/{key}/"><img class="Thumb" alt="{esc(name)}" '
        f'src="{base}/wp-content/gallery/{key}/thumbs/thumbs_cover.jpg" /></a></div></div>'
        f'<h4><a class="ngg-album-desc" href="{base}/thu-vien-anh/nggallery/{key}/">{esc(name)}</a></h4>'
        '<p class="ngg-album-gallery-image-counter"><strong>6</strong>&nbsp;Ảnh</p></div>'
        for key, (name, _) in GALLERIES.items()
    )
    content = f'<div class="ngg-albumoverview">{boxes}<br class="ngg-clear" /></div>'
    return page_template(request, "Thư viện ảnh", content, "/thu-vien-anh/")


def gallery_page(request: Request, key: str) -> Response:
    name, slug = GALLERIES[key]
    story = BY_SLUG.get(slug) if slug else None
    imgs = [b for b in story.images if b.style == "ngg"] if story and slug == S_RCV else [
        Img(ngg(key, f"DSC_{n:04d}.jpg"), f"DSC_{n:04d}") for n in range(201, 207)
    ]
    content = _gallery(base_url(request), story or STORIES[0], imgs)
    return page_template(request, name, content, f"/thu-vien-anh/nggallery/{key}/")


# --- routing ------------------------------------------------------------------------------------


def _page(rest: str) -> int | None:
    """'' -> 1, 'page/3/' -> 3; anything else None."""
    if not rest:
        return 1
    m = re.fullmatch(r"page/(\d+)/", rest)
    return int(m.group(1)) if m and int(m.group(1)) >= 1 else None


class WordPressSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        base = base_url(request)
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/" and "s" in request.params:
            words = request.params["s"].strip()
            hits = [s for s in POSTS if words and words.casefold() in
                    (s.title + " " + " ".join(s.paragraphs)).casefold()]
            return listing(request, f"Kết quả tìm kiếm: {words}", hits, "/", 1, [],
                           "search search-results")
        if m := re.fullmatch(r"/((?:page/\d+/)?)", path):
            page = _page(m.group(1))
            if page is None:
                return not_found(request)
            return listing(request, "Tin mới nhất", POSTS, "/", page, [], "home blog")
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/((?:page/\d+/)?)", path):
            key, page = m.group(1), _page(m.group(2))
            if page is None or (key not in CATEGORIES and key != PARENT[0]):
                return not_found(request)
            name = CATEGORIES.get(key, PARENT[1])
            posts = [s for s in POSTS if key == PARENT[0] or s.cat == key]
            trail = [(None, name)] if key == PARENT[0] else [
                (f"/chuyen-muc/{PARENT[0]}/", PARENT[1]), (None, name)]
            return listing(request, name, posts, f"/chuyen-muc/{key}/", page, trail,
                           f"archive category category-{key}")
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)/((?:page/\d+/)?)", path):
            key, page = m.group(1), _page(m.group(2))
            if page is None or key not in TAGS:
                return not_found(request)
            posts = [s for s in POSTS if key in s.opts["tags"]]
            return listing(request, f"Từ khóa: {TAGS[key]}", posts, f"/tag/{key}/", page,
                           [(None, TAGS[key])], f"archive tag tag-{key}")
        if m := re.fullmatch(r"/author/quantri/((?:page/\d+/)?)", path):
            page = _page(m.group(1))
            if page is None:
                return not_found(request)
            return listing(request, "Bài viết của Quản trị viên", POSTS, "/author/quantri/", page,
                           [(None, "Quản trị viên")], "archive author author-quantri")
        if m := re.fullmatch(r"/2026/(\d\d)/((?:page/\d+/)?)", path):
            month, page = m.group(1), _page(m.group(2))
            if page is None or month not in MONTHS:
                return not_found(request)
            posts = [s for s in POSTS if s.published_at[5:7] == month]
            return listing(request, f"Lưu trữ: {MONTHS[month]}", posts, f"/2026/{month}/", page,
                           [(None, MONTHS[month])], "archive date")
        if m := re.fullmatch(r"/tin-tuc/(?:([a-z0-9-]+)/)?([a-z0-9-]+)\.html(/?)", path):
            cat, slug, slash = m.groups()
            story = BY_SLUG.get(slug)
            if story is None:
                return not_found(request)
            if cat != story.cat or slash:
                # redirect_canonical: the right section, no trailing slash
                target = base + path_of(story) + (f"?{request.query}" if request.query else "")
                return redirect(target, 301)
            return post_page(request, story)
        if m := re.fullmatch(r"/([a-z-]+)/", path):
            slug = m.group(1)
            if slug in STATIC_PAGES:
                title, content = STATIC_PAGES[slug]
                return page_template(request, title, content, path)
            if slug == "thu-vien-anh":
                return album_page(request)
        m = re.fullmatch(r"/thu-vien-anh/nggallery/([a-z0-9-]+)/", path)
        if m and m.group(1) in GALLERIES:
            return gallery_page(request, m.group(1))
        if path in ("/gioi-thieu", "/lien-he", "/thu-vien-anh"):
            return redirect(base + path + "/", 301)
        return not_found(request)


def build_site() -> WordPressSite:
    return WordPressSite()
