"""The hostile portal: a home-made PHP site of a provincial political school, full of faults.

Why it exists (issue 8): real provincial portals are old, slow and odd. A crawl of this portal
must finish, stay bounded by the portal's real size, emit every real article exactly once and
account for every page that never succeeds. Fourteen real articles sit among the faults; each
fault is reached by a link from the home page or the listings, as on a real site.

Every fault is deterministic per site instance: hit counters per URL live in the site object,
so a fresh ``build_site()`` starts again from the first hit. The only moving parts are the
header's date (today, as real sites print it) and the session id, drawn from a per-instance
counter on every page view.

URL shapes (``;jsessionid=<hex>`` may follow any path; the site ignores it):
  home ``/``; listing ``/index.php?module=news&cat=2&page=N`` (N = 1..4);
  article ``/index.php?module=news&op=detail&id=N``, its print view ``…&print=1`` and share
  links ``…&share=facebook|zalo`` (the share links serve the article page itself).
``FAULTS`` lists every fault with its target and what a correct crawler does with it.
"""

from __future__ import annotations

import functools
import hashlib
import html as _html
import re
import struct
import threading
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

from crawler.demo.server import Request, Response, html, redirect

from ._common import to_tcvn3

NAME = "hostile"
PLATFORM = "php"
START_PATH = "/"
#: settings a test crawl needs to finish fast: the slow page answers in 2.5 s, the hanging one never
CRAWL_SETTINGS = {"DOWNLOAD_TIMEOUT": "4", "RETRY_TIMES": "2", "PORTAL_RETRY_BACKOFF_BASE": "0.2"}

SITE_NAME = "Trường Chính trị tỉnh Bạc Liêu"
CATEGORY = "Tin tức - Sự kiện"
PAGE_SIZE = 5
SLOW_SECONDS = 2.5
HANG_SECONDS = 40.0
CHAIN_LENGTH = 12
BOMB_SIZE = 60 * 1024 * 1024
LARGE_MIN_BYTES = 6_300_000

# ---------------------------------------------------------------------------------------------
# Targets


def article_path(art_id: int) -> str:
    return f"/index.php?module=news&op=detail&id={art_id}"


def listing_path(page: int) -> str:
    return f"/index.php?module=news&cat=2&page={page}"


def calendar_path(month: int, year: int) -> str:
    return f"/index.php?module=calendar&month={month}&year={year}"


def search_path(query: str) -> str:
    return f"/index.php?module=search&q={quote_plus(query)}"


def chain_path(art_id: int, hop: int) -> str:
    return f"/chuyen-trang.php?id={art_id}&n={hop}"


ABOUT_PATH = "/index.php?module=about"  # gzip that lies
LARGE_PATH = "/index.php?module=hocvien&op=list"  # ~6.3 MB of HTML
PDF_PATH = "/index.php?module=download&id=15"  # a PDF served as text/html
BOMB_PATH = "/index.php?module=download&id=16"  # gzip of 60 MB of zeros
PNG_PATH = "/index.php?module=gallery&op=image&id=3"  # a PNG served as text/html
ADMIN_PATH = "/admin/login.php"  # disallowed by robots.txt, linked from the footer
LOOP_ID = 115
LOOP_OTHER = f"/tintuc.php?id={LOOP_ID}"
CHAIN_ID = 113
OFFSITE_LOOPBACK_PATH = "/lienket.php?id=1"
OFFSITE_METADATA_PATH = "/lienket.php?id=2"
METADATA_URL = "http://169.254.169.254/latest/meta-data/"
EMPTY_ID = 105
LEGACY_ID = 90

# ---------------------------------------------------------------------------------------------
# Article data (the gold is written from this data, never from the rendered pages)


@dataclass(frozen=True)
class Img:
    src: str
    caption: str | None = None


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    listed: str  # the date the listing prints, dd/mm/yyyy
    date_text: str = ""  # the date line as the detail page prints it
    published_at: str | None = None
    sapo: str | None = None
    sapo_tag: str = "strong"
    blocks: tuple[str | Img, ...] = ()
    bylines: tuple[str, ...] = ()  # the byline lines as printed, right-aligned
    byline_tag: str = "strong"
    authors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    source: str | None = None
    markup: str = "modern"  # modern | table | broken
    captions: str = "center"  # center (centred italic line) | ck (CKEditor table.image)
    canonical: bool = False
    excerpt: str = ""  # for articles without text here (faults), the listing's teaser

    @property
    def paragraphs(self) -> list[str]:
        return [b for b in self.blocks if isinstance(b, str)]

    @property
    def images(self) -> list[Img]:
        return [b for b in self.blocks if isinstance(b, Img)]

    @property
    def teaser(self) -> str:
        if self.excerpt:
            return self.excerpt
        words = (self.sapo or self.paragraphs[0]).split()
        return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


def _up(path: str) -> str:
    return "/upload/news/" + path


ARTICLES: tuple[Article, ...] = (
    Article(
        id=119,
        title="Hội nghị sơ kết công tác đào tạo, bồi dưỡng 6 tháng đầu năm 2025",
        listed="12/06/2025",
        date_text="Ngày 12-06-2025",
        published_at="2025-06-12",
        sapo="Sáng ngày 10/6/2025, Trường Chính trị tỉnh Bạc Liêu tổ chức Hội nghị sơ kết công tác "
        "đào tạo, bồi dưỡng 6 tháng đầu năm và triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2025.",
        blocks=(
            "Dự Hội nghị có đồng chí Nguyễn Văn Thành - Hiệu trưởng Nhà trường; các đồng chí trong "
            "Ban Giám hiệu, lãnh đạo các phòng, khoa cùng toàn thể cán bộ, giảng viên, nhân viên Trường.",
            Img(
                _up("2025/06/so-ket-6-thang-1.jpg"),
                "Đồng chí Nguyễn Văn Thành - Hiệu trưởng Nhà trường phát biểu khai mạc Hội nghị",
            ),
            "Theo báo cáo, trong 6 tháng đầu năm 2025, Nhà trường đã mở 14 lớp đào tạo, bồi dưỡng với "
            "1.126 học viên; trong đó có 4 lớp Trung cấp lý luận chính trị - hành chính, 6 lớp bồi "
            "dưỡng kiến thức quốc phòng và an ninh đối tượng 4 và 4 lớp bồi dưỡng chuyên đề. Công tác "
            "quản lý học viên được thực hiện chặt chẽ, đúng quy chế; chất lượng giảng dạy từng bước "
            "được nâng lên.",
            "Bên cạnh kết quả đạt được, Hội nghị cũng chỉ ra một số hạn chế như: việc đổi mới phương "
            "pháp giảng dạy ở một số môn học còn chậm; công tác nghiên cứu khoa học, đi thực tế của "
            "giảng viên chưa đồng đều giữa các khoa.",
            Img(_up("2025/06/so-ket-6-thang-2.jpg")),
            "Phát biểu kết luận Hội nghị, đồng chí Hiệu trưởng đề nghị các phòng, khoa tiếp tục bám "
            "sát kế hoạch năm học, chủ động phối hợp với các huyện, thị xã, thành phố để mở lớp đúng "
            "tiến độ; đồng thời quan tâm bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ cho đội "
            "ngũ giảng viên trẻ.",
        ),
        bylines=("Tin: Hoàng Phúc", "Ảnh: Thanh Tâm"),
        authors=("Hoàng Phúc",),
        photographers=("Thanh Tâm",),
        canonical=True,
    ),
    Article(
        id=118,  # 503 with Retry-After: 1 on the first hit
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 52",
        listed="28/05/2025",
        date_text="Thứ Tư, 28/05/2025 - 08:30",
        published_at="2025-05-28T08:30:00+07:00",
        blocks=(
            "Sáng ngày 26/5/2025, tại Trung tâm Chính trị huyện Phước Long, Trường Chính trị tỉnh Bạc "
            "Liêu tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập "
            "trung khóa 52 cho 68 học viên là cán bộ, công chức cấp xã và cán bộ các ban, ngành huyện.",
            Img(
                _up("2025/05/khai-giang-k52.jpg"),
                "Quang cảnh Lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 52",
            ),
            "Phát biểu khai giảng, đồng chí Trần Thị Mỹ Dung - Phó Hiệu trưởng Nhà trường nhấn mạnh: "
            "chương trình Trung cấp lý luận chính trị - hành chính trang bị cho học viên những kiến "
            "thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, quan điểm, đường lối của Đảng "
            "và chính sách, pháp luật của Nhà nước.",
            "Đồng chí đề nghị học viên xác định rõ động cơ, thái độ học tập đúng đắn; chấp hành nghiêm "
            "nội quy, quy chế của Nhà trường; tích cực nghiên cứu tài liệu, liên hệ thực tiễn địa "
            "phương, cơ quan, đơn vị nơi công tác để vận dụng kiến thức vào thực hiện nhiệm vụ được giao.",
            "Lớp học kéo dài 12 tháng, học tập trung vào các ngày thứ Sáu, thứ Bảy và Chủ nhật hằng tuần.",
        ),
        bylines=("Tin, ảnh: Minh Khoa",),
        byline_tag="b",
        authors=("Minh Khoa",),
        photographers=("Minh Khoa",),
        markup="table",
        captions="ck",
    ),
    Article(
        id=117,  # 500 forever
        title="Thông báo lịch thi kết thúc học phần lớp Cao cấp lý luận chính trị khóa 2024 - 2026",
        listed="20/05/2025",
        excerpt="Nhà trường thông báo lịch thi kết thúc học phần Kinh tế chính trị Mác - Lênin đối với "
        "lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2024 - 2026...",
    ),
    Article(
        id=116,  # 500 on the first two hits
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2025",
        listed="14/05/2025",
        date_text="Ngày đăng: 14/05/2025",
        published_at="2025-05-14",
        sapo="Nhằm nâng cao chất lượng đội ngũ giảng viên, đổi mới phương pháp giảng dạy lý luận chính "
        "trị, từ ngày 12 đến 14/5/2025, Trường Chính trị tỉnh Bạc Liêu tổ chức Hội thi giảng viên dạy "
        "giỏi cấp trường năm 2025.",
        sapo_tag="em",
        blocks=(
            "Tham gia Hội thi có 12 giảng viên đến từ 4 khoa chuyên môn. Mỗi giảng viên trình bày một "
            "bài giảng lý thuyết trong thời gian 45 phút và trả lời câu hỏi của Ban Giám khảo về nội "
            "dung, phương pháp giảng dạy.",
            Img(
                _up("2025/05/hoi-thi-gvdg.jpg"),
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng tại Hội thi",
            ),
            "Qua 3 ngày thi, Ban Giám khảo đánh giá các bài giảng được chuẩn bị công phu, bám sát "
            "chương trình, có nhiều liên hệ thực tiễn của tỉnh; nhiều giảng viên ứng dụng hiệu quả "
            "công nghệ thông tin và phương pháp giảng dạy tích cực, phát huy tính chủ động của người học.",
            "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 3 giải Khuyến khích. Hai "
            "giảng viên đạt giải Nhất sẽ được chọn tham dự Hội thi giảng viên dạy giỏi các trường "
            "chính trị khu vực Tây Nam Bộ năm 2025.",
        ),
        bylines=("Bài: Lê Thị Hồng Nhung - Ảnh: Thanh Tâm",),
        authors=("Lê Thị Hồng Nhung",),
        photographers=("Thanh Tâm",),
        canonical=True,
    ),
    Article(
        id=LOOP_ID,  # redirect loop
        title="Tọa đàm khoa học “Đổi mới phương pháp giảng dạy lý luận chính trị trong giai đoạn hiện nay”",
        listed="08/05/2025",
        excerpt="Tọa đàm thu hút hơn 40 tham luận của giảng viên Nhà trường và các Trung tâm Chính trị "
        "cấp huyện...",
    ),
    Article(
        id=114,  # answers after 2.5 s
        title="Đoàn công tác Học viện Chính trị khu vực IV làm việc với Trường Chính trị tỉnh",
        listed="25/04/2025",
        date_text="25/04/2025 14:15",
        published_at="2025-04-25T14:15:00+07:00",
        blocks=(
            "Chiều ngày 24/4/2025, Đoàn công tác của Học viện Chính trị khu vực IV do PGS.TS Lê Văn "
            "Đính - Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị "
            "tỉnh Bạc Liêu về công tác phối hợp đào tạo, bồi dưỡng cán bộ năm 2025.",
            "Tại buổi làm việc, lãnh đạo Nhà trường báo cáo kết quả phối hợp tổ chức các lớp Cao cấp lý "
            "luận chính trị hệ không tập trung, công tác quản lý học viên và những khó khăn về cơ sở "
            "vật chất, ký túc xá phục vụ học viên ở xa.",
            "Phó Giám đốc Học viện ghi nhận sự phối hợp chặt chẽ, trách nhiệm của Nhà trường; đề nghị "
            "thời gian tới tiếp tục nâng cao chất lượng quản lý lớp học, tăng cường trao đổi học thuật "
            "giữa giảng viên hai đơn vị và phối hợp tổ chức hội thảo khoa học về phát triển kinh tế "
            "biển của tỉnh.",
        ),
        bylines=("Tin: Phương Thảo - Ngọc Hân",),
        authors=("Phương Thảo", "Ngọc Hân"),
    ),
    Article(
        id=CHAIN_ID,  # reached only through a chain of 12 redirects
        title="Đảng ủy Trường học tập, quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị",
        listed="18/04/2025",
        date_text="Ngày 18-04-2025",
        published_at="2025-04-18",
        sapo="Ngày 16/4/2025, Đảng ủy Trường Chính trị tỉnh Bạc Liêu tổ chức Hội nghị học tập, quán "
        "triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
        "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
        sapo_tag="b",
        blocks=(
            "Hội nghị được tổ chức trực tiếp tại Hội trường Nhà trường với sự tham dự của toàn thể đảng "
            "viên trong Đảng bộ. Đồng chí Bí thư Đảng ủy trực tiếp quán triệt những nội dung cơ bản, "
            "cốt lõi của Nghị quyết.",
            Img(
                _up("2025/04/nghi-quyet-57.jpg"),
                "Đồng chí Bí thư Đảng ủy quán triệt Nghị quyết số 57-NQ/TW",
            ),
            "Theo đó, Nghị quyết xác định phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
            "đổi số là đột phá quan trọng hàng đầu, là động lực chính để phát triển nhanh lực lượng sản "
            "xuất hiện đại, hoàn thiện quan hệ sản xuất, đổi mới phương thức quản trị quốc gia.",
            "Sau Hội nghị, các chi bộ xây dựng chương trình hành động cụ thể, gắn với ứng dụng công "
            "nghệ thông tin trong giảng dạy, quản lý đào tạo và số hóa hồ sơ, tài liệu của Nhà trường.",
        ),
        bylines=("Tin và ảnh: Hoàng Phúc",),
        byline_tag="b",
        authors=("Hoàng Phúc",),
        photographers=("Hoàng Phúc",),
        markup="table",
        captions="ck",
        canonical=True,
    ),
    Article(
        id=112,  # hangs 40 s, then 504
        title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý I/2025",
        listed="10/04/2025",
        excerpt="Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề nâng cao chất lượng "
        "bài giảng gắn với thực tiễn địa phương...",
    ),
    Article(
        id=111,  # connection cut mid-body on the first hit
        title="Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại huyện Hồng Dân",
        listed="03/04/2025",
        date_text="08:17 03/04/2025",
        published_at="2025-04-03T08:17:00+07:00",
        blocks=(
            "Từ ngày 01 đến ngày 02/4/2025, Trường Chính trị tỉnh Bạc Liêu phối hợp với Học viện Chính "
            "trị khu vực IV tổ chức cho 75 học viên lớp Cao cấp lý luận chính trị hệ không tập trung "
            "đi nghiên cứu thực tế tại huyện Hồng Dân.",
            Img(
                _up("2025/04/thuc-te-hong-dan-1.jpg"),
                "Đoàn học viên làm việc với Ban Thường vụ Huyện ủy Hồng Dân",
            ),
            "Tại buổi làm việc, đại diện Ban Thường vụ Huyện ủy đã thông tin về tình hình phát triển "
            "kinh tế - xã hội, công tác xây dựng Đảng và hệ thống chính trị của huyện; đặc biệt là mô "
            "hình tôm - lúa bền vững đang mang lại hiệu quả kinh tế cao cho người dân.",
            Img(
                _up("2025/04/thuc-te-hong-dan-2.jpg"),
                "Học viên tham quan mô hình tôm - lúa tại xã Ninh Quới A",
            ),
            "Chuyến nghiên cứu thực tế giúp học viên có thêm thông tin, tư liệu thực tiễn để hoàn "
            "thành bài thu hoạch và vận dụng vào công tác lãnh đạo, quản lý tại địa phương, đơn vị.",
        ),
        bylines=("Tin: Ngọc Hân", "Ảnh: Thanh Tâm"),
        authors=("Ngọc Hân",),
        photographers=("Thanh Tâm",),
    ),
    Article(
        id=110,  # broken HTML, truncated after the bylines
        title="Chi đoàn Trường ra quân hưởng ứng Tháng Thanh niên năm 2025",
        listed="25/03/2025",
        date_text="Ngày 25-03-2025",
        published_at="2025-03-25",
        blocks=(
            "Hưởng ứng Tháng Thanh niên năm 2025, sáng ngày 23/3/2025, Chi đoàn Trường Chính trị tỉnh "
            "Bạc Liêu tổ chức ra quân thực hiện công trình thanh niên “Tuyến đường xanh - sạch - đẹp” "
            "tại khuôn viên Nhà trường và khu dân cư lân cận.",
            Img(
                _up("2025/03/thang-thanh-nien.jpg"),
                "Đoàn viên Chi đoàn Trường dọn vệ sinh, trồng cây xanh",
            ),
            "Các đoàn viên đã dọn dẹp vệ sinh, phát quang bụi rậm, trồng mới 50 cây xanh và trao tặng "
            "20 phần quà cho các hộ gia đình có hoàn cảnh khó khăn trên địa bàn.",
            "Dịp này, Chi đoàn cũng tổ chức sinh hoạt chủ đề “Tuổi trẻ Trường Chính trị học tập và làm "
            "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, thu hút đông đảo đoàn viên tham gia.",
        ),
        bylines=("Tin: Trúc Linh", "Ảnh: Minh Khoa"),
        byline_tag="b",
        authors=("Trúc Linh",),
        photographers=("Minh Khoa",),
        markup="broken",
    ),
    Article(
        id=109,  # connection cut mid-body forever
        title="Hội nghị viên chức, người lao động năm 2025",
        listed="14/03/2025",
        excerpt="Hội nghị đã thảo luận, biểu quyết thông qua Quy chế chi tiêu nội bộ và Quy chế dân "
        "chủ ở cơ sở năm 2025...",
    ),
    Article(
        id=108,  # declared UTF-8 in the header, sent as windows-1258 bytes
        title="Giảng viên Trường tham gia bồi dưỡng kiến thức quốc phòng và an ninh",
        listed="06/03/2025",
        date_text="Ngày 06-03-2025",
        published_at="2025-03-06",
        blocks=(
            "Từ ngày 03 đến ngày 05/3/2025, 24 giảng viên của Trường Chính trị tỉnh Bạc Liêu tham gia "
            "lớp bồi dưỡng kiến thức quốc phòng và an ninh dành cho đối tượng 3 do Hội đồng Giáo dục "
            "quốc phòng và an ninh tỉnh tổ chức.",
            Img(_up("2025/03/boi-duong-qpan.jpg"), "Giảng viên Nhà trường tham gia lớp bồi dưỡng"),
            "Các học viên được nghiên cứu 8 chuyên đề về quan điểm của Đảng về xây dựng nền quốc phòng "
            "toàn dân, thế trận an ninh nhân dân; công tác bảo vệ chủ quyền biển, đảo; phòng, chống "
            "chiến lược “diễn biến hòa bình” và bạo loạn lật đổ.",
            "Kết thúc khóa học, 100% giảng viên hoàn thành chương trình và được cấp giấy chứng nhận.",
        ),
        bylines=("Tin: Phương Thảo",),
        byline_tag="b",
        authors=("Phương Thảo",),
        markup="table",
        captions="ck",
    ),
    Article(
        id=107,  # no charset anywhere, UTF-8 bytes
        title="Thư viện Trường tiếp nhận 500 đầu sách lý luận chính trị",
        listed="27/02/2025",
        date_text="Ngày đăng : 27-02-2025",
        published_at="2025-02-27",
        blocks=(
            "Ngày 25/02/2025, Thư viện Trường Chính trị tỉnh Bạc Liêu tiếp nhận 500 đầu sách lý luận "
            "chính trị, pháp luật và kỹ năng lãnh đạo, quản lý do Nhà xuất bản Chính trị quốc gia Sự "
            "thật trao tặng.",
            "Số sách mới được phân loại, nhập vào cơ sở dữ liệu thư viện điện tử, phục vụ nhu cầu "
            "nghiên cứu, học tập của giảng viên và học viên các lớp. Bạn đọc có thể tra cứu tài liệu "
            "trực tuyến trên trang thông tin của Nhà trường.",
        ),
        bylines=("Trần Quốc Việt",),  # a bare signature
        byline_tag="b",
        authors=("Trần Quốc Việt",),
    ),
    Article(
        id=106,  # decomposed Unicode (NFD), UTF-8
        title="Lễ trao bằng tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 49",
        listed="21/02/2025",
        date_text="Thứ Sáu, 21/02/2025 - 15:00",
        published_at="2025-02-21T15:00:00+07:00",
        sapo="Chiều ngày 20/02/2025, Trường Chính trị tỉnh Bạc Liêu tổ chức Lễ bế giảng và trao bằng "
        "tốt nghiệp cho 72 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 49.",
        blocks=(
            "Qua 12 tháng học tập, các học viên đã nghiêm túc chấp hành nội quy, quy chế; tích cực "
            "nghiên cứu, trao đổi, thảo luận. Kết quả tốt nghiệp có 18 học viên đạt loại giỏi, 51 học "
            "viên đạt loại khá và 3 học viên đạt loại trung bình.",
            Img(
                _up("2025/02/be-giang-k49.jpg"),
                "Ban Giám hiệu trao bằng tốt nghiệp cho các học viên",
            ),
            "Dịp này, Nhà trường khen thưởng 5 học viên có thành tích xuất sắc trong học tập và rèn luyện.",
        ),
        bylines=("Tin: Minh Khoa", "Ảnh: Ngọc Hân"),
        authors=("Minh Khoa",),
        photographers=("Ngọc Hân",),
        captions="ck",
    ),
    Article(
        id=EMPTY_ID,  # an empty 200
        title="Kế hoạch tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2025",
        listed="17/02/2025",
        excerpt="Trường Chính trị tỉnh Bạc Liêu thông báo kế hoạch tuyển sinh các lớp Trung cấp lý luận "
        "chính trị - hành chính năm 2025...",
    ),
    Article(
        id=104,  # named and numeric character references mixed into the text
        title="Tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        listed="30/01/2025",
        date_text="Ngày 30-01-2025",
        published_at="2025-01-30",
        blocks=(
            "Hướng tới kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025), "
            "Trường Chính trị tỉnh Bạc Liêu đã treo băng rôn, khẩu hiệu tuyên truyền tại khuôn viên "
            "Nhà trường và tổ chức chiếu phim tư liệu về lịch sử Đảng cho học viên các lớp.",
            Img(
                _up("2025/01/ky-niem-95-nam.jpg"),
                "Khẩu hiệu tuyên truyền tại cổng Trường (Ảnh: Thanh Tâm)",
            ),
            "Các chi bộ tổ chức sinh hoạt chuyên đề về truyền thống vẻ vang của Đảng; qua đó giáo dục "
            "lòng yêu nước, niềm tin của cán bộ, đảng viên vào sự lãnh đạo của Đảng, góp phần thực "
            "hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh.",
        ),
        bylines=("Nguồn: Ban Tuyên giáo Tỉnh ủy",),
        photographers=("Thanh Tâm",),
        source="Ban Tuyên giáo Tỉnh ủy",
    ),
    Article(
        id=103,
        title="Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
        listed="10/01/2025",
        date_text="Ngày đăng: 10/01/2025",
        published_at="2025-01-10",
        blocks=(
            "Ngày 08/01/2025, Trường Chính trị tỉnh Bạc Liêu tổ chức Hội nghị tổng kết công tác năm "
            "2024, triển khai nhiệm vụ năm 2025. Năm 2024, Nhà trường mở 32 lớp đào tạo, bồi dưỡng với "
            "hơn 2.600 học viên, vượt 8% kế hoạch.",
            Img(_up("2025/01/tong-ket-2024.jpg"), "Quang cảnh Hội nghị"),
            "Năm 2025, Nhà trường phấn đấu hoàn thành các tiêu chí trường chính trị chuẩn mức 1, đẩy "
            "mạnh chuyển đổi số trong quản lý đào tạo và nâng cao chất lượng đội ngũ giảng viên.",
        ),
        bylines=("(Theo Báo Bạc Liêu)",),
        byline_tag="em",
        source="Báo Bạc Liêu",
        markup="table",
    ),
    Article(
        id=102,
        title="TRƯỜNG CHÍNH TRỊ TỈNH TỔ CHỨC HỘI THAO CHÀO MỪNG NĂM MỚI 2025",
        listed="27/12/2024",
        date_text="Ngày 27-12-2024",
        published_at="2024-12-27",
        blocks=(
            "Nhằm tạo không khí vui tươi, phấn khởi chào mừng năm mới 2025, từ ngày 24 đến 26/12/2024, "
            "Công đoàn Trường Chính trị tỉnh Bạc Liêu tổ chức Hội thao với các môn bóng chuyền, cầu "
            "lông, kéo co và cờ tướng.",
            Img(_up("2024/12/hoi-thao.jpg"), "Trận chung kết môn bóng chuyền nam"),
            "Hội thao thu hút hơn 80 vận động viên là cán bộ, giảng viên, nhân viên Nhà trường tham "
            "gia. Kết quả, Khoa Nhà nước và pháp luật đạt giải Nhất toàn đoàn; Phòng Tổ chức - Hành "
            "chính đạt giải Nhì; Khoa Xây dựng Đảng đạt giải Ba.",
        ),
        bylines=("Tin, ảnh: Trúc Linh, Minh Khoa",),
        authors=("Trúc Linh", "Minh Khoa"),
        photographers=("Trúc Linh", "Minh Khoa"),
        captions="ck",
    ),
    Article(
        id=LEGACY_ID,  # TCVN3 (ABC) font encoding: converted, then read like any article
        title="Trường Chính trị tỉnh Bạc Liêu khai giảng năm học 2009 - 2010",
        listed="15/09/2009",
        date_text="Ngày 15/09/2009",
        published_at="2009-09-15",
        blocks=(
            "Sáng ngày 14/9/2009, Trường Chính trị tỉnh Bạc Liêu long trọng tổ chức Lễ khai giảng năm "
            "học 2009 - 2010. Dự lễ có đồng chí Phó Bí thư Thường trực Tỉnh ủy, lãnh đạo các sở, ban, "
            "ngành tỉnh cùng toàn thể cán bộ, giảng viên và học viên Nhà trường.",
            "Năm học 2009 - 2010, Nhà trường được giao nhiệm vụ đào tạo 12 lớp Trung cấp lý luận chính "
            "trị - hành chính và bồi dưỡng trên 1.500 lượt cán bộ, đảng viên trong tỉnh.",
        ),
        bylines=("Tin: Văn Hùng",),
        authors=("Văn Hùng",),
    ),
)

BY_ID: dict[int, Article] = {a.id: a for a in ARTICLES}
LISTING_PAGES: int = -(-len(ARTICLES) // PAGE_SIZE)

# What each article id does when asked for (any variant: detail, print, share).
ARTICLE_FAULTS: dict[int, str] = {
    118: "503-once",
    117: "500-forever",
    116: "500-twice",
    LOOP_ID: "redirect-loop",
    114: "slow",
    112: "hang",
    111: "cut-once",
    110: "broken-html",
    109: "cut-forever",
    108: "cp1258-declared-utf8",
    107: "no-charset",
    106: "nfd",
    EMPTY_ID: "empty",
    104: "entities",
    LEGACY_ID: "tcvn3",
}
_NOT_GOLD = {117, LOOP_ID, 112, 109, EMPTY_ID}
# Related links ("Các tin khác") only point at page-1 items, so the articles of listing page 2
# (the one answering 502 first) are reached through that page or not at all.
RELATED_IDS = (119, 118, 117, 116)


def _listing_link(art: Article) -> str:
    return chain_path(art.id, 1) if art.id == CHAIN_ID else article_path(art.id)


# ---------------------------------------------------------------------------------------------
# Encodings


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode as Windows does for windows-1258: precomposed where the code page has the letter,
    else the base letter (â, ơ, ư ... kept whole) followed by a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        out += (base + tones).encode("cp1258")
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Binary bodies (built once per process: they are constants)


@functools.cache
def bomb_body() -> bytes:
    """A gzip stream of BOMB_SIZE zero bytes (about 60 KB on the wire)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    parts = [packer.compress(chunk) for _ in range(BOMB_SIZE // len(chunk))]
    parts.append(packer.flush())
    return b"".join(parts)


@functools.cache
def png_body() -> bytes:
    width = height = 48
    raw = b"".join(b"\x00" + bytes((178, 34, 34)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


PDF_BODY = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
    b"4 0 obj << /Length 58 >> stream\n"
    b"BT /F1 12 Tf 72 770 Td (Quyet dinh so 15/QD-TCT ve viec mo lop) Tj ET\n"
    b"endstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)

_HO = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Dương", "Lâm", "Tô", "Quách")
_DEM = ("Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Quốc", "Hồng", "Kim", "Thành")
_TEN = (
    "An",
    "Bình",
    "Cường",
    "Dung",
    "Giang",
    "Hải",
    "Hạnh",
    "Khoa",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phúc",
    "Quyên",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trung",
    "Tuấn",
    "Vân",
    "Xuân",
    "Yến",
)
_DON_VI = (
    "Huyện ủy Hồng Dân",
    "Huyện ủy Phước Long",
    "Thị ủy Giá Rai",
    "Huyện ủy Đông Hải",
    "Huyện ủy Hòa Bình",
    "Huyện ủy Vĩnh Lợi",
    "Thành ủy Bạc Liêu",
    "Sở Giáo dục và Đào tạo",
)


@functools.cache
def large_table() -> bytes:
    """The ~6.3 MB student register: a real page some portals print in one piece."""
    rows = []
    size = 0
    i = 0
    while size < LARGE_MIN_BYTES:
        i += 1
        name = f"{_HO[i % 12]} {_DEM[(i // 12) % 10]} {_TEN[(i * 7) % 22]}"
        born = f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1965 + i % 35}"
        row = (
            f'<tr><td align="center">{i}</td><td>{name}</td><td align="center">{born}</td>'
            f"<td>Trung cấp LLCT - HC khóa {1 + i % 52}</td><td>{_DON_VI[i % 8]}</td>"
            f'<td align="center">{("Khá", "Giỏi", "Trung bình")[i % 3]}</td></tr>\n'
        ).encode()
        rows.append(row)
        size += len(row)
    return b"".join(rows)


# ---------------------------------------------------------------------------------------------
# Rendering

_esc = _html.escape
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_VN = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass
class _View:
    """One page view: its session id, the Host it was asked on, the counters it prints."""

    number: int
    host: str

    @property
    def sid(self) -> str:
        return hashlib.sha1(f"hostile-view-{self.number}".encode()).hexdigest()[:32].upper()

    def a(self, target: str) -> str:
        """An internal href with this view's ``;jsessionid=`` after the path, as Java's
        ``encodeURL`` writes it (this PHP site sits behind an old session-rewriting gateway)."""
        path, sep, query = target.partition("?")
        return _esc(f"{path};jsessionid={self.sid}{sep}{query}")

    def absolute(self, target: str) -> str:
        return f"http://{self.host}{target}"


def _today() -> str:
    now = datetime.now(_VN)
    return f"{_WEEKDAYS[now.weekday()]}, ngày {now:%d/%m/%Y}"


def _shell_top(v: _View, title: str, head: str = "", meta: str = '<meta charset="utf-8">') -> str:
    now = datetime.now(_VN)
    keywords = ", ".join(
        f'<a href="{v.a(search_path(q))}">{_esc(q)}</a>'
        for q in ("nghị quyết", "khai giảng", "hội nghị")
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
{meta}
<title>{_esc(title)} - {SITE_NAME}</title>{head}
<link rel="stylesheet" href="/templates/default/style.css">
<script src="/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="container">
<div id="header">
  <div class="logo"><a href="{v.a("/")}"><img src="/images/logo.png" alt="Logo"></a></div>
  <div class="site-name">ĐẢNG CỘNG SẢN VIỆT NAM<br><strong>TRƯỜNG CHÍNH TRỊ TỈNH BẠC LIÊU</strong></div>
  <div class="today">{_today()}</div>
</div>
<ul id="menu">
  <li><a href="{v.a("/")}">Trang chủ</a></li>
  <li><a href="{v.a(ABOUT_PATH)}">Giới thiệu</a></li>
  <li><a href="{v.a(listing_path(1))}">{CATEGORY}</a></li>
  <li><a href="{v.a(calendar_path(now.month, now.year))}">Lịch công tác</a></li>
  <li><a href="{v.a(LARGE_PATH)}">Danh sách học viên</a></li>
</ul>
<div id="search">
  <form action="/index.php" method="get"><input type="hidden" name="module" value="search">
  <input type="text" name="q" placeholder="Nhập từ khóa..."> <input type="submit" value="Tìm kiếm"></form>
  <span>Từ khóa nổi bật: {keywords}</span>
</div>
<div id="wrapper">
<div id="left">
  <div class="box"><h3>Văn bản mới</h3><ul>
    <li><a href="{v.a(PDF_PATH)}">Quyết định số 15/QĐ-TCT về việc mở lớp bồi dưỡng năm 2025</a></li>
    <li><a href="{v.a(BOMB_PATH)}">Tài liệu bồi dưỡng chuyên đề năm 2025 (bản nén)</a></li>
  </ul></div>
  <div class="box"><h3>Thư viện ảnh</h3>
    <a href="{v.a(PNG_PATH)}"><img src="/upload/gallery/thumb_3.jpg" alt=""> Hoạt động tiêu biểu</a></div>
  <div class="box"><h3>Liên kết website</h3><ul>
    <li><a href="{v.a(OFFSITE_LOOPBACK_PATH)}" target="_blank">Cổng thông tin điện tử tỉnh</a></li>
    <li><a href="{v.a(OFFSITE_METADATA_PATH)}" target="_blank">Hệ thống quản lý đào tạo</a></li>
  </ul></div>
  <div class="box counter"><h3>Thống kê truy cập</h3>
    <p>Đang online: {3 + v.number % 7}</p><p>Hôm nay: {212 + v.number}</p>
    <p>Đã truy cập: {1204377 + v.number}</p></div>
</div>
<div id="main">
"""


def _shell_bottom(v: _View) -> str:
    return f"""
</div>
</div>
<div id="footer">
  <p>Bản quyền thuộc {SITE_NAME}</p>
  <p>Địa chỉ: Số 12, đường Trần Huỳnh, phường 1, thành phố Bạc Liêu, tỉnh Bạc Liêu</p>
  <p>Điện thoại: 0291.3822.456 - Email: truongchinhtri@baclieu.gov.vn</p>
  <p>Chịu trách nhiệm chính: Nguyễn Văn Thành - Hiệu trưởng</p>
  <p><a href="{v.a(ADMIN_PATH)}">Quản trị</a> | <a href="{v.a("/")}">Về đầu trang</a></p>
</div>
</div>
</body>
</html>
"""


def _page(
    v: _View, title: str, main: str, head: str = "", meta: str = '<meta charset="utf-8">'
) -> str:
    return _shell_top(v, title, head, meta) + main + _shell_bottom(v)


def _breadcrumb(v: _View, leaf: bool = True) -> str:
    cat = f'<a href="{v.a(listing_path(1))}">{CATEGORY}</a>' if leaf else CATEGORY
    return f'<div class="breadcrumb"><a href="{v.a("/")}">Trang chủ</a> &raquo; {cat}</div>\n'


def _entities(text: str) -> str:
    """Mix named and numeric references into escaped text, as old editors stored it."""
    return (
        _esc(text, quote=False)
        .replace("à", "&agrave;")
        .replace("ộ", "&#7897;")
        .replace("ư", "&#432;")
        .replace("ê", "&ecirc;")
    )


def _image(img: Img, captions: str) -> str:
    tag = f'<img src="{img.src}" alt="" width="600">'
    if captions == "ck":
        cap = f'<tr><td class="image_desc">{_esc(img.caption)}</td></tr>' if img.caption else ""
        return f'<table class="image" align="center"><tbody><tr><td>{tag}</td></tr>{cap}</tbody></table>\n'
    out = f'<p style="text-align: center;">{tag}</p>\n'
    if img.caption:
        out += f'<p style="text-align: center;"><em>{_esc(img.caption)}</em></p>\n'
    return out


def _content(art: Article) -> str:
    text = _entities if art.id == 104 else (lambda s: _esc(s, quote=False))
    parts = []
    for block in art.blocks:
        if isinstance(block, Img):
            parts.append(_image(block, art.captions))
        elif art.markup == "table":
            parts.append(f'<div align="justify">{text(block)}</div>\n')
        else:
            parts.append(f'<p style="text-align: justify;">{text(block)}</p>\n')
    tag = art.byline_tag
    for line in art.bylines:
        parts.append(f'<p style="text-align: right;"><{tag}>{_esc(line)}</{tag}></p>\n')
    return "".join(parts)


def _sapo(art: Article) -> str:
    return f"<{art.sapo_tag}>{_esc(art.sapo)}</{art.sapo_tag}>" if art.sapo else ""


def _tools(v: _View, art: Article) -> str:
    base = article_path(art.id)
    return (
        f'<div class="news_tools"><a href="{v.a(base + "&print=1")}" target="_blank">In bài viết</a> | '
        f'<a href="mailto:?subject={quote_plus(art.title)}">Gửi email</a> | Chia sẻ: '
        f'<a href="{v.a(base + "&share=facebook")}">Facebook</a> '
        f'<a href="{v.a(base + "&share=zalo")}">Zalo</a></div>\n'
    )


def _related(v: _View, art: Article) -> str:
    items = "".join(
        f'<li><a href="{v.a(article_path(i))}">{_esc(BY_ID[i].title)}</a> <span>({BY_ID[i].listed})</span></li>'
        for i in RELATED_IDS
        if i != art.id
    )
    return f'<div class="news_other"><h3>Các tin khác</h3><ul>{items}</ul></div>\n'


def _article_main(v: _View, art: Article, views: int) -> str:
    if art.markup == "table":
        sapo = f'<tr><td class="trichdan">{_sapo(art)}</td></tr>\n' if art.sapo else ""
        return (
            '<table class="tbl_chitiet" width="100%" cellpadding="4">\n'
            f'<tr><td class="duongdan"><a href="{v.a("/")}">Trang chủ</a> &gt; '
            f'<a href="{v.a(listing_path(1))}">{CATEGORY}</a></td></tr>\n'
            f'<tr><td class="tieude"><b>{_esc(art.title)}</b></td></tr>\n'
            f'<tr><td class="ngaydang"><i>{art.date_text}</i> - Lượt xem: {views}</td></tr>\n'
            f'{sapo}<tr><td class="noidung">\n{_content(art)}</td></tr>\n'
            f"<tr><td>{_tools(v, art)}</td></tr>\n</table>\n" + _related(v, art)
        )
    sapo = f'<div class="news_sapo">{_sapo(art)}</div>\n' if art.sapo else ""
    return (
        _breadcrumb(v)
        + '<div class="news_detail">\n'
        + f'<h1 class="news_title">{_esc(art.title)}</h1>\n'
        + f'<div class="news_date">{art.date_text} <span class="views">| Lượt xem: {views}</span></div>\n'
        + sapo
        + f'<div class="news_content">\n{_content(art)}</div>\n'
        + _tools(v, art)
        + _related(v, art)
        + "</div>\n"
    )


def _broken_main(v: _View, art: Article) -> str:
    """Unclosed <p>, <div> and <table>; the document stops right after the bylines."""
    parts = [
        _breadcrumb(v),
        '<div class="news_detail">\n',
        f'<h1 class="news_title">{_esc(art.title)}</h1>\n',
        f'<div class="news_date">{art.date_text}</div>\n',
        '<table width="100%" border="0"><tr><td>\n<div class="news_content">\n',
    ]
    for n, block in enumerate(art.blocks):
        if isinstance(block, Img):
            parts.append(f'<p align="center"><img src="{block.src}" alt="">\n')
            parts.append(f'<p align="center"><i>{_esc(block.caption or "")}</i>\n')
        elif n == len(art.blocks) - 1:
            parts.append(f"<div>{_esc(block, quote=False)}\n")
        else:
            parts.append(f"<p>{_esc(block, quote=False)}\n")
    for line in art.bylines:
        parts.append(f'<p align="right"><b>{_esc(line)}</b>\n')
    return "".join(parts)


def _print_page(v: _View, art: Article) -> str:
    return f"""<html><head><meta charset="utf-8"><title>In bài viết - {SITE_NAME}</title></head>
<body onload="window.print()">
<div class="print_header">{SITE_NAME.upper()}</div>
<h2>{_esc(art.title)}</h2>
<p><i>{art.date_text}</i></p>
{f"<p>{_sapo(art)}</p>" if art.sapo else ""}
{_content(art)}
<p><a href="{v.a(article_path(art.id))}">Quay lại</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></p>
</body></html>
"""


def _legacy_page(v: _View, art: Article) -> bytes:
    """A 2009 page kept from the old site: TCVN3 bytes shown through the .VnTime font, laid out
    in the table rows of its day (site name, menu, the headline cell ``td.tieude``, the text)."""
    paras = "".join(f"<p align=justify>{p}</p>\n" for p in art.paragraphs)
    text = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{SITE_NAME}</title>
</head>
<body bgcolor="#FFFFFF">
<font face=".VnTime" size="3">
<table width="780" align="center">
<tr><td align=center><b>{SITE_NAME}</b></td></tr>
<tr><td><a href="{v.a("/")}">Trang chu</a> | <a href="{v.a(listing_path(1))}">Tin tuc</a></td></tr>
<tr><td class="tieude"><b>{art.title}</b></td></tr>
<tr><td>
<p><i>{art.date_text}</i></p>
{paras}<p align=right><b>{art.bylines[0]}</b></p>
</td></tr></table>
</font>
</body>
</html>
"""
    return to_tcvn3(text)


def _listing_item(v: _View, art: Article) -> str:
    link = v.a(_listing_link(art))
    title = art.title
    if art.id == LEGACY_ID:  # the old record's title, stored as TCVN3 glyph codes
        title = to_tcvn3(title).decode("latin-1")
    return (
        f'<div class="news_item"><a href="{link}"><img class="thumb" src="/upload/news/thumb/{art.id}.jpg" alt=""></a>'
        f'<h3><a href="{link}">{_esc(title)}</a></h3><span class="date">({art.listed})</span>'
        f'<p>{_esc(art.teaser if art.id != LEGACY_ID else "")}</p><a class="more" href="{link}">Xem tiếp</a></div>\n'
    )


SORTS = ("date", "title", "views")
ORDERS = ("asc", "desc")


def _listing_main(v: _View, page: int, sort: str | None, order: str | None) -> str:
    items = list(ARTICLES[(page - 1) * PAGE_SIZE : page * PAGE_SIZE])
    if order == "asc":
        items.reverse()
    suffix = f"&sort={sort}&order={order}" if sort and order else ""
    labels = {
        ("date", "desc"): "Mới nhất",
        ("date", "asc"): "Cũ nhất",
        ("title", "asc"): "Tiêu đề A-Z",
        ("title", "desc"): "Tiêu đề Z-A",
        ("views", "desc"): "Xem nhiều",
        ("views", "asc"): "Xem ít",
    }
    sortbar = " | ".join(
        f'<a href="{v.a(listing_path(page) + f"&sort={s}&order={o}")}">{labels[s, o]}</a>'
        for s in SORTS
        for o in ORDERS
    )
    pager = ["Trang: "]
    for n in range(1, LISTING_PAGES + 1):
        pager.append(
            f"<b>{n}</b> " if n == page else f'<a href="{v.a(listing_path(n) + suffix)}">{n}</a> '
        )
    if page < LISTING_PAGES:
        pager.append(f'<a href="{v.a(listing_path(page + 1) + suffix)}">Tiếp &raquo;</a> ')
        pager.append(f'<a href="{v.a(listing_path(LISTING_PAGES) + suffix)}">Cuối &raquo;</a>')
    return (
        _breadcrumb(v, leaf=False)
        + f'<h1 class="cat_title">{CATEGORY}</h1>\n'
        + f'<div class="sortbar">Sắp xếp: {sortbar}</div>\n'
        + '<div class="news_list">\n'
        + "".join(_listing_item(v, a) for a in items)
        + "</div>\n"
        + f'<div class="paging">{"".join(pager)}</div>\n'
    )


def _home_main(v: _View) -> str:
    now = datetime.now(_VN)
    return (
        '<div class="hot_news"><h2>Tin mới nhất</h2>\n'
        + "".join(_listing_item(v, a) for a in ARTICLES[:PAGE_SIZE])
        + f'<p class="more"><a href="{v.a(listing_path(1))}">Xem tất cả &raquo;</a></p></div>\n'
        + '<div class="box_calendar"><h3>Lịch công tác</h3>'
        + f'<a href="{v.a(calendar_path(now.month, now.year))}">Xem lịch công tác tháng {now.month}/{now.year}</a></div>\n'
    )


def _calendar_main(v: _View, month: int, year: int) -> str:
    prev_m, prev_y = (12, year - 1) if month == 1 else (month - 1, year)
    next_m, next_y = (1, year + 1) if month == 12 else (month + 1, year)
    first = datetime(year, month, 1).weekday()
    days = (datetime(next_y, next_m, 1) - datetime(year, month, 1)).days
    cells = [""] * first + [str(d) for d in range(1, days + 1)]
    cells += [""] * (-len(cells) % 7)
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in cells[i : i + 7]) + "</tr>"
        for i in range(0, len(cells), 7)
    )
    head = "".join(f"<th>{d}</th>" for d in _WEEKDAYS)
    return (
        f'<h1>Lịch công tác tháng {month}/{year}</h1>\n<div class="cal_nav">'
        f'<a href="{v.a(calendar_path(prev_m, prev_y))}">&laquo; Tháng trước</a> | '
        f'<a href="{v.a(calendar_path(next_m, next_y))}">Tháng sau &raquo;</a></div>\n'
        f'<table class="calendar"><tr>{head}</tr>{rows}</table>\n'
        "<p>Không có lịch công tác trong tháng này.</p>\n"
    )


_SEARCH_WORDS = ("đào tạo", "bồi dưỡng", "học viên")


def _search_main(v: _View, query: str) -> str:
    words = [w for w in query.lower().split() if len(w) > 2 and not w.isdigit()]
    hits = [a for a in ARTICLES if a.id in GOLD_IDS and any(w in a.title.lower() for w in words)][
        :5
    ]
    results = "".join(
        f'<li><a href="{v.a(article_path(a.id))}">{_esc(a.title)}</a> ({a.listed})</li>'
        for a in hits
    )
    match = re.search(r"(\d+)$", query)
    n = int(match.group(1)) if match else 1
    related = " | ".join(
        f'<a href="{v.a(search_path(f"{w} {n + 1}"))}">{_esc(f"{w} {n + 1}")}</a>'
        for w in _SEARCH_WORDS
    )
    return (
        f"<h1>Kết quả tìm kiếm</h1>\n<p>Từ khóa: <b>{_esc(query)}</b> - Tìm thấy {len(hits)} kết quả</p>\n"
        f"<ul>{results}</ul>\n"
        + ("" if hits else "<p>Không tìm thấy kết quả phù hợp.</p>\n")
        + f'<div class="related">Tìm kiếm liên quan: {related}</div>\n'
    )


_ABOUT = (
    "Trường Chính trị tỉnh Bạc Liêu được thành lập năm 1997 trên cơ sở hợp nhất Trường Đảng tỉnh và "
    "Trung tâm Bồi dưỡng cán bộ tỉnh, là cơ sở đào tạo, bồi dưỡng cán bộ của Tỉnh ủy.",
    "Nhà trường có chức năng đào tạo, bồi dưỡng lý luận chính trị, nghiệp vụ công tác Đảng, đoàn "
    "thể, quản lý nhà nước cho cán bộ lãnh đạo, quản lý trong hệ thống chính trị ở cơ sở.",
)

# ---------------------------------------------------------------------------------------------
# Canned error bodies

_NGINX = "<html>\r\n<head><title>{0}</title></head>\r\n<body>\r\n<center><h1>{0}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
_PHP_500 = (
    "<br />\n<b>Fatal error</b>:  Uncaught mysqli_sql_exception: Too many connections in "
    "/var/www/html/includes/db.php:12\nStack trace:\n#0 {main}\n  thrown in "
    "<b>/var/www/html/includes/db.php</b> on line <b>12</b><br />\n"
)
_BUSY_503 = "<html><body><h2>Máy chủ đang quá tải, vui lòng thử lại sau ít phút.</h2></body></html>"


def _error(status: int, body: str, headers: dict[str, str] | None = None) -> Response:
    return Response(status, body, {"Content-Type": "text/html; charset=utf-8", **(headers or {})})


# ---------------------------------------------------------------------------------------------
# The site

_SESSION = re.compile(r";jsessionid=[^/?;]*", re.IGNORECASE)


@dataclass
class HostileSite:
    """The portal. Hit counters are per instance, so each ``build_site()`` starts over."""

    hits: Counter[str] = field(default_factory=Counter)
    views: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def hit(self, key: str) -> int:
        with self._lock:
            self.hits[key] += 1
            return self.hits[key]

    def view(self, request: Request) -> _View:
        with self._lock:
            self.views += 1
            number = self.views
        host = next((v for k, v in request.headers.items() if k.lower() == "host"), "127.0.0.1")
        return _View(number, host)

    # -- routing --------------------------------------------------------------------------------

    def respond(self, request: Request) -> Response | None:
        path = _SESSION.sub("", request.path)
        params = request.params
        if path == "/robots.txt":
            return Response(200, ROBOTS_TXT, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/" or (path == "/index.php" and not params):
            v = self.view(request)
            return html(_page(v, "Trang chủ", _home_main(v)))
        if path == "/index.php":
            return self._module(request, params)
        if path == "/chuyen-trang.php":
            return self._chain(params)
        if path == "/tintuc.php" and params.get("id") == str(LOOP_ID):
            return redirect(article_path(LOOP_ID))
        if path == "/lienket.php":
            port = self.view(request).host.rpartition(":")[2] or "80"
            targets = {"1": f"http://127.0.0.2:{port}/", "2": METADATA_URL}
            return redirect(targets[params["id"]]) if params.get("id") in targets else None
        if path == ADMIN_PATH:
            body = '<html><body><form method="post"><input name="user"><input type="password" name="pass">'
            return html(body + '<input type="submit" value="Đăng nhập"></form></body></html>')
        return None

    def _module(self, request: Request, params: dict[str, str]) -> Response | None:
        module = params.get("module")
        if module == "news" and params.get("op") == "detail":
            return self._article(request, params)
        if module == "news" and params.get("cat") == "2":
            return self._listing(request, params)
        if module == "calendar":
            try:
                month, year = int(params.get("month", "")), int(params.get("year", ""))
            except ValueError:
                return None
            if not (1 <= month <= 12 and 1 <= year <= 9998):
                return None
            v = self.view(request)
            return html(_page(v, "Lịch công tác", _calendar_main(v, month, year)))
        if module == "search":
            v = self.view(request)
            return html(_page(v, "Tìm kiếm", _search_main(v, params.get("q", ""))))
        if module == "about":  # says gzip, sends plain HTML
            v = self.view(request)
            main = "<h1>Giới thiệu</h1>\n" + "".join(f"<p>{_esc(p)}</p>\n" for p in _ABOUT)
            return html(_page(v, "Giới thiệu", main), headers={"Content-Encoding": "gzip"})
        if module == "hocvien" and params.get("op") == "list":
            v = self.view(request)
            top = _shell_top(v, "Danh sách học viên") + (
                '<h1>Danh sách học viên các lớp (1997 - 2025)</h1>\n<table class="list" border="1">\n'
                "<tr><th>STT</th><th>Họ và tên</th><th>Ngày sinh</th><th>Lớp</th><th>Đơn vị</th>"
                "<th>Xếp loại</th></tr>\n"
            )
            return html(top.encode() + large_table() + ("</table>\n" + _shell_bottom(v)).encode())
        if module == "download" and params.get("id") == "15":
            return html(PDF_BODY)
        if module == "download" and params.get("id") == "16":
            headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}
            return Response(200, bomb_body(), headers)
        if module == "gallery" and params.get("op") == "image" and params.get("id") == "3":
            return html(png_body())
        return None

    def _chain(self, params: dict[str, str]) -> Response | None:
        try:
            art_id, hop = int(params.get("id", "")), int(params.get("n", ""))
        except ValueError:
            return None
        if art_id != CHAIN_ID or not 1 <= hop <= CHAIN_LENGTH:
            return None
        if hop < CHAIN_LENGTH:
            return redirect(chain_path(art_id, hop + 1))
        return redirect(article_path(art_id), status=301)

    def _listing(self, request: Request, params: dict[str, str]) -> Response | None:
        try:
            page = int(params.get("page", "1"))
        except ValueError:
            return None
        if not 1 <= page <= LISTING_PAGES:
            return None
        if page == 2 and self.hit("listing:2") == 1:
            return _error(502, _NGINX.format("502 Bad Gateway"))
        sort, order = params.get("sort"), params.get("order")
        if sort not in SORTS or order not in ORDERS:
            sort = order = None
        v = self.view(request)
        return html(_page(v, CATEGORY, _listing_main(v, page, sort, order)))

    def _article(self, request: Request, params: dict[str, str]) -> Response | None:
        try:
            art = BY_ID[int(params.get("id", ""))]
        except (KeyError, ValueError):
            return None
        fault = ARTICLE_FAULTS.get(art.id, "")
        if fault == "redirect-loop":
            return redirect(LOOP_OTHER)
        hit = self.hit(f"article:{art.id}")
        if fault == "503-once" and hit == 1:
            return _error(503, _BUSY_503, {"Retry-After": "1"})
        if (fault == "500-twice" and hit <= 2) or fault == "500-forever":
            return _error(500, _PHP_500)
        if fault == "hang":
            return Response(
                504,
                _NGINX.format("504 Gateway Time-out"),
                {"Content-Type": "text/html"},
                delay=HANG_SECONDS,
            )
        if fault == "empty":
            return Response(200, b"", {"Content-Type": "text/html; charset=utf-8"})
        v = self.view(request)
        if fault == "tcvn3":
            return html(_legacy_page(v, art), charset=None)
        if params.get("print") == "1":
            page = _print_page(v, art)
        elif fault == "broken-html":
            page = _shell_top(v, "Chi tiết tin") + _broken_main(v, art)
        else:
            head = (
                f'\n<link rel="canonical" href="{v.absolute(article_path(art.id))}">'
                if art.canonical
                else ""
            )
            page = _page(v, "Chi tiết tin", _article_main(v, art, 97 + 13 * hit), head=head)
        if fault == "cp1258-declared-utf8":
            meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            return html(to_cp1258(page.replace('<meta charset="utf-8">', meta)), charset="utf-8")
        if fault == "no-charset":
            return html(re.sub(r'<meta charset="utf-8">\n?', "", page).encode(), charset=None)
        if fault == "nfd":
            page = unicodedata.normalize("NFD", page)
        response = html(page)
        if fault == "cut-forever" or (fault == "cut-once" and hit == 1):
            response.cut_after = len(response.payload()) // 3
        elif fault == "slow":
            response.delay = SLOW_SECONDS
        return response


def build_site() -> HostileSite:
    return HostileSite()


ROBOTS_TXT = "User-agent: *\nDisallow: /admin/\n"

# ---------------------------------------------------------------------------------------------
# The truth

GOLD_IDS: tuple[int, ...] = tuple(a.id for a in ARTICLES if a.id not in _NOT_GOLD)


def _gold(art: Article) -> dict:
    body = ([art.sapo] if art.sapo else []) + art.paragraphs
    return {
        "path": article_path(art.id),
        "canonical_path": article_path(art.id),
        "title": art.title,
        "published_at": art.published_at,
        "authors": list(art.authors),
        "photographers": list(art.photographers),
        "source": art.source,
        "summary": art.sapo,
        "body": "\n\n".join(body),
        "images": [{"path": i.src, "caption": i.caption} for i in art.images],
        "category": None if art.id == LEGACY_ID else CATEGORY,  # the 2009 page names no section
    }


GOLD: list[dict] = [_gold(BY_ID[i]) for i in GOLD_IDS]

# Pages that never succeed: the crawl must list each (URL + reason) in its stats and manifest.
FAILING: list[dict] = [
    {"path": article_path(117), "reason_hint": "HTTP 500 on every attempt"},
    {"path": article_path(LOOP_ID), "reason_hint": f"redirect loop ({LOOP_OTHER} and back)"},
    {"path": article_path(112), "reason_hint": f"timeout (hangs {HANG_SECONDS:.0f} s, then 504)"},
    {
        "path": article_path(109),
        "reason_hint": "connection lost mid-body on every attempt (data loss)",
    },
]
# Legacy font encoding: converted to Unicode and emitted (in GOLD), never as mojibake.
LEGACY: list[str] = [article_path(LEGACY_ID)]
LARGE: list[str] = [LARGE_PATH]
BOMBS: list[str] = [BOMB_PATH]
NON_HTML: list[str] = [PDF_PATH, PNG_PATH]  # served as text/html; sniff and skip before parsing
EMPTY: list[str] = [article_path(EMPTY_ID)]
LYING_GZIP: list[str] = [ABOUT_PATH]
ROBOTS_DISALLOWED: list[str] = [ADMIN_PATH]
# On-site links whose redirect leaves the site: dropped and counted, never fetched.
OFFSITE_REDIRECTS: list[dict] = [
    {"path": OFFSITE_LOOPBACK_PATH, "location": "http://127.0.0.2:{port}/"},
    {"path": OFFSITE_METADATA_PATH, "location": METADATA_URL},
]
REDIRECT_CHAIN: dict = {
    "start": chain_path(CHAIN_ID, 1),
    "hops": CHAIN_LENGTH,
    "final": article_path(CHAIN_ID),
}
# One example target per trap; each trap is endless or multiplies URLs of the same content.
TRAPS: dict[str, str] = {
    "calendar": calendar_path(1, 2025),
    "search": search_path("nghị quyết"),
    "sort": listing_path(1) + "&sort=title&order=asc",
    "print": article_path(119) + "&print=1",
    "share": article_path(119) + "&share=facebook",
    "session": "/index.php;jsessionid=0123456789ABCDEF0123456789ABCDEF?module=news&cat=2&page=1",
}

NON_ARTICLES: list[str] = [
    "/",
    *(listing_path(n) for n in range(1, LISTING_PAGES + 1)),
    listing_path(1) + "&sort=title&order=asc",
    listing_path(3) + "&sort=views&order=desc",
    ABOUT_PATH,
    LARGE_PATH,
    PDF_PATH,
    PNG_PATH,
    BOMB_PATH,
    article_path(EMPTY_ID),
    calendar_path(1, 2025),
    calendar_path(2, 2025),
    search_path("nghị quyết"),
    *(article_path(i) + "&print=1" for i in GOLD_IDS),
]

# Distinct real pages one careful pass asks for: home, listing pages, every article link target
# (gold, failing, empty, legacy) and the other pages the chrome links to. Redirect hops, retries,
# robots.txt, trap pages and the off-site redirectors are not counted.
REAL_PAGES: list[str] = [
    "/",
    *(listing_path(n) for n in range(1, LISTING_PAGES + 1)),
    *(article_path(a.id) for a in ARTICLES),
    ABOUT_PATH,
    LARGE_PATH,
    PDF_PATH,
    PNG_PATH,
    BOMB_PATH,
]
REAL_PAGE_COUNT: int = len(REAL_PAGES)

# Every fault, its target and what a correct crawler does with it:
#   emit = in GOLD, exactly once; report = never succeeds, listed with a reason;
#   skip = not an article, never emitted, no crash; refuse = never fetched;
#   bounded = a trap: the crawl stays within a small multiple of REAL_PAGE_COUNT.
FAULTS: list[dict] = [
    {
        "path": article_path(118),
        "fault": "503 + Retry-After: 1 on the first hit, then 200",
        "expect": "emit",
    },
    {"path": article_path(116), "fault": "500 on the first two hits, then 200", "expect": "emit"},
    {"path": article_path(117), "fault": "500 on every hit", "expect": "report"},
    {
        "path": listing_path(2),
        "fault": "502 on the first hit (its articles only linked there)",
        "expect": "emit",
    },
    {"path": article_path(114), "fault": f"answers after {SLOW_SECONDS} s", "expect": "emit"},
    {
        "path": article_path(112),
        "fault": f"hangs {HANG_SECONDS:.0f} s, then 504",
        "expect": "report",
    },
    {
        "path": article_path(111),
        "fault": "connection cut mid-body on the first hit",
        "expect": "emit",
    },
    {
        "path": article_path(109),
        "fault": "connection cut mid-body on every hit",
        "expect": "report",
    },
    {"path": article_path(LOOP_ID), "fault": f"redirect loop via {LOOP_OTHER}", "expect": "report"},
    {
        "path": chain_path(CHAIN_ID, 1),
        "fault": f"{CHAIN_LENGTH} redirects to {article_path(CHAIN_ID)}",
        "expect": "emit",
    },
    {"path": OFFSITE_LOOPBACK_PATH, "fault": "302 to http://127.0.0.2:<port>/", "expect": "refuse"},
    {"path": OFFSITE_METADATA_PATH, "fault": f"302 to {METADATA_URL}", "expect": "refuse"},
    {"path": LARGE_PATH, "fault": "about 6.3 MB of HTML", "expect": "skip"},
    {"path": PDF_PATH, "fault": "a PDF served as text/html", "expect": "skip"},
    {"path": PNG_PATH, "fault": "a PNG served as text/html", "expect": "skip"},
    {"path": article_path(EMPTY_ID), "fault": "empty 200", "expect": "skip"},
    {"path": ABOUT_PATH, "fault": "Content-Encoding: gzip on a plain body", "expect": "skip"},
    {"path": BOMB_PATH, "fault": "gzip of 60 MB of zeros", "expect": "skip"},
    {
        "path": article_path(110),
        "fault": "unclosed p/div/table, truncated after the bylines",
        "expect": "emit",
    },
    {
        "path": article_path(108),
        "fault": "header says UTF-8, bytes are windows-1258",
        "expect": "emit",
    },
    {
        "path": article_path(107),
        "fault": "no charset in header or page (UTF-8 bytes)",
        "expect": "emit",
    },
    {"path": article_path(106), "fault": "decomposed Unicode (NFD)", "expect": "emit"},
    {
        "path": article_path(104),
        "fault": "named and numeric character references",
        "expect": "emit",
    },
    {"path": article_path(LEGACY_ID), "fault": "TCVN3 (ABC) font encoding", "expect": "emit"},
    {
        "path": TRAPS["calendar"],
        "fault": "endless calendar (Tháng sau » forever)",
        "expect": "bounded",
    },
    {
        "path": TRAPS["session"],
        "fault": "fresh ;jsessionid= on every link of every view",
        "expect": "bounded",
    },
    {
        "path": TRAPS["search"],
        "fault": "search pages linking endless other queries",
        "expect": "bounded",
    },
    {
        "path": TRAPS["sort"],
        "fault": "sort/order variants of every listing page",
        "expect": "bounded",
    },
    {"path": TRAPS["print"], "fault": "print view of every article", "expect": "bounded"},
    {
        "path": TRAPS["share"],
        "fault": "share links serving the article itself",
        "expect": "bounded",
    },
    {
        "path": ADMIN_PATH,
        "fault": "Disallow: /admin/ in robots.txt, linked from the footer",
        "expect": "refuse",
    },
]
