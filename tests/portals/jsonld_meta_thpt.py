"""Trường THPT Nguyễn Huệ (Tuy Hòa, Phú Yên): a headless Strapi 4 CMS rendered by a Next.js
(pages router, ``getServerSideProps``) frontend. The page's metadata says more than its text,
and sometimes something different.

Platform
--------
Strapi holds the articles (title, slug, ``ngayDang`` — the date the editors type —, ``publishedAt``,
rich text, excerpt, cover, author relation, category relation with a parent, tags). The Next.js
frontend renders them server-side: CSS-module class names with a hash (``styles_title__x7Ab2``,
``Header_header__pQ3nL``), and at the end of the body the page's props as
``<script id="__NEXT_DATA__" type="application/json">`` (the whole article: its rich text as an
HTML string, the excerpt, the author, the related posts with their excerpts), escaped the way
Next.js escapes it (``<`` as ``\\u003c``).

Each article's ``<head>`` carries the SEO component's output:

- ``<script type="application/ld+json">`` NewsArticle: headline, ``datePublished`` and
  ``dateModified`` with a time and ``+07:00`` (built from Strapi's ``publishedAt``/``updatedAt``),
  ``author`` (``{"@type":"Person","name":…}`` from the author relation, or
  ``{"@type":"Organization","name":"Trường THPT Nguyễn Huệ"}`` when the post has no author), image,
  ``articleSection``, publisher; and a second one, BreadcrumbList.
- ``og:title`` = headline + " | THPT Nguyễn Huệ"; ``og:description`` = the excerpt (every post has
  one, sapo printed or not); ``article:published_time`` (same value as ``datePublished``).

Article template (``/bai-viet/[slug]``)::

    <nav class="styles_breadcrumb__a1B2c">Trang chủ / Tin tức / Hoạt động Đoàn / <title></nav>
    <h1 class="styles_title__x7Ab2">…</h1>
    <div class="styles_meta__Qp3zL"><time class="styles_date__k2Jd9" dateTime="…Z">16 tháng 11, 2026</time>
      <span class="styles_author__Vb81s">Tác giả: …</span> <span>👁 N lượt xem</span></div>
    <p class="styles_sapo__mN5eW">sapo</p>            (some posts)
    <div class="styles_cover__Lm3pQ"><img …></div>     (some posts)
    <div class="styles_content__R4nTq"> rich text: p, h2, ul, table, figure/figcaption, bylines </div>
    tags, share tools (Facebook, Zalo, In bài, Sao chép liên kết), "Bài viết liên quan" (3 cards)

URL scheme
----------
- ``/`` home: the 6 newest posts, a "Thông báo" block, sidebar "Bài viết mới".
- ``/bai-viet/<slug>``: an article.
- ``/danh-muc/<slug>?trang=<n>``: a category, 9 cards a page, "Trang trước" / "Trang sau".
  Tin tức is the parent of Hoạt động Đoàn and Thành tích: its listing holds the posts of all three
  (11 posts: two pages). Thông báo is a top-level category.
- ``/the/<tag>``: posts of a tag (cards).
- ``/gioi-thieu``, ``/lien-he``, ``/thoi-khoa-bieu`` (a timetable table): Strapi single types.
- Uploads: ``/uploads/<name>_<hash>.jpg`` (``large_``/``medium_``/``small_`` formats in srcset);
  one post's rich text keeps the CMS host's absolute URLs (``https://cms.thptnguyenhue.edu.vn``).
- No robots.txt, no sitemap (404).

How each gold article is reached
--------------------------------
- Home (6 newest) and the sidebar "Bài viết mới" (5 newest).
- Category pages: Hoạt động Đoàn, Thành tích, Thông báo fit on one page; ``/danh-muc/tin-tuc``
  page 1 holds 9 of 11.
- ``dinh-huong-...-ngu-van`` (Tin tức, October) is on ``/danh-muc/tin-tuc?trang=2`` and in the
  related lists of the newer Tin tức posts; ``ngoai-khoa-an-toan-giao-thong`` (the oldest) is on
  ``/danh-muc/tin-tuc?trang=2`` only.
- Tag pages ``/the/<tag>`` list the tagged posts (the oldest post has no tag).

Traps
-----
- The JSON-LD and the ``<time dateTime>`` carry a time the page never prints: gold takes the day
  as printed ("16 tháng 11, 2026" -> "2026-11-16"). ``dateTime`` is UTC: a post published at 06:30
  on the 20th reads ``2026-11-19T23:30:00.000Z``.
- Three posts print no date at all: gold is the day the listings print beside their links, without
  the JSON-LD time (harmonised after the first crawl, round 61, with the house convention: a date a
  reader is shown beats a machine stamp; the spec had the JSON-LD ``datePublished`` with its time).
- One post's JSON-LD ``datePublished`` (and ``article:published_time``) is an older, wrong day
  (the post was created as a draft on 12/11, the editor typed 21/11): gold is the visible day.
- ``dateModified`` is always later than ``datePublished``: never the publication date.
- Authors: visible "Tác giả: …" on some posts; on others only the JSON-LD Person (gold: that name);
  with the JSON-LD Organization (the school) gold authors are [] unless the text signs (a right
  aligned "Tổ Văn phòng", "Tin, ảnh: Đoàn trường", "Ảnh: CLB Nhiếp ảnh"). "Ảnh: Internet" credits
  nobody. The JSON-LD publisher is the school too: never an author.
- Category: two posts print no breadcrumb and no category label: only the JSON-LD BreadcrumbList
  and ``articleSection`` name it. The visible breadcrumb ends with the article's title (not a
  section). Tin tức is the parent section: the category is the last section.
- ``og:description`` holds an excerpt on every post; only posts with a printed sapo have a summary.
- ``__NEXT_DATA__`` repeats the whole article (and the related posts' excerpts): not text to add.
- The JSON-LD ``image`` is the cover, or the site's share image when the post has no cover: that
  one is not printed on the page and is not an article image.
- The header prints today "Thứ Sáu, 04/12/2026"; /thoi-khoa-bieu prints "Áp dụng từ 02/11/2026"
  and a table but is not an article.

Gold decisions
--------------
- title: the ``h1``; og:title's suffix is not part of it.
- body: the content div's paragraphs, h2, list items, table rows (cells " | "), quotes; lines split
  by ``<br>`` are paragraphs of their own; the sapo first when printed. Captions, bylines and the
  source line are not body.
- images: the cover (no caption) then the content's photos; caption = figcaption, or the italic or
  centred line under the photo.
- source: "Nguồn: Báo Phú Yên" -> "Báo Phú Yên".
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "jsonld_meta_thpt"
PLATFORM = "Strapi 4 (headless) + Next.js SSR frontend (CSS modules, __NEXT_DATA__, JSON-LD)"
START_PATH = "/"

SCHOOL = "Trường THPT Nguyễn Huệ"
SHORT = "THPT Nguyễn Huệ"
HEADER_DATE = "Thứ Sáu, 04/12/2026"
CMS = "https://cms.thptnguyenhue.edu.vn"
BUILD_ID = "kQ7vX2pL9mZ_r4tN0aB1c"
PER_PAGE = 9

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-doan": "Hoạt động Đoàn",
    "thanh-tich": "Thành tích",
    "thong-bao": "Thông báo",
}
PARENT = {"hoat-dong-doan": "tin-tuc", "thanh-tich": "tin-tuc"}
TAGS = {
    "nha-giao-viet-nam": "Nhà giáo Việt Nam",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "doan-thanh-nien": "Đoàn thanh niên",
    "chuyen-mon": "Chuyên môn",
    "ke-hoach": "Kế hoạch",
}

# CSS-module class names of the build
C = {
    "title": "styles_title__x7Ab2",
    "meta": "styles_meta__Qp3zL",
    "date": "styles_date__k2Jd9",
    "author": "styles_author__Vb81s",
    "sapo": "styles_sapo__mN5eW",
    "cover": "styles_cover__Lm3pQ",
    "content": "styles_content__R4nTq",
    "crumb": "styles_breadcrumb__a1B2c",
    "tags": "styles_tags__Hh8sD",
    "share": "styles_share__Zt5yU",
    "related": "styles_related__Wc3vE",
    "card": "Card_card__u8RmK",
    "pager": "Pagination_pagination__f2GhT",
}


def up(name: str) -> str:
    """A Strapi upload: ``<name>_<10 hex>.jpg``."""
    return f"/uploads/{name}_{hashlib.md5(name.encode()).hexdigest()[:10]}.jpg"


# --- the articles ---------------------------------------------------------------------------

S_NHAGIAO = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
S_HOITHAO = "hoi-thao-giao-vien-chao-mung-20-11"
S_PHUHUYNH = "hoi-nghi-cha-me-hoc-sinh-hoc-ky-i-nam-hoc-2026-2027"
S_NGUVAN = "dinh-huong-doi-moi-phuong-phap-day-hoc-mon-ngu-van"
S_ATGT = "ngoai-khoa-an-toan-giao-thong"
S_THULINH = "hoi-thi-thu-linh-thanh-nien-nam-2026"
S_AOAM = "chuong-trinh-ao-am-cho-em-den-voi-hoc-sinh-son-hoa"
S_CHUNHAT = "ra-quan-ngay-chu-nhat-xanh-bai-bien-long-thuy"
S_HSG = "12-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12"
S_HKPD = "le-hoang-anh-thu-huy-chuong-bac-hoi-khoe-phu-dong"
S_ROBOT = "doi-tuyen-robotics-vao-chung-ket-cuoc-thi-sang-tao"
S_LICHTHI = "thong-bao-lich-thi-hoc-ky-i-nam-hoc-2026-2027"
S_GIUAKY = "thong-bao-ke-hoach-kiem-tra-giua-ky-i"

STORIES: list[Story] = [
    Story(
        1,
        S_NHAGIAO,
        "Trường THPT Nguyễn Huệ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20",
        [
            P(
                "Sáng ngày 20/11, tại hội trường nhà trường, Ban Giám hiệu cùng Công đoàn cơ sở đã trang trọng "
                "tổ chức Lễ kỷ niệm với sự tham dự của đại diện lãnh đạo Sở GD&ĐT, Ban đại diện cha mẹ học "
                "sinh, các thế hệ thầy cô giáo đã nghỉ hưu và hơn 1.300 học sinh."
            ),
            Img(up("le_ky_niem_1"), "Quang cảnh buổi lễ kỷ niệm tại hội trường nhà trường", "Quang cảnh buổi lễ kỷ niệm tại hội trường nhà trường", "fig"),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Lê Văn Thành ôn lại truyền thống 44 năm của Ngày Nhà "
                "giáo Việt Nam, đồng thời điểm lại những kết quả nổi bật của nhà trường trong năm học 2025 - "
                "2026: tỷ lệ tốt nghiệp THPT đạt 99,6%, 27 học sinh đạt giải học sinh giỏi cấp tỉnh, 2 học sinh "
                "đạt giải quốc gia."
            ),
            P("Những phần thưởng xứng đáng", "h2"),
            P(
                "Nhân dịp này, nhà trường đã trao giấy khen cho 18 giáo viên có thành tích xuất sắc trong công "
                "tác giảng dạy và bồi dưỡng học sinh giỏi; 3 thầy cô được Chủ tịch UBND tỉnh tặng Bằng khen."
            ),
            P(
                "“Mỗi thầy cô hôm nay là một tấm gương về lòng tận tụy, sự sáng tạo, luôn đặt học sinh ở vị "
                "trí trung tâm của mọi hoạt động dạy học”, thầy Thành nhấn mạnh.",
                "quote",
            ),
            Img(up("le_ky_niem_2"), "Học sinh tặng hoa tri ân thầy cô giáo", "Học sinh tặng hoa tri ân thầy cô giáo", "fig"),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng với các tiết mục "
                "ca ngợi nghề giáo, để lại nhiều cảm xúc cho thầy cô và các em học sinh."
            ),
        ],
        authors=["Trần Thị Mai"],
        summary=(
            "Trong không khí hân hoan cả nước hướng về Ngày Nhà giáo Việt Nam, Trường THPT Nguyễn Huệ "
            "long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        opts={
            "time": "06:30:00", "visible_author": True, "ld_author": "Trần Thị Mai",
            "cover": up("cover_20_11"), "tags": ["nha-giao-viet-nam"],
        },
    ),
    Story(
        2,
        S_HOITHAO,
        "Hội thao giáo viên chào mừng 20/11: sôi nổi, đoàn kết",
        "tin-tuc",
        "2026-11-21",
        [
            P(
                "Chiều 21/11, Công đoàn cơ sở Trường THPT Nguyễn Huệ tổ chức Hội thao giáo viên với ba nội "
                "dung: bóng chuyền hơi nam nữ phối hợp, kéo co và cầu lông đôi."
            ),
            P(
                "Tham gia hội thao có 8 đội đến từ các tổ chuyên môn và tổ Văn phòng. Các trận đấu diễn ra "
                "hào hứng, thu hút đông đảo học sinh đến cổ vũ."
            ),
            Img(up("hoi_thao_1"), "Trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Ngữ văn", "Trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Ngữ văn", "em"),
            P("Kết quả chung cuộc:", ""),
            P("Giải Nhất toàn đoàn: tổ Toán - Tin", "li"),
            P("Giải Nhì: tổ Ngữ văn", "li"),
            P("Giải Ba: tổ Khoa học Tự nhiên và tổ Văn phòng", "li"),
            P(
                "Hội thao là dịp để cán bộ, giáo viên, nhân viên rèn luyện sức khỏe, tăng cường tình đoàn kết, "
                "gắn bó sau những giờ lên lớp căng thẳng."
            ),
            Raw('<p style="text-align:right"><strong>Ảnh: Nguyễn Văn Phúc</strong></p>'),
        ],
        authors=["Trần Thị Mai"],
        photographers=["Nguyễn Văn Phúc"],
        opts={
            "time": "17:10:00", "visible_author": True, "ld_author": "Trần Thị Mai",
            "ld_day": "2026-11-12", "tags": ["nha-giao-viet-nam"],
        },
    ),
    Story(
        3,
        S_PHUHUYNH,
        "Hội nghị cha mẹ học sinh học kỳ I năm học 2026 - 2027",
        "tin-tuc",
        "2026-11-08T14:00:00+07:00",
        [
            P(
                "Chiều Chủ nhật 08/11/2026, nhà trường tổ chức Hội nghị cha mẹ học sinh học kỳ I tại 36 lớp "
                "học, thu hút hơn 1.200 phụ huynh tham dự."
            ),
            P(
                "Tại hội nghị, giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của "
                "từng học sinh, tình hình chuyên cần và những điểm cần phối hợp giữa gia đình và nhà trường."
            ),
            P("Nội dung trọng tâm", "h2"),
            P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I;", "li"),
            P("Phối hợp quản lý học sinh sử dụng điện thoại di động, mạng xã hội;", "li"),
            P("Phòng, chống đuối nước và tai nạn giao thông trong mùa mưa bão.", "li"),
            P(
                "Nhiều phụ huynh đã đóng góp ý kiến thẳng thắn về giờ giấc học thêm, công tác bán trú và an "
                "ninh trước cổng trường. Ban Giám hiệu đã tiếp thu và giải đáp cụ thể từng ý kiến."
            ),
            Raw('<p style="text-align:right"><em>Tổ Văn phòng</em></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"time": "14:00:00", "no_date": True, "tags": ["ke-hoach"]},
    ),
    Story(
        4,
        S_NGUVAN,
        "Chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo định hướng phát triển năng lực”",
        "tin-tuc",
        "2026-10-12",
        [
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 12/10/2026 tổ Ngữ văn "
                "tổ chức chuyên đề cấp trường với tiết dạy minh họa bài “Tràng giang” của Huy Cận tại lớp 11A3."
            ),
            P(
                "Cô giáo Phạm Thị Thu Hà đã vận dụng linh hoạt kỹ thuật khăn trải bàn, sơ đồ tư duy và phiếu "
                "học tập số, giúp học sinh chủ động khám phá vẻ đẹp cổ điển và hiện đại của bài thơ."
            ),
            Img(up("chuyen_de_ngu_van"), "Tiết dạy minh họa tại lớp 11A3", "Tiết dạy minh họa tại lớp 11A3", "em"),
            P(
                "Trong phần thảo luận, các thầy cô thống nhất: dạy đọc hiểu theo thể loại, chú trọng hình thành "
                "kỹ năng đọc cho học sinh thay vì giảng giải áp đặt; đánh giá thường xuyên bằng sản phẩm học tập."
            ),
            P(
                "Chuyên đề đã góp phần nâng cao năng lực thiết kế bài dạy theo Chương trình GDPT 2018 cho giáo "
                "viên trong tổ."
            ),
        ],
        authors=["Phạm Thị Thu Hà"],
        opts={"time": "15:20:00", "ld_author": "Phạm Thị Thu Hà", "tags": ["chuyen-mon"]},
    ),
    Story(
        5,
        S_ATGT,
        "Học sinh Trường THPT Nguyễn Huệ tham gia ngoại khóa an toàn giao thông",
        "tin-tuc",
        "2026-09-25",
        [
            P(
                "Sáng 25/9, phối hợp với Đội Cảnh sát giao thông Công an thành phố Tuy Hòa, nhà trường tổ chức "
                "buổi ngoại khóa tuyên truyền pháp luật về an toàn giao thông cho gần 450 học sinh khối 10."
            ),
            P(
                "Báo cáo viên đã phổ biến các quy định mới của Luật Trật tự, an toàn giao thông đường bộ, đặc "
                "biệt là quy định về độ tuổi điều khiển xe gắn máy, đội mũ bảo hiểm và nồng độ cồn."
            ),
            P(
                "Nhiều tình huống thực tế được đưa ra thảo luận: đi xe đạp điện dàn hàng ngang, chở quá số "
                "người quy định, sử dụng điện thoại khi lái xe."
                "\n"
                "Các em tích cực trả lời câu hỏi và nhận được nhiều phần quà từ ban tổ chức.",
                "br",
            ),
            P(
                "Kết thúc buổi ngoại khóa, 100% học sinh khối 10 ký cam kết chấp hành nghiêm túc pháp luật về "
                "an toàn giao thông."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: Báo Phú Yên</em></p>'),
        ],
        source="Báo Phú Yên",
        opts={"time": "10:45:00"},
    ),
    Story(
        6,
        S_THULINH,
        "Đoàn trường tổ chức Hội thi “Thủ lĩnh thanh niên” năm 2026",
        "hoat-dong-doan",
        "2026-11-14",
        [
            P(
                "Nhằm phát hiện, bồi dưỡng những cán bộ Đoàn năng động, sáng tạo, ngày 14/11, Đoàn trường THPT "
                "Nguyễn Huệ tổ chức Hội thi “Thủ lĩnh thanh niên” năm 2026 với sự tham gia của 12 bí thư chi "
                "đoàn xuất sắc."
            ),
            P(
                "Hội thi gồm ba phần: giới thiệu bản thân và chi đoàn, xử lý tình huống công tác Đoàn và "
                "hùng biện về chủ đề “Thanh niên với chuyển đổi số”."
            ),
            Img(up("thu_linh_1"), "Thí sinh phần thi hùng biện", "Thí sinh phần thi hùng biện", "fig"),
            P("Kết quả", "h2"),
            P("Giải | Họ và tên | Chi đoàn", "row"),
            P("Nhất | Nguyễn Ngọc Bảo Trân | 11A1", "row"),
            P("Nhì | Trần Minh Khôi | 12A2", "row"),
            P("Ba | Huỳnh Thị Kim Ngân | 10A5", "row"),
            P(
                "Ban tổ chức đánh giá các thí sinh có phong thái tự tin, lập luận chặt chẽ và nhiều ý tưởng hay "
                "cho hoạt động của chi đoàn."
            ),
        ],
        authors=["Lê Minh Tuấn"],
        opts={"time": "20:05:00", "ld_author": "Lê Minh Tuấn", "no_crumb": True, "tags": ["doan-thanh-nien"]},
    ),
    Story(
        7,
        S_AOAM,
        "Chương trình “Áo ấm cho em” đến với học sinh vùng cao Sơn Hòa",
        "hoat-dong-doan",
        "2026-12-01T16:45:00+07:00",
        [
            P(
                "Ngày 29/11, Đoàn trường THPT Nguyễn Huệ phối hợp với Hội Chữ thập đỏ thành phố tổ chức chương "
                "trình “Áo ấm cho em” tại Trường Tiểu học và THCS Krông Pa, huyện Sơn Hòa."
            ),
            P(
                "Đoàn đã trao tặng 250 chiếc áo ấm, 180 suất quà gồm sách vở, đồ dùng học tập và 40 chiếc xe "
                "đạp cho học sinh có hoàn cảnh khó khăn. Tổng giá trị chương trình hơn 120 triệu đồng, do đoàn "
                "viên, giáo viên và các nhà hảo tâm đóng góp."
            ),
            Img(CMS + up("ao_am_1"), "Đoàn viên trao áo ấm cho các em học sinh", "Đoàn viên trao áo ấm cho các em học sinh", "center"),
            P(
                "Bên cạnh việc trao quà, các đoàn viên còn tổ chức trò chơi dân gian, sinh hoạt tập thể và "
                "hướng dẫn các em kỹ năng rửa tay, vệ sinh cá nhân."
            ),
            Img(CMS + up("ao_am_2"), "Sinh hoạt tập thể cùng học sinh vùng cao", "Sinh hoạt tập thể cùng học sinh vùng cao", "center"),
            P(
                "Chương trình là hoạt động thiết thực, giáo dục cho đoàn viên tinh thần tương thân tương ái, "
                "sẻ chia với những hoàn cảnh khó khăn."
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
        opts={"time": "16:45:00", "no_date": True, "tags": ["doan-thanh-nien"]},
    ),
    Story(
        8,
        S_CHUNHAT,
        "Ra quân “Ngày Chủ nhật xanh” làm sạch bãi biển Long Thủy",
        "hoat-dong-doan",
        "2026-10-18",
        [
            P(
                "Hưởng ứng phong trào “Chống rác thải nhựa”, sáng Chủ nhật 18/10, hơn 300 đoàn viên của trường "
                "đã ra quân thu gom rác tại bãi biển Long Thủy, phường Phú Đông."
            ),
            Img(up("chu_nhat_xanh_1"), "Đoàn viên thu gom rác dọc bãi biển", "Đoàn viên thu gom rác dọc bãi biển", "center"),
            P(
                "Chỉ sau hai giờ, các chi đoàn đã thu gom được gần 2 tấn rác thải, chủ yếu là chai nhựa, túi "
                "ni lông và lưới đánh cá cũ."
            ),
            P(
                "Đoàn trường cũng đặt 10 thùng rác phân loại dọc tuyến đường ven biển và tuyên truyền người dân "
                "không xả rác bừa bãi."
            ),
            Raw('<p><em>Ảnh: CLB Nhiếp ảnh</em></p>'),
        ],
        authors=["Nguyễn Hoàng Nam"],
        photographers=["CLB Nhiếp ảnh"],
        opts={"time": "11:30:00", "visible_author": True, "ld_author": "Nguyễn Hoàng Nam", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        9,
        S_HSG,
        "Học sinh nhà trường đạt 12 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        "thanh-tich",
        "2026-11-27",
        [
            P(
                "Sở GD&ĐT Phú Yên vừa công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - "
                "2027. Trường THPT Nguyễn Huệ có 12/15 học sinh dự thi đạt giải, trong đó 1 giải Nhất, 3 giải "
                "Nhì, 4 giải Ba và 4 giải Khuyến khích."
            ),
            P("Danh sách học sinh đạt giải Nhất, Nhì", "h2"),
            P("STT | Họ và tên | Lớp | Môn | Giải", "row"),
            P("1 | Trần Gia Huy | 12A1 | Toán | Nhất", "row"),
            P("2 | Nguyễn Thị Minh Thư | 12A3 | Ngữ văn | Nhì", "row"),
            P("3 | Phan Đức Long | 12A1 | Vật lí | Nhì", "row"),
            P("4 | Đỗ Ngọc Hân | 12A2 | Tiếng Anh | Nhì", "row"),
            P(
                "Đây là kết quả của sự nỗ lực bền bỉ của các em học sinh và sự tận tâm của đội ngũ giáo viên "
                "bồi dưỡng trong suốt nhiều tháng qua."
            ),
            P(
                "Các học sinh đạt giải Nhất, Nhì sẽ được chọn vào đội tuyển của tỉnh tham dự Kỳ thi chọn học "
                "sinh giỏi quốc gia năm 2027."
            ),
        ],
        authors=["Võ Thị Hồng Nhung"],
        summary=(
            "Với 12 giải, trong đó có 1 giải Nhất môn Toán, Trường THPT Nguyễn Huệ tiếp tục nằm trong tốp "
            "đầu của tỉnh về chất lượng mũi nhọn."
        ),
        sapo_outside=True,
        opts={
            "time": "08:00:00", "visible_author": True, "ld_author": "Võ Thị Hồng Nhung",
            "cover": up("cover_hsg"), "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        10,
        S_HKPD,
        "Em Lê Hoàng Anh Thư giành Huy chương Bạc Hội khỏe Phù Đổng tỉnh",
        "thanh-tich",
        "2026-10-22",
        [
            P(
                "Tại Hội khỏe Phù Đổng tỉnh Phú Yên lần thứ XI, em Lê Hoàng Anh Thư, học sinh lớp 11A4, đã xuất "
                "sắc giành Huy chương Bạc nội dung chạy 800 m nữ."
            ),
            Img(up("hkpd_anh_thu"), None, None, "none"),
            P(
                "Anh Thư bắt đầu tập luyện điền kinh từ năm lớp 8. Dù lịch học dày đặc, em vẫn duy trì tập "
                "luyện đều đặn mỗi sáng tại sân vận động tỉnh dưới sự hướng dẫn của thầy Nguyễn Văn Đông."
            ),
            P(
                "Thành tích của Anh Thư góp phần vào kết quả chung của đoàn thành phố Tuy Hòa và là niềm tự hào "
                "của thầy trò nhà trường."
            ),
            Raw('<p><em>Ảnh: Internet</em></p>'),
        ],
        opts={"time": "19:00:00", "no_crumb": True},
    ),
    Story(
        11,
        S_ROBOT,
        "Đội tuyển Robotics của trường vào chung kết Cuộc thi Sáng tạo thanh thiếu niên nhi đồng toàn quốc",
        "thanh-tich",
        "2026-11-03T09:15:00+07:00",
        [
            P(
                "Với sản phẩm “Robot phân loại rác thông minh”, đội tuyển gồm ba học sinh lớp 11A1 đã giành giải "
                "Nhất cấp tỉnh và được chọn vào vòng chung kết toàn quốc."
            ),
            P(
                "Robot sử dụng camera và mô hình nhận dạng hình ảnh để phân loại rác thành ba nhóm: hữu cơ, tái "
                "chế và rác khác, với độ chính xác trên 90%."
            ),
            Img(up("robot_1"), "Sản phẩm “Robot phân loại rác thông minh”", "Sản phẩm “Robot phân loại rác thông minh”", "fig"),
            P("Thành viên đội tuyển:", ""),
            P("Nguyễn Hữu Phước (nhóm trưởng)", "li"),
            P("Trương Thị Ngọc Ánh", "li"),
            P("Lý Gia Bảo", "li"),
            P(
                "Thầy Đặng Quốc Bảo, giáo viên hướng dẫn, cho biết đội đang hoàn thiện phần cơ khí và tối ưu "
                "thuật toán để chuẩn bị cho vòng chung kết diễn ra tại Hà Nội vào tháng 12."
            ),
        ],
        authors=["Đặng Quốc Bảo"],
        opts={"time": "09:15:00", "no_date": True, "ld_author": "Đặng Quốc Bảo", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        12,
        S_LICHTHI,
        "Thông báo lịch thi học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-12-02",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với các môn kiểm tra "
                "tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("21/12/2026 | Chiều | Lịch sử | 45 phút", "row"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học sinh; không mang điện "
                "thoại và tài liệu vào phòng thi."
            ),
            P(
                "Các môn còn lại kiểm tra theo thời khóa biểu tại lớp từ ngày 14/12 đến 19/12/2026."
            ),
        ],
        opts={"time": "07:45:00", "tags": ["ke-hoach"]},
    ),
    Story(
        13,
        S_GIUAKY,
        "Thông báo kế hoạch kiểm tra giữa kỳ I",
        "thong-bao",
        "2026-10-20",
        [
            P("Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo kế hoạch kiểm tra giữa kỳ I:"),
            P("Thời gian: từ ngày 02/11 đến ngày 07/11/2026.", "li"),
            P("Hình thức: kết hợp trắc nghiệm và tự luận; đề chung theo khối.", "li"),
            P("Các tổ chuyên môn nộp ma trận, đặc tả đề về Phó Hiệu trưởng chuyên môn trước ngày 26/10.", "li"),
            P(
                "Giáo viên chủ nhiệm phổ biến kế hoạch đến học sinh và cha mẹ học sinh."
                "\n"
                "Mọi thắc mắc xin liên hệ thầy Trịnh Văn Lộc, Phó Hiệu trưởng, số điện thoại 0905 214 368.",
                "br",
            ),
        ],
        opts={"time": "16:00:00", "tags": ["ke-hoach"]},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def day(story: Story) -> str:
    return story.published_at[:10]


def sorted_posts(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (day(s), s.opts["time"]), reverse=True)


def in_category(key: str) -> list[Story]:
    """A category's listing: its own posts and its children's (Tin tức is a parent)."""
    return sorted_posts([s for s in STORIES if s.cat == key or PARENT.get(s.cat) == key])


def _gold() -> list[dict]:
    out = []
    for s in STORIES:
        paras = []
        for b in s.blocks:
            if isinstance(b, P) and b.style == "br":
                paras.extend(P(line) for line in b.text.split("\n"))
            else:
                paras.append(b)
        flat = Story(s.id, s.slug, s.title, s.cat, s.published_at, paras, s.authors, s.photographers,
                     s.source, s.summary, s.sapo_outside, s.opts)
        g = gold_record(flat, f"/bai-viet/{s.slug}", CATEGORIES[s.cat])
        if s.opts.get("no_date"):
            # (harmonised after the first crawl, round 61: the listing prints the day beside the
            # link, and a listing's printed day beats a machine stamp, as drupal7_panels_sgddt,
            # joomla25_list_pgd and wp_elementor_tct have it)
            g["published_at"] = s.published_at[:10]
        if s.opts.get("cover"):
            g["images"].insert(0, {"path": s.opts["cover"], "caption": None})
        out.append(g)
    return out


GOLD = _gold()

NON_ARTICLES = [
    "/danh-muc/tin-tuc?trang=2",
    "/danh-muc/thong-bao",
    "/the/hoc-sinh-gioi",
    "/gioi-thieu",
    "/lien-he",
    "/thoi-khoa-bieu",
]


# --- dates ------------------------------------------------------------------------------------

TZ = _dt.timezone(_dt.timedelta(hours=7))


def published_dt(story: Story) -> _dt.datetime:
    """Strapi's ``publishedAt`` (what the JSON-LD says): the wrong day on one post."""
    d = story.opts.get("ld_day") or day(story)
    return _dt.datetime.fromisoformat(f"{d}T{story.opts['time']}").replace(tzinfo=TZ)


def ld_date(story: Story) -> str:
    return published_dt(story).isoformat()


def ld_modified(story: Story) -> str:
    return (published_dt(story) + _dt.timedelta(days=1, hours=2, minutes=17)).isoformat()


def utc_z(story: Story) -> str:
    """The ``<time dateTime>``: the visible day's publication instant in UTC, as JS prints it."""
    local = _dt.datetime.fromisoformat(f"{day(story)}T{story.opts['time']}").replace(tzinfo=TZ)
    return local.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def visible_date(story: Story) -> str:
    y, m, d = (int(x) for x in day(story).split("-"))
    return f"{d} tháng {m}, {y}"


def card_date(story: Story) -> str:
    y, m, d = day(story).split("-")
    return f"{d}/{m}/{y}"


# --- rendering --------------------------------------------------------------------------------


def img_tag(src: str, alt: str = "") -> str:
    if src.startswith("/uploads/"):
        folder, name = src.rsplit("/", 1)
        srcset = ", ".join(f"{folder}/{p}_{name} {w}w" for p, w in (("small", 500), ("medium", 750)))
        return f'<img src="{esc(src)}" srcset="{srcset}, {esc(src)} 1000w" alt="{esc(alt)}" loading="lazy">'
    return f'<img src="{esc(src)}" alt="{esc(alt)}">'


def content_html(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "fig":
                out.append(f'<figure class="image">{img_tag(b.src, b.printed or "")}'
                           f"<figcaption>{esc(b.printed or '')}</figcaption></figure>")
            elif b.style == "em":
                out.append(f"<p>{img_tag(b.src)}</p>\n<p><em>{esc(b.printed or '')}</em></p>")
            elif b.style == "center":
                out.append(f'<p style="text-align:center">{img_tag(b.src)}</p>\n'
                           f'<p style="text-align:center">{esc(b.printed or "")}</p>')
            else:
                out.append(f'<figure class="image">{img_tag(b.src)}</figure>')
        elif b.style in ("li", "row"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i].text)
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in run) + "</ul>")
            else:
                head = "".join(f"<th>{esc(c)}</th>" for c in run[0].split(" | "))
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" | ")) + "</tr>" for r in run[1:]
                )
                out.append(f'<figure class="table"><table><thead><tr>{head}</tr></thead>'
                           f"<tbody>{rows}</tbody></table></figure>")
            continue
        elif b.style == "h2":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        elif b.style == "br":
            out.append("<p>" + "<br>".join(esc(t) for t in b.text.split("\n")) + "</p>")
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    return "\n".join(out)


def plain(story: Story) -> str:
    return " ".join(b.text.replace("\n", " ") for b in story.blocks if isinstance(b, P))


def excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    words = plain(story).split()
    return " ".join(words[:30]) + "..."


def next_data(page: str, query: dict, props: dict) -> str:
    data = {
        "props": {"pageProps": props, "__N_SSP": True},
        "page": page,
        "query": query,
        "buildId": BUILD_ID,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script id="__NEXT_DATA__" type="application/json">{raw}</script>'


def article_props(story: Story) -> dict:
    return {
        "id": story.id,
        "attributes": {
            "title": story.title,
            "slug": story.slug,
            "excerpt": excerpt(story),
            "sapo": story.summary if story.sapo_outside else None,
            "content": content_html(story),
            "ngayDang": None if story.opts.get("no_date") else day(story),
            "publishedAt": published_dt(story).astimezone(_dt.UTC).isoformat().replace("+00:00", ".000Z"),
            "tacGia": story.opts.get("ld_author"),
            "hienThiTacGia": bool(story.opts.get("visible_author")),
            "category": {"data": {"attributes": {"name": CATEGORIES[story.cat], "slug": story.cat}}},
        },
    }


def card(story: Story, with_excerpt: bool = True) -> str:
    thumb = story.opts.get("cover") or next((b.src for b in story.images if b.src.startswith("/")), None)
    img = (f'<a href="/bai-viet/{story.slug}" class="Card_thumb__p9LcX">'
           f'<img src="{thumb or "/images/no-thumb.png"}" alt="{esc(story.title)}"></a>')
    text = f'<p class="Card_excerpt__cT2aA">{esc(excerpt(story))}</p>' if with_excerpt else ""
    return (f'<article class="{C["card"]}">{img}<div class="Card_body__e3YdQ">'
            f'<h3 class="Card_title__Nn4wS"><a href="/bai-viet/{story.slug}">{esc(story.title)}</a></h3>'
            f'<span class="Card_date__Jm2xT">{card_date(story)}</span>{text}</div></article>')


MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/danh-muc/tin-tuc", "Tin tức"),
    ("/danh-muc/thong-bao", "Thông báo"),
    ("/thoi-khoa-bieu", "Thời khóa biểu"),
    ("/lien-he", "Liên hệ"),
]


def layout(title: str, main: str, next_script: str, head: str = "", desc: str = "") -> str:
    menu = []
    for href, label in MENU:
        if href == "/danh-muc/tin-tuc":
            sub = "".join(f'<li><a href="/danh-muc/{k}">{esc(CATEGORIES[k])}</a></li>' for k in PARENT)
            menu.append(f'<li class="Header_hasSub__Rr2Pk"><a href="{href}">{esc(label)}</a>'
                        f'<ul class="Header_sub__g5KjM">{sub}</ul></li>')
        else:
            menu.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    latest = "".join(
        f'<li><a href="/bai-viet/{s.slug}">{esc(s.title)}</a><span>{card_date(s)}</span></li>'
        for s in sorted_posts(STORIES)[:5]
    )
    tags = "".join(f'<a href="/the/{k}">#{esc(v)}</a> ' for k, v in TAGS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width"/><title>{esc(title)}</title>
<meta name="description" content="{esc(desc or "Cổng thông tin điện tử Trường THPT Nguyễn Huệ - Tuy Hòa, Phú Yên")}"/>
<link rel="icon" href="/favicon.ico"/>
{head}
<meta name="next-head-count" content="12"/>
<link rel="preload" href="/_next/static/css/4c1f0a2e9b7d3a55.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/4c1f0a2e9b7d3a55.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>
<script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script>
<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>
</head><body><div id="__next">
<div class="Topbar_topbar__Kd9sW"><div class="container"><span class="Topbar_date__Vb2nM">{HEADER_DATE}</span>
<span class="Topbar_hotline__Ue4rT">Hotline: 0257 3823 456</span><a href="mailto:thptnguyenhue@phuyen.edu.vn">thptnguyenhue@phuyen.edu.vn</a></div></div>
<header class="Header_header__pQ3nL"><div class="container"><a href="/" class="Header_logo__Ty6bC">
<img src="/images/logo-nguyen-hue.png" alt="Logo Trường THPT Nguyễn Huệ" width="80" height="80"/>
<div><span class="Header_sup__a9QwE">SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ YÊN</span><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong></div></a>
<nav class="Header_nav__Xw7Pz"><ul>{"".join(menu)}</ul></nav>
<form class="Header_search__q1ZsE" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."/></form></div></header>
<main class="Layout_main__dM0bE"><div class="container Layout_grid__n3HyL">
<div class="Layout_left__c8RfA">
{main}
</div>
<aside class="Sidebar_sidebar__Bk4oW">
<section class="Sidebar_widget__y2TqL"><h3 class="Sidebar_heading__h0PeX">Bài viết mới</h3><ul>{latest}</ul></section>
<section class="Sidebar_widget__y2TqL"><h3 class="Sidebar_heading__h0PeX">Liên kết</h3><ul>
<li><a href="https://moet.gov.vn" target="_blank" rel="noreferrer">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://phuyen.edu.vn" target="_blank" rel="noreferrer">Sở GD&amp;ĐT Phú Yên</a></li>
<li><a href="https://vnedu.vn" target="_blank" rel="noreferrer">Sổ liên lạc điện tử vnEdu</a></li></ul></section>
<section class="Sidebar_widget__y2TqL"><h3 class="Sidebar_heading__h0PeX">Chủ đề</h3><div class="Sidebar_tags__T6vNb">{tags}</div></section>
<section class="Sidebar_widget__y2TqL"><a href="https://www.facebook.com/thptnguyenhue.tuyhoa" target="_blank" rel="noreferrer">
<img src="/images/banner-fanpage.jpg" alt="Fanpage nhà trường"/></a></section>
</aside></div></main>
<footer class="Footer_footer__Hj2kL"><div class="container">
<p><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong></p>
<p>Địa chỉ: Số 15 Lê Duẩn, Phường 7, TP. Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257 3823 456 - Email: thptnguyenhue@phuyen.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Văn Thành</p>
<p class="Footer_copy__pW3zR">© 2026 Trường THPT Nguyễn Huệ. Phát triển trên nền tảng Strapi &amp; Next.js.</p>
</div></footer></div>
{next_script}
</body></html>"""


def not_found() -> Response:
    main = ('<div class="NotFound_box__b5Tx2"><h1>404</h1><p>Không tìm thấy trang bạn yêu cầu.</p>'
            '<a href="/">Về trang chủ</a></div>')
    return html(layout("404 | THPT Nguyễn Huệ", main, next_data("/404", {}, {})), status=404)


def crumbs(story: Story) -> list[tuple[str, str]]:
    out = [("Trang chủ", "/")]
    if story.cat in PARENT:
        out.append((CATEGORIES[PARENT[story.cat]], f"/danh-muc/{PARENT[story.cat]}"))
    out.append((CATEGORIES[story.cat], f"/danh-muc/{story.cat}"))
    return out


def json_ld(story: Story, base: str) -> str:
    ld_author = story.opts.get("ld_author")
    author = {"@type": "Person", "name": ld_author} if ld_author else {
        "@type": "Organization", "name": SCHOOL, "url": base + "/"}
    image = story.opts.get("cover") or "/images/share-default.jpg"
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"{base}/bai-viet/{story.slug}"},
        "headline": story.title,
        "description": excerpt(story),
        "image": [base + image],
        "datePublished": ld_date(story),
        "dateModified": ld_modified(story),
        "author": author,
        "publisher": {"@type": "Organization", "name": SCHOOL,
                      "logo": {"@type": "ImageObject", "url": base + "/images/logo-nguyen-hue.png"}},
        "articleSection": CATEGORIES[story.cat],
        "inLanguage": "vi-VN",
    }
    trail = crumbs(story)
    crumb = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": name, "item": base + href}
            for i, (name, href) in enumerate(trail)
        ],
    }
    return "\n".join(
        f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'
        for obj in (article, crumb)
    )


def related(story: Story) -> list[Story]:
    return [s for s in sorted_posts(STORIES) if s.cat == story.cat and s is not story][:3]


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    url = f"{base}/bai-viet/{story.slug}"
    image = story.opts.get("cover") or "/images/share-default.jpg"
    head = (
        f'<link rel="canonical" href="{url}"/>\n'
        f'<meta property="og:type" content="article"/>\n'
        f'<meta property="og:title" content="{esc(story.title)} | {SHORT}"/>\n'
        f'<meta property="og:description" content="{esc(excerpt(story))}"/>\n'
        f'<meta property="og:url" content="{url}"/>\n'
        f'<meta property="og:image" content="{base}{image}"/>\n'
        f'<meta property="og:site_name" content="{SCHOOL}"/>\n'
        f'<meta property="article:published_time" content="{ld_date(story)}"/>\n'
        f'<meta property="article:modified_time" content="{ld_modified(story)}"/>\n'
        f'<meta property="article:section" content="{esc(CATEGORIES[story.cat])}"/>\n'
        + json_ld(story, base)
    )
    crumb = ""
    if not story.opts.get("no_crumb"):
        items = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in crumbs(story))
        crumb = (f'<nav class="{C["crumb"]}" aria-label="breadcrumb"><ol>{items}'
                 f'<li aria-current="page"><span>{esc(story.title)}</span></li></ol></nav>')
    meta = []
    if not story.opts.get("no_date"):
        meta.append(f'<time class="{C["date"]}" dateTime="{utc_z(story)}">'
                    f'<svg class="icon" viewBox="0 0 24 24"></svg>{visible_date(story)}</time>')
    if story.opts.get("visible_author"):
        meta.append(f'<span class="{C["author"]}">Tác giả: {esc(story.opts["ld_author"])}</span>')
    meta.append(f'<span class="styles_views__Ep6cL">{97 + story.id * 53} lượt xem</span>')
    sapo = (f'<p class="{C["sapo"]}"><strong>{esc(story.summary)}</strong></p>'
            if story.summary and story.sapo_outside else "")
    cover = (f'<div class="{C["cover"]}">{img_tag(story.opts["cover"], story.title)}</div>'
             if story.opts.get("cover") else "")
    tags = "".join(f'<a href="/the/{k}">{esc(TAGS[k])}</a>' for k in story.opts.get("tags", []))
    tags_html = f'<div class="{C["tags"]}"><span>Từ khóa:</span>{tags}</div>' if tags else ""
    rel = related(story)
    rel_html = "".join(
        f'<li><a href="/bai-viet/{s.slug}">{esc(s.title)}</a> <span>({card_date(s)})</span></li>' for s in rel
    )
    main = f"""{crumb}
<article class="styles_article__L0kJh">
<h1 class="{C["title"]}">{esc(story.title)}</h1>
<div class="{C["meta"]}">{"".join(meta)}</div>
{sapo}
{cover}
<div class="{C["content"]}">
{content_html(story)}
</div>
{tags_html}
<div class="{C["share"]}"><span>Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noreferrer">Facebook</a>
<a href="https://sp.zalo.me/share_inline?url={url}" target="_blank" rel="noreferrer">Zalo</a>
<button type="button" onclick="window.print()">In bài</button>
<button type="button" data-copy="{url}">Sao chép liên kết</button></div>
</article>
<section class="{C["related"]}"><h2>Bài viết liên quan</h2><ul>{rel_html}</ul></section>"""
    props = {
        "article": article_props(story),
        "related": [{"title": s.title, "slug": s.slug, "excerpt": excerpt(s), "ngayDang": day(s)} for s in rel],
        "seo": {"metaTitle": f"{story.title} | {SHORT}", "metaDescription": excerpt(story)},
    }
    script = next_data("/bai-viet/[slug]", {"slug": story.slug}, props)
    return html(layout(f"{story.title} | {SHORT}", main, script, head, excerpt(story)))


def page_number(request: Request) -> int | None:
    raw = request.params.get("trang", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def pager(path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    prev = (f'<a href="{path}?trang={page - 1}" rel="prev">« Trang trước</a>' if page > 1
            else '<span class="Pagination_disabled__t4Rw1">« Trang trước</span>')
    nums = "".join(
        f'<span class="Pagination_current__q0Ls2">{n}</span>' if n == page else f'<a href="{path}?trang={n}">{n}</a>'
        for n in range(1, pages + 1)
    )
    nxt = (f'<a href="{path}?trang={page + 1}" rel="next">Trang sau »</a>' if page < pages
           else '<span class="Pagination_disabled__t4Rw1">Trang sau »</span>')
    return f'<nav class="{C["pager"]}">{prev}{nums}{nxt}</nav>'


def listing(request: Request, heading: str, posts: list[Story], path: str, route: str, query: dict) -> Response:
    page = page_number(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page is None or page > pages:
        return not_found()
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    crumb = (f'<nav class="{C["crumb"]}" aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li>'
             f'<li aria-current="page"><span>{esc(heading)}</span></li></ol></nav>')
    main = (f'{crumb}<h1 class="styles_listTitle__r7Ud3">{esc(heading)}</h1>'
            f'<div class="styles_grid__Fz1Kc">{"".join(card(s) for s in chunk)}</div>'
            + pager(path, page, pages))
    props = {"posts": [{"title": s.title, "slug": s.slug, "excerpt": excerpt(s)} for s in chunk],
             "pagination": {"page": page, "pageSize": PER_PAGE, "pageCount": pages, "total": len(posts)}}
    title = f"{heading}" + (f" - Trang {page}" if page > 1 else "") + f" | {SHORT}"
    return html(layout(title, main, next_data(route, {**query, "trang": str(page)}, props)))


def home(request: Request) -> Response:
    if request.query:
        return not_found()
    posts = sorted_posts(STORIES)
    top, rest = posts[0], posts[1:6]
    notices = sorted_posts([s for s in STORIES if s.cat == "thong-bao"])
    main = (
        f'<section class="Home_featured__B2vQx">{card(top)}</section>'
        '<section class="Home_latest__g7NnM"><h2 class="Home_heading__Yk1pS">Tin mới nhất</h2>'
        f'<div class="styles_grid__Fz1Kc">{"".join(card(s) for s in rest)}</div>'
        '<a href="/danh-muc/tin-tuc" class="Home_more__z2Wq0">Xem tất cả »</a></section>'
        '<section class="Home_notices__Ut4oR"><h2 class="Home_heading__Yk1pS">Thông báo</h2><ul>'
        + "".join(f'<li><a href="/bai-viet/{s.slug}">{esc(s.title)}</a> <span>{card_date(s)}</span></li>'
                  for s in notices)
        + "</ul></section>"
    )
    props = {"latest": [{"title": s.title, "slug": s.slug, "excerpt": excerpt(s)} for s in posts[:6]]}
    return html(layout(f"Trang chủ | {SHORT}", main, next_data("/", {}, props)))


STATIC_PAGES = {
    "/gioi-thieu": (
        "Giới thiệu",
        "<p>Trường THPT Nguyễn Huệ được thành lập năm 1976, là một trong những trường trung học phổ thông "
        "có bề dày truyền thống của tỉnh Phú Yên.</p>"
        "<p>Hiện nay trường có 36 lớp với hơn 1.350 học sinh, 86 cán bộ, giáo viên, nhân viên; trong đó 32% "
        "giáo viên có trình độ thạc sĩ.</p><h2>Thành tích</h2><ul><li>Huân chương Lao động hạng Nhì (2016)</li>"
        "<li>Trường đạt chuẩn quốc gia mức độ 2 (2022)</li></ul>",
    ),
    "/lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: Số 15 Lê Duẩn, Phường 7, TP. Tuy Hòa, tỉnh Phú Yên</p><p>Điện thoại: 0257 3823 456</p>"
        "<p>Email: thptnguyenhue@phuyen.edu.vn</p>"
        '<form class="Contact_form__c2WpA" method="post" action="/api/lien-he"><input name="hoTen" '
        'placeholder="Họ và tên"/><input name="email" placeholder="Email"/><textarea name="noiDung" '
        'placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>',
    ),
    "/thoi-khoa-bieu": (
        "Thời khóa biểu học kỳ I năm học 2026 - 2027",
        "<p><em>Áp dụng từ ngày 02/11/2026</em></p>"
        "<table><thead><tr><th>Tiết</th><th>Thứ Hai</th><th>Thứ Ba</th><th>Thứ Tư</th><th>Thứ Năm</th>"
        "<th>Thứ Sáu</th><th>Thứ Bảy</th></tr></thead><tbody>"
        "<tr><td>1</td><td>Chào cờ</td><td>Toán</td><td>Ngữ văn</td><td>Vật lí</td><td>Tiếng Anh</td><td>Hóa học</td></tr>"
        "<tr><td>2</td><td>Toán</td><td>Toán</td><td>Ngữ văn</td><td>Lịch sử</td><td>Tiếng Anh</td><td>Sinh học</td></tr>"
        "<tr><td>3</td><td>Ngữ văn</td><td>Tin học</td><td>GDQP-AN</td><td>Toán</td><td>Vật lí</td><td>Sinh hoạt lớp</td></tr>"
        "<tr><td>4</td><td>Tiếng Anh</td><td>Hóa học</td><td>Thể dục</td><td>Toán</td><td>Địa lí</td><td></td></tr>"
        "</tbody></table><p>Tải về: <a href=\"/uploads/tkb_hk1_2026.pdf\">TKB toàn trường (PDF)</a></p>",
    ),
}


def static_page(path: str) -> Response:
    title, body = STATIC_PAGES[path]
    main = (f'<nav class="{C["crumb"]}" aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li>'
            f'<li aria-current="page"><span>{esc(title)}</span></li></ol></nav>'
            f'<h1 class="styles_pageTitle__Kk1Rt">{esc(title)}</h1><div class="styles_page__W0nQe">{body}</div>')
    props = {"page": {"title": title, "content": body}}
    return html(layout(f"{title} | {SHORT}", main, next_data(path, {}, props)))


class NextSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/_next/", "/uploads/", "/images/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
            return static_file(path) or not_found()
        if path == "/":
            return home(request)
        if path in STATIC_PAGES and not request.query:
            return static_page(path)
        if m := re.fullmatch(r"/bai-viet/([a-z0-9-]+)", path):
            story = BY_SLUG.get(m.group(1))
            if story is None or request.query:
                return not_found()
            return article_page(request, story)
        if m := re.fullmatch(r"/danh-muc/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in CATEGORIES:
                return not_found()
            return listing(request, CATEGORIES[key], in_category(key), path, "/danh-muc/[slug]", {"slug": key})
        if m := re.fullmatch(r"/the/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in TAGS:
                return not_found()
            posts = sorted_posts([s for s in STORIES if key in s.opts.get("tags", [])])
            return listing(request, f"Chủ đề: {TAGS[key]}", posts, path, "/the/[tag]", {"tag": key})
        return not_found()


def build_site() -> NextSite:
    return NextSite()
