"""Fixture portal: a private primary school's Wix site with the Wix Blog app (server-rendered HTML).

Imitates "Trường Tiểu học Tư thục Ngôi Sao Việt" (Buôn Ma Thuột, Đắk Lắk), a site made in the Wix
Editor on a premium plan with its own domain, as Wix's server-side rendering delivers it to a
client that runs no script. What that looks like:

- Markup with no semantic class names: every element of the master page is ``comp-<id>``, the
  text boxes are ``wixui-rich-text__text``, the Blog app's elements carry hashed CSS-module
  classes (``_3CWa-``, ``MMl86`` …); the only hints are ``data-hook`` attributes (``post-title``,
  ``post-description``, ``time-ago``, ``user-name``, ``post-footer``, ``related-posts`` …). Every
  link Wix prints is absolute (``http://<host>/…``), as the live site prints its domain.
- Post pages ``/post/<slug>``: Wix makes the slug from the title and keeps Vietnamese letters, so
  four posts have slugs such as ``/post/cùng-con-xây-dựng-…`` printed percent-encoded (UTF-8,
  upper-case hex); the others have ASCII slugs their editor typed. A post page prints breadcrumbs
  "Tất cả bài viết › <category> › <title>", the writer block (avatar, ``data-hook="user-name"``
  linking the member profile, the "Quản trị viên" badge for the site owner's account "Admin"),
  the date as Wix's relative ``time-ago`` ("2 ngày trước", "16 thg 11", "28 thg 5, 2025") with the
  full date only in its ``title`` attribute ("16 thg 11, 2026"), "N phút đọc", sometimes "Đã cập
  nhật: 21 thg 11"; then the title ``h1[data-hook=post-title]`` and the Ricos rich content inside
  ``data-hook="post-description"``: ``<p><span>`` paragraphs full of empty spacer paragraphs and
  ``&nbsp;``, headings, numbered/bulleted lists, a quote ``<blockquote>``, images in
  ``<wow-image>`` inside ``data-hook="image-viewer"`` with ``srcset`` and the caption either in a
  ``<figcaption>`` (current editor) or in a ``<span data-hook="caption">`` (the 2025 post, old
  editor), an in-post Pro Gallery grid, hashtag links. After it ``data-hook="post-footer"``: tags
  (``/blog/tags/<tag>``), categories, share buttons, "N lượt xem", "N bình luận", likes; then
  "Bài viết liên quan" (``data-hook="related-posts"``), the Wix Comments widget (two parents'
  comments on one post), the site footer with a "Bài đăng gần đây" strip (newest four, dated),
  address, hotline, a visitor counter and "Tạo bởi Wix.com". ``<head>`` carries ``rel=canonical``,
  Open Graph, ``article:published_time`` in UTC with milliseconds, a JSON-LD ``BlogPosting`` whose
  ``author`` is the writer's account, and a warm-up JSON blob.
- Header on every page: a strip with today's date (``TODAY``), hotline, the member "Đăng nhập"
  login bar, logo, the horizontal menu; a Wix cookie-consent banner; Wix Site Search form.
- Listings: ``/blog`` (all posts) and ``/blog/categories/<slug>``, three posts a page, paged as
  ``…/page/N`` (links and ``rel=prev/next``); "Tin tức" has 3 pages, "Hoạt động ngoại khóa" 2,
  "Góc phụ huynh" 1; ``/blog/tags/<tag>`` and ``/blog/hashtags/<tag>`` list by tag; member
  profiles ``/profile/<member>/profile`` list a writer's posts.
- Non-article pages: home, "Giới thiệu", "Tuyển sinh", "Liên hệ" (a Wix Form, no action: the
  script posts it), "Văn bản - Biểu mẫu" (PDFs at ``/_files/ugd/<owner>_<hash>.pdf``), "Thư viện
  ảnh" (a Pro Gallery; each item links a deep-link ``?pgid=<item>`` view of the same page, the item
  opened in the expanded view, canonical back to ``/thu-vien-anh``), ``/search-results?q=``.
- Discovery channels: links, ``/blog-feed.xml`` (RSS "RSS for Node" as Wix serves it, announced on
  blog pages, GMT dates, ``dc:creator``), ``/sitemap.xml`` (announced in robots.txt) indexing
  ``blog-posts-sitemap.xml``, ``blog-categories-sitemap.xml`` and ``pages-sitemap.xml``.

Traps and hard cases: ``/blog/hashtags/<anything>`` answers 200 (an empty listing "Chưa có bài
đăng nào" for tags no post has: a soft 404), and so do listing pages past the last one
(``/blog/page/9``); the gallery's ``?pgid=`` deep links repeat the gallery page eight times; one
post links an older one by its pre-2020 Wix address ``/single-post/2025/05/28/<slug>``, which
answers 301 to ``/post/<slug>``; a post in two categories is listed in both; the newest
post was published at 06:40 local time, so its ``article:published_time`` and JSON-LD say the
previous day in UTC (``2026-11-22T23:40:12.511Z``) while the page says "2 ngày trước" (title "23 thg 11, 2026"); dates on recent
posts are only relative ("2 ngày trước") in the visible text; percent-encoded Unicode slugs; the
auto-excerpt of the teacher's post (cards, feed, meta description) begins with her name line.

Gold (by hand). Articles are the twelve posts. Judgement calls:
- ``published_at``: the post's own date (the ``time-ago`` title "23 thg 11, 2026"), date only,
  because the page prints no time; the UTC meta time is machine data and, for post 2, a day off.
  "Đã cập nhật" dates are not the publication date.
- ``authors``: the signature in the text when there is one ("Tin, ảnh: X", "Bài: X - Ảnh: Y", a
  bare name, "Nguyễn Văn Tâm (Tổng phụ trách Đội)" gives "Nguyễn Văn Tâm"); the teacher's post
  opens with the name line "Cô Nguyễn Thị Hạnh - GVCN lớp 3A": the author is "Nguyễn Thị Hạnh"
  (honorific and role dropped) and the line is not body text, although the Wix writer shown is
  "Phạm Thu Trang", who posted it. When nothing signs, the Wix writer (``user-name``, the post's
  byline) is the author; the site owner's account "Admin" is no person and gives no author.
- ``photographers``: "Ảnh: Y" and "Tin, ảnh: X". ``source``: "Nguồn: Báo Đắk Lắk" (post 6, posted
  by Admin, no author).
- ``summary``: the bold lead paragraph three posts open with (also the body's first paragraph);
  Wix's excerpt appears only on cards, in the feed and in meta tags, never on the post page, so
  the other posts have none.
- ``body``: the Ricos paragraphs, headings, list items (one paragraph each, numbers and bullets
  are drawn by the browser and not part of the text) and the quote, in order; without spacers,
  captions, the name line, signatures, the "Nguồn:" line and the closing hashtag lines
  ("#NgayNhaGiaoVietNam #NgoiSaoViet": tags, like the footer's tag list). ``&nbsp;`` reads as a
  space.
- ``images``: every image of the rich content, ``src`` as printed (the 740-px rendition on
  static.wixstatic.com; the ``srcset`` 2x is the same picture), in-post gallery thumbnails
  included; the caption is the ``figcaption``/``data-hook="caption"`` text, or (post 6) the
  centred italic line the editor typed under a picture that has no Wix caption; none otherwise.
  Avatars, covers of cards and the logo are not article images.
- ``category``: the breadcrumb's category (Wix's main category); post 4 is also in "Tin tức".
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wix_school"
PLATFORM = "wix"
START_PATH = "/"

SITE = "Trường Tiểu học Tư thục Ngôi Sao Việt"
SHORT = "Tiểu học Ngôi Sao Việt"
ADDRESS = "Số 86 Y Jút, phường Buôn Ma Thuột, tỉnh Đắk Lắk"
PHONE = "0262 3 859 468"
HOTLINE = "0905 246 813"
EMAIL = "lienhe@ngoisaoviet.edu.vn"
TODAY_DATE = date(2026, 11, 25)
PER_PAGE = 3
OWNER = "a3c9f1"  # the Wix account's media prefix
_LOCAL = timezone(timedelta(hours=7))
WIX = "https://static.wixstatic.com/media"

CATS: dict[str, str] = {
    "tin-tuc": "Tin tức",
    "hoat-dong-ngoai-khoa": "Hoạt động ngoại khóa",
    "goc-phu-huynh": "Góc phụ huynh",
}
CAT_DESC = {
    "tin-tuc": "Tin tức, sự kiện của nhà trường",
    "hoat-dong-ngoai-khoa": "Các hoạt động trải nghiệm, câu lạc bộ, ngoại khóa",
    "goc-phu-huynh": "Thông báo và chia sẻ dành cho cha mẹ học sinh",
}
TAGS: dict[str, str] = {
    "ngay-nha-giao": "Ngày Nhà giáo",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "trai-nghiem": "Trải nghiệm",
    "phu-huynh": "Phụ huynh",
    "stem": "STEM",
}
#: Wix members who write: slug -> (display name, joined, is the site owner)
MEMBERS: dict[str, tuple[str, str, bool]] = {
    "admin": ("Admin", "12 thg 3, 2024", True),
    "phamthutrang": ("Phạm Thu Trang", "20 thg 3, 2024", False),
    "leminhduc": ("Lê Minh Đức", "2 thg 8, 2025", False),
}


def _media(name: str, w: int = 740, h: int = 493) -> str:
    """A static.wixstatic.com rendition URL of the owner's upload ``name``."""
    file = f"{OWNER}_{hashlib.md5(name.encode()).hexdigest()}~mv2.jpg"
    return f"{WIX}/{file}/v1/fill/w_{w},h_{h},al_c,q_85,usm_0.66_1.00_0.01,enc_auto/{file}"


def _resize(src: str, w: int, h: int) -> str:
    return re.sub(r"/fill/w_\d+,h_\d+,", f"/fill/w_{w},h_{h},", src)


# Story.opts: at (local publication time), updated (local date of "Đã cập nhật"), writer (member
# slug), slug_vi (the slug keeps Vietnamese letters), cats (extra categories), tags, hashtags,
# editor ("ricos" | "draft"), comments, likes, link (href of the "link:" paragraph's phrase).
# P styles: "" plain, lead (bold lead), h2, ol / ul (list items), quote, "link:<phrase>".
# Img styles: fig (figcaption), span (data-hook caption span), para (typed italic line under the
# picture), none (no caption), gallery (in-post Pro Gallery grid).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="trường-tiểu-học-ngôi-sao-việt-tri-ân-thầy-cô-nhân-ngày-nhà-giáo-việt-nam-20-11",
        title="Trường Tiểu học Ngôi Sao Việt tri ân thầy cô nhân Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, Trường Tiểu học Tư thục Ngôi Sao Việt long trọng tổ chức Lễ kỷ niệm 44"
            " năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) trong không khí ấm áp, tràn đầy"
            " lòng biết ơn của các thế hệ học trò."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, Trường Tiểu học Tư thục Ngôi Sao Việt long trọng tổ chức Lễ kỷ niệm 44"
                " năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) trong không khí ấm áp, tràn đầy"
                " lòng biết ơn của các thế hệ học trò.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện Hội đồng quản trị nhà trường, Ban đại diện cha mẹ học sinh"
                " cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 650 học sinh của trường."
            ),
            Img(
                _media("2011-van-nghe-bui-phan"),
                "Tiết mục văn nghệ “Bụi phấn” của học sinh lớp 5A chào mừng ngày 20/11",
                "Tiết mục văn nghệ “Bụi phấn” của học sinh lớp 5A chào mừng ngày 20/11",
                "fig",
            ),
            P(
                "Phát biểu tại buổi lễ, cô Hiệu trưởng Trần Thị Mai Phương ôn lại truyền thống tôn sư"
                " trọng đạo của dân tộc và ghi nhận những nỗ lực của tập thể sư phạm nhà trường trong"
                " năm học vừa qua. Cô nhắn nhủ:"
            ),
            P(
                "“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo, để mỗi"
                " ngày đến trường thực sự là một ngày vui của các con.”",
                "quote",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong"
                " trào thi đua “Dạy tốt - Học tốt” và trao giấy khen cho 5 tập thể lớp tiêu biểu."
            ),
            Img(_media("2011-khen-thuong-giao-vien"), None, None, "none"),
            Img(
                _media("2011-tang-hoa-thay-co"),
                "Học sinh tặng hoa tri ân các thầy cô giáo",
                "Học sinh tặng hoa tri ân các thầy cô giáo",
                "fig",
            ),
            P(
                "Buổi lễ khép lại với những tiết mục văn nghệ đặc sắc do chính các em học sinh dàn"
                " dựng, gửi gắm lời cảm ơn chân thành đến thầy cô."
            ),
            Raw("sign:Tin, ảnh: Phạm Thu Trang"),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Phạm Thu Trang"],
        opts={
            "at": "2026-11-20 10:12",
            "updated": "2026-11-21",
            "writer": "phamthutrang",
            "slug_vi": True,
            "tags": ["ngay-nha-giao"],
            "editor": "ricos",
            "hashtags": ["NgayNhaGiaoVietNam", "NgoiSaoViet"],
            "comments": 2,
            "likes": 14,
        },
    ),
    Story(
        id=2,
        slug="hoc-sinh-khoi-5-dat-thanh-tich-cao-tai-hoi-thi-trang-nguyen-tieng-viet-cap-tinh",
        title="Học sinh khối 5 đạt thành tích cao tại Hội thi Trạng nguyên Tiếng Việt cấp tỉnh",
        cat="tin-tuc",
        published_at="2026-11-23",
        summary=(
            "Vượt qua hơn 300 thí sinh đến từ các trường tiểu học trong tỉnh, đội tuyển của nhà"
            " trường đã xuất sắc giành 1 giải Nhất, 2 giải Nhì và 3 giải Ba tại Hội thi Trạng"
            " nguyên Tiếng Việt cấp tỉnh năm học 2026 - 2027."
        ),
        blocks=[
            P(
                "Vượt qua hơn 300 thí sinh đến từ các trường tiểu học trong tỉnh, đội tuyển của nhà"
                " trường đã xuất sắc giành 1 giải Nhất, 2 giải Nhì và 3 giải Ba tại Hội thi Trạng"
                " nguyên Tiếng Việt cấp tỉnh năm học 2026 - 2027.",
                "lead",
            ),
            P(
                "Hội thi do Sở Giáo dục và Đào tạo tổ chức ngày 21/11/2026\xa0theo hình thức thi trực"
                " tiếp trên hệ thống Trạng nguyên Tiếng Việt. Các thí sinh trải qua ba vòng thi với"
                " các dạng bài về từ ngữ, ngữ pháp, chính tả và cảm thụ văn học."
            ),
            Img(
                _media("trang-nguyen-doi-tuyen"),
                "Đội tuyển Trạng nguyên Tiếng Việt của nhà trường cùng cô giáo hướng dẫn",
                "Đội tuyển Trạng nguyên Tiếng Việt của nhà trường cùng cô giáo hướng dẫn",
                "fig",
            ),
            P(
                "Em Võ Ngọc Bảo Châu (lớp 5B) giành giải Nhất với số điểm gần tuyệt đối. Chia sẻ sau"
                " hội thi, Bảo Châu cho biết em luyện tập đều đặn mỗi ngày và đọc thêm nhiều truyện"
                " thiếu nhi để mở rộng vốn từ."
            ),
            P(
                "Kết quả này là sự ghi nhận cho quá trình bồi dưỡng học sinh năng khiếu bền bỉ của"
                " tổ chuyên môn khối 5 trong nhiều năm qua."
            ),
            Raw("sign:Bài: Lê Minh Đức - Ảnh: Trần Gia Huy"),
        ],
        authors=["Lê Minh Đức"],
        photographers=["Trần Gia Huy"],
        opts={
            "at": "2026-11-23 06:40",
            "writer": "leminhduc",
            "tags": ["hoc-sinh-gioi"],
            "editor": "ricos",
            "likes": 9,
        },
    ),
    Story(
        id=3,
        slug="cùng-con-xây-dựng-thói-quen-đọc-sách-mỗi-ngày",
        title="Cùng con xây dựng thói quen đọc sách mỗi ngày",
        cat="goc-phu-huynh",
        published_at="2026-11-16",
        blocks=[
            Raw("nameline:Cô Nguyễn Thị Hạnh - GVCN lớp 3A"),
            P(
                "Ở lứa tuổi tiểu học, thói quen đọc sách không tự nhiên mà có. Nó được hình thành từ"
                " những phút giây cha mẹ cùng con ngồi bên trang sách, từ một góc đọc nhỏ trong nhà và"
                " từ sự kiên nhẫn của người lớn."
            ),
            P(
                "Qua nhiều năm làm chủ nhiệm, tôi xin chia sẻ với quý phụ huynh một vài cách đơn giản"
                " để đồng hành cùng con:"
            ),
            P(
                "Dành 15 - 20 phút mỗi tối để cả nhà cùng đọc, tắt ti vi và đặt điện thoại ra xa.",
                "ol",
            ),
            P(
                "Để con tự chọn sách theo sở thích, cha mẹ chỉ gợi ý những cuốn phù hợp với lứa tuổi.",
                "ol",
            ),
            P(
                "Trò chuyện với con về nhân vật, chi tiết con thích sau mỗi lần đọc thay vì hỏi như"
                " kiểm tra bài.",
                "ol",
            ),
            P(
                "Cho con đến thư viện trường, thư viện tỉnh vào cuối tuần và khen ngợi mỗi khi con"
                " đọc xong một cuốn sách.",
                "ol",
            ),
            Img(_media("goc-doc-sach-lop-3a"), None, None, "none"),
            P(
                "Đọc sách cùng con không cần nhiều thời gian, chỉ cần đều đặn và thật lòng. Mong rằng"
                " mỗi gia đình sẽ là một “thư viện nhỏ” để các con lớn lên cùng những trang sách đẹp."
            ),
        ],
        authors=["Nguyễn Thị Hạnh"],
        opts={
            "at": "2026-11-16 20:05",
            "writer": "phamthutrang",
            "slug_vi": True,
            "tags": ["phu-huynh"],
            "editor": "ricos",
            "likes": 21,
        },
    ),
    Story(
        id=4,
        slug="ngày-hội-văn-hóa-các-dân-tộc-học-sinh-trải-nghiệm-làm-bánh-truyền-thống",
        title="Ngày hội văn hóa các dân tộc: học sinh trải nghiệm làm bánh truyền thống",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-11-12",
        blocks=[
            P(
                "Chiều 10/11/2026, Liên đội Trường Tiểu học Ngôi Sao Việt tổ chức Ngày hội văn hóa các"
                " dân tộc với chủ đề “Sắc màu Tây Nguyên” dành cho học sinh toàn trường."
            ),
            P(
                "Tại các gian trải nghiệm, các em được nghệ nhân hướng dẫn làm bánh sừng trâu, bánh"
                " ống của đồng bào Ê Đê, cùng cha mẹ gói bánh chưng, bánh tét và tìm hiểu ý nghĩa của"
                " từng loại bánh trong đời sống văn hóa các dân tộc."
            ),
            Img(_media("sac-mau-tay-nguyen-01", 360, 240), None, None, "gallery"),
            Img(_media("sac-mau-tay-nguyen-02", 360, 240), None, None, "gallery"),
            Img(_media("sac-mau-tay-nguyen-03", 360, 240), None, None, "gallery"),
            Img(_media("sac-mau-tay-nguyen-04", 360, 240), None, None, "gallery"),
            P(
                "Ngày hội còn có phần trình diễn cồng chiêng, múa xoang của đội văn nghệ nhà trường"
                " và các trò chơi dân gian như nhảy sạp, kéo co, ném còn thu hút đông đảo học sinh"
                " tham gia."
            ),
            P(
                "Hoạt động giúp các em thêm hiểu, thêm yêu và tự hào về bản sắc văn hóa các dân tộc"
                " trên quê hương Đắk Lắk."
            ),
        ],
        authors=["Lê Minh Đức"],
        opts={
            "at": "2026-11-12 16:30",
            "writer": "leminhduc",
            "slug_vi": True,
            "cats": ["tin-tuc"],
            "tags": ["trai-nghiem"],
            "editor": "ricos",
            "hashtags": ["SacMauTayNguyen"],
            "likes": 17,
        },
    ),
    Story(
        id=5,
        slug="thong-bao-hop-phu-huynh-hoc-sinh-giua-hoc-ki-i-nam-hoc-2026-2027",
        title="Thông báo họp phụ huynh học sinh giữa học kì I năm học 2026 - 2027",
        cat="goc-phu-huynh",
        published_at="2026-11-05",
        blocks=[
            P(
                "Nhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp phụ huynh học sinh giữa"
                " học kì I năm học 2026 - 2027."
            ),
            P("Thời gian: 7 giờ 30, Chủ nhật ngày 15/11/2026."),
            P("Địa điểm: tại phòng học của các lớp."),
            P("Nội dung buổi họp:"),
            P(
                "Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kì I của học sinh;",
                "ul",
            ),
            P("Trao đổi về các hoạt động ngoại khóa, bán trú trong học kì I;", "ul"),
            P("Lắng nghe ý kiến đóng góp của phụ huynh đối với nhà trường.", "ul"),
            P(
                "Rất mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ và đúng giờ. Mọi thắc mắc"
                f" xin liên hệ văn phòng nhà trường qua số hotline {HOTLINE}."
            ),
        ],
        opts={
            "at": "2026-11-05 14:20",
            "writer": "admin",
            "tags": ["phu-huynh"],
            "editor": "ricos",
            "likes": 4,
        },
    ),
    Story(
        id=6,
        slug="truong-tieu-hoc-ngoi-sao-viet-dat-kiem-dinh-chat-luong-giao-duc-cap-do-2",
        title="Trường Tiểu học Ngôi Sao Việt đạt kiểm định chất lượng giáo dục cấp độ 2",
        cat="tin-tuc",
        published_at="2026-11-09",
        blocks=[
            P(
                "Ngày 6/11/2026, Sở Giáo dục và Đào tạo tỉnh Đắk Lắk trao quyết định công nhận Trường"
                " Tiểu học Tư thục Ngôi Sao Việt đạt kiểm định chất lượng giáo dục cấp độ 2 và đạt"
                " chuẩn quốc gia mức độ 1."
            ),
            Img(
                _media("kiem-dinh-doan-danh-gia-ngoai"),
                "Đoàn đánh giá ngoài làm việc với Ban Giám hiệu nhà trường",
                "Đoàn đánh giá ngoài làm việc với Ban Giám hiệu nhà trường",
                "para",
            ),
            P(
                "Trước đó, đoàn đánh giá ngoài của Sở đã khảo sát chính thức tại trường từ ngày 14 đến"
                " 16/10/2026. Đoàn đánh giá cao cơ sở vật chất hiện đại, đội ngũ giáo viên đạt chuẩn"
                " và trên chuẩn, cùng chương trình tăng cường tiếng Anh, kỹ năng sống được nhà trường"
                " triển khai hiệu quả."
            ),
            P(
                "Là một trong những trường tiểu học tư thục đầu tiên của tỉnh đạt kiểm định cấp độ 2,"
                " nhà trường tiếp tục đặt mục tiêu xây dựng môi trường học tập hạnh phúc, lấy học sinh"
                " làm trung tâm."
            ),
            Raw("source:Nguồn: Báo Đắk Lắk"),
        ],
        source="Báo Đắk Lắk",
        opts={
            "at": "2026-11-09 09:00",
            "writer": "admin",
            "tags": [],
            "editor": "ricos",
            "likes": 32,
        },
    ),
    Story(
        id=7,
        slug="hoc-sinh-khoi-4-tham-quan-trai-nghiem-tai-bao-tang-dak-lak",
        title="Học sinh khối 4 tham quan, trải nghiệm tại Bảo tàng Đắk Lắk",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-10-30",
        blocks=[
            P(
                "Trong hai ngày 27 và 28/10/2026, hơn 160 học sinh khối 4 đã có chuyến tham quan, học"
                " tập trải nghiệm tại Bảo tàng Đắk Lắk theo kế hoạch giáo dục môn Lịch sử và Địa lí."
            ),
            Img(
                _media("bao-tang-nha-dai"),
                "Các em lắng nghe hướng dẫn viên giới thiệu về nhà dài truyền thống của người Ê Đê",
                "Các em lắng nghe hướng dẫn viên giới thiệu về nhà dài truyền thống của người Ê Đê",
                "fig",
            ),
            P(
                "Tại đây, các em được tìm hiểu về lịch sử hình thành vùng đất Tây Nguyên, chiêm ngưỡng"
                " bộ sưu tập cồng chiêng, ché rượu cần, trang phục truyền thống và những hiện vật gắn"
                " với các cuộc kháng chiến của quân và dân Đắk Lắk."
            ),
            P(
                "Sau buổi tham quan, mỗi nhóm học sinh hoàn thành phiếu học tập và vẽ lại hiện vật"
                " mình ấn tượng nhất để trưng bày tại góc học tập của lớp."
            ),
            Img(
                _media("bao-tang-phieu-hoc-tap"),
                "Học sinh lớp 4C hoàn thành phiếu học tập theo nhóm",
                "Học sinh lớp 4C hoàn thành phiếu học tập theo nhóm",
                "fig",
            ),
            Raw("sign:Tin: Phạm Thu Trang - Ảnh: Trần Gia Huy"),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Trần Gia Huy"],
        opts={
            "at": "2026-10-30 15:45",
            "writer": "phamthutrang",
            "tags": ["trai-nghiem"],
            "editor": "ricos",
            "likes": 11,
        },
    ),
    Story(
        id=8,
        slug="ron-rang-le-khai-giang-nam-hoc-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng 5/9/2026, trong không khí tưng bừng của ngày hội toàn dân đưa trẻ đến trường,"
                " thầy và trò Trường Tiểu học Tư thục Ngôi Sao Việt long trọng tổ chức Lễ khai giảng"
                " năm học 2026 - 2027."
            ),
            P(
                "Năm học này, nhà trường chào đón 180 học sinh lớp 1 vào 6 lớp học, nâng tổng số học"
                " sinh toàn trường lên 672 em."
            ),
            Img(
                _media("khai-giang-2026-cong-chao"),
                "Các em học sinh lớp 1 bước qua cổng chào “Ngôi sao hy vọng”",
                "Các em học sinh lớp 1 bước qua cổng chào “Ngôi sao hy vọng”",
                "fig",
            ),
            P(
                "Tiếp nối những kết quả đã đạt được trong năm học 2024 - 2025, năm học mới nhà trường"
                " tập trung đổi mới phương pháp dạy học, tăng cường giáo dục STEM và kỹ năng sống cho"
                " học sinh.",
                "link:những kết quả đã đạt được trong năm học 2024 - 2025",
            ),
            P(
                "Thầy Chủ tịch Hội đồng quản trị Nguyễn Hoàng Long đánh trống khai trường, chính thức"
                " mở đầu năm học mới."
            ),
            Img(_media("khai-giang-2026-danh-trong"), None, None, "none"),
        ],
        authors=["Phạm Thu Trang"],
        opts={
            "at": "2026-09-05 11:30",
            "updated": "2026-09-07",
            "writer": "phamthutrang",
            "tags": [],
            "editor": "ricos",
            "link": "/single-post/2025/05/28/tong-ket-nam-hoc-2024-2025",
            "likes": 40,
        },
    ),
    Story(
        id=9,
        slug="clb-robotics-hoc-sinh-lop-5-tu-lap-trinh-robot-do-duong",
        title="CLB Robotics: học sinh lớp 5 tự lập trình robot dò đường",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-10-08",
        blocks=[
            P(
                "Câu lạc bộ Robotics của nhà trường sinh hoạt vào chiều thứ Năm hằng tuần, thu hút hơn"
                " 40 học sinh khối 4 và khối 5 tham gia."
            ),
            P(
                "Trong buổi sinh hoạt tuần này, các em được thầy Đỗ Quang Vinh hướng dẫn lắp ráp cảm"
                " biến dò line và viết chương trình bằng ngôn ngữ lập trình kéo thả để robot tự đi"
                " theo vạch kẻ trên sa bàn."
            ),
            Img(
                _media("robotics-do-duong-5a"),
                "Nhóm học sinh lớp 5A thử nghiệm robot dò đường trên sa bàn",
                "Nhóm học sinh lớp 5A thử nghiệm robot dò đường trên sa bàn",
                "fig",
            ),
            P(
                "Nhiều nhóm đã sáng tạo thêm tính năng dừng lại khi gặp vật cản, bật đèn báo khi rẽ."
                " Những sản phẩm tốt nhất sẽ được chọn tham gia Ngày hội STEM cấp tỉnh vào tháng 12"
                " tới."
            ),
            Img(_media("robotics-san-pham"), None, None, "none"),
            Raw("sign:Lê Minh Đức"),
        ],
        authors=["Lê Minh Đức"],
        opts={
            "at": "2026-10-08 17:10",
            "writer": "leminhduc",
            "tags": ["stem", "trai-nghiem"],
            "editor": "ricos",
            "likes": 8,
        },
    ),
    Story(
        id=10,
        slug="hội-thi-giáo-viên-dạy-giỏi-cấp-trường-năm-học-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-10-20",
        summary=(
            "Từ ngày 12 đến 16/10/2026, Trường Tiểu học Ngôi Sao Việt tổ chức Hội thi giáo viên dạy"
            " giỏi cấp trường với sự tham gia của 24 thầy cô giáo."
        ),
        blocks=[
            P(
                "Từ ngày 12 đến 16/10/2026, Trường Tiểu học Ngôi Sao Việt tổ chức Hội thi giáo viên dạy"
                " giỏi cấp trường với sự tham gia của 24 thầy cô giáo.",
                "lead",
            ),
            P("Những tiết dạy giàu sáng tạo", "h2"),
            P(
                "Mỗi giáo viên dự thi thực hiện một tiết dạy theo Chương trình giáo dục phổ thông 2018"
                " và trình bày biện pháp nâng cao chất lượng dạy học. Nhiều tiết dạy ứng dụng hiệu quả"
                " công nghệ thông tin, trò chơi học tập và hoạt động nhóm, tạo hứng thú cho học sinh."
            ),
            Img(
                _media("gvdg-tieng-viet-lop-2"),
                "Cô Lê Thị Ngọc Ánh trong tiết dạy môn Tiếng Việt lớp 2",
                "Cô Lê Thị Ngọc Ánh trong tiết dạy môn Tiếng Việt lớp 2",
                "fig",
            ),
            P("Kết quả hội thi", "h2"),
            P(
                "Ban giám khảo công nhận 18 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường,"
                " trong đó 6 thầy cô được chọn tham gia hội thi cấp tỉnh."
            ),
        ],
        authors=["Phạm Thu Trang"],
        opts={
            "at": "2026-10-20 08:15",
            "writer": "phamthutrang",
            "slug_vi": True,
            "tags": [],
            "editor": "ricos",
            "likes": 12,
        },
    ),
    Story(
        id=11,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-10-02",
        blocks=[
            P(
                "Hưởng ứng Tháng hành động vì môi trường, Liên đội Trường Tiểu học Ngôi Sao Việt phát"
                " động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa trong toàn trường từ"
                " ngày 1 đến 31/10/2026."
            ),
            P(
                "Mỗi chi đội đăng ký chỉ tiêu thu gom, phân loại giấy vụn, sách báo cũ tại góc tái chế"
                " của lớp. Số tiền thu được sẽ dùng để mua quà tặng các bạn học sinh có hoàn cảnh khó"
                " khăn tại xã Ea Kao."
            ),
            Img(
                _media("ke-hoach-nho-chi-doi-5c"),
                "Các em đội viên chi đội 5C mang giấy vụn đến điểm tập kết",
                "Các em đội viên chi đội 5C mang giấy vụn đến điểm tập kết",
                "fig",
            ),
            P(
                "Ngay trong tuần đầu phát động, các chi đội đã thu gom được hơn 450 kg giấy vụn và"
                " 1.200 vỏ chai nhựa."
            ),
            Raw("sign:Nguyễn Văn Tâm (Tổng phụ trách Đội)"),
        ],
        authors=["Nguyễn Văn Tâm"],
        opts={
            "at": "2026-10-02 10:00",
            "writer": "admin",
            "tags": [],
            "editor": "ricos",
            "likes": 6,
        },
    ),
    Story(
        id=12,
        slug="tong-ket-nam-hoc-2024-2025",
        title="Tổng kết năm học 2024 - 2025 và tri ân học sinh lớp 5",
        cat="tin-tuc",
        published_at="2025-05-28",
        blocks=[
            P(
                "Chiều 27/5/2025, Trường Tiểu học Tư thục Ngôi Sao Việt tổ chức Lễ tổng kết năm học"
                " 2024 - 2025 và tri ân, trưởng thành cho 118 học sinh lớp 5."
            ),
            P(
                "Năm học 2024 - 2025, 100% học sinh hoàn thành chương trình lớp học, 96% học sinh được"
                " khen thưởng. Nhà trường có 14 học sinh đạt giải cấp tỉnh trong các hội thi Trạng"
                " nguyên Tiếng Việt, Olympic Tiếng Anh và Toán tư duy."
            ),
            Img(
                _media("tong-ket-2025-tri-an", 740, 555),
                "Học sinh lớp 5 trong nghi thức tri ân thầy cô và cha mẹ",
                "Học sinh lớp 5 trong nghi thức tri ân thầy cô và cha mẹ",
                "span",
            ),
            P(
                "Trong khoảnh khắc chia tay mái trường, nhiều em học sinh lớp 5 không giấu được xúc"
                " động khi gửi lời cảm ơn đến các thầy cô đã dìu dắt mình suốt 5 năm học."
            ),
            Img(_media("tong-ket-2025-khen-thuong", 740, 555), None, None, "none"),
        ],
        opts={
            "at": "2025-05-28 08:05",
            "writer": "admin",
            "tags": [],
            "editor": "draft",
            "likes": 25,
        },
    ),
]

_BY_SLUG: dict[str, Story] = {unicodedata.normalize("NFC", s.slug): s for s in STORIES}


def post_path(story: Story) -> str:
    """The post's address as Wix prints it: percent-encoded UTF-8 with upper-case hex."""
    return "/post/" + quote(story.slug, safe="-")


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat or cat in s.opts.get("cats", ())]
    return sorted(items, key=_local, reverse=True)


def by_tag(tag: str) -> list[Story]:
    return [s for s in newest() if tag in s.opts["tags"]]


def by_hashtag(tag: str) -> list[Story]:
    return [s for s in newest() if tag in (h.lower() for h in s.opts.get("hashtags", ()))]


def by_member(slug: str) -> list[Story]:
    return [s for s in newest() if s.opts["writer"] == slug]


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def related(story: Story) -> list[Story]:
    return [s for s in newest(story.cat) if s.id != story.id][:3]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [gold_record(s, post_path(s), CATS[s.cat]) for s in STORIES]

GALLERY: list[tuple[str, str, str]] = [
    ("khuon-vien-1", "Khuôn viên trường", "Sân trường rợp bóng cây xanh"),
    ("thu-vien-2", "Thư viện", "Thư viện thân thiện với hơn 8.000 đầu sách"),
    ("phong-stem-3", "Phòng STEM", "Phòng học STEM và Robotics"),
    ("ho-boi-4", "Hồ bơi", "Hồ bơi trong nhà dành cho học sinh"),
    ("ban-tru-5", "Bán trú", "Khu bán trú và nhà ăn"),
    ("le-hoi-6", "Lễ hội", "Lễ hội Trung thu 2026"),
    ("the-thao-7", "Thể thao", "Hội khỏe Phù Đổng cấp trường"),
    ("tot-nghiep-8", "Tri ân lớp 5", "Lễ tri ân học sinh lớp 5 năm 2025"),
]


def pgid(key: str) -> str:
    """A Pro Gallery deep-link id: a base-36 stamp and the item's UUID."""
    h = hashlib.md5(key.encode()).hexdigest()
    return f"kx{h[:6]}-{h[:8]}-{h[8:12]}-4{h[13:16]}-9{h[17:20]}-{h[20:32]}"


DOCS: list[tuple[str, str, str]] = [
    ("ke-hoach-nam-hoc-2026-2027", "Kế hoạch giáo dục năm học 2026 - 2027", "412 KB"),
    ("quy-che-tuyen-sinh-lop-1-2027", "Quy chế tuyển sinh lớp 1 năm học 2027 - 2028", "236 KB"),
    ("mau-don-xin-nhap-hoc", "Mẫu đơn xin nhập học", "58 KB"),
    ("bieu-phi-2026-2027", "Biểu phí năm học 2026 - 2027", "120 KB"),
    (
        "cong-khai-chat-luong-2025-2026",
        "Công khai chất lượng giáo dục năm học 2025 - 2026",
        "305 KB",
    ),
]


def doc_path(key: str) -> str:
    return f"/_files/ugd/{OWNER}_{hashlib.md5(key.encode()).hexdigest()}.pdf"


NON_ARTICLES: list[str] = [
    "/",
    "/blog",
    *(f"/blog/page/{n}" for n in range(2, _pages(len(STORIES)) + 1)),
    *(f"/blog/categories/{c}" for c in CATS),
    *(f"/blog/categories/{c}/page/{n}" for c in CATS for n in range(2, _pages(len(newest(c))) + 1)),
    *(f"/blog/tags/{t}" for t in TAGS),
    *sorted({f"/blog/hashtags/{h.lower()}" for s in STORIES for h in s.opts.get("hashtags", ())}),
    *(f"/profile/{m}/profile" for m in MEMBERS),
    "/gioi-thieu",
    "/tuyen-sinh",
    "/lien-he",
    "/van-ban-bieu-mau",
    "/thu-vien-anh",
    *(f"/thu-vien-anh?pgid={pgid(k)}" for k, _, _ in GALLERY),
]

#: the address of the 2025 post before Wix moved blogs to /post/<slug>
OLD_ADDRESS = "/single-post/2025/05/28/tong-ket-nam-hoc-2024-2025"


# --------------------------------------------------------------------------- dates as Wix prints


def _thg(d: date, year: bool) -> str:
    return f"{d.day} thg {d.month}" + (f", {d.year}" if year else "")


def full_date(story: Story) -> str:
    """The ``title`` of the ``time-ago`` span: "16 thg 11, 2026"."""
    return _thg(_local(story).date(), True)


def shown_date(story: Story) -> str:
    """What ``time-ago`` shows: relative within a week, else the day (with the year if not this)."""
    d = _local(story).date()
    days = (TODAY_DATE - d).days
    if 0 < days < 7:
        return f"{days} ngày trước"
    return _thg(d, d.year != TODAY_DATE.year)


def _iso_utc(dt: datetime, ms: int) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"


def published_utc(story: Story) -> str:
    return _iso_utc(_local(story) + timedelta(seconds=12), (story.id * 137) % 1000)


def modified_utc(story: Story) -> str:
    if "updated" in story.opts:
        upd = datetime.strptime(story.opts["updated"] + " 09:31", "%Y-%m-%d %H:%M").replace(
            tzinfo=_LOCAL
        )
        return _iso_utc(upd, 204)
    return published_utc(story)


def _read_time(story: Story) -> int:
    words = sum(len(p.split()) for p in story.paragraphs)
    return max(1, round(words / 200))


def views(story: Story) -> int:
    return 48 + (story.id * 53) % 400


def excerpt(story: Story) -> str:
    """Wix's auto-excerpt: the post's first text (name line included), cut near 140 characters."""
    first = []
    for b in story.blocks:
        if isinstance(b, Raw) and b.html.startswith("nameline:"):
            first.append(b.html.split(":", 1)[1])
        elif isinstance(b, P):
            first.append(b.text.replace("\xa0", " "))
    joined = " ".join(first)
    return joined if len(joined) <= 140 else joined[:140].rsplit(" ", 1)[0] + "..."


# --------------------------------------------------------------------------- rich content (Ricos)


def _vid(story: Story, i: int) -> str:
    return "viewer-" + hashlib.md5(f"{story.id}/{i}".encode()).hexdigest()[:5]


def _t(value: str) -> str:
    return esc(value).replace("\xa0", "&nbsp;")


_RICOS = {
    "p": "MMl86 _1j-51 _3ko8j GDBHr",
    "span": "_3Rhx7",
    "spacer": "MMl86 _1j-51 _3ko8j GDBHr _2HKOq",
    "right": "MMl86 _1j-51 _3ko8j GDBHr _3ZOYm",
    "center": "MMl86 _1j-51 _3ko8j GDBHr _2zl8M",
    "h2": "_1xCpl _2Ds6j _3ko8j",
    "ol": "_2lkC4 _1MyKN",
    "ul": "_2lkC4 _3EGTq",
    "li": "_3lUIv _3ko8j",
    "quote": "_3dUgc _1m8yK _3ko8j",
    "figure": "_3CWa- _1RXzF _3mymk",
    "caption": "_1I4SF _2Ns-P",
    "link": "_2qJYG _1Cs3l",
}
_DRAFT = {
    "p": "XzvDs _208Ie public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr",
    "span": "_2PHJq public-DraftStyleDefault-ltr",
    "spacer": "XzvDs _208Ie public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr",
    "right": "XzvDs _208Ie _3pGRd public-DraftStyleDefault-block-depth0 fixed-tab-size",
    "center": "XzvDs _208Ie _1fNkv public-DraftStyleDefault-block-depth0 fixed-tab-size",
    "figure": "_1IU3U _3bDyg _2Lu98",
    "caption": "_1JgOh",
    "link": "_2qJYG",
}


def _para(story: Story, i: int, cls: str, inner: str) -> str:
    return f'<p class="{cls}" dir="auto" id="{_vid(story, i)}">{inner}</p>'


def _spacer(story: Story, i: int, c: dict) -> str:
    return _para(
        story,
        900 + i,
        c["spacer"],
        "<br>" if story.id % 2 else f'<span class="{c["span"]}">&nbsp;</span>',
    )


def _image(story: Story, img: Img, i: int, c: dict) -> str:
    w, h = (int(x) for x in re.search(r"/fill/w_(\d+),h_(\d+),", img.src).groups())
    uri = img.src.rsplit("/", 1)[1]
    srcset = f"{esc(img.src)} 1x, {esc(_resize(img.src, w * 2, h * 2))} 2x"
    info = esc(
        json.dumps(
            {
                "containerId": _vid(story, i),
                "displayMode": "fill",
                "imageData": {
                    "width": w * 2,
                    "height": h * 2,
                    "uri": uri,
                    "name": "",
                    "displayMode": "fill",
                },
            },
            separators=(",", ":"),
        )
    )
    picture = (
        f'<div data-hook="image-viewer" class="_1-6YJ _3pD6T" role="button" tabindex="0" aria-label="Mở ảnh">'
        f'<wow-image class="_2dcIA" data-image-info="{info}" data-has-ssr-src="true">'
        f'<img src="{esc(img.src)}" srcset="{srcset}" alt="" style="width:{w}px;height:{h}px;object-fit:cover;object-position:50% 50%" fetchpriority="auto" loading="lazy">'
        f"</wow-image></div>"
    )
    caption = ""
    if img.printed and img.style == "fig":
        caption = f'<figcaption class="{c["caption"]}" dir="auto">{_t(img.printed)}</figcaption>'
    elif img.printed and img.style == "span":
        caption = (
            f'<span dir="auto" class="{c["caption"]}" data-hook="caption">{_t(img.printed)}</span>'
        )
    out = f'<figure class="{c["figure"]}" id="{_vid(story, i)}" data-hook="figure-IMAGE">{picture}{caption}</figure>'
    if img.printed and img.style == "para":
        out += _para(
            story,
            500 + i,
            c["center"],
            f'<span class="{c["span"]}" style="font-style:italic">{_t(img.printed)}</span>',
        )
    return out


def _gallery(story: Story, imgs: list[Img], i: int) -> str:
    items = "".join(
        f'<div class="gallery-item-container item-container-regular" data-hook="item-container" data-idx="{n}" '
        f'data-id="{pgid(img.src)[15:]}" style="width:360px;height:240px">'
        f'<div class="gallery-item-wrapper" data-hook="item-wrapper"><wow-image class="_2dcIA">'
        f'<img src="{esc(img.src)}" alt="" class="gallery-item-visible gallery-item" data-hook="gallery-item-image-img" loading="lazy">'
        f"</wow-image></div></div>"
        for n, img in enumerate(imgs)
    )
    return (
        f'<div class="_3CWa- _1RXzF" id="{_vid(story, i)}" data-hook="figure-GALLERY"><div data-hook="gallery-viewer">'
        f'<div id="pro-gallery-{_vid(story, i)[7:]}" class="pro-gallery inline-styles ltr" data-hook="gallery-column">'
        f"{items}</div></div></div>"
    )


def rich_content(story: Story) -> str:
    """The Ricos viewer's markup of the post, spacers and all."""
    draft = story.opts["editor"] == "draft"
    c = _DRAFT if draft else _RICOS
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("ol", "ul"):
            kind = b.style
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == kind:
                items.append(
                    f'<li class="{_RICOS["li"]}" dir="auto"><p class="{c["p"]}" dir="auto" id="{_vid(story, i)}">'
                    f'<span class="{c["span"]}">{_t(blocks[i].text)}</span></p></li>'
                )
                i += 1
            out.append(f'<{kind} class="{_RICOS[kind]}">{"".join(items)}</{kind}>')
            continue
        if isinstance(b, Img) and b.style == "gallery":
            imgs = []
            start = i
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                imgs.append(blocks[i])
                i += 1
            out.append(_gallery(story, imgs, start))
            out.append(_spacer(story, start, c))
            continue
        if isinstance(b, P):
            if b.style == "lead":
                inner = f'<span class="{c["span"]}" style="font-weight:700">{_t(b.text)}</span>'
                out.append(_para(story, i, c["p"], inner))
            elif b.style == "h2":
                out.append(
                    f'<h2 class="{_RICOS["h2"]}" dir="auto" id="{_vid(story, i)}"><span class="{c["span"]}">'
                    f'<span style="font-weight:700">{_t(b.text)}</span></span></h2>'
                )
            elif b.style == "quote":
                out.append(
                    f'<blockquote class="{_RICOS["quote"]}" dir="auto" id="{_vid(story, i)}">'
                    f'<span class="{c["span"]}">{_t(b.text)}</span></blockquote>'
                )
            elif b.style.startswith("link:"):
                phrase = b.style[5:]
                before, after = b.text.split(phrase, 1)
                href = "{BASE}" + story.opts["link"]
                inner = (
                    f'<span class="{c["span"]}">{_t(before)}</span><a href="{href}" target="_top" rel="noopener" class="{c["link"]}">'
                    f'<span class="{c["span"]}" style="text-decoration:underline">{_t(phrase)}</span></a>'
                    f'<span class="{c["span"]}">{_t(after)}</span>'
                )
                out.append(_para(story, i, c["p"], inner))
            else:
                out.append(
                    _para(
                        story,
                        i,
                        c["p"],
                        f'<span class="{c["span"]}" style="color:#1F1F1F">{_t(b.text)}</span>',
                    )
                )
                if story.id % 3 == 0 and i % 2 == 0:
                    out.append(_spacer(story, i, c))
        elif isinstance(b, Img):
            out.append(_spacer(story, 300 + i, c))
            out.append(_image(story, b, i, c))
            out.append(_spacer(story, 600 + i, c))
        else:
            kind, value = b.html.split(":", 1)
            if kind == "nameline":
                out.append(
                    _para(
                        story,
                        i,
                        c["p"],
                        f'<span class="{c["span"]}" style="font-weight:700"><span style="font-style:italic">{_t(value)}</span></span>',
                    )
                )
                out.append(_spacer(story, i, c))
            elif kind == "sign":
                out.append(_spacer(story, i, c))
                out.append(
                    _para(
                        story,
                        i,
                        c["right"],
                        f'<span class="{c["span"]}" style="font-weight:700">{_t(value)}</span>',
                    )
                )
            elif kind == "source":
                out.append(_spacer(story, i, c))
                out.append(
                    _para(
                        story,
                        i,
                        c["right"],
                        f'<span class="{c["span"]}" style="font-style:italic">{_t(value)}</span>',
                    )
                )
        i += 1
    if story.opts.get("hashtags"):
        links = " ".join(
            f'<a href="{{BASE}}/blog/hashtags/{h.lower()}" class="{c["link"]}" target="_top">#{h}</a>'
            for h in story.opts["hashtags"]
        )
        out.append(_spacer(story, 990, c))
        out.append(_para(story, 991, c["p"], f'<span class="{c["span"]}">{links}</span>'))
    wrapper = "_2PHJq public-DraftEditor-content" if draft else "ricos-viewer _3ZN_0 _3Ofcs"
    return f'<div class="{wrapper}" data-id="rich-content-viewer" dir="ltr"><div class="_1wN4g kvdbP" dir="ltr">{"".join(out)}</div></div>'


# --------------------------------------------------------------------------- the master page


_CURRENT = ' aria-current="page"'
_NO_COMMENTS = '<p data-hook="empty-state">Hãy là người đầu tiên bình luận.</p>'

_MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/blog", "Tin tức"),
    ("/tuyen-sinh", "Tuyển sinh"),
    ("/thu-vien-anh", "Thư viện ảnh"),
    ("/van-ban-bieu-mau", "Văn bản - Biểu mẫu"),
    ("/lien-he", "Liên hệ"),
]


def _head(b: str, title: str, extra: str = "", feed: bool = False) -> str:
    alt = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} - RSS" href="{b}/blog-feed.xml">'
        if feed
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="{WIX}/{OWNER}_favicon~mv2.png/v1/fill/w_192,h_192,lg_1,usm_0.66_1.00_0.01/{OWNER}_favicon~mv2.png" type="image/png"/>
  <link rel="shortcut icon" href="{WIX}/{OWNER}_favicon~mv2.png/v1/fill/w_32,h_32,lg_1,usm_0.66_1.00_0.01/{OWNER}_favicon~mv2.png" type="image/png"/>
  <script>window.fedops = window.fedops || {{}}; window.fedops.phaseMark = function(){{}};</script>
  <link rel="preconnect" href="https://static.parastorage.com" crossorigin>
  <link rel="stylesheet" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7a1b3c.min.css">
  <title>{esc(title)}</title>
  {extra}
  {alt}
  <meta name="format-detection" content="telephone=no">
  <meta name="skype_toolbar" content="skype_toolbar_parser_compatible">
</head>"""


def _consent() -> str:
    return """<div id="consent-banner-root"><div class="consent-banner-root _1oyJW" data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner">
<div class="_2bqN7"><p class="_3dL1k" data-hook="ccsu-banner-title">Trang web này sử dụng cookie.</p>
<p class="_1Wm1C" data-hook="ccsu-banner-text">Chúng tôi sử dụng cookie để ghi nhận tương tác của bạn với trang web. Khi chấp nhận, bạn đồng ý với việc chúng tôi sử dụng các cookie này. <a href="https://www.wix.com/about/privacy" data-hook="ccsu-banner-policy-link" target="_blank" rel="noopener">Chính sách quyền riêng tư</a></p></div>
<div class="_3Tl7S"><button type="button" data-hook="consent-banner-settings-button" class="_1c1XQ">Cài đặt</button><button type="button" data-hook="consent-banner-decline-button" class="_1c1XQ">Từ chối</button><button type="button" data-hook="consent-banner-apply-button" class="_2e9aY">Chấp nhận</button></div></div></div>"""


def _header(b: str, active: str) -> str:
    items = "".join(
        f'<li class="wixui-horizontal-menu__item _1ZsVq{" _2Hdpj" if href == active else ""}" data-testid="menuItem" data-item-depth="0">'
        f'<a data-testid="linkElement" href="{b}{href}" class="_3JRcT wixui-horizontal-menu__item-label"'
        f'{_CURRENT if href == active else ""}><div class="_25pr8"><p class="_3xbBA">{esc(label)}</p></div></a>'
        + (
            '<ul class="_1rMJ- wixui-horizontal-menu__submenu" data-testid="submenu">'
            + "".join(
                f'<li data-item-depth="1"><a href="{b}/blog/categories/{c}" class="_3JRcT"><p class="_3xbBA">{esc(n)}</p></a></li>'
                for c, n in CATS.items()
            )
            + "</ul>"
            if href == "/blog"
            else ""
        )
        + "</li>"
        for href, label in _MENU
    )
    return f"""<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_1wvX8" data-testid="screenWidthContainerBg"></div></div>
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<section id="comp-lq3f8k2a" class="comp-lq3f8k2a wixui-section" data-block-level-container="ClassicSection"><div data-mesh-id="comp-lq3f8k2ainlineContent">
<div id="comp-lq3f8k2b" class="KcpHeO tz5f0K comp-lq3f8k2b wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="font-size:13px"><span class="wixui-rich-text__text">{TODAY}</span></p></div>
<div id="comp-lq3f8k2c" class="KcpHeO tz5f0K comp-lq3f8k2c wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="font-size:13px"><span class="wixui-rich-text__text">Hotline tuyển sinh: {HOTLINE}</span></p></div>
<div id="comp-lq3f8k2d" class="comp-lq3f8k2d wixui-login-bar"><div class="_1TqfR" data-testid="login-bar"><button data-testid="handle-button" class="_3kk0T" aria-label="Đăng nhập"><svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><circle cx="12" cy="8" r="4"/></svg><span class="_1hXdU" data-testid="login-label">Đăng nhập</span></button></div></div>
</div></section>
<section id="comp-lq3f8k3e" class="comp-lq3f8k3e wixui-section"><div data-mesh-id="comp-lq3f8k3einlineContent">
<div id="comp-lq3f8k3f" class="comp-lq3f8k3f wixui-image"><a data-testid="linkElement" href="{b}/" class="j7pOnl"><wow-image id="img_comp-lq3f8k3f" class="HlRz5e BI8PVQ"><img src="{WIX}/{OWNER}_logo~mv2.png/v1/fill/w_96,h_96,al_c,q_85,enc_auto/logo.png" alt="Logo Ngôi Sao Việt" style="width:96px;height:96px;object-fit:cover"/></wow-image></a></div>
<div id="comp-lq3f8k3g" class="KcpHeO tz5f0K comp-lq3f8k3g wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text" style="font-size:26px"><span class="wixui-rich-text__text">TRƯỜNG TIỂU HỌC TƯ THỤC NGÔI SAO VIỆT</span></h1>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Nơi mỗi em là một ngôi sao</span></p></div>
<div id="comp-lq3f8k3h" class="comp-lq3f8k3h wixui-search-bar"><form role="search" action="{b}/search-results" method="get" class="_2Xs5v" data-testid="search-form"><input type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm" autocomplete="off" class="_1_S8c" data-testid="search-input"><button type="submit" class="_1nm8N" aria-label="Tìm kiếm" data-testid="search-button"></button></form></div>
</div></section>
<nav id="comp-lq3f8k4i" aria-label="Trang web" class="comp-lq3f8k4i wixui-horizontal-menu"><ul class="_2KwLo" data-testid="menuItems">{items}</ul></nav>
</div></header>"""


def _recent_strip(b: str) -> str:
    cards = "".join(
        f'<li class="_1F3Ap" data-hook="recent-post-list-item"><a href="{b}{post_path(s)}" class="_1L5Yv" data-hook="post-title">'
        f'<p class="_2Zg5c">{esc(s.title)}</p></a><span class="_2QoV3" data-hook="time-ago" title="{full_date(s)}">{shown_date(s)}</span></li>'
        for s in newest()[:4]
    )
    return (
        '<section id="comp-m1f0recent" class="comp-m1f0recent wixui-section"><div class="KcpHeO tz5f0K wixui-rich-text">'
        '<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">Bài đăng gần đây</span></h2></div>'
        f'<div data-hook="recent-posts-widget" class="_2aPcG"><ul class="_3Jq7T">{cards}</ul>'
        f'<a href="{b}/blog" class="_1Xy5o" data-hook="see-all-link">Xem tất cả</a></div></section>'
    )


def _footer(b: str) -> str:
    return f"""{_recent_strip(b)}
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
<div id="comp-lq3fa001" class="KcpHeO tz5f0K comp-lq3fa001 wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">{esc(SITE.upper())}</span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Địa chỉ: {esc(ADDRESS)}</span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Điện thoại: {PHONE} - Hotline: {HOTLINE}</span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Email: <a href="mailto:{EMAIL}" class="wixui-rich-text__text">{EMAIL}</a></span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Giờ làm việc: Thứ Hai - Thứ Bảy, 7:00 - 17:00</span></p></div>
<div id="comp-lq3fa002" class="comp-lq3fa002 wixui-social-bar"><ul class="_3aeNd" aria-label="Thanh mạng xã hội"><li class="_1Bps9"><a href="https://www.facebook.com/tieuhocngoisaoviet" target="_blank" rel="noreferrer noopener" class="_26AQd"><img src="{WIX}/0fdef751204647a3bbd7eaa2827ed4f9.png/v1/fill/w_24,h_24,lg_1,usm_0.66_1.00_0.01/0fdef751204647a3bbd7eaa2827ed4f9.png" alt="Facebook"></a></li><li class="_1Bps9"><a href="https://www.youtube.com/@tieuhocngoisaoviet" target="_blank" rel="noreferrer noopener" class="_26AQd"><img src="{WIX}/45bce1d726f64f1999c49feae57f6298.png/v1/fill/w_24,h_24,lg_1,usm_0.66_1.00_0.01/45bce1d726f64f1999c49feae57f6298.png" alt="YouTube"></a></li></ul></div>
<div id="comp-lq3fa003" class="comp-lq3fa003 wixui-html-component"><div class="_1ZEZk" data-testid="visitor-counter"><span class="_2dWUS">Lượt truy cập:</span> <strong>215.380</strong> · <span>Hôm nay:</span> <strong>347</strong> · <span>Đang online:</span> <strong>9</strong></div></div>
<div id="comp-lq3fa004" class="KcpHeO tz5f0K comp-lq3fa004 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" style="text-align:center"><span class="wixui-rich-text__text">© 2026 bởi {esc(SITE)}. Tạo bởi <a href="https://www.wix.com" target="_blank" class="wixui-rich-text__text">Wix.com</a></span></p></div>
</div></footer>"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    extra: str = "",
    feed: bool = False,
) -> str:
    b = base_url(request)
    warm = json.dumps(
        {
            "siteAssets": {"siteRevision": 418, "language": "vi"},
            "pageId": hashlib.md5(request.path.encode()).hexdigest()[:5],
        },
        separators=(",", ":"),
    )
    body = (
        _head(b, title, extra, feed)
        + '\n<body>\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>'
        + '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">'
        + _header(b, active)
        + f'\n<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="_1f2jk" id="{hashlib.md5(request.path.encode()).hexdigest()[:5]}"><div class="_3oMC3">{main}</div></div></div></main>\n'
        + _footer(b)
        + '</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></div>\n'
        + _consent()
        + f'\n<script type="application/json" id="wix-warmup-data">{warm}</script>\n'
        + '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/thunderbolt.4f2a.min.js" async></script>\n</body>\n</html>'
    )
    return body.replace("{BASE}", b)


# --------------------------------------------------------------------------- blog pages


def _writer(b: str, story: Story) -> str:
    slug = story.opts["writer"]
    name, _, owner = MEMBERS[slug]
    badge = '<span class="_1ekVs" data-hook="badge">Quản trị viên</span>' if owner else ""
    return (
        f'<div class="_2JzEs" data-hook="avatar"><a href="{b}/profile/{slug}/profile" tabindex="-1"><wow-image class="_3Mv7D">'
        f'<img src="{WIX}/{OWNER}_avatar-{slug}~mv2.jpg/v1/fill/w_32,h_32,al_c,q_80,enc_auto/avatar.jpg" alt="" width="32" height="32"></wow-image></a></div>'
        f'<div class="_1Yi9A"><span class="_3mSCS" data-hook="user-name"><a href="{b}/profile/{slug}/profile" class="_2tLFu">{esc(name)}</a></span>{badge}</div>'
    )


def _meta_line(story: Story) -> str:
    upd = ""
    if "updated" in story.opts:
        d = date.fromisoformat(story.opts["updated"])
        upd = f'<li class="_2LTsM" data-hook="updated-date"><span>Đã cập nhật: {_thg(d, d.year != TODAY_DATE.year)}</span></li>'
    return (
        f'<ul class="_2bbCd" data-hook="post-metadata"><li class="_2LTsM"><span class="post-metadata__date time-ago" data-hook="time-ago" title="{full_date(story)}">{shown_date(story)}</span></li>'
        f'<li class="_2LTsM"><span class="post-metadata__readTime" data-hook="time-to-read">{_read_time(story)} phút đọc</span></li>{upd}</ul>'
    )


def _card(b: str, story: Story, cover: bool = True) -> str:
    img = ""
    if cover and story.images:
        src = _resize(story.images[0].src, 454, 341)
        img = (
            f'<div class="_2xyzd" data-hook="post-list-item__image"><a href="{b}{post_path(story)}" tabindex="-1" aria-label="{esc(story.title)}">'
            f'<wow-image class="_3Mv7D"><img src="{esc(src)}" alt="" loading="lazy"></wow-image></a></div>'
        )
    return (
        f'<article class="_1dp8K blog-post-homepage-description-font" data-hook="post-list-item">{img}'
        f'<div class="_3GNQs"><div class="_1oXre" data-hook="post-header">{_writer(b, story)}{_meta_line(story)}</div>'
        f'<a href="{b}{post_path(story)}" class="_1fBf4"><h2 class="_3u8N6 blog-post-homepage-title-font" data-hook="post-title"><p class="_2Zg5c">{esc(story.title)}</p></h2></a>'
        f'<div class="_1Z3_V" data-hook="post-description"><p class="_2uoSd">{esc(excerpt(story))}</p></div></div>'
        f'<div class="_1ckvb" data-hook="post-footer"><span data-hook="view-count">{views(story)} lượt xem</span>'
        f'<span data-hook="comment-count">{story.opts.get("comments", 0)} bình luận</span>'
        f'<button class="_3FVkT" data-hook="like-button" aria-label="Thích bài đăng"><span data-hook="like-button-with-count__like-count">{story.opts.get("likes", 0)}</span></button></div></article>'
    )


def _category_menu(b: str, active: str | None) -> str:
    items = [(f"{b}/blog", "Tất cả bài viết", active is None)]
    items += [(f"{b}/blog/categories/{c}", n, active == c) for c, n in CATS.items()]
    lis = "".join(
        f'<li class="_2bZyK{" _9kD3u" if on else ""}"><a href="{href}" class="_2gqd6" data-hook="category-menu-item"{_CURRENT if on else ""}>{esc(n)}</a></li>'
        for href, n, on in items
    )
    return (
        f'<nav class="_1Nz3E" data-hook="blog-desktop-header-container"><ul class="_2YM2p" data-hook="category-menu">{lis}</ul>'
        f'<div data-hook="search-input" class="_3eV9s"><form action="{b}/search-results" method="get"><input type="search" name="q" placeholder="Tìm kiếm" aria-label="Tìm kiếm"><input type="hidden" name="type" value="blog"></form></div>'
        '<button data-hook="login-button" class="_3kk0T">Đăng nhập / Đăng ký</button></nav>'
    )


def _pagination(b: str, root: str, page: int, last: int) -> str:
    if last <= 1:
        return ""

    def href(n: int) -> str:
        return f"{b}{root}" + (f"/page/{n}" if n > 1 else "")

    parts = []
    if page > 1:
        parts.append(
            f'<a href="{href(page - 1)}" class="_3KBkA" aria-label="Trang trước" data-hook="pagination__previous">‹</a>'
        )
    for n in range(1, last + 1):
        if n == page:
            parts.append(
                f'<span class="_2f8p0 _1Lq3y" aria-current="page" data-hook="page-{n}">{n}</span>'
            )
        else:
            parts.append(f'<a href="{href(n)}" class="_2f8p0" data-hook="page-{n}">{n}</a>')
    if page < last:
        parts.append(
            f'<a href="{href(page + 1)}" class="_3KBkA" aria-label="Trang kế tiếp" data-hook="pagination__next">›</a>'
        )
    return f'<nav class="_3vGzX" aria-label="Phân trang" data-hook="blog-pagination-container">{"".join(parts)}</nav>'


def _feed_page(
    request: Request,
    root: str,
    heading: str,
    desc: str,
    items: list[Story],
    page: int,
    active_cat: str | None,
) -> str:
    b = base_url(request)
    last = _pages(len(items))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    if chunk:
        grid = (
            f'<div class="_3wvnC" data-hook="post-list">{"".join(_card(b, s) for s in chunk)}</div>'
        )
    else:
        grid = (
            '<div class="_2kS1k" data-hook="empty-states-container"><p class="_1YIsm" data-hook="empty-state-title">Chưa có bài đăng nào</p>'
            f'<p class="_3sN2v">Hãy quay lại sau nhé.</p><a href="{b}/blog" data-hook="empty-state-link">Về trang blog</a></div>'
        )
    head_desc = (
        f'<p class="_2Vz3f" data-hook="category-description">{esc(desc)}</p>' if desc else ""
    )
    main = (
        f'<section id="TPASection_blog" class="_2xfC4" data-hook="blog-feed"><div class="_27XRd" data-hook="feed-page-root">'
        f"{_category_menu(b, active_cat)}"
        f'<div class="_2xJ8G" data-hook="category-header"><h1 class="_1hqmS" data-hook="category-header-title">{esc(heading)}</h1>{head_desc}</div>'
        f"{grid}{_pagination(b, root, page, last)}</div></section>"
    )
    url = f"{b}{root}" + (f"/page/{page}" if page > 1 else "")
    extra = f'<link rel="canonical" href="{url}">\n  <meta property="og:title" content="{esc(heading)}">\n  <meta property="og:url" content="{url}">\n  <meta property="og:site_name" content="{esc(SHORT)}">'
    if page > 1:
        prev = f"{b}{root}" + (f"/page/{page - 1}" if page > 2 else "")
        extra += f'\n  <link rel="prev" href="{prev}">'
    if page < last:
        extra += f'\n  <link rel="next" href="{b}{root}/page/{page + 1}">'
    title = heading if page == 1 else f"{heading} | Trang {page}"
    return _page(request, f"{title} | {SHORT}", main, active="/blog", extra=extra, feed=True)


def _comments(story: Story) -> str:
    n = story.opts.get("comments", 0)
    items = ""
    if n:
        items = (
            '<div data-hook="comment" class="_1Wj9B"><span data-hook="comment-author" class="_2J7BS">Nguyễn Minh Anh</span>'
            '<span data-hook="comment-date" title="20 thg 11, 2026">5 ngày trước</span>'
            '<div data-hook="comment-content"><p>Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và tiếp tục dìu dắt các con!</p></div>'
            '<button data-hook="reply-button">Trả lời</button></div>'
            '<div data-hook="comment" class="_1Wj9B"><span data-hook="comment-author" class="_2J7BS">Phụ huynh bé Gia Bảo 2C</span>'
            '<span data-hook="comment-date" title="21 thg 11, 2026">4 ngày trước</span>'
            '<div data-hook="comment-content"><p>Cảm ơn nhà trường, buổi lễ rất ý nghĩa và cảm động.</p></div>'
            '<button data-hook="reply-button">Trả lời</button></div>'
        )
    return (
        f'<section class="_3aLx1" data-hook="comments-root" aria-label="Bình luận"><h2 class="_2nOvX" data-hook="comments-title">Bình luận ({n})</h2>'
        '<div data-hook="comment-box" class="_1cbbr"><div role="textbox" aria-label="Viết bình luận..." class="_3Lq6N">Viết bình luận...</div></div>'
        f"{items or _NO_COMMENTS}</section>"
    )


def _post_page(story: Story, request: Request) -> str:
    b = base_url(request)
    url = b + post_path(story)
    cat_name = CATS[story.cat]
    crumbs = (
        f'<nav aria-label="Breadcrumbs" class="_1vs3S" data-hook="breadcrumbs"><ol class="_33U6e">'
        f'<li class="_3iJXf"><a href="{b}/blog" class="_2hwHn" data-hook="breadcrumb-item">Tất cả bài viết</a><span aria-hidden="true">›</span></li>'
        f'<li class="_3iJXf"><a href="{b}/blog/categories/{story.cat}" class="_2hwHn" data-hook="breadcrumb-item">{esc(cat_name)}</a><span aria-hidden="true">›</span></li>'
        f'<li class="_3iJXf"><span class="_2hwHn _1Hh4K" aria-current="page">{esc(story.title)}</span></li></ol></nav>'
    )
    tags = "".join(
        f'<li class="_2gf3x"><a href="{b}/blog/tags/{t}" class="_3Ml5P" data-hook="tag">{esc(TAGS[t])}</a></li>'
        for t in story.opts["tags"]
    )
    tag_list = (
        f'<nav class="_1hbhk" aria-label="Thẻ" data-hook="tags"><ul class="_1ckWS">{tags}</ul></nav>'
        if tags
        else ""
    )
    cats = [story.cat, *story.opts.get("cats", ())]
    cat_links = "".join(
        f'<li><a href="{b}/blog/categories/{c}" class="_3Ml5P" data-hook="category-label-list__item">{esc(CATS[c])}</a></li>'
        for c in cats
    )
    share = "".join(
        f'<button class="_2Iqt8" data-hook="share-button__{kind}" aria-label="Chia sẻ qua {label}"><svg width="19" height="19" aria-hidden="true"></svg></button>'
        for kind, label in (
            ("facebook", "Facebook"),
            ("twitter", "X (Twitter)"),
            ("linked-in", "LinkedIn"),
            ("link", "Liên kết"),
        )
    )
    rel = "".join(_card(b, s) for s in related(story))
    main = f"""<section id="TPASection_post" class="_2xfC4"><div class="_3pBo0" data-hook="post-page">
{crumbs}
<article class="_1hN1O blog-post-page-font" data-hook="post">
<div class="_1kP2a"><div class="_1oXre" data-hook="post-header">{_writer(b, story)}{_meta_line(story)}
<button class="_3nZrq" data-hook="more-button" aria-label="Thêm hành động"><svg width="24" height="24"></svg></button></div>
<h1 class="_3u8N6 blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text blog-post-title-font">{esc(story.title)}</span></h1>
<div class="_6SyeS" data-hook="post-description"><div class="_3CWa- _1R1ig">{rich_content(story)}</div></div>
<div class="_3Ku3Q" data-hook="post-footer">
{tag_list}
<ul class="_8ZmfE" data-hook="post-categories-list">{cat_links}</ul>
<div class="_2dx3K" data-hook="post-main-actions"><div class="_1j2Kd" data-hook="share-buttons">{share}</div></div>
<div class="_2DXyr" data-hook="post-stats"><span data-hook="view-count">{views(story)} lượt xem</span><span data-hook="comment-count">{story.opts.get("comments", 0)} bình luận</span>
<button class="_3FVkT" data-hook="like-button" aria-label="Thích bài đăng"><span data-hook="like-button-with-count__like-count">{story.opts.get("likes", 0)}</span><svg width="19" height="19"></svg></button></div>
</div></div></article>
<section class="_1KzMb" data-hook="related-posts" aria-label="Bài viết liên quan"><div class="_2XGBO"><h2 class="_1Cjpp" data-hook="related-posts-title">Bài viết liên quan</h2><a href="{b}/blog/categories/{story.cat}" data-hook="see-all-link">Xem tất cả</a></div>
<div class="_3wvnC" data-hook="related-posts-list">{rel}</div></section>
{_comments(story)}
</div></section>"""
    cover = story.images[0].src if story.images else f"{WIX}/{OWNER}_og-default~mv2.jpg"
    name, _, _ = MEMBERS[story.opts["writer"]]
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": story.title,
        "description": excerpt(story),
        "image": {"@type": "ImageObject", "url": cover, "height": 986, "width": 1480},
        "datePublished": published_utc(story),
        "dateModified": modified_utc(story),
        "author": {
            "@type": "Person",
            "name": name,
            "url": f"{b}/profile/{story.opts['writer']}/profile",
        },
        "publisher": {
            "@type": "Organization",
            "name": SHORT,
            "logo": {"@type": "ImageObject", "url": f"{WIX}/{OWNER}_logo~mv2.png"},
        },
        "url": url,
        "articleSection": cat_name,
    }
    extra = f"""<meta name="description" content="{esc(excerpt(story))}">
  <link rel="canonical" href="{url}">
  <meta property="og:title" content="{esc(story.title)}">
  <meta property="og:description" content="{esc(excerpt(story))}">
  <meta property="og:image" content="{esc(cover)}">
  <meta property="og:image:width" content="1480">
  <meta property="og:image:height" content="986">
  <meta property="og:url" content="{url}">
  <meta property="og:site_name" content="{esc(SHORT)}">
  <meta property="og:type" content="article">
  <meta property="article:author" content="{b}/profile/{story.opts["writer"]}/profile">
  <meta property="article:published_time" content="{published_utc(story)}">
  <meta property="article:modified_time" content="{modified_utc(story)}">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:title" content="{esc(story.title)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
    return _page(request, f"{story.title} | {SHORT}", main, active="/blog", extra=extra, feed=True)


def _profile(request: Request, slug: str) -> str:
    b = base_url(request)
    name, joined, owner = MEMBERS[slug]
    posts = by_member(slug)
    role = '<span data-hook="badge" class="_1ekVs">Quản trị viên</span>' if owner else ""
    main = (
        f'<section id="TPASection_profile" class="_2xfC4" data-hook="profile-page"><div class="_1H1Ck" data-hook="profile-widget">'
        f'<wow-image class="_3Mv7D"><img src="{WIX}/{OWNER}_avatar-{slug}~mv2.jpg/v1/fill/w_150,h_150,al_c,q_80,enc_auto/avatar.jpg" alt=""></wow-image>'
        f'<h1 class="_2pXfq" data-hook="profile-name">{esc(name)}</h1>{role}<p data-hook="profile-joined">Đã tham gia: {joined}</p>'
        f'<ul class="_2Fm1V"><li data-hook="profile-posts-count">{len(posts)} Bài đăng</li><li>0 Bình luận</li></ul></div>'
        f'<div class="_3wvnC" data-hook="profile-posts"><h2 class="_2nOvX">Bài đăng</h2>{"".join(_card(b, s, cover=False) for s in posts)}</div></section>'
    )
    return _page(request, f"Hồ sơ | {name}", main, extra='<meta name="robots" content="noindex">')


# --------------------------------------------------------------------------- static pages


def _rich_box(comp: str, paragraphs: list[str], heading: str | None = None) -> str:
    h = (
        f'<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(heading)}</span></h2>'
        if heading
        else ""
    )
    ps = "".join(
        f'<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(p)}</span></p>'
        '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>'
        for p in paragraphs
    )
    return f'<div id="comp-{comp}" class="KcpHeO tz5f0K comp-{comp} wixui-rich-text" data-testid="richTextElement">{h}{ps}</div>'


_STATIC: dict[str, tuple[str, list[str]]] = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            f"{SITE} được thành lập năm 2015 theo quyết định của UBND tỉnh Đắk Lắk, là trường tiểu học"
            " tư thục đầu tiên của thành phố Buôn Ma Thuột dạy học hai buổi mỗi ngày kết hợp chương"
            " trình tiếng Anh tăng cường.",
            "Hiện nay nhà trường có 24 lớp với 672 học sinh, 58 cán bộ, giáo viên, nhân viên. Trường"
            " đạt kiểm định chất lượng giáo dục cấp độ 2 và chuẩn quốc gia mức độ 1 năm 2026.",
            "Tầm nhìn: trở thành ngôi trường hạnh phúc, nơi mỗi học sinh được yêu thương, tôn trọng và"
            " phát triển hết khả năng của mình.",
        ],
    ),
    "tuyen-sinh": (
        "Tuyển sinh năm học 2027 - 2028",
        [
            "Nhà trường tuyển sinh lớp 1 và các lớp 2 đến 5 (chuyển trường) năm học 2027 - 2028.",
            "Hồ sơ gồm: đơn xin nhập học theo mẫu, bản sao giấy khai sinh, giấy xác nhận thông tin cư"
            " trú và học bạ (đối với học sinh chuyển trường).",
            f"Thời gian nhận hồ sơ: từ ngày 01/3/2027. Mọi thông tin xin liên hệ hotline {HOTLINE}.",
        ],
    ),
}


def _static_page(request: Request, slug: str) -> str:
    title, paragraphs = _STATIC[slug]
    main = (
        f'<section id="comp-st{slug[:4]}" class="wixui-section"><div data-mesh-id="inlineContent">'
        f"{_rich_box(f'st{slug[:4]}01', [], title)}{_rich_box(f'st{slug[:4]}02', paragraphs)}</div></section>"
    )
    extra = f'<link rel="canonical" href="{base_url(request)}/{slug}">'
    return _page(request, f"{title} | {SHORT}", main, active=f"/{slug}", extra=extra)


def _contact(request: Request) -> str:
    fields = "".join(
        f'<div class="_2dBhC wixui-text-input" data-testid="{name}"><label for="input_{name}" class="_20uhs">{esc(label)}</label>'
        f'<input type="{kind}" id="input_{name}" name="{name}" class="_1SOvY has-custom-focus wixui-text-input__input" aria-required="true" autocomplete="off"></div>'
        for name, label, kind in (
            ("ho-ten", "Họ và tên *", "text"),
            ("email", "Email *", "email"),
            ("so-dien-thoai", "Số điện thoại", "tel"),
        )
    )
    main = f"""<section class="wixui-section">{_rich_box("ct01", [f"Địa chỉ: {ADDRESS}", f"Điện thoại: {PHONE}", f"Hotline: {HOTLINE}", f"Email: {EMAIL}"], "Liên hệ")}
<form id="comp-ct02" class="comp-ct02 wixui-form" data-testid="form" novalidate>{fields}
<div class="_3x7Wd wixui-text-box"><label for="input_noi-dung">Nội dung *</label><textarea id="input_noi-dung" name="noi-dung" class="wixui-text-box__input"></textarea></div>
<div class="comp-ct03 wixui-button" aria-disabled="false"><button type="submit" class="_1T8Zp" data-testid="buttonElement"><span class="wixui-button__label">Gửi</span></button></div>
<div class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement" style="visibility:hidden"><p class="font_8">Cảm ơn bạn đã gửi thông tin!</p></div></form>
<div class="comp-ct04 wixui-google-map"><iframe title="Google Maps" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892!2d108.05!3d12.68" width="100%" height="320" loading="lazy"></iframe></div></section>"""
    return _page(
        request,
        f"Liên hệ | {SHORT}",
        main,
        active="/lien-he",
        extra=f'<link rel="canonical" href="{base_url(request)}/lien-he">',
    )


def _documents(request: Request) -> str:
    b = base_url(request)
    rows = "".join(
        f'<div class="comp-doc{n} wixui-document-media"><a data-testid="linkElement" href="{b}{doc_path(key)}" target="_blank" class="_3Gdnm">'
        f'<img src="{WIX}/{OWNER}_pdf-icon.png/v1/fill/w_48,h_60/pdf.png" alt="PDF"><span class="_3zV0X">{esc(title)}</span></a>'
        f'<span class="_2cvQd">{size}</span></div>'
        for n, (key, title, size) in enumerate(DOCS)
    )
    main = f'<section class="wixui-section">{_rich_box("doc00", ["Các văn bản, kế hoạch, biểu mẫu của nhà trường. Bấm vào tên văn bản để xem hoặc tải về."], "Văn bản - Biểu mẫu")}{rows}</section>'
    return _page(
        request,
        f"Văn bản - Biểu mẫu | {SHORT}",
        main,
        active="/van-ban-bieu-mau",
        extra=f'<link rel="canonical" href="{b}/van-ban-bieu-mau">',
    )


def _gallery_page(request: Request) -> str:
    b = base_url(request)
    opened = request.params.get("pgid")
    items = "".join(
        f'<div class="gallery-item-container item-container-regular" data-hook="item-container" data-idx="{n}" data-id="{pgid(key)[9:]}">'
        f'<a href="{b}/thu-vien-anh?pgid={pgid(key)}" data-id="{pgid(key)[9:]}" data-idx="{n}" class="gallery-item-social-link" data-hook="item-link-wrapper">'
        f'<wow-image class="_2dcIA"><img src="{_media("gallery-" + key, 400, 300)}" alt="{esc(title)}" class="gallery-item-visible gallery-item" data-hook="gallery-item-image-img" loading="lazy"></wow-image></a>'
        f'<div class="gallery-item-hover" data-hook="item-hover"><div class="info-element-title" data-hook="item-title"><span>{esc(title)}</span></div>'
        f'<div class="info-element-description" data-hook="item-description"><span>{esc(desc)}</span></div></div></div>'
        for n, (key, title, desc) in enumerate(GALLERY)
    )
    expanded = ""
    for key, title, desc in GALLERY:
        if opened == pgid(key):
            expanded = (
                f'<div class="pro-fullscreen-wrapper" data-hook="fullscreen-view" role="dialog" aria-label="{esc(title)}">'
                f'<img src="{_media("gallery-" + key, 1600, 1200)}" alt="{esc(title)}"><div data-hook="fullscreen-title">{esc(title)}</div>'
                f'<div data-hook="fullscreen-description">{esc(desc)}</div><button data-hook="nav-arrows-close">Đóng</button></div>'
            )
    main = (
        f'<section class="wixui-section">{_rich_box("gal00", ["Một số hình ảnh về cơ sở vật chất và hoạt động của nhà trường."], "Thư viện ảnh")}'
        f'<div id="comp-gal01" class="comp-gal01 wixui-gallery"><div id="pro-gallery-comp-gal01" class="pro-gallery inline-styles ltr" data-hook="gallery-column">{items}</div></div>'
        f"{expanded}</section>"
    )
    return _page(
        request,
        f"Thư viện ảnh | {SHORT}",
        main,
        active="/thu-vien-anh",
        extra=f'<link rel="canonical" href="{b}/thu-vien-anh">',
    )


def _home(request: Request) -> str:
    b = base_url(request)
    posts = "".join(_card(b, s) for s in newest()[:3])
    main = f"""<section id="comp-home01" class="comp-home01 wixui-section"><div class="_1Ozds" data-testid="columns">
<div id="comp-home02" class="comp-home02 wixui-column-strip__column"><wow-image class="HlRz5e"><img src="{_media("home-hero", 1920, 700)}" alt="" style="width:100%;object-fit:cover"></wow-image></div>
{_rich_box("home03", ["Ngôi trường hạnh phúc - nơi mỗi em là một ngôi sao."], "Chào mừng đến với Tiểu học Ngôi Sao Việt")}
<div class="comp-home04 wixui-button"><a data-testid="linkElement" href="{b}/tuyen-sinh" class="_1T8Zp"><span class="wixui-button__label">Đăng ký tuyển sinh 2027</span></a></div></div></section>
<section id="comp-home05" class="comp-home05 wixui-section">{_rich_box("home06", [], "Tin tức mới")}
<div id="TPAMultiSection_home" data-hook="post-list" class="_3wvnC">{posts}</div>
<div class="comp-home07 wixui-button"><a data-testid="linkElement" href="{b}/blog" class="_1T8Zp"><span class="wixui-button__label">Xem tất cả tin tức</span></a></div></section>
<section id="comp-home08" class="comp-home08 wixui-section">{_rich_box("home09", ["Trường có 24 lớp, 672 học sinh, 58 cán bộ giáo viên. Đạt kiểm định chất lượng giáo dục cấp độ 2."], "Về chúng tôi")}
<div class="comp-home10 wixui-button"><a data-testid="linkElement" href="{b}/gioi-thieu" class="_1T8Zp"><span class="wixui-button__label">Tìm hiểu thêm</span></a></div>
<div class="comp-home11 wixui-button"><a data-testid="linkElement" href="{b}/thu-vien-anh" class="_1T8Zp"><span class="wixui-button__label">Thư viện ảnh</span></a></div></section>"""
    extra = f'<link rel="canonical" href="{b}">\n  <meta property="og:title" content="{esc(SHORT)}">\n  <meta name="description" content="Website chính thức của {esc(SITE)}, Buôn Ma Thuột, Đắk Lắk.">'
    return _page(request, f"Trang chủ | {SHORT}", main, active="/", extra=extra)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    b = base_url(request)
    q = request.params.get("q", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    rows = "".join(
        f'<li data-hook="search-result"><a href="{b}{post_path(s)}" data-hook="item-title">{esc(s.title)}</a><p data-hook="item-description">{esc(excerpt(s))}</p></li>'
        for s in hits
    )
    main = (
        f'<section class="_2xfC4" data-hook="search-results-root"><h1>Kết quả tìm kiếm</h1>'
        f'<div data-hook="tabs"><span>Tất cả ({len(hits)})</span><span>Bài viết blog ({len(hits)})</span><span>Trang (0)</span></div>'
        f'<ul data-hook="grid-layout-items">{rows}</ul>'
        + (
            ""
            if hits
            else f'<p data-hook="status-message">Không tìm thấy kết quả nào cho “{esc(q)}”</p>'
        )
        + "</section>"
    )
    return _page(
        request, f"Kết quả tìm kiếm | {SHORT}", main, extra='<meta name="robots" content="noindex">'
    )


# --------------------------------------------------------------------------- feed, sitemaps


def _gmt(dt: datetime) -> str:
    return format_datetime(dt.astimezone(UTC), usegmt=True)


def _feed(request: Request) -> Response:
    b = base_url(request)
    items = "".join(
        f"<item><title><![CDATA[{s.title}]]></title><description><![CDATA[{excerpt(s)}]]></description>"
        f'<link>{b}{post_path(s)}</link><guid isPermaLink="false">{hashlib.md5(s.slug.encode()).hexdigest()[:24]}</guid>'
        f"<category><![CDATA[{CATS[s.cat]}]]></category><pubDate>{_gmt(_local(s))}</pubDate>"
        + (
            f'<enclosure url="{esc(s.images[0].src)}" length="0" type="image/jpeg"/>'
            if s.images
            else ""
        )
        + f"<dc:creator>{esc(MEMBERS[s.opts['writer']][0])}</dc:creator></item>"
        for s in newest()[:20]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
        f"<channel><title><![CDATA[Tin tức | {SHORT}]]></title><description><![CDATA[Tin tức | {SHORT}]]></description>"
        f"<link>{b}/blog</link><generator>RSS for Node</generator><lastBuildDate>{_gmt(datetime(2026, 11, 25, 6, 0, tzinfo=_LOCAL))}</lastBuildDate>"
        f'<atom:link href="{b}/blog-feed.xml" rel="self" type="application/rss+xml"/>{items}</channel></rss>'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def _sitemap(request: Request, which: str) -> Response:
    b = base_url(request)
    head = f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{b}/sitemap.xsl"?>'
    if which == "sitemap":
        kids = "".join(
            f"<sitemap><loc>{b}/{name}.xml</loc><lastmod>{mod}</lastmod></sitemap>"
            for name, mod in (
                ("blog-posts-sitemap", modified_utc(newest()[0])[:10]),
                ("blog-categories-sitemap", "2026-11-23"),
                ("pages-sitemap", "2026-08-14"),
            )
        )
        body = f'{head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{kids}</sitemapindex>'
    elif which == "blog-posts-sitemap":
        urls = "".join(
            f"<url><loc>{b}{post_path(s)}</loc><lastmod>{modified_utc(s)[:10]}</lastmod>"
            + (
                f"<image:image><image:loc>{esc(s.images[0].src)}</image:loc><image:title><![CDATA[{s.title}]]></image:title></image:image>"
                if s.images
                else ""
            )
            + "</url>"
            for s in newest()
        )
        body = f'{head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{urls}</urlset>'
    elif which == "blog-categories-sitemap":
        urls = "".join(
            f"<url><loc>{b}/blog/categories/{c}</loc><lastmod>2026-11-23</lastmod></url>"
            for c in CATS
        )
        body = f'{head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    else:
        pages = [
            "",
            "/gioi-thieu",
            "/tuyen-sinh",
            "/blog",
            "/thu-vien-anh",
            "/van-ban-bieu-mau",
            "/lien-he",
        ]
        urls = "".join(f"<url><loc>{b}{p}</loc><lastmod>2026-08-14</lastmod></url>" for p in pages)
        body = f'{head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


_ROBOTS = """# By default, Wix allows all web crawlers to crawl the site.
User-agent: *
Allow: /

# Optimization for Google Ads Bot
User-agent: AdsBot-Google-Mobile
User-agent: AdsBot-Google
Disallow: /_api/*
Disallow: /_partials*
Disallow: /pro-gallery-webapp/v1/galleries/*

# Block PetalBot
User-agent: PetalBot
Disallow: /

Sitemap: {base}/sitemap.xml
"""

_NOT_FOUND = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404 | {short}</title><meta name="robots" content="noindex"></head>
<body><div id="SITE_CONTAINER"><main><div class="_1Zm8y" data-testid="404-page"><h1>404</h1><h2>Không tìm thấy trang</h2>
<p>Có vẻ như trang bạn đang tìm kiếm không tồn tại. Hãy kiểm tra lại đường dẫn.</p><a href="{base}/">Về trang chủ</a></div></main></div></body></html>"""


_PAGED = re.compile(
    r"^(/blog(?:/categories/[a-z0-9-]+|/tags/[a-z0-9-]+|/hashtags/[^/]+)?)(?:/page/(\d+))?$"
)


class WixSchool:
    """The routes a Wix site with the Blog app and Members Area answers."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        b = base_url(request)
        if path.startswith("/_files/ugd/"):
            if any(doc_path(k) == path for k, _, _ in DOCS):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return self._missing(b)
        if path.endswith((".jpg", ".png", ".gif", ".ico", ".css", ".js")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200, _ROBOTS.format(base=b), {"Content-Type": "text/plain; charset=utf-8"}
            )
        if path in (
            "/sitemap.xml",
            "/blog-posts-sitemap.xml",
            "/blog-categories-sitemap.xml",
            "/pages-sitemap.xml",
        ):
            return _sitemap(request, path[1:-4])
        if path == "/blog-feed.xml":
            return _feed(request)
        if m := re.fullmatch(r"/single-post/\d{4}/\d{2}/\d{2}/([^/]+)", path):
            story = _BY_SLUG.get(unicodedata.normalize("NFC", unquote(m.group(1))))
            return redirect(b + post_path(story), 301) if story else self._missing(b)
        page = self._page(request, path)
        if page is None:
            return self._missing(b)
        return html(
            page,
            headers={
                "X-Wix-Request-Id": hashlib.md5(request.target.encode()).hexdigest()[:20],
                "Cache-Control": "no-cache",
            },
        )

    def _page(self, request: Request, path: str) -> str | None:
        if path == "/":
            return _home(request)
        if m := re.fullmatch(r"/post/([^/]+)", path):
            story = _BY_SLUG.get(unicodedata.normalize("NFC", unquote(m.group(1))))
            return _post_page(story, request) if story else None
        if m := _PAGED.match(path):
            root, n = m.group(1), int(m.group(2) or 1)
            if n < 1:
                return None
            if root == "/blog":
                return _feed_page(request, root, "Tất cả bài viết", "", newest(), n, None)
            kind, value = root.split("/")[2], unquote(root.split("/")[3])
            if kind == "categories":
                return (
                    _feed_page(request, root, CATS[value], CAT_DESC[value], newest(value), n, value)
                    if value in CATS
                    else None
                )
            if kind == "tags":
                return (
                    _feed_page(request, root, TAGS[value], "", by_tag(value), n, None)
                    if value in TAGS
                    else None
                )
            # hashtags: any tag answers, with or without posts
            return _feed_page(request, root, f"#{value}", "", by_hashtag(value.lower()), n, None)
        if m := re.fullmatch(r"/profile/([a-z0-9-]+)/profile", path):
            return _profile(request, m.group(1)) if m.group(1) in MEMBERS else None
        if path.strip("/") in _STATIC:
            return _static_page(request, path.strip("/"))
        if path == "/lien-he":
            return _contact(request)
        if path == "/van-ban-bieu-mau":
            return _documents(request)
        if path == "/thu-vien-anh":
            return _gallery_page(request)
        if path == "/search-results":
            return _search(request)
        return None

    @staticmethod
    def _missing(b: str) -> Response:
        return html(_NOT_FOUND.format(short=esc(SHORT), base=b), status=404)


def build_site() -> WixSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WixSchool()
